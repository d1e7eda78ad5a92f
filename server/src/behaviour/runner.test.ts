import { describe, expect, it } from 'vitest';
import type { ClusterClient } from '../kube/index.ts';
import type { BehaviourTarget, GoldenPrompt } from './behaviour.types.ts';
import { readAnswer, runPrompts } from './runner.ts';

const target: BehaviourTarget = {
  namespace: 'ml-prod',
  pod: 'qwen-7d9f-abcde',
  port: 8000,
  modelName: 'qwen',
  runtime: 'VLLM',
};

function prompt(id: string, overrides: Partial<GoldenPrompt> = {}): GoldenPrompt {
  return {
    id,
    name: `prompt ${id}`,
    modelId: 'm',
    messages: [{ role: 'user', content: `question ${id}` }],
    maxTokens: 64,
    expectations: {
      contains: ['Paris'],
      mustNotContain: [],
      pattern: null,
      jsonSchema: null,
      maxLength: null,
    },
    createdAt: new Date(0),
    createdBy: 'a',
    updatedAt: new Date(0),
    updatedBy: 'a',
    ...overrides,
  };
}

function completion(content: string | null): string {
  return JSON.stringify({ choices: [{ index: 0, message: { role: 'assistant', content } }] });
}

type Handler = (body: Record<string, unknown>) => Promise<{ status: number; body: string }>;

function fakeClient(handler: Handler) {
  const calls: {
    namespace: string;
    pod: string;
    port: number;
    path: string;
    body: Record<string, unknown>;
    timeoutMs: number;
  }[] = [];
  const client = {
    podProxy: async (
      namespace: string,
      pod: string,
      port: number,
      request: { method: string; path: string; body?: string; timeoutMs: number },
    ) => {
      const body = JSON.parse(request.body ?? '{}') as Record<string, unknown>;
      calls.push({ namespace, pod, port, path: request.path, body, timeoutMs: request.timeoutMs });
      return handler(body);
    },
  } as unknown as ClusterClient;
  return { client, calls };
}

