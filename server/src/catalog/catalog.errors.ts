import { AppError } from '../shared/errors.ts';

/** What can go wrong in the catalog. */
export const CATALOG_ERROR_CODES = [
  'MODEL_NAME_TAKEN',
  'MODEL_NOT_FOUND',
  'RELEASE_NOT_FOUND',
  'INVALID_IMAGE',
] as const;
export type CatalogErrorCode = (typeof CATALOG_ERROR_CODES)[number];

export class CatalogError extends AppError<CatalogErrorCode> {}
