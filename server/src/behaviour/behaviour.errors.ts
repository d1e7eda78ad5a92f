import { AppError } from '../shared/errors.ts';

export class BehaviourError extends AppError {}
