export { IncidentsList } from './IncidentsList';
export { IncidentView } from './IncidentView';
