import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimulatedCluster, startSimulatedCluster } from '../support/cluster.ts';
import { graphql, login } from '../support/graphql.ts';
import { createTestRelease, deployReady } from '../support/releases.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { createServerDatabase, storeKinds } from '../support/stores.ts';

const CREATE = `mutation($input: CreateGoldenPromptInput!) {
  createGoldenPrompt(input: $input) { goldenPrompt { id name messages { role content } maxTokens
    expectations { contains mustNotContain pattern jsonSchema maxLength } createdBy } }
}`;

const CHECK = `mutation($input: CheckGoldenPromptsInput!) {
  checkGoldenPrompts(input: $input) {
    pod releaseId results { name passed failures answerExcerpt durationMs prompt { id } }
  }
}`;

interface CheckResult {
  name: string;
  passed: boolean | null;
  failures: string[];
  answerExcerpt: string;
}

interface FieldError {
  path: string[];
  message: string;
}

/** Golden prompts whose answers the simulated model gets right, and gets wrong when drifting. */
const PROMPTS = [
  {
    name: 'capital',
    prompt: 'What is the capital of France?',
    maxTokens: 32,
    expect: { contains: ['Paris'], pattern: '^Paris\\b', maxLength: 40 },
  },
  {
    name: 'identity',
    messages: [
      { role: 'SYSTEM', content: 'You are the support assistant of Example Corp.' },
      { role: 'USER', content: 'Which model are you?' },
    ],
    maxTokens: 64,
    expect: { mustNotContain: ['As an AI'] },
  },
  {
    name: 'json arithmetic',
    prompt: 'What is 2 + 2? Reply in JSON.',
    maxTokens: 16,
    expect: {
      jsonSchema: {
        type: 'object',
        properties: { answer: { type: 'number' } },
        required: ['answer'],
      },
    },
  },
];

const storeNames = storeKinds().map((k) => k.name);

