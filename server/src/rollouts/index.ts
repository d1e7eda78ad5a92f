export {
  type Analysis,
  type AnalysisVerdict,
  behaviourAnalysis,
  errorRatioAnalysis,
  healthAnalysis,
  ttftAnalysis,
} from './analysis.ts';
export { deploymentAlarm } from './evidence.ts';
export {
  PrometheusRolloutMetrics,
  type RolloutWindow,
  type RolloutWindowRequest,
  trackSelectors,
} from './prometheus-metrics.ts';
export {
  allowedActions,
  IllegalTransitionError,
  isActive,
  nextState,
  ROLLOUT_STATES,
  type RolloutAction,
  type RolloutState,
} from './rollout-machine.ts';
export { RolloutController, type RolloutControllerDeps } from './rollouts.controller.ts';
export { ROLLOUTS_ERROR_CODES, RolloutsError, type RolloutsErrorCode } from './rollouts.errors.ts';
export type { RolloutEvents } from './rollouts.events.ts';
export { registerRolloutMetrics } from './rollouts.metrics.ts';
export { RolloutsService, type TransitionOutcome } from './rollouts.service.ts';
export { rollbackSignal } from './rollouts.signals.ts';
export {
  type AnalysisRecord,
  ROLLOUT_TOPIC,
  type RolloutChanged,
  type RolloutEventRecord,
  type RolloutRecord,
} from './rollouts.types.ts';
export { canaryReplicas, defaultCanarySteps, planCanarySteps, split } from './steps.ts';
