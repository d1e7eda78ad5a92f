import { useMemo } from 'react';
import { useQuery, useSubscription } from 'urql';
import type { IncidentDetailFieldsFragment } from '../../generated/graphql';
import { IncidentChangedSubscription, IncidentQuery } from './incidents.documents';

function newer(a: IncidentDetailFieldsFragment, b: IncidentDetailFieldsFragment): boolean {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt;
  return a.timeline.length >= b.timeline.length;
}

/** One incident, replaced by each `incidentChanged` event about it. */
export function useLiveIncident(id: string) {
  const context = useMemo(() => ({ additionalTypenames: ['Incident'] }), []);
  const variables = useMemo(() => ({ id }), [id]);
  const [query, refetch] = useQuery({ query: IncidentQuery, variables, context });
  const [live] = useSubscription({ query: IncidentChangedSubscription, variables });
  const fromQuery = query.data?.incident;
  const fromLive = live.data?.incidentChanged;
  // A mutation's answer refreshes the query; keep whichever copy is newer.
  const latest: IncidentDetailFieldsFragment | null | undefined =
    fromLive && (!fromQuery || newer(fromLive, fromQuery)) ? fromLive : fromQuery;
  return {
    incident: latest,
    loaded: query.data !== undefined,
    error: query.error,
    liveError: live.error,
    refetch: () => refetch({ requestPolicy: 'network-only' }),
  };
}
