import { AppError } from '../shared/errors.ts';

export class TicketsError extends AppError {}
