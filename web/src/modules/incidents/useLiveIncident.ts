import type { IncidentDetailFieldsFragment } from '../../generated/graphql';
import { laterCopy, useLiveOne } from '../../ui/useLiveQuery';
import { IncidentChangedSubscription, IncidentQuery } from './incidents.documents';

/** One incident, replaced by each `incidentChanged` event about it. */
export function useLiveIncident(id: string) {
  const { item, ...state } = useLiveOne({
    query: IncidentQuery,
    subscription: IncidentChangedSubscription,
    id,
    typename: 'Incident',
    loaded: (data) => data.incident,
    changed: (event) => event.incidentChanged,
    isNewer: laterCopy((incident: IncidentDetailFieldsFragment) => incident.timeline),
  });
  return { ...state, incident: item };
}
