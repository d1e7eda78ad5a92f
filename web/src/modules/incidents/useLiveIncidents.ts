import { useMemo } from 'react';
import { useQuery, useSubscription } from 'urql';
import type {
  IncidentStatus,
  IncidentSummaryFieldsFragment,
  Severity,
} from '../../generated/graphql';
import { IncidentsChangedSubscription, IncidentsQuery } from './incidents.documents';

type Changes = Record<string, IncidentSummaryFieldsFragment>;

export interface IncidentFilter {
  status: readonly IncidentStatus[];
  severity: readonly Severity[];
}

function matches(incident: IncidentSummaryFieldsFragment, filter: IncidentFilter): boolean {
  return (
    (filter.status.length === 0 || filter.status.includes(incident.status)) &&
    (filter.severity.length === 0 || filter.severity.includes(incident.severity))
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

/** The incidents, kept current by the `incidentChanged` subscription. */
export function useLiveIncidents(filter: IncidentFilter) {
  const context = useMemo(() => ({ additionalTypenames: ['Incident'] }), []);
  const variables = useMemo(
    () => ({
      status: filter.status.length > 0 ? [...filter.status] : null,
      severity: filter.severity.length > 0 ? [...filter.severity] : null,
    }),
    [filter.status, filter.severity],
  );
  const [query, refetch] = useQuery({ query: IncidentsQuery, variables, context });
  const [live] = useSubscription<{ incidentChanged: IncidentSummaryFieldsFragment }, Changes>(
    { query: IncidentsChangedSubscription },
    (changes = {}, event) => ({
      ...changes,
      [event.incidentChanged.id]: event.incidentChanged,
    }),
  );
  const loaded = query.data?.incidents;
  const changes = live.data;
  const rows = useMemo(
    () => mergeIncidents(loaded ?? [], changes ?? {}, filter),
    [loaded, changes, filter],
  );
  return {
    rows,
    loaded: loaded !== undefined,
    error: query.error,
    liveError: live.error,
    refetch: () => refetch({ requestPolicy: 'network-only' }),
  };
}
