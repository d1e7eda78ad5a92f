import { AppError } from '../shared/errors.ts';

/** What can go wrong with golden prompts and their checks. */
export const BEHAVIOUR_ERROR_CODES = [
  'MODEL_NOT_FOUND',
  'RELEASE_NOT_FOUND',
  'DEPLOYMENT_NOT_FOUND',
  'POD_NOT_FOUND',
  'PROMPT_NOT_FOUND',
  'PROMPT_NAME_TAKEN',
  'NO_CLUSTER',
  'NO_READY_POD',
] as const;
export type BehaviourErrorCode = (typeof BEHAVIOUR_ERROR_CODES)[number];

export class BehaviourError extends AppError<BehaviourErrorCode> {}
