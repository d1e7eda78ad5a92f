import type { Runtime } from '../catalog/index.ts';

export const CHAT_ROLES = ['system', 'user', 'assistant'] as const;
export type ChatRole = (typeof CHAT_ROLES)[number];

export interface ChatMessage {
  role: ChatRole;
  content: string;
}

/** Properties the answer to a golden prompt must have. At least one is set. */
export interface Expectations {
  /** Each must appear in the answer, ignoring case. */
  contains: string[];
  /** None may appear in the answer, ignoring case. */
  mustNotContain: string[];
  /** A JavaScript regular expression the answer must match somewhere. */
  pattern: string | null;
  /** The answer must be JSON valid against this schema. */
  jsonSchema: Record<string, unknown> | null;
  /** Most characters the answer may have. */
  maxLength: number | null;
}

/** A question a model is asked after a new release starts, with what its answer must be like. */
export interface GoldenPrompt {
  id: string;
  name: string;
  modelId: string;
  messages: ChatMessage[];
  maxTokens: number;
  expectations: Expectations;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

/** One pod serving a release, reached through the API server's pods/proxy subresource. */
export interface BehaviourTarget {
  namespace: string;
  pod: string;
  port: number;
  /** The name the server serves the model under (`model` in the OpenAI request). */
  modelName: string;
  runtime: Runtime;
}

export interface PromptCheckResult {
  promptId: string;
  name: string;
  /** null: the prompt could not be run (timeout, pod unreachable), so the check is inconclusive. */
  passed: boolean | null;
  /** What was wrong, in words; for an inconclusive check, why it could not run. */
  failures: string[];
  answerExcerpt: string;
  durationMs: number;
}

/** What the rollout engine uses to judge a new release's answers. */
export interface BehaviourChecker {
  /** Golden prompts of the model the release serves; empty when it has none. */
  promptsForRelease(releaseId: string): Promise<GoldenPrompt[]>;
  run(target: BehaviourTarget, prompts: GoldenPrompt[]): Promise<PromptCheckResult[]>;
}
