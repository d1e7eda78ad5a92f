export {
  DEPLOYMENTS_ERROR_CODES,
  DeploymentsError,
  type DeploymentsErrorCode,
} from './deployments.errors.ts';
export type { DeploymentEvents } from './deployments.events.ts';
export { type DeploymentPhase, DeploymentsService } from './deployments.service.ts';
export {
  type AnyDeploymentRecord,
  DEPLOYMENT_TOPIC,
  DESIRED_STATE_TOPIC,
  type DeploymentChanged,
  type DeploymentRecord,
  type GatewayRef,
  isObserved,
  type ObservedDeploymentRecord,
  type ObservedWorkload,
  type RevisionRecord,
  type RolloutHooks,
  STRATEGIES,
  type StepInput,
  type Strategy,
  type TimelineEntry,
} from './deployments.types.ts';
export { type DeploymentPlan, type DesiredChanges, DesiredState } from './desired-state.ts';
export { type DriftField, detectDrift } from './drift.ts';
export { canaryPlacementOf, placementOf, trafficOf } from './placement.ts';
export { Reconciler } from './reconciler.ts';
