import { AppError } from '../shared/errors.ts';

export class StatusPageError extends AppError {}
