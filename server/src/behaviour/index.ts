export {
  BEHAVIOUR_ERROR_CODES,
  BehaviourError,
  type BehaviourErrorCode,
} from './behaviour.errors.ts';
export { BehaviourService, behaviourTarget, type DeploymentCheck } from './behaviour.service.ts';
export {
  type BehaviourChecker,
  type BehaviourTarget,
  CHAT_ROLES,
  type ChatMessage,
  type ChatRole,
  type Expectations,
  type GoldenPrompt,
  type PromptCheckResult,
} from './behaviour.types.ts';
export { compileSchema, evaluate, type Verdict } from './checker.ts';
export { DEFAULT_RUN_OPTIONS, type RunOptions, readAnswer, runPrompts } from './runner.ts';
