import { AppError } from '../shared/errors.ts';

export class RolloutsError extends AppError {}
