import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, login } from '../support/graphql.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const REGISTER = `mutation($input: RegisterModelInput!) { registerModel(input: $input) { model { id name } } }`;
const CREATE = `mutation($input: CreateReleaseInput!) {
  createRelease(input: $input) {
    created
    release { id runtime image imagePinned warnings modelSource modelRevision expectedLoadSeconds
      engine { maxModelLength dtype extraArgs } resources { gpus gpuProduct cpu memory }
      env { name value secretRef { name key } } model { name } }
  }
}`;
const DIGEST = `sha256:${'ab'.repeat(32)}`;

describe('the model catalog over GraphQL', () => {
  let server: TestServer;
  let cookie: string;
  let modelId: string;

  beforeAll(async () => {
    server = await startTestServer();
    cookie = await login(server.url, server.adminEmail, server.adminPassword);
    const registered = await graphql<{ registerModel: { model: { id: string } } }>(
      server.url,
      REGISTER,
      {
        input: {
          name: 'qwen2-5-7b-instruct',
          family: 'Qwen2.5',
          source: 'hf://Qwen/Qwen2.5-7B-Instruct',
          revision: 'a09a35458c702b33eeacc393d103063234e8bc28',
          license: 'Apache-2.0',
          parameterCountBillions: 7.6,
          contextLength: 32768,
          gpuMemoryGiB: 16,
        },
      },
      { cookie },
    );
    modelId = registered.data?.registerModel.model.id ?? '';
  });
  afterAll(() => server.stop());

  const release = (overrides: Record<string, unknown> = {}) => ({
    modelId,
    runtime: 'VLLM',
    image: `vllm/vllm-openai:v0.8.5@${DIGEST}`,
    engine: { maxModelLength: 16384, dtype: 'bfloat16' },
    resources: { gpus: 1, gpuProduct: 'NVIDIA-L4', cpu: '4', memory: '32Gi' },
    env: [{ name: 'HF_TOKEN', secretRef: { name: 'huggingface', key: 'token' } }],
    ...overrides,
  });

  it('refuses a second model with the same name', async () => {
    const again = await graphql(
      server.url,
      REGISTER,
      {
        input: {
          name: 'qwen2-5-7b-instruct',
          family: 'Qwen2.5',
          source: 'hf://Qwen/Qwen2.5-7B-Instruct',
          revision: 'main',
          license: 'Apache-2.0',
          parameterCountBillions: 7.6,
          contextLength: 32768,
          gpuMemoryGiB: 16,
        },
      },
      { cookie },
    );
    expect(again.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT', fields: [{ path: ['input', 'name'] }] },
    });
  });

  it('pins a release to the model revision, derives its id from its content and is idempotent', async () => {
    const first = await graphql<{
      createRelease: { created: boolean; release: Record<string, unknown> };
    }>(server.url, CREATE, { input: release() }, { cookie });
    expect(first.errors).toBeUndefined();
    const created = first.data?.createRelease;
    expect(created?.created).toBe(true);
    expect(created?.release).toMatchObject({
      runtime: 'VLLM',
      imagePinned: true,
      warnings: [],
      modelSource: 'hf://Qwen/Qwen2.5-7B-Instruct',
      modelRevision: 'a09a35458c702b33eeacc393d103063234e8bc28',
      expectedLoadSeconds: 90,
      engine: { maxModelLength: 16384, dtype: 'bfloat16', extraArgs: [] },
      resources: { gpus: 1, gpuProduct: 'NVIDIA-L4', cpu: '4', memory: '32Gi' },
      env: [{ name: 'HF_TOKEN', value: null, secretRef: { name: 'huggingface', key: 'token' } }],
      model: { name: 'qwen2-5-7b-instruct' },
    });
    expect(created?.release.id).toMatch(/^rel-[0-9a-f]{16}$/);
    const second = await graphql<{ createRelease: { created: boolean; release: { id: string } } }>(
      server.url,
      CREATE,
      { input: release() },
      { cookie },
    );
    expect(second.data?.createRelease).toEqual({
      created: false,
      release: expect.objectContaining({ id: created?.release.id }),
    });
  });

  it('accepts an image pinned by tag only, with a visible warning, and diffs releases field by field', async () => {
    const pinned = await graphql<{ createRelease: { release: { id: string } } }>(
      server.url,
      CREATE,
      { input: release() },
      { cookie },
    );
    const tagged = await graphql<{
      createRelease: { release: { id: string; imagePinned: boolean; warnings: string[] } };
    }>(
      server.url,
      CREATE,
      {
        input: release({
          image: 'vllm/vllm-openai:v0.9.0',
          engine: { maxModelLength: 8192, dtype: 'bfloat16' },
        }),
      },
      { cookie },
    );
    expect(tagged.data?.createRelease.release.imagePinned).toBe(false);
    expect(tagged.data?.createRelease.release.warnings[0]).toMatch(
      /pinned by tag only \(v0\.9\.0\)/,
    );
    const diff = await graphql<{ releaseDiff: unknown[] }>(
      server.url,
      'query($a: ID!, $b: ID!) { releaseDiff(from: $a, to: $b) { path from to } }',
      { a: pinned.data?.createRelease.release.id, b: tagged.data?.createRelease.release.id },
      { cookie },
    );
    expect(diff.data?.releaseDiff).toEqual([
      { path: 'engine.maxModelLength', from: 16384, to: 8192 },
      { path: 'image', from: `vllm/vllm-openai:v0.8.5@${DIGEST}`, to: 'vllm/vllm-openai:v0.9.0' },
    ]);
  });

  it('names each bad field and stores nothing', async () => {
    const before = await graphql<{ model: { releases: unknown[] } }>(
      server.url,
      'query($id: ID!) { model(id: $id) { releases { id } } }',
      { id: modelId },
      { cookie },
    );
    const bad = await graphql(
      server.url,
      CREATE,
      {
        input: release({
          image: 'Not An Image',
          resources: { gpus: -1, cpu: 'plenty', memory: '32Gi' },
          env: [{ name: '1BAD', value: 'x' }],
        }),
      },
      { cookie },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const paths = ((bad.errors?.[0]?.extensions?.fields ?? []) as { path: string[] }[])
      .map((f) => f.path.join('.'))
      .sort();
    expect(paths).toEqual([
      'input.env.0.name',
      'input.image',
      'input.resources.cpu',
      'input.resources.gpus',
    ]);
    const unknownRuntime = await graphql(
      server.url,
      CREATE,
      { input: release({ runtime: 'TRITON' }) },
      { cookie },
    );
    expect(unknownRuntime.status).toBe(400);
    expect(unknownRuntime.errors?.[0]?.message).toMatch(
      /Value "TRITON" does not exist in "Runtime" enum/,
    );
    const after = await graphql<{ model: { releases: unknown[] } }>(
      server.url,
      'query($id: ID!) { model(id: $id) { releases { id } } }',
      { id: modelId },
      { cookie },
    );
    expect(after.data?.model.releases.length).toBe(before.data?.model.releases.length);
  });

  it('keeps releases immutable in the database itself', async () => {
    const { rows } = await server.backline.db.query<{ id: string }>(
      'SELECT id FROM releases LIMIT 1',
    );
    expect(rows).toHaveLength(1);
    await expect(
      server.backline.db.query("UPDATE releases SET warnings = '[]' WHERE id = $1", [rows[0]?.id]),
    ).rejects.toThrow(/immutable/);
  });
});
