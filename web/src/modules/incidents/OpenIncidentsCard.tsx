import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { IncidentStatus, IncidentSummaryFieldsFragment } from '../../generated/graphql';
import { CountedPanel } from '../../ui/CountedPanel';
import { DataTable, type TableSpec } from '../../ui/DataTable';
import { formatDateTime, formatRelative } from '../../ui/formatDate';
import { incidentPath } from '../../ui/humanIds';
import { countOf } from '../../ui/useMorePages';
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

/** The open incidents, with commanders named from `names` where the viewer may read them. */
function openIncidentsTable(
  names: Map<string, string> | null,
): TableSpec<IncidentSummaryFieldsFragment> {
  return {
    label: 'Open incidents',
    minWidth: 560,
    rowProps: () => ({ 'data-testid': 'open-incident' }),
    columns: [
      {
        header: 'Severity',
        cell: (incident) => <SeverityBadge severity={incident.severity} size="sm" />,
      },
      {
        header: 'Incident',
        cell: (incident) => (
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
        ),
      },
      { header: 'Status', cell: (incident) => <StatusBadge status={incident.status} size="sm" /> },
      {
        header: 'Opened',
        cell: (incident) => (
          <Text size="sm" title={formatDateTime(incident.triggeredAt)}>
            {formatRelative(incident.triggeredAt)}
          </Text>
        ),
      },
      {
        header: 'Commander',
        cell: (incident) => <Commander id={incident.commanderId} names={names} />,
      },
    ],
  };
}

/** The overview's first card: what is on fire, worst first, how long for and who has it. */
export function OpenIncidentsCard() {
  const { rows, loaded, error, refetch, pages } = useOpenIncidents();
  const names = useCommanderNames();
  const sorted = [...rows].sort(bySeverityThenAge);
  return (
    <CountedPanel
      title="Open incidents"
      testId="open-incidents"
      count={countOf(rows, pages)}
      loaded={loaded}
      error={error}
      onRetry={refetch}
      empty="No open incidents."
    >
      <DataTable {...openIncidentsTable(names)} rows={sorted} />
    </CountedPanel>
  );
}