describe('runPrompts', () => {
  it('asks the one pod each prompt at temperature 0 with its token limit, and judges the answers', async () => {
    const { client, calls } = fakeClient(async (body) => {
      const question = (body.messages as { content: string }[])[0]?.content;
      return { status: 200, body: completion(question === 'question 1' ? 'Paris.' : 'Lyon.') };
    });
    const results = await runPrompts(client, target, [prompt('1'), prompt('2', { maxTokens: 7 })], {
      timeoutMs: 1234,
    });
    expect(calls.map((c) => [c.namespace, c.pod, c.port, c.path, c.timeoutMs])).toEqual([
      ['ml-prod', 'qwen-7d9f-abcde', 8000, '/v1/chat/completions', 1234],
      ['ml-prod', 'qwen-7d9f-abcde', 8000, '/v1/chat/completions', 1234],
    ]);
    expect(calls[1]?.body).toEqual({
      model: 'qwen',
      messages: [{ role: 'user', content: 'question 2' }],
      max_tokens: 7,
      temperature: 0,
      stream: false,
    });
    expect(results.map(({ durationMs: _, ...r }) => r)).toEqual([
      { promptId: '1', name: 'prompt 1', passed: true, failures: [], answerExcerpt: 'Paris.' },
      {
        promptId: '2',
        name: 'prompt 2',
        passed: false,
        failures: ['answer does not contain “Paris”'],
        answerExcerpt: 'Lyon.',
      },
    ]);
  });

  it('keeps the prompts’ order whatever order the answers come in', async () => {
    const { client } = fakeClient(async (body) => {
      const question = (body.messages as { content: string }[])[0]?.content ?? '';
      await new Promise<void>((resolve) => queueMicrotask(resolve));
      return { status: 200, body: completion(`Paris ${question}`) };
    });
    const prompts = ['a', 'b', 'c', 'd', 'e'].map((id) => prompt(id));
    const results = await runPrompts(client, target, prompts, { concurrency: 3 });
    expect(results.map((r) => r.promptId)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(results.every((r) => r.passed)).toBe(true);
  });

  it('counts a timeout or transport error as inconclusive, not as a failure', async () => {
    const { client } = fakeClient(async () => {
      throw new Error('no answer within 50 ms');
    });
    const [result] = await runPrompts(client, target, [prompt('1')], { timeoutMs: 50 });
    expect(result).toMatchObject({
      passed: null,
      failures: ['could not reach ml-prod/qwen-7d9f-abcde: no answer within 50 ms'],
      answerExcerpt: '',
    });
  });

  it('cuts a long answer to an excerpt', async () => {
    const { client } = fakeClient(async () => ({
      status: 200,
      body: completion(`Paris ${'x'.repeat(1000)}`),
    }));
    const [result] = await runPrompts(client, target, [prompt('1')]);
    expect([...(result?.answerExcerpt ?? '')]).toHaveLength(300);
    expect(result?.answerExcerpt.endsWith('…')).toBe(true);
  });

  it('returns nothing for no prompts, without asking', async () => {
    const { client, calls } = fakeClient(async () => ({ status: 200, body: completion('') }));
    expect(await runPrompts(client, target, [])).toEqual([]);
    expect(calls).toHaveLength(0);
  });
});

describe('readAnswer', () => {
  it('reads the first choice’s content', () => {
    expect(readAnswer(200, completion('Hello'))).toEqual({ kind: 'answer', text: 'Hello' });
    expect(readAnswer(200, completion(null))).toEqual({ kind: 'answer', text: '' });
  });

  it('drops a reasoning model’s thinking before the answer', () => {
    expect(readAnswer(200, completion('<think>France… capital…</think>\n\nParis.'))).toEqual({
      kind: 'answer',
      text: 'Paris.',
    });
  });

  it('treats the API server’s own Status as inconclusive: the pod was never asked', () => {
    const status = JSON.stringify({
      kind: 'Status',
      apiVersion: 'v1',
      status: 'Failure',
      message: 'pods "gone" not found',
      reason: 'NotFound',
      code: 404,
    });
    expect(readAnswer(404, status)).toEqual({
      kind: 'inconclusive',
      reason: 'the API server could not reach the pod (HTTP 404): pods "gone" not found',
    });
  });

  it('treats a proxy error or an overloaded server as inconclusive', () => {
    expect(
      readAnswer(
        503,
        'error trying to reach service: dial tcp 10.0.0.7:8000: connect: connection refused',
      ),
    ).toEqual({
      kind: 'inconclusive',
      reason:
        'the pod could not answer (HTTP 503): error trying to reach service: dial tcp 10.0.0.7:8000: connect: connection refused',
    });
    expect(readAnswer(429, '{"error":"queue full"}').kind).toBe('inconclusive');
  });

  it('fails an engine error with the server’s message, in each runtime’s shape', () => {
    expect(
      readAnswer(
        404,
        JSON.stringify({ object: 'error', message: 'The model `x` does not exist.' }),
      ),
    ).toEqual({
      kind: 'refused',
      reason: 'the server answered HTTP 404: The model `x` does not exist.',
    });
    expect(readAnswer(500, JSON.stringify({ error: { code: 500, message: 'boom' } }))).toEqual({
      kind: 'refused',
      reason: 'the server answered HTTP 500: boom',
    });
    expect(
      readAnswer(
        422,
        JSON.stringify({ error: 'Input validation error', error_type: 'validation' }),
      ),
    ).toEqual({
      kind: 'refused',
      reason: 'the server answered HTTP 422: Input validation error',
    });
  });

  it('fails a 200 that is not a chat completion', () => {
    expect(readAnswer(200, '<html>hello</html>')).toEqual({
      kind: 'refused',
      reason: "the server's answer is not a chat completion: <html>hello</html>",
    });
  });
});