for (const store of storeNames) {
  describe(`golden prompts against the simulated cluster on ${store}`, () => {
    let cluster: SimulatedCluster;
    let server: TestServer;
    let dropDatabase = async () => {};
    let cookie: string;
    let modelId: string;
    let releaseId: string;

    const call = <T>(query: string, variables: Record<string, unknown>) =>
      graphql<T>(server.url, query, variables, { cookie });

    const check = async (timeoutSeconds?: number) => {
      const result = await call<{ checkGoldenPrompts: { pod: string; results: CheckResult[] } }>(
        CHECK,
        {
          input: {
            namespace: 'ml-prod',
            name: 'chat',
            ...(timeoutSeconds ? { timeoutSeconds } : {}),
          },
        },
      );
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      return result.data?.checkGoldenPrompts.results ?? [];
    };

    const fieldErrors = async (input: Record<string, unknown>): Promise<FieldError[]> => {
      const result = await call(CREATE, { input: { modelId, ...input } });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return (result.errors?.[0]?.extensions?.fields as FieldError[]) ?? [];
    };

    beforeAll(async () => {
      cluster = await startSimulatedCluster({ acceleration: 30 });
      let databaseUrl: string | undefined;
      const serverUrl = process.env.TEST_DATABASE_URL;
      if (store === 'postgres' && serverUrl) {
        const database = await createServerDatabase(serverUrl);
        databaseUrl = database.url;
        dropDatabase = database.drop;
      }
      server = await startTestServer({
        ...(databaseUrl ? { databaseUrl } : {}),
        env: { KUBECONFIG: cluster.kubeconfig, BACKLINE_NAMESPACES: 'ml-prod' },
      });
      cookie = await login(server.url, server.adminEmail, server.adminPassword);
      ({ modelId, releaseId } = await createTestRelease(server.url, cookie));
      await deployReady(server.url, cookie, releaseId, 'chat');
    });
    afterAll(async () => {
      await server?.stop();
      await cluster?.stop();
      await dropDatabase();
    });

    it('refuses prompts it could not judge, naming the field and what is wrong', async () => {
      const base = { name: 'bad', prompt: 'Hello?', maxTokens: 8 };
      expect(await fieldErrors({ ...base, expect: { pattern: '([a-z]' } })).toEqual([
        {
          path: ['input', 'expect', 'pattern'],
          message:
            'is not a regular expression: Invalid regular expression: /([a-z]/: Unterminated group',
        },
      ]);
      expect(await fieldErrors({ ...base, expect: { jsonSchema: { type: 'objekt' } } })).toEqual([
        {
          path: ['input', 'expect', 'jsonSchema'],
          message:
            'is not a JSON schema that can be compiled: /type: must be equal to one of the allowed values',
        },
      ]);
      expect(await fieldErrors({ ...base, expect: {} })).toEqual([
        {
          path: ['input', 'expect'],
          message:
            'must set at least one of contains, mustNotContain, pattern, jsonSchema or maxLength',
        },
      ]);
      expect(
        await fieldErrors({ ...base, name: '', maxTokens: 100_000, expect: { maxLength: 0 } }),
      ).toEqual([
        { path: ['input', 'name'], message: 'must not be empty' },
        { path: ['input', 'maxTokens'], message: 'must be at most 4096' },
        { path: ['input', 'expect', 'maxLength'], message: 'must be at least 1' },
      ]);
    });

    it('keeps a model’s golden prompts, each change audited', async () => {
      for (const input of PROMPTS) {
        const created = await call(CREATE, { input: { modelId, ...input } });
        expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
      }
      const again = await call(CREATE, { input: { modelId, ...PROMPTS[0] } });
      expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const listed = await call<{
        model: { goldenPrompts: { name: string; messages: { role: string }[] }[] };
      }>('query($id: ID!) { model(id: $id) { goldenPrompts { name messages { role } } } }', {
        id: modelId,
      });
      expect(listed.data?.model.goldenPrompts).toEqual([
        { name: 'capital', messages: [{ role: 'USER' }] },
        { name: 'identity', messages: [{ role: 'SYSTEM' }, { role: 'USER' }] },
        { name: 'json arithmetic', messages: [{ role: 'USER' }] },
      ]);
      const audit = await server.backline.services.audit.list(
        { action: 'golden_prompt.create' },
        10,
      );
      expect(audit.entries.map((e) => (e.details as { name: string }).name).sort()).toEqual([
        'capital',
        'identity',
        'json arithmetic',
      ]);
      const prompts = await server.backline.services.behaviour.promptsForRelease(releaseId);
      expect(prompts.map((p) => p.name)).toEqual(['capital', 'identity', 'json arithmetic']);
    });

    it('edits and deletes a prompt, auditing what it was and what it became', async () => {
      const UPDATE = `mutation($input: UpdateGoldenPromptInput!) {
        updateGoldenPrompt(input: $input) { goldenPrompt { id name maxTokens updatedBy } } }`;
      const created = await call<{ createGoldenPrompt: { goldenPrompt: { id: string } } }>(CREATE, {
        input: {
          modelId,
          name: 'scratch',
          prompt: 'Hello?',
          maxTokens: 8,
          expect: { maxLength: 50 },
        },
      });
      const id = created.data?.createGoldenPrompt.goldenPrompt.id;
      const taken = await call(UPDATE, {
        input: { id, name: 'capital', prompt: 'Hello?', maxTokens: 8, expect: { maxLength: 50 } },
      });
      expect(taken.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        fields: [{ path: ['input', 'name'], message: 'is already taken for this model' }],
      });
      const updated = await call(UPDATE, {
        input: { id, name: 'greeting', prompt: 'Hello?', maxTokens: 12, expect: { maxLength: 50 } },
      });
      expect(updated.data).toEqual({
        updateGoldenPrompt: {
          goldenPrompt: { id, name: 'greeting', maxTokens: 12, updatedBy: server.adminEmail },
        },
      });
      const audit = server.backline.services.audit;
      const [change] = (await audit.list({ action: 'golden_prompt.update', targetId: id }, 1))
        .entries;
      expect(change?.details).toMatchObject({
        before: { name: 'scratch', maxTokens: 8 },
        after: { name: 'greeting', maxTokens: 12 },
      });
      const deleted = await call(
        'mutation($id: ID!) { deleteGoldenPrompt(input: { id: $id }) { goldenPrompt { name } } }',
        { id },
      );
      expect(deleted.errors).toBeUndefined();
      expect(
        (await audit.list({ action: 'golden_prompt.delete', targetId: id }, 1)).totalCount,
      ).toBe(1);
      const names = (await server.backline.services.behaviour.list(modelId)).map((p) => p.name);
      expect(names).toEqual(['capital', 'identity', 'json arithmetic']);
    });

    it('passes every prompt on a healthy pod', async () => {
      const results = await check();
      expect(results.map((r) => [r.name, r.passed, r.failures])).toEqual([
        ['capital', true, []],
        ['identity', true, []],
        ['json arithmetic', true, []],
      ]);
      expect(results[0]?.answerExcerpt).toBe('Paris is the capital of France.');
    });

    it('fails them with readable reasons when the model’s behaviour drifts', async () => {
      const fault = cluster.sim.injectFault({
        type: 'behaviour-drift',
        namespace: 'ml-prod',
        deployment: 'chat',
      });
      try {
        const results = await check();
        expect(results.map((r) => [r.name, r.passed, r.failures])).toEqual([
          [
            'capital',
            false,
            ['answer does not match /^Paris\\b/', 'answer is 47 characters, limit 40'],
          ],
          ['identity', false, ['answer contains “As an AI”']],
          ['json arithmetic', false, ['/answer: must be number']],
        ]);
        expect(results[2]?.answerExcerpt).toBe('{"answer": "four"}');
      } finally {
        cluster.sim.clearFault(fault.id);
      }
      expect((await check()).every((r) => r.passed)).toBe(true);
    });

    it('is inconclusive, not failed, when the pod cannot answer', async () => {
      const prompts = await server.backline.services.behaviour.promptsForRelease(releaseId);
      const gone = await server.backline.services.behaviour.run(
        {
          namespace: 'ml-prod',
          pod: 'chat-0000000000-gone0',
          port: 8000,
          modelName: 'qwen',
          runtime: 'VLLM',
        },
        prompts,
      );
      expect(gone.map((r) => r.passed)).toEqual([null, null, null]);
      expect(gone[0]?.failures[0]).toMatch(
        /^the API server could not reach the pod \(HTTP 404\): .*chat-0000000000-gone0/,
      );

      const fault = cluster.sim.injectFault({
        type: 'hung-engine',
        namespace: 'ml-prod',
        deployment: 'chat',
      });
      try {
        const hung = await check(1);
        expect(hung.map((r) => r.passed)).toEqual([null, null, null]);
        expect(hung[0]?.failures[0]).toMatch(
          /^could not reach ml-prod\/chat-.*: no answer within 1000 ms$/,
        );
      } finally {
        cluster.sim.clearFault(fault.id);
      }
    });
  });
}
