import { Paper, Stack, Text } from '@mantine/core';
import { IconBox } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ListStates } from '../../ui/ListStates';
import { AddButton, PageHeader } from '../../ui/PageHeader';
import { matchesWords, SearchFilter } from '../../ui/urlFilters';
import { useListQuery } from '../../ui/useLiveQuery';
import { roleAtLeast, useViewer } from '../auth';
import { CreateReleaseModal } from './CreateReleaseModal';
import { ModelsQuery } from './catalog.documents';
import { GoldenPromptsPanel } from './GoldenPromptsPanel';
import { ModelsTable } from './ModelsTable';
import { RegisterModelModal } from './RegisterModelModal';
import { ReleasesPanel } from './ReleasesPanel';

const MODEL_TYPES = ['Model', 'Release'];

/** Open models and their releases; admins register models and cut releases. */
export function CatalogView() {
  const viewer = useViewer();
  const isAdmin = roleAtLeast(viewer.role, 'ADMIN');
  const isSre = roleAtLeast(viewer.role, 'SRE');
  const { data, error, fetching, loaded, refetch } = useListQuery(ModelsQuery, MODEL_TYPES);
  const [params, setParams] = useSearchParams();
  const [registering, setRegistering] = useState(false);
  const [releasing, setReleasing] = useState(false);

  const models = data?.models ?? [];
  const search = params.get('q') ?? '';
  const shown = models.filter((m) =>
    matchesWords(`${m.name} ${m.family} ${m.source} ${m.license ?? ''}`, search),
  );
  const selectedId = params.get('model') ?? shown[0]?.id ?? null;
  const selected = models.find((m) => m.id === selectedId) ?? null;
  const setParam = (key: string, value: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const select = (id: string) => setParam('model', id);

  const registerButton = isAdmin ? (
    <AddButton onClick={() => setRegistering(true)}>Register model</AddButton>
  ) : null;

  return (
    <>
      <PageHeader
        title="Catalog"
        description="Open models pinned to a revision of their weights, and the releases that say exactly how each one runs."
        actions={registerButton}
      />
      <ListStates
        state={{ error, loaded, fetching, refetch }}
        errorTitle="Could not load the catalog"
        emptyKind="page"
        items={models}
        empty={{
          icon: <IconBox size={28} />,
          title: 'The catalog is empty',
          description: isAdmin
            ? 'Register an open model, then cut a release to deploy it.'
            : 'An admin registers models and cuts releases; they show here.',
          action: registerButton,
        }}
      >
        <Stack gap="md">
          <SearchFilter
            placeholder="Name, family, source or licence"
            value={search}
            onChange={(value) => setParam('q', value)}
          />
          <Paper withBorder radius="md">
            {shown.length > 0 ? (
              <ModelsTable models={shown} selectedId={selected?.id ?? null} onSelect={select} />
            ) : (
              <Text size="sm" c="dimmed" p="md">
                No model matches “{search}”.
              </Text>
            )}
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
      </ListStates>
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
