export { AuditLogView } from './AuditLogView';
export {
  type AuditFilters,
  auditExportUrl,
  EMPTY_FILTERS,
  filtersFromSearchParams,
  matchesFilters,
} from './auditFilters';
