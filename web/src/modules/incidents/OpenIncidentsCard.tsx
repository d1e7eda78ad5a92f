import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { IncidentStatus, IncidentSummaryFieldsFragment } from '../../generated/graphql';
import { CountedPanel } from '../../ui/CountedPanel';
import { formatDateTime, formatRelative } from '../../ui/formatDate';
import { incidentPath } from '../../ui/humanIds';
import { roleAtLeast, useViewer } from '../auth';
import { SeverityBadge, StatusBadge } from './IncidentBadges';
import { SEVERITIES } from './incidentStyle';
import { IncidentCommandersQuery } from './incidents.documents';
import { type IncidentFilter, useLiveIncidents } from './useLiveIncidents';

export const OPEN_STATUSES: readonly IncidentStatus[] = ['TRIGGERED', 'ACKNOWLEDGED', 'MITIGATED'];
const OPEN: IncidentFilter = { status: OPEN_STATUSES, severity: [] };

/** The incidents still open (triggered, acknowledged or mitigated), kept current. */
export function useOpenIncidents() {
  return useLiveIncidents(OPEN);
}

/** Commanders' names, for the roles that may read them (SREs and admins); else nothing. */
function useCommanderNames(): Map<string, string> | null {
  const viewer = useViewer();
  const canRead = roleAtLeast(viewer.role, 'SRE');
  const [result] = useQuery({ query: IncidentCommandersQuery, pause: !canRead });
  if (!canRead) return null;
  return new Map((result.data?.onCallPeople ?? []).map((p) => [p.id, p.name || p.email]));
}

function bySeverityThenAge(a: IncidentSummaryFieldsFragment, b: IncidentSummaryFieldsFragment) {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    a.triggeredAt.localeCompare(b.triggeredAt)
  );
}

function Commander({ id, names }: { id: string | null; names: Map<string, string> | null }) {
  if (!id) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        No commander
      </Text>
    );
  }
  return <Text size="sm">{names?.get(id) ?? 'Assigned'}</Text>;
}

/** The overview's first card: what is on fire, worst first, how long for and who has it. */
export function OpenIncidentsCard() {
  const { rows, loaded, error, refetch } = useOpenIncidents();
  const names = useCommanderNames();
  const sorted = [...rows].sort(bySeverityThenAge);
  return (
    <CountedPanel
      title="Open incidents"
      testId="open-incidents"
      count={rows.length}
      loaded={loaded}
      error={error}
      onRetry={refetch}
      empty="No open incidents."
    >
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="xs" aria-label="Open incidents">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Severity</Table.Th>
              <Table.Th>Incident</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Opened</Table.Th>
              <Table.Th>Commander</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((incident) => (
              <Table.Tr key={incident.id} data-testid="open-incident">
                <Table.Td>
                  <SeverityBadge severity={incident.severity} size="sm" />
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Anchor component={Link} to={incidentPath(incident)} size="sm" fw={600}>
                      INC-{incident.number} · {incident.title}
                    </Anchor>
                    {incident.deployment ? (
                      <Text size="xs" c="dimmed">
                        {incident.deployment.namespace}/{incident.deployment.name}
                      </Text>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={incident.status} size="sm" />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" title={formatDateTime(incident.triggeredAt)}>
                    {formatRelative(incident.triggeredAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Commander id={incident.commanderId} names={names} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </CountedPanel>
  );
}
