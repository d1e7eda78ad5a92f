import { Button, Checkbox, Group, Paper, Text, Title } from '@mantine/core';
import { IconGitCompare, IconPlus, IconRocket } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ModelFieldsFragment } from '../../generated/graphql';
import { ChangedBy, Mono } from '../../ui/cells';
import { DataTable } from '../../ui/DataTable';
import { ImageReference } from './ImageReference';
import { ReleaseDiff } from './ReleaseDiff';
import { RuntimeBadge } from './RuntimeBadge';

interface ReleasesPanelProps {
  model: ModelFieldsFragment;
  canCreate: boolean;
  onCreate: () => void;
  /** Whether the viewer may deploy (admins): each release gets a Deploy action. */
  canDeploy?: boolean;
}

/** The deploy form for a release; choosing an existing deployment there keeps its settings. */
export function deployReleasePath(modelId: string, releaseId: string): string {
  return `/deployments/new?${new URLSearchParams({ model: modelId, release: releaseId })}`;
}

/** A model's releases, newest first; pick two to compare them. */
export function ReleasesPanel({
  model,
  canCreate,
  onCreate,
  canDeploy = false,
}: ReleasesPanelProps) {
  const [picked, setPicked] = useState<string[]>([]);
  const [compared, setCompared] = useState<[string, string] | null>(null);

  const toggle = (id: string, on: boolean) => {
    setPicked((current) =>
      on ? [...current.filter((x) => x !== id), id].slice(-2) : current.filter((x) => x !== id),
    );
  };

  const compare = () => {
    const [a, b] = picked;
    if (!a || !b) return;
    // Older on the left: releases are listed newest first.
    const ids = model.releases.map((r) => r.id);
    setCompared(ids.indexOf(a) > ids.indexOf(b) ? [a, b] : [b, a]);
  };

  return (
    <Paper withBorder radius="md" p="md" data-testid="releases-panel">
      <Group justify="space-between" mb="sm">
        <div>
          <Title order={4}>Releases of {model.name}</Title>
          <Text size="sm" c="dimmed">
            Immutable and content-addressed: the same content always has the same id.
          </Text>
        </div>
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconGitCompare size={16} />}
            disabled={picked.length !== 2}
            onClick={compare}
          >
            Compare {picked.length}/2
          </Button>
          {canCreate ? (
            <Button leftSection={<IconPlus size={16} />} onClick={onCreate}>
              Create release
            </Button>
          ) : null}
        </Group>
      </Group>
      {model.releases.length === 0 ? (
        <Text size="sm" c="dimmed" py="md">
          No releases yet. A release fixes the runtime, image, engine arguments and resources.
        </Text>
      ) : (
        <DataTable
          label="Releases"
          minWidth={820}
          verticalSpacing="sm"
          rows={model.releases}
          rowProps={(r) => ({ 'data-testid': `release-row-${r.id}` })}
          columns={[
            {
              header: null,
              th: { w: 40 },
              cell: (r) => (
                <Checkbox
                  aria-label={`Compare ${r.id}`}
                  checked={picked.includes(r.id)}
                  onChange={(e) => toggle(r.id, e.currentTarget.checked)}
                />
              ),
            },
            { header: 'Runtime', cell: (r) => <RuntimeBadge runtime={r.runtime} /> },
            {
              header: 'Image',
              cell: (r) => <ImageReference image={r.image} pinned={r.imagePinned} />,
            },
            {
              header: 'Resources',
              cell: (r) => (
                <Text size="sm">
                  {r.resources.gpus} GPU · {r.resources.cpu} CPU · {r.resources.memory}
                </Text>
              ),
            },
            { header: 'Created', cell: (r) => <ChangedBy at={r.createdAt} by={r.createdBy} /> },
            { header: 'Id', cell: (r) => <Mono>{r.id}</Mono> },
            {
              header: null,
              when: canDeploy,
              cell: (r) => (
                <Button
                  size="xs"
                  variant="light"
                  component={Link}
                  to={deployReleasePath(model.id, r.id)}
                  leftSection={<IconRocket size={14} />}
                >
                  Deploy release
                </Button>
              ),
            },
          ]}
        />
      )}
      {compared ? (
        <div style={{ marginTop: 'var(--mantine-spacing-md)' }}>
          <ReleaseDiff from={compared[0]} to={compared[1]} />
        </div>
      ) : null}
    </Paper>
  );
}
