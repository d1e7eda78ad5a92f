import { Anchor, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { IncidentSummaryFieldsFragment } from '../../generated/graphql';
import { Dim, Mono, TimeAgo } from '../../ui/cells';
import { DataTable, type TableSpec } from '../../ui/DataTable';
import { incidentPath } from '../../ui/humanIds';
import { SeverityBadge, StatusBadge } from './IncidentBadges';
import { PersonName } from './PersonName';

const TABLE: TableSpec<IncidentSummaryFieldsFragment> = {
  label: 'Incidents',
  minWidth: 900,
  list: true,
  rowProps: (incident) => ({ 'data-testid': `incident-row-${incident.number}` }),
  columns: [
    {
      header: 'Severity',
      th: { w: 90 },
      cell: (incident) => <SeverityBadge severity={incident.severity} size="sm" />,
    },
    {
      header: 'Incident',
      cell: (incident) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm" c="dimmed" ff="monospace">
            INC-{incident.number}
          </Text>
          <Anchor component={Link} to={incidentPath(incident)} fw={600} size="sm">
            {incident.title}
          </Anchor>
        </Group>
      ),
    },
    { header: 'Status', cell: (incident) => <StatusBadge status={incident.status} size="sm" /> },
    {
      header: 'Deployment',
      cell: ({ deployment }) =>
        deployment ? (
          <Mono>
            {deployment.namespace}/{deployment.name}
          </Mono>
        ) : (
          <Dim>—</Dim>
        ),
    },
    { header: 'Age', cell: (incident) => <TimeAgo at={incident.triggeredAt} /> },
    { header: 'Commander', cell: (incident) => <PersonName id={incident.commanderId} /> },
    { header: 'Assignee', cell: (incident) => <PersonName id={incident.assigneeId} /> },
  ],
};

export function IncidentsTable({ rows }: { rows: readonly IncidentSummaryFieldsFragment[] }) {
  return <DataTable {...TABLE} rows={rows} />;
}
