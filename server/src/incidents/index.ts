export { alertmanagerRouter } from './alertmanager.webhook.ts';
export {
  type IncidentRecords,
  incidentRecords,
  type TimelineEntryInput,
} from './incident-records.ts';
export {
  computeIncidentStats,
  DEFAULT_STATS_DAYS,
  type IncidentStats,
  IncidentStatsService,
  type IncidentTimes,
} from './incident-stats.ts';
export {
  INCIDENTS_ERROR_CODES,
  IncidentsError,
  type IncidentsErrorCode,
} from './incidents.errors.ts';
export { canTransition, deriveSeverity, TRANSITIONS } from './incidents.rules.ts';
export { IncidentsService, type SignalOutcome } from './incidents.service.ts';
export {
  type CloseCheck,
  type DeploymentRef,
  IMPACTS,
  type Impact,
  INCIDENT_STATUSES,
  INCIDENT_TOPIC,
  type IncidentChanged,
  type IncidentEvent,
  type IncidentHook,
  type IncidentRecord,
  type IncidentSource,
  type IncidentStatus,
  type Severity,
  type Signal,
  type SignalRecord,
  type TimelineEntryRecord,
} from './incidents.types.ts';
