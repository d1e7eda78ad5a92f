export {
  POSTMORTEMS_ERROR_CODES,
  PostmortemsError,
  type PostmortemsErrorCode,
} from './postmortems.errors.ts';
export {
  POSTMORTEM_REQUIRED,
  PostmortemsService,
  postmortemCloseCheck,
} from './postmortems.service.ts';
export type {
  ActionItemRecord,
  PostmortemRecord,
  PostmortemStatus,
  PostmortemTimelineEntry,
} from './postmortems.types.ts';
export { describeImpact, formatDuration, postmortemTemplate, prefillTimeline } from './template.ts';
