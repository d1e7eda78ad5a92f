export { ActiveRolloutsCard, RolloutBadge } from './ActiveRolloutsCard';
export { CanaryStepsEditor } from './CanaryStepsEditor';
export {
  type CanaryStepDraft,
  type CanaryStepErrors,
  canaryStepServerFieldErrors,
  canaryStepsInput,
  defaultCanarySteps,
  hasCanaryErrors,
  mergeCanaryErrors,
  newCanaryStep,
  validateCanarySteps,
} from './canarySteps';
export { RolloutSection } from './RolloutSection';
export { deploymentKey, useActiveRollouts } from './useActiveRollouts';
