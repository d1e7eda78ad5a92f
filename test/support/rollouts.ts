import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppsV1Api } from '@kubernetes/client-node';
import { expect } from 'vitest';
import { startSimulatedCluster } from './cluster.ts';
import { graphql, login } from './graphql.ts';
import { startTestServer } from './server.ts';
import { createServerDatabase } from './stores.ts';
import { waitFor } from './wait.ts';

export const ROLLOUT_FIELDS = `id state active currentStep reason strategy
  fromRelease { id } toRelease { id }
  steps { index weightPercent canaryReplicas stableReplicas analysisSeconds minimumRequests onInconclusive startedAt finishedAt }
  analysis { step check verdict message canaryValue baselineValue threshold source sample }
  events { from to step actor message }`;

export interface Rollout {
  id: string;
  state: string;
  active: boolean;
  currentStep: number;
  reason: string | null;
  strategy: string;
  fromRelease: { id: string } | null;
  toRelease: { id: string };
  steps: {
    index: number;
    canaryReplicas: number;
    stableReplicas: number;
    minimumRequests: number;
    onInconclusive: string;
    startedAt: string | null;
  }[];
  analysis: {
    step: number;
    check: string;
    verdict: string;
    message: string;
    source: string | null;
    sample: number | null;
  }[];
  events: { from: string | null; to: string; actor: string; message: string }[];
}

export interface Deployment {
  phase: string;
  release: { id: string };
  history: { release: { id: string }; reason: string | null; createdBy: string }[];
  status: {
    pods: { name: string; ready: boolean; releaseId: string | null; track: string | null }[];
  };
  rollout: Rollout | null;
}

export const DEPLOYMENT = `query($name: String!) { deployment(namespace: "ml-prod", name: $name) {
  phase release { id } history { release { id } reason createdBy }
  status { pods { name ready releaseId track } }
  rollout { ${ROLLOUT_FIELDS} } } }`;

