import { AppError } from '../shared/errors.ts';

export class DeploymentsError extends AppError {}
