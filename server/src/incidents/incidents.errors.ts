import { AppError } from '../shared/errors.ts';

export class IncidentsError extends AppError {}
