import type { ClusterClient } from '../kube/index.ts';
import type { BehaviourTarget, GoldenPrompt, PromptCheckResult } from './behaviour.types.ts';
import { evaluate } from './checker.ts';

export interface RunOptions {
  /** How long one prompt may take before its check is inconclusive. */
  timeoutMs: number;
  /** Prompts in flight at once on the one pod. */
  concurrency: number;
  now: () => number;
}

export const DEFAULT_RUN_OPTIONS: RunOptions = {
  timeoutMs: 30_000,
  concurrency: 2,
  now: () => performance.now(),
};

const EXCERPT_CHARACTERS = 300;

/** Statuses the API server's proxy answers when it cannot reach the pod, or the pod is overloaded. */
const UNREACHABLE = new Set([429, 502, 503, 504]);

type Outcome =
  | { kind: 'answer'; text: string }
  | { kind: 'refused'; reason: string }
  | { kind: 'inconclusive'; reason: string };

function excerpt(text: string): string {
  const chars = [...text];
  return chars.length <= EXCERPT_CHARACTERS
    ? text
    : `${chars.slice(0, EXCERPT_CHARACTERS - 1).join('')}…`;
}

function oneLine(text: string, limit = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= limit ? flat : `${flat.slice(0, limit - 1)}…`;
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** The error message of an OpenAI-style error body (vLLM, TGI, llama.cpp, Ollama shapes). */
function errorMessage(body: unknown, raw: string): string {
  const b = record(body);
  const error = b?.error;
  if (typeof error === 'string') return error;
  const nested = record(error)?.message;
  if (typeof nested === 'string') return nested;
  if (typeof b?.message === 'string') return b.message;
  return oneLine(raw) || 'no body';
}

/** Reasoning models may put their thinking in the content; only what follows is the answer. */
function withoutThinking(content: string): string {
  return content.replace(/^\s*<think>[\s\S]*?<\/think>\s*/, '');
}

/** Reads the answer out of what the pod, or the API server in front of it, said. */
export function readAnswer(status: number, body: string): Outcome {
  const parsed = parseJson(body);
  const object = record(parsed);
  // The API server's own Status (pod gone, no such port) or a proxy error: nothing was asked.
  if (object?.kind === 'Status' && object.apiVersion === 'v1') {
    return {
      kind: 'inconclusive',
      reason: `the API server could not reach the pod (HTTP ${status}): ${errorMessage(object, body)}`,
    };
  }
  if (UNREACHABLE.has(status)) {
    return {
      kind: 'inconclusive',
      reason: `the pod could not answer (HTTP ${status}): ${errorMessage(parsed, body)}`,
    };
  }
  if (status !== 200) {
    return {
      kind: 'refused',
      reason: `the server answered HTTP ${status}: ${errorMessage(parsed, body)}`,
    };
  }
  const choice = record(Array.isArray(object?.choices) ? object.choices[0] : undefined);
  const content = record(choice?.message)?.content;
  if (typeof content === 'string') return { kind: 'answer', text: withoutThinking(content) };
  if (content === null && choice) return { kind: 'answer', text: '' };
  return {
    kind: 'refused',
    reason: `the server's answer is not a chat completion: ${oneLine(body) || 'empty body'}`,
  };
}

async function runOne(
  client: ClusterClient,
  target: BehaviourTarget,
  prompt: GoldenPrompt,
  options: RunOptions,
): Promise<PromptCheckResult> {
  const started = options.now();
  const base = { promptId: prompt.id, name: prompt.name };
  const body = JSON.stringify({
    model: target.modelName,
    messages: prompt.messages,
    max_tokens: prompt.maxTokens,
    temperature: 0,
    stream: false,
  });
  let outcome: Outcome;
  try {
    const response = await client.podProxy(target.namespace, target.pod, target.port, {
      method: 'POST',
      path: '/v1/chat/completions',
      body,
      timeoutMs: options.timeoutMs,
    });
    outcome = readAnswer(response.status, response.body);
  } catch (error) {
    outcome = {
      kind: 'inconclusive',
      reason: `could not reach ${target.namespace}/${target.pod}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const durationMs = Math.round(options.now() - started);
  switch (outcome.kind) {
    case 'inconclusive':
      return { ...base, passed: null, failures: [outcome.reason], answerExcerpt: '', durationMs };
    case 'refused':
      return { ...base, passed: false, failures: [outcome.reason], answerExcerpt: '', durationMs };
    case 'answer': {
      const verdict = evaluate(outcome.text, prompt.expectations);
      return { ...base, ...verdict, answerExcerpt: excerpt(outcome.text), durationMs };
    }
  }
}

/**
 * Asks one pod each golden prompt (temperature 0) through the pods/proxy subresource and judges
 * the answers. A timeout or a pod that cannot be reached makes that check inconclusive
 * (`passed: null`), never a failure. Results come in the prompts' order.
 */
export async function runPrompts(
  client: ClusterClient,
  target: BehaviourTarget,
  prompts: GoldenPrompt[],
  options: Partial<RunOptions> = {},
): Promise<PromptCheckResult[]> {
  const opts = { ...DEFAULT_RUN_OPTIONS, ...options };
  const results: PromptCheckResult[] = new Array(prompts.length);
  let next = 0;
  const worker = async () => {
    while (next < prompts.length) {
      const index = next++;
      const prompt = prompts[index];
      if (prompt) results[index] = await runOne(client, target, prompt, opts);
    }
  };
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(opts.concurrency, prompts.length)) }, worker),
  );
  return results;
}
