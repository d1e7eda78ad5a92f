import { AppError } from '../shared/errors.ts';

/** What can go wrong with model deployments. */
export const DEPLOYMENTS_ERROR_CODES = [
  'DEPLOYMENT_NOT_FOUND',
  'RELEASE_NOT_FOUND',
  'BEING_DELETED',
  'CREATED_CONCURRENTLY',
  'NAME_NOT_CONFIRMED',
  'NO_EARLIER_RELEASE',
  'ALREADY_RUNS_RELEASE',
  'CHANGED_MEANWHILE',
  'NO_CLUSTER',
  /** A model server Backline observes: it changes nothing of it. */
  'OBSERVED_NOT_MANAGED',
  /** Adopting it would restart its pods, or Backline cannot describe what it runs. */
  'NOT_ADOPTABLE',
  /** Handing back a deployment Backline did not adopt. */
  'NOT_ADOPTED',
  'ROLLOUT_UNDER_WAY',
  /** The Gateway named for traffic routing is missing, unreadable or not for this deployment. */
  'GATEWAY_UNUSABLE',
] as const;
export type DeploymentsErrorCode = (typeof DEPLOYMENTS_ERROR_CODES)[number];

export class DeploymentsError extends AppError<DeploymentsErrorCode> {}
