import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Labelled } from '../../ui/cells';
import { formatDateTime } from '../../ui/formatDate';
import { errorMessage } from '../../ui/graphqlError';
import { fromLocalInput, toLocalInput } from '../postmortems/localTime';
import {
  DeploymentStatusPageQuery,
  SetDeploymentPublicMutation,
  SetMaintenanceWindowMutation,
} from './statuspage.documents';
import { COMPONENT_STATUS_STYLE } from './statusStyle';

/** 1 h 5 min, 40 s; a dash for none. */
export function formatSeconds(seconds: number | null | undefined): string {
  if (seconds == null) return '—';
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return rest ? `${Math.floor(minutes / 60)} h ${rest} min` : `${minutes / 60} h`;
}

/**
 * How the deployment shows on the public status page (public or not, under which name, a
 * maintenance window), what the page says about it now, and its time to acknowledge and resolve.
 */
export function StatusPageCard({
  namespace,
  name,
  canEdit,
}: {
  namespace: string;
  name: string;
  canEdit: boolean;
}) {
  const variables = useMemo(() => ({ namespace, name }), [namespace, name]);
  const [query, refetch] = useQuery({ query: DeploymentStatusPageQuery, variables });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const settings = query.data?.deployment?.statusPage;
  const stats = query.data?.deployment?.incidentStats;
  const [isPublic, setIsPublic] = useState(false);
  const [displayName, setDisplayName] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [{ fetching: savingPublic }, setPublic] = useMutation(SetDeploymentPublicMutation);
  const [{ fetching: savingWindow }, setWindow] = useMutation(SetMaintenanceWindowMutation);

  useEffect(() => {
    if (!settings) return;
    setIsPublic(settings.public);
    setDisplayName(settings.displayName ?? '');
    setStartsAt(settings.maintenance ? toLocalInput(String(settings.maintenance.startsAt)) : '');
    setEndsAt(settings.maintenance ? toLocalInput(String(settings.maintenance.endsAt)) : '');
    setMessage(settings.maintenance?.message ?? '');
  }, [settings]);

  const after = (result: { error?: Parameters<typeof errorMessage>[0] }) => {
    setError(result.error ? errorMessage(result.error) : null);
    if (!result.error) reload();
  };
  const status = settings ? COMPONENT_STATUS_STYLE[settings.status] : null;

  return (
    <Paper withBorder radius="md" p="md" data-testid="status-page-settings">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Status page</Title>
        {status ? (
          <Badge color={status.color} variant="light">
            {status.label}
          </Badge>
        ) : null}
      </Group>
      <Stack gap="sm">
        <form
          aria-label="Status page settings"
          onSubmit={async (event) => {
            event.preventDefault();
            after(
              await setPublic({
                input: {
                  namespace,
                  name,
                  public: isPublic,
                  ...(isPublic ? { displayName: displayName.trim() } : {}),
                },
              }),
            );
          }}
        >
          <Stack gap="xs">
            <Switch
              label="Public on the status page"
              checked={isPublic}
              disabled={!canEdit}
              onChange={(event) => setIsPublic(event.currentTarget.checked)}
            />
            {isPublic ? (
              <TextInput
                label="Name on the status page"
                description="What the public sees instead of the namespace and name."
                placeholder="Chat assistant"
                value={displayName}
                readOnly={!canEdit}
                onChange={(event) => setDisplayName(event.currentTarget.value)}
              />
            ) : null}
            {canEdit ? (
              <Group justify="space-between">
                <Anchor href="/status" target="_blank" size="sm">
                  Open the status page
                </Anchor>
                <Button type="submit" variant="default" loading={savingPublic}>
                  Save
                </Button>
              </Group>
            ) : null}
          </Stack>
        </form>
        <form
          aria-label="Maintenance window"
          onSubmit={async (event) => {
            event.preventDefault();
            const from = fromLocalInput(startsAt);
            const to = fromLocalInput(endsAt);
            if (!from || !to) {
              setError('Give the start and end of the window');
              return;
            }
            after(
              await setWindow({
                input: { namespace, name, window: { startsAt: from, endsAt: to, message } },
              }),
            );
          }}
        >
          <Stack gap="xs">
            <Text size="sm" fw={500}>
              Maintenance window
            </Text>
            {settings?.maintenance ? (
              <Text size="xs" c="dimmed">
                {formatDateTime(settings.maintenance.startsAt)} –{' '}
                {formatDateTime(settings.maintenance.endsAt)}
              </Text>
            ) : null}
            <SimpleGrid cols={2} spacing="xs">
              <TextInput
                type="datetime-local"
                label="Starts"
                value={startsAt}
                readOnly={!canEdit}
                onChange={(event) => setStartsAt(event.currentTarget.value)}
              />
              <TextInput
                type="datetime-local"
                label="Ends"
                value={endsAt}
                readOnly={!canEdit}
                onChange={(event) => setEndsAt(event.currentTarget.value)}
              />
            </SimpleGrid>
            <TextInput
              label="Message"
              placeholder="Moving to new GPUs"
              value={message}
              readOnly={!canEdit}
              onChange={(event) => setMessage(event.currentTarget.value)}
            />
            {canEdit ? (
              <Group justify="flex-end">
                {settings?.maintenance ? (
                  <Button
                    variant="subtle"
                    color="gray"
                    onClick={async () =>
                      after(await setWindow({ input: { namespace, name, window: null } }))
                    }
                  >
                    Clear
                  </Button>
                ) : null}
                <Button type="submit" variant="default" loading={savingWindow}>
                  Set window
                </Button>
              </Group>
            ) : null}
          </Stack>
        </form>
        {error ? (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        ) : null}
        {stats ? (
          <Group gap="lg" data-testid="incident-stats">
            {(
              [
                ['Incidents, 30 days', String(stats.incidents)],
                ['MTTA', formatSeconds(stats.mttaSeconds)],
                ['MTTR', formatSeconds(stats.mttrSeconds)],
              ] as const
            ).map(([label, value]) => (
              <Labelled key={label} label={label} gap={0}>
                <Text size="sm">{value}</Text>
              </Labelled>
            ))}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
