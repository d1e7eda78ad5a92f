import { AppError } from '../shared/errors.ts';

export class CatalogError extends AppError {}
