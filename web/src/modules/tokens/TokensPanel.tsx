import { Button, Group, Paper, SegmentedControl } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconKey, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { ApiTokenFieldsFragment } from '../../generated/graphql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorMessage } from '../../ui/graphqlError';
import { ListStates } from '../../ui/ListStates';
import { PageHeader } from '../../ui/PageHeader';
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
  const [revokeTarget, setRevokeTarget] = useState<ApiTokenFieldsFragment | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);

  const revoke = async () => {
    if (!revokeTarget) return;
    const result = await revokeToken({ id: revokeTarget.id });
    if (result.error) {
      setRevokeError(errorMessage(result.error));
      return;
    }
    notifications.show({
      color: 'teal',
      icon: <IconCheck size={18} />,
      title: 'Token revoked',
      message: `${revokeTarget.name} no longer works.`,
    });
    setRevokeTarget(null);
  };

  const tokens = data?.apiTokens ?? [];

  return (
    <>
      <PageHeader
        order={3}
        title="API tokens"
        description="Tokens let scripts and integrations call the Backline API as you, with a role no higher than yours."
        actions={
          <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)}>
            Create token
          </Button>
        }
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
        empty={
          tokens.length > 0
            ? null
            : {
                icon: <IconKey size={28} />,
                title: all ? 'No API tokens yet' : 'You have no API tokens',
                description:
                  'Create a token for each script or service that calls the API, so you can revoke one without breaking the others.',
                action: (
                  <Button variant="light" onClick={() => setCreating(true)}>
                    Create your first token
                  </Button>
                ),
              }
        }
      >
        <Paper withBorder radius="md">
          <TokensTable
            tokens={tokens}
            showOwner={all}
            onRevoke={(t) => {
              setRevokeError(null);
              setRevokeTarget(t);
            }}
          />
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
        opened={revokeTarget !== null}
        title="Revoke API token"
        confirmLabel="Revoke token"
        danger
        loading={revoking}
        error={revokeError}
        onCancel={() => setRevokeTarget(null)}
        onConfirm={() => void revoke()}
      >
        Anything using <b>{revokeTarget?.name}</b> will stop working at once. This cannot be undone.
      </ConfirmDialog>
    </>
  );
}
