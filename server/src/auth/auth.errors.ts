import { AppError } from '../shared/errors.ts';

export class AuthError extends AppError {}
