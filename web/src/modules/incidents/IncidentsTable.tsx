import type { IncidentSummaryFieldsFragment } from '../../generated/graphql';
import { Dim, Mono, RefLink, TimeAgo } from '../../ui/cells';
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
        <RefLink reference={`INC-${incident.number}`} to={incidentPath(incident)}>
          {incident.title}
        </RefLink>
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
