export { ActiveRolloutsCard, RolloutBadge } from './ActiveRolloutsCard';
export { CanaryStepsEditor } from './CanaryStepsEditor';
export {
  type CanaryStepDraft,
  canaryStepServerErrors,
  canaryStepsInput,
  defaultCanarySteps,
  hasCanaryErrors,
  newCanaryStep,
  validateCanarySteps,
} from './canarySteps';
export { RolloutSection } from './RolloutSection';
export { deploymentKey, useActiveRollouts } from './useActiveRollouts';
