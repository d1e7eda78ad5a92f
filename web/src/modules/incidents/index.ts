export { IncidentsList } from './IncidentsList';
export { IncidentView } from './IncidentView';
export { type Person, usePeople } from './usePeople';
