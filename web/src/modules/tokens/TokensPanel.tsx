import { Button, Group, Paper, SegmentedControl } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { ApiTokenFieldsFragment } from '../../generated/graphql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ListStates } from '../../ui/ListStates';
import { AddButton, PageHeader } from '../../ui/PageHeader';
import { useConfirm } from '../../ui/useConfirm';
import { useListQuery } from '../../ui/useLiveQuery';
import { useViewer } from '../auth';
import { CreateTokenModal } from './CreateTokenModal';
import { TokenSecretModal } from './TokenSecretModal';
import { TokensTable } from './TokensTable';
import { ApiTokensQuery, RevokeApiTokenMutation } from './tokens.documents';

type Scope = 'mine' | 'all';

const TOKEN_TYPES = ['ApiToken'];

/** The signed-in user's API tokens; admins can switch to everyone's. */
export function TokensPanel() {
  const viewer = useViewer();
  const isAdmin = viewer.role === 'ADMIN';
  const [scope, setScope] = useState<Scope>('mine');
  const all = isAdmin && scope === 'all';

  const { data, fetching, error, loaded, refetch } = useListQuery(ApiTokensQuery, TOKEN_TYPES, {
    all,
  });
  const [{ fetching: revoking }, revokeToken] = useMutation(RevokeApiTokenMutation);

  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const revoke = useConfirm(
    (token: ApiTokenFieldsFragment) => revokeToken({ id: token.id }),
    (token) =>
      notifications.show({
        color: 'teal',
        icon: <IconCheck size={18} />,
        title: 'Token revoked',
        message: `${token.name} no longer works.`,
      }),
  );

  const tokens = data?.apiTokens ?? [];

  return (
    <>
      <PageHeader
        order={3}
        title="API tokens"
        description="Tokens let scripts and integrations call the Backline API as you, with a role no higher than yours."
        actions={<AddButton onClick={() => setCreating(true)}>Create token</AddButton>}
      />
      {isAdmin ? (
        <Group mb="md">
          <SegmentedControl
            aria-label="Whose tokens to show"
            value={scope}
            onChange={(value) => setScope(value === 'all' ? 'all' : 'mine')}
            data={[
              { value: 'mine', label: 'My tokens' },
              { value: 'all', label: 'All users’ tokens' },
            ]}
          />
        </Group>
      ) : null}
      <ListStates
        state={{ error, loaded, fetching, refetch }}
        errorTitle="Could not load tokens"
        items={tokens}
        empty={{
          icon: <IconKey size={28} />,
          title: all ? 'No API tokens yet' : 'You have no API tokens',
          description:
            'Create a token for each script or service that calls the API, so you can revoke one without breaking the others.',
          action: (
            <Button variant="light" onClick={() => setCreating(true)}>
              Create your first token
            </Button>
          ),
        }}
      >
        <Paper withBorder radius="md">
          <TokensTable tokens={tokens} showOwner={all} onRevoke={revoke.ask} />
        </Paper>
      </ListStates>
      <CreateTokenModal
        opened={creating}
        maxRole={viewer.role}
        onClose={() => setCreating(false)}
        onCreated={(result) => {
          setCreating(false);
          setCreated({ name: result.token.name, secret: result.secret });
        }}
      />
      <TokenSecretModal created={created} onClose={() => setCreated(null)} />
      <ConfirmDialog
        {...revoke.dialog}
        title="Revoke API token"
        confirmLabel="Revoke token"
        danger
        loading={revoking}
      >
        Anything using <b>{revoke.target?.name}</b> will stop working at once. This cannot be
        undone.
      </ConfirmDialog>
    </>
  );
}
