import { AppError } from '../shared/errors.ts';

export class PostmortemsError extends AppError {}
