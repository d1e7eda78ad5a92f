import { AppError } from '../shared/errors.ts';

/** What can go wrong with prices and cost reports. */
export const COSTS_ERROR_CODES = [
  'API_PRICE_NOT_FOUND',
  'PRICE_VERSION_EXISTS',
  'MONTH_NOT_STARTED',
] as const;
export type CostsErrorCode = (typeof COSTS_ERROR_CODES)[number];

export class CostsError extends AppError<CostsErrorCode> {}