/** A cluster, a server on `store`, a model and three releases of it (A, B, C by image). */
export async function environment(
  store: string,
  trafficRps: number,
  options: { namespaces?: string[] } = {},
) {
  const cluster = await startSimulatedCluster({
    acceleration: 20,
    trafficRps,
    ...(options.namespaces ? { namespaces: options.namespaces } : {}),
  });
  let databaseUrl: string | undefined;
  let dropDatabase = async () => {};
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (store === 'postgres' && serverUrl) {
    const database = await createServerDatabase(serverUrl);
    databaseUrl = database.url;
    dropDatabase = database.drop;
  }
  // Our own data folder for the embedded store, so a restarted server finds it again.
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'backline-rollouts-'));
  const start = () =>
    startTestServer({
      ...(databaseUrl ? { databaseUrl } : {}),
      env: {
        KUBECONFIG: cluster.kubeconfig,
        BACKLINE_NAMESPACES: 'ml-prod',
        BACKLINE_DATA_DIR: dataDir,
        BACKLINE_HEALTH_INTERVAL: '500ms',
        // A DOWN verdict rolls a rollout back: a test prompt slowed by a busy machine is not one.
        BACKLINE_SYNTHETIC_TIMEOUT: '3s',
      },
    });
  let server = await start();
  let cookie = await login(server.url, server.adminEmail, server.adminPassword);
  const call = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const result = await graphql<T>(server.url, query, variables, { cookie });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
  const model = await call<{ registerModel: { model: { id: string } } }>(
    `mutation { registerModel(input: { name: "qwen", family: "Qwen2.5", source: "hf://Qwen/Qwen2.5-0.5B-Instruct",
      revision: "7ae557604adf67be50417f59c2c2f167def9a775", license: "Apache-2.0", parameterCountBillions: 0.5,
      contextLength: 32768, gpuMemoryGiB: 2 }) { model { id } } }`,
  );
  const release = async (runtime: string, image: string) =>
    (
      await call<{ createRelease: { release: { id: string } } }>(
        `mutation($m: ID!, $image: String!, $runtime: Runtime!) { createRelease(input: { modelId: $m,
          runtime: $runtime, image: $image, resources: { gpus: 1, cpu: "2", memory: "16Gi" },
          expectedLoadSeconds: 30 }) { release { id } } }`,
        { m: model.registerModel.model.id, image, runtime },
      )
    ).createRelease.release.id;
  const releases: Record<'A' | 'B' | 'C' | 'tgiA' | 'tgiB', string> = {
    A: await release('VLLM', 'vllm/vllm-openai:v0.9.2'),
    B: await release('VLLM', 'vllm/vllm-openai:v0.10.1'),
    C: await release('VLLM', 'vllm/vllm-openai:v0.10.2'),
    tgiA: await release('TGI', 'ghcr.io/huggingface/text-generation-inference:3.0.1'),
    tgiB: await release('TGI', 'ghcr.io/huggingface/text-generation-inference:3.1.0'),
  };
  const deployment = async (name: string) =>
    (await call<{ deployment: Deployment | null }>(DEPLOYMENT, { name })).deployment;
  const deploy = (name: string, input: Record<string, unknown>) =>
    call(
      'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { id } } }',
      { input: { namespace: 'ml-prod', name, environment: 'PROD', replicas: 2, ...input } },
    );
  /** The first release of a deployment, once it serves: no rollout, nothing to compare with. */
  const ready = async (name: string, input: Record<string, unknown>) => {
    await deploy(name, input);
    await waitFor(
      `${name} ready`,
      async () => ((await deployment(name))?.phase === 'READY' ? true : undefined),
      60_000,
    );
    expect((await deployment(name))?.rollout).toBeNull();
  };
  const rolloutState = (name: string, state: string, timeoutMs = 60_000) =>
    waitFor(
      `${name} rollout ${state}`,
      async () => {
        const r = (await deployment(name))?.rollout;
        if (r && !r.active && r.state !== state)
          throw new Error(`ended ${r.state}: ${r.reason} ${JSON.stringify(r.analysis)}`);
        // Held by the analysis itself: say so rather than wait out the deadline.
        if (r?.state === 'PAUSED' && state !== 'PAUSED' && r.reason?.startsWith('Not enough'))
          throw new Error(`paused: ${r.reason}`);
        return r?.state === state ? r : undefined;
      },
      timeoutMs,
    );
  const apps = cluster.admin.makeApiClient(AppsV1Api);
  const liveDeployments = async (name: string) =>
    (await apps.listNamespacedDeployment({ namespace: 'ml-prod' })).items.filter(
      (d) => d.metadata?.labels?.['backline.dev/deployment'] === name,
    );
  /** The model's golden prompt `capital`: Paris, first, in at most 40 characters. */
  const capitalPrompt = () =>
    call(
      'mutation($input: CreateGoldenPromptInput!) { createGoldenPrompt(input: $input) { goldenPrompt { id } } }',
      {
        input: {
          modelId: model.registerModel.model.id,
          name: 'capital',
          prompt: 'What is the capital of France?',
          maxTokens: 32,
          expect: { contains: ['Paris'], pattern: '^Paris\\b', maxLength: 40 },
        },
      },
    );
  return {
    modelId: model.registerModel.model.id,
    capitalPrompt,
    cluster,
    get server() {
      return server;
    },
    get cookie() {
      return cookie;
    },
    call,
    releases,
    deployment,
    deploy,
    ready,
    rolloutState,
    apps,
    liveDeployments,
    /** Stops the server at whatever point it is, and starts another on the same store. */
    async restart() {
      await server.stop();
      server = await start();
      cookie = await login(server.url, server.adminEmail, server.adminPassword);
    },
    async stop() {
      await server.stop();
      await cluster.stop();
      await dropDatabase();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export type Env = Awaited<ReturnType<typeof environment>>;
