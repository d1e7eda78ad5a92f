import { AppError } from '../shared/errors.ts';

/** What can go wrong on the status page. */
export const STATUS_PAGE_ERROR_CODES = ['INCIDENT_NOT_FOUND', 'DEPLOYMENT_NOT_FOUND'] as const;
export type StatusPageErrorCode = (typeof STATUS_PAGE_ERROR_CODES)[number];

export class StatusPageError extends AppError<StatusPageErrorCode> {}
