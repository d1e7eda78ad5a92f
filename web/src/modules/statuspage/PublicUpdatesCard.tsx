import { Alert, Badge, Button, Group, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { PublicUpdateStatus } from '../../generated/graphql';
import { formatDateTime } from '../../ui/formatDate';
import { Panel } from '../../ui/Panel';
import { stateOptions } from '../../ui/stateStyle';
import { useComposer } from '../../ui/useComposer';
import { useQueryOf } from '../../ui/useLiveQuery';
import {
  DeploymentStatusPageQuery,
  IncidentPublicUpdatesQuery,
  PostIncidentUpdateMutation,
} from './statuspage.documents';
import { UPDATE_STATUS_STYLE } from './statusStyle';

/**
 * What the public status page says about this incident, and a composer for the next update with a
 * preview of how it will read there. Internal notes belong on the timeline, not here.
 */
export function PublicUpdatesCard({
  incidentId,
  version,
  canEdit,
}: {
  incidentId: string;
  version: string;
  canEdit: boolean;
}) {
  const [query, reload] = useQueryOf(IncidentPublicUpdatesQuery, incidentId, version);
  const incident = query.data?.incident;
  const deployment = incident?.deployment ?? null;
  const [component] = useQuery({
    query: DeploymentStatusPageQuery,
    variables: { namespace: deployment?.namespace ?? '', name: deployment?.name ?? '' },
    pause: !deployment,
  });
  const statusPage = component.data?.deployment?.statusPage ?? null;
  const [status, setStatus] = useState<PublicUpdateStatus>('INVESTIGATING');
  const [{ fetching }, post] = useMutation(PostIncidentUpdateMutation);
  const composer = useComposer({
    send: (body) => post({ input: { incidentId, status, body } }),
    minLength: 3,
    tooShort: 'Say something, in a few words',
    onSent: reload,
  });
  const body = composer.body;
  const updates = [...(incident?.publicUpdates ?? [])].reverse();

  return (
    <Panel title="Status page updates" testId="public-updates">
      <Stack gap="sm">
        {!deployment ? (
          <Text size="sm" c="dimmed">
            This incident names no deployment, so the status page does not show it.
          </Text>
        ) : statusPage && !statusPage.public ? (
          <Alert color="gray" variant="light">
            {deployment.namespace}/{deployment.name} is not on the public status page; updates are
            kept but not shown until it is.
          </Alert>
        ) : null}
        {updates.map((u) => (
          <div key={u.id}>
            <Group gap="xs">
              <Badge size="sm" color={UPDATE_STATUS_STYLE[u.status].color}>
                {UPDATE_STATUS_STYLE[u.status].label}
              </Badge>
              <Text size="xs" c="dimmed">
                {formatDateTime(u.at)} · {u.createdBy}
              </Text>
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {u.body}
            </Text>
          </div>
        ))}
        {canEdit && deployment ? (
          <form aria-label="Post a public update" onSubmit={composer.onSubmit}>
            <Stack gap="xs">
              <Select
                label="Public status"
                data={stateOptions(UPDATE_STATUS_STYLE)}
                value={status}
                allowDeselect={false}
                onChange={(value) => value && setStatus(value as PublicUpdateStatus)}
              />
              <Textarea
                label="Public update"
                description="Anyone can read this. Plain words; no names, hosts or internal detail."
                rows={3}
                {...composer.textareaProps}
              />
              {body.trim() ? (
                <Paper
                  withBorder
                  radius="sm"
                  p="sm"
                  bg="var(--mantine-color-default-hover)"
                  data-testid="public-preview"
                >
                  <Text size="xs" c="dimmed" mb={4}>
                    Preview on the status page
                  </Text>
                  <Group gap="xs">
                    <Text size="sm" fw={600}>
                      {statusPage?.displayName ?? 'This service'}
                    </Text>
                    <Badge size="sm" color={UPDATE_STATUS_STYLE[status].color}>
                      {UPDATE_STATUS_STYLE[status].label}
                    </Badge>
                  </Group>
                  <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                    {body.trim()}
                  </Text>
                </Paper>
              ) : null}
              <Group justify="flex-end">
                <Button type="submit" loading={fetching}>
                  Post update
                </Button>
              </Group>
            </Stack>
          </form>
        ) : null}
      </Stack>
    </Panel>
  );
}
