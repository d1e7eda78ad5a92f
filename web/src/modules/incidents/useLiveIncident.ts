import { useMemo } from 'react';
import type { IncidentDetailFieldsFragment } from '../../generated/graphql';
import { newest, useLiveQuery } from '../../ui/useLiveQuery';
import { IncidentChangedSubscription, IncidentQuery } from './incidents.documents';

function newer(a: IncidentDetailFieldsFragment, b: IncidentDetailFieldsFragment): boolean {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt;
  return a.timeline.length >= b.timeline.length;
}

/** One incident, replaced by each `incidentChanged` event about it. */
export function useLiveIncident(id: string) {
  const variables = useMemo(() => ({ id }), [id]);
  const { data, changes, ...state } = useLiveQuery({
    query: IncidentQuery,
    variables,
    typenames: ['Incident'],
    subscription: IncidentChangedSubscription,
    subscriptionVariables: variables,
  });
  // A mutation's answer refreshes the query; keep whichever copy is newer.
  return { ...state, incident: newest(data?.incident, changes?.incidentChanged, newer) };
}
