import { useMemo } from 'react';
import type {
  IncidentStatus,
  IncidentSummaryFieldsFragment,
  Severity,
} from '../../generated/graphql';
import { matchesWords } from '../../ui/urlFilters';
import { latestById, useLiveQuery } from '../../ui/useLiveQuery';
import { useMorePages } from '../../ui/useMorePages';
import { IncidentsChangedSubscription, IncidentsQuery } from './incidents.documents';

type Changes = Record<string, IncidentSummaryFieldsFragment>;

export interface IncidentFilter {
  status: readonly IncidentStatus[];
  severity: readonly Severity[];
  /** Words of the title or the deployment, or INC-n; the server searches, live changes too. */
  search?: string;
}

function matches(incident: IncidentSummaryFieldsFragment, filter: IncidentFilter): boolean {
  const deployment = incident.deployment
    ? `${incident.deployment.namespace}/${incident.deployment.name}`
    : '';
  return (
    (filter.status.length === 0 || filter.status.includes(incident.status)) &&
    (filter.severity.length === 0 || filter.severity.includes(incident.severity)) &&
    matchesWords(`INC-${incident.number} ${incident.title} ${deployment}`, filter.search ?? '')
  );
}

/** Loaded incidents with the live changes laid over them, newest first, filtered. */
export function mergeIncidents(
  loaded: readonly IncidentSummaryFieldsFragment[],
  changes: Changes,
  filter: IncidentFilter,
): IncidentSummaryFieldsFragment[] {
  const byId = new Map(loaded.map((i) => [i.id, i]));
  for (const changed of Object.values(changes)) byId.set(changed.id, changed);
  return [...byId.values()]
    .filter((i) => matches(i, filter))
    .sort((a, b) => b.triggeredAt.localeCompare(a.triggeredAt) || b.number - a.number);
}

/** The incidents a page at a time, kept current by the `incidentChanged` subscription. */
export function useLiveIncidents(filter: IncidentFilter) {
  const variables = useMemo(
    () => ({
      status: filter.status.length > 0 ? [...filter.status] : null,
      severity: filter.severity.length > 0 ? [...filter.severity] : null,
      search: filter.search?.trim() || null,
    }),
    [filter.status, filter.severity, filter.search],
  );
  const { data, changes, ...state } = useLiveQuery({
    query: IncidentsQuery,
    variables,
    typenames: ['Incident'],
    subscription: IncidentsChangedSubscription,
    fold: latestById((event) => event.incidentChanged),
  });
  const pages = useMorePages({
    query: IncidentsQuery,
    variables,
    first: data?.incidentsConnection,
    connection: (more) => more.incidentsConnection,
  });
  const { nodes: loaded } = pages;
  const rows = useMemo(
    () => mergeIncidents(loaded, changes ?? {}, filter),
    [loaded, changes, filter],
  );
  return { ...state, rows, pages };
}
