export { deriveComponentStatus, overallStatus } from './derive-status.ts';
export { statusPageRouter } from './status.routes.ts';
export { escapeHtml, renderStatusPage } from './status-page.html.ts';
export {
  STATUS_PAGE_ERROR_CODES,
  StatusPageError,
  type StatusPageErrorCode,
} from './statuspage.errors.ts';
export { StatusPageService } from './statuspage.service.ts';
export type {
  ComponentStatus,
  PublicStatus,
  PublicUpdateRecord,
  PublicUpdateStatus,
} from './statuspage.types.ts';
