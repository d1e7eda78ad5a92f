export { IncidentsList } from './IncidentsList';
export { IncidentView } from './IncidentView';
export { OpenIncidentsCard, useOpenIncidents } from './OpenIncidentsCard';
