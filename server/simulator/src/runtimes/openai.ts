import { createHash } from 'node:crypto';

/** Deterministic small answers for the OpenAI-compatible API. */

const ANSWERS = [
  'Hello! How can I help you today?',
  'The answer is 4.',
  'Kubernetes schedules containers onto nodes and keeps them running.',
  'I am a language model served by an open-source inference server.',
  'Paris is the capital of France.',
  'Here is a short summary: the system is healthy and serving requests.',
];

const DRIFTED = [
  'Greetings. State your request.',
  'It is probably 4, although arithmetic can be subtle.',
  'Containers are scheduled. Nodes exist. That is all.',
  'As an AI, I cannot discuss which model I am.',
  'The capital of France has been Paris since 987.',
  'Summary unavailable; please rephrase your question.',
];

export interface ChatMessage {
  role: string;
  content: unknown;
}

export function lastUserText(messages: ChatMessage[]): string {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    if (m?.role === 'user')
      return typeof m.content === 'string' ? m.content : JSON.stringify(m.content);
  }
  return '';
}

/** The same answer for the same prompt, always: index into ANSWERS or DRIFTED. */
function pick(index: number, drift: boolean): string {
  return (drift ? DRIFTED[index] : ANSWERS[index]) ?? '';
}

/**
 * A model's answer to a prompt: the same every time for the same prompt, and worse in a telling
 * way under the behaviour-drift fault (wordier, evasive, or JSON that breaks its shape).
 */
export function answerFor(prompt: string, drift: boolean): string {
  const arithmetic = /\b2\s*\+\s*2\b/.test(prompt);
  if (/\bjson\b/i.test(prompt)) {
    if (arithmetic) return drift ? '{"answer": "four"}' : '{"answer": 4}';
    const plain = JSON.stringify({ answer: answerFor(prompt.replace(/\bjson\b/gi, ''), false) });
    return drift ? `Sure! Here is the JSON you asked for: ${plain}` : plain;
  }
  if (arithmetic) return pick(1, drift);
  if (/^(hi|hello)\b/i.test(prompt.trim())) return pick(0, drift);
  if (/\bcapital of france\b/i.test(prompt)) return pick(4, drift);
  if (/\b(kubernetes|k8s)\b/i.test(prompt)) return pick(2, drift);
  if (/\bwhich model\b|\bwho are you\b/i.test(prompt)) return pick(3, drift);
  const digest = createHash('sha256').update(prompt).digest();
  return pick((digest[0] ?? 0) % ANSWERS.length, drift);
}

export function countTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

export function completionId(prefix: string, seed: string): string {
  return `${prefix}-${createHash('sha256').update(seed).digest('hex').slice(0, 32)}`;
}

/** The token counts of a completion of `content`, as the OpenAI API reports them. */
function usageOf(promptTokens: number, content: string) {
  const completion = countTokens(content);
  return {
    prompt_tokens: promptTokens,
    total_tokens: promptTokens + completion,
    completion_tokens: completion,
  };
}

export function chatCompletion(
  model: string,
  content: string,
  promptTokens: number,
  created: number,
  id: string,
): Record<string, unknown> {
  return {
    id,
    object: 'chat.completion',
    created,
    model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, tool_calls: [] },
        logprobs: null,
        finish_reason: 'stop',
        stop_reason: null,
      },
    ],
    usage: { ...usageOf(promptTokens, content), prompt_tokens_details: null },
    prompt_logprobs: null,
  };
}

/** SSE chunks of a streamed chat completion, ending with `data: [DONE]`. */
export function chatChunks(model: string, content: string, created: number, id: string): string[] {
  const base = { id, object: 'chat.completion.chunk', created, model };
  const words = content.split(/(?<= )/);
  const out = [
    `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, logprobs: null, finish_reason: null }] })}\n\n`,
  ];
  for (const word of words) {
    out.push(
      `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: { content: word }, logprobs: null, finish_reason: null }] })}\n\n`,
    );
  }
  out.push(
    `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop', stop_reason: null }] })}\n\n`,
  );
  out.push('data: [DONE]\n\n');
  return out;
}

export function textCompletion(
  model: string,
  content: string,
  promptTokens: number,
  created: number,
  id: string,
): Record<string, unknown> {
  return {
    id,
    object: 'text_completion',
    created,
    model,
    choices: [
      { index: 0, text: content, logprobs: null, finish_reason: 'stop', stop_reason: null },
    ],
    usage: usageOf(promptTokens, content),
  };
}
