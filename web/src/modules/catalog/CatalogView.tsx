import { Button, EmptyState, Paper, Stack } from '@mantine/core';
import { IconBox, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorState } from '../../ui/ErrorState';
import { errorMessage } from '../../ui/graphqlError';
import { PageHeader } from '../../ui/PageHeader';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { roleAtLeast, useViewer } from '../auth';
import { CreateReleaseModal } from './CreateReleaseModal';
import { ModelsQuery } from './catalog.documents';
import { GoldenPromptsPanel } from './GoldenPromptsPanel';
import { ModelsTable } from './ModelsTable';
import { RegisterModelModal } from './RegisterModelModal';
import { ReleasesPanel } from './ReleasesPanel';

/** Open models and their releases; admins register models and cut releases. */
export function CatalogView() {
  const viewer = useViewer();
  const isAdmin = roleAtLeast(viewer.role, 'ADMIN');
  const isSre = roleAtLeast(viewer.role, 'SRE');
  const context = useMemo(() => ({ additionalTypenames: ['Model', 'Release'] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({ query: ModelsQuery, context });
  const [params, setParams] = useSearchParams();
  const [registering, setRegistering] = useState(false);
  const [releasing, setReleasing] = useState(false);

  const models = data?.models ?? [];
  const selectedId = params.get('model') ?? models[0]?.id ?? null;
  const selected = models.find((m) => m.id === selectedId) ?? null;
  const select = (id: string) => setParams({ model: id }, { replace: true });

  const registerButton = isAdmin ? (
    <Button leftSection={<IconPlus size={18} />} onClick={() => setRegistering(true)}>
      Register model
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        title="Catalog"
        description="Open models pinned to a revision of their weights, and the releases that say exactly how each one runs."
        actions={registerButton}
      />
      {error && !data ? (
        <ErrorState
          title="Could not load the catalog"
          message={errorMessage(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : fetching && !data ? (
        <TableSkeleton />
      ) : models.length === 0 ? (
        <Paper withBorder radius="md" py={56} px="xl">
          <EmptyState
            icon={<IconBox size={28} />}
            variant="light"
            size="lg"
            title="The catalog is empty"
            description={
              isAdmin
                ? 'Register an open model, then cut a release to deploy it.'
                : 'An admin registers models and cuts releases; they show here.'
            }
          >
            {registerButton}
          </EmptyState>
        </Paper>
      ) : (
        <Stack gap="md">
          <Paper withBorder radius="md">
            <ModelsTable models={models} selectedId={selected?.id ?? null} onSelect={select} />
          </Paper>
          {selected ? (
            <ReleasesPanel
              key={selected.id}
              model={selected}
              canCreate={isAdmin}
              canDeploy={isAdmin}
              onCreate={() => setReleasing(true)}
            />
          ) : null}
          {selected ? (
            <GoldenPromptsPanel key={`prompts-${selected.id}`} model={selected} canEdit={isSre} />
          ) : null}
        </Stack>
      )}
      <RegisterModelModal
        opened={registering}
        onClose={() => setRegistering(false)}
        onRegistered={(id) => {
          setRegistering(false);
          select(id);
        }}
      />
      <CreateReleaseModal
        model={releasing && selected ? selected : null}
        onClose={() => setReleasing(false)}
      />
    </>
  );
}
