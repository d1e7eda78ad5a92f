import { AppsV1Api, CoreV1Api } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimulatedCluster, startSimulatedCluster } from '../support/cluster.ts';
import { graphql, login } from '../support/graphql.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const IMAGES = {
  VLLM: 'vllm/vllm-openai:v0.10.1',
  TGI: 'ghcr.io/huggingface/text-generation-inference:3.3.4',
  LLAMA_CPP: 'ghcr.io/ggml-org/llama.cpp:server-cuda',
  SGLANG: 'lmsysorg/sglang:v0.4.9',
  OLLAMA: 'ollama/ollama:0.9.6',
} as const;
type Runtime = keyof typeof IMAGES;

const STATUS = `query($ns: String!, $name: String!) {
  deployment(namespace: $ns, name: $name) {
    phase message replicas release { id runtime }
    status { desiredReplicas readyReplicas availableReplicas lastApplyError pods { name phase ready node gpus containers { state } } events { reason object } }
    drift { object path desired live }
  }
}`;

interface Status {
  deployment: {
    phase: string;
    message: string | null;
    status: {
      readyReplicas: number;
      lastApplyError: string | null;
      pods: { ready: boolean; gpus: number; node: string | null }[];
      events: { reason: string }[];
    };
    drift: { path: string; desired: unknown; live: unknown }[];
  } | null;
}

async function registerModel(
  url: string,
  cookie: string,
  name: string,
  source = 'hf://Qwen/Qwen2.5-0.5B-Instruct',
): Promise<string> {
  const result = await graphql<{ registerModel: { model: { id: string } } }>(
    url,
    'mutation($input: RegisterModelInput!) { registerModel(input: $input) { model { id } } }',
    {
      input: {
        name,
        family: 'Qwen2.5',
        source,
        revision: '7ae557604adf67be50417f59c2c2f167def9a775',
        license: 'Apache-2.0',
        parameterCountBillions: 0.5,
        contextLength: 32768,
        gpuMemoryGiB: 2,
      },
    },
    { cookie },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.registerModel.model.id;
}

async function createRelease(
  url: string,
  cookie: string,
  modelId: string,
  runtime: Runtime,
  memory = '16Gi',
): Promise<string> {
  const result = await graphql<{ createRelease: { release: { id: string } } }>(
    url,
    'mutation($input: CreateReleaseInput!) { createRelease(input: $input) { release { id } } }',
    {
      input: {
        modelId,
        runtime,
        image: IMAGES[runtime],
        engine: { maxModelLength: 4096 },
        resources: { gpus: 1, cpu: '2', memory },
        expectedLoadSeconds: 60,
      },
    },
    { cookie },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createRelease.release.id;
}

async function deploy(url: string, cookie: string, name: string, releaseId: string, replicas = 1) {
  return graphql<{ deployRelease: { deployment: { phase: string } } }>(
    url,
    'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { phase } } }',
    { input: { namespace: 'ml-prod', name, environment: 'PROD', releaseId, replicas } },
    { cookie },
  );
}

async function status(url: string, cookie: string, name: string) {
  return (
    (await graphql<Status>(url, STATUS, { ns: 'ml-prod', name }, { cookie })).data?.deployment ??
    null
  );
}

describe('deploying model servers to the simulated cluster', () => {
  let env: SimulatedCluster;
  let server: TestServer;
  let cookie: string;
  let modelId: string;
  let ollamaModelId: string;

  beforeAll(async () => {
    env = await startSimulatedCluster({ acceleration: 30 });
    server = await startTestServer({
      env: { KUBECONFIG: env.kubeconfig, BACKLINE_NAMESPACES: 'ml-prod' },
    });
    cookie = await login(server.url, server.adminEmail, server.adminPassword);
    modelId = await registerModel(server.url, cookie, 'qwen-small');
    ollamaModelId = await registerModel(
      server.url,
      cookie,
      'qwen-small-ollama',
      'ollama://qwen2.5:0.5b',
    );
  });
  afterAll(async () => {
    await server?.stop();
    await env?.stop();
  });

  it.each(Object.keys(IMAGES) as Runtime[])(
    'deploys %s and sees it Ready through GraphQL',
    async (runtime) => {
      const releaseId = await createRelease(
        server.url,
        cookie,
        runtime === 'OLLAMA' ? ollamaModelId : modelId,
        runtime,
      );
      const name = `m-${runtime.toLowerCase().replace('_', '-')}`;
      const deployed = await deploy(server.url, cookie, name, releaseId);
      expect(deployed.errors).toBeUndefined();
      await expect
        .poll(async () => (await status(server.url, cookie, name))?.phase, {
          timeout: 60_000,
          interval: 250,
        })
        .toBe('READY');
      const live = await status(server.url, cookie, name);
      expect(live?.status.readyReplicas).toBe(1);
      expect(live?.status.pods[0]).toMatchObject({ ready: true, gpus: 1 });
      expect(live?.status.events.map((e) => e.reason)).toEqual(
        expect.arrayContaining(['Scheduled', 'Started']),
      );
    },
  );

  it('scales, and shows the new replica count once the pods are ready', async () => {
    const result = await graphql(
      server.url,
      'mutation { scaleDeployment(input: {namespace: "ml-prod", name: "m-vllm", replicas: 2}) { deployment { replicas } } }',
      {},
      { cookie },
    );
    expect(result.errors).toBeUndefined();
    await expect
      .poll(async () => (await status(server.url, cookie, 'm-vllm'))?.status.readyReplicas, {
        timeout: 60_000,
        interval: 250,
      })
      .toBe(2);
    expect((await status(server.url, cookie, 'm-vllm'))?.phase).toBe('READY');
  });

  it('shows a hand-made change as drift, and puts it back', async () => {
    const apps = env.admin.makeApiClient(AppsV1Api);
    const live = await apps.readNamespacedDeployment({ namespace: 'ml-prod', name: 'm-tgi' });
    const container = live.spec?.template.spec?.containers[0];
    if (!container) throw new Error('no container');
    container.image = 'ghcr.io/huggingface/text-generation-inference:3.3.3';
    await apps.replaceNamespacedDeployment({ namespace: 'ml-prod', name: 'm-tgi', body: live });
    await expect
      .poll(async () => (await status(server.url, cookie, 'm-tgi'))?.drift, {
        timeout: 30_000,
        interval: 250,
      })
      .toEqual([
        {
          object: 'Deployment/m-tgi',
          path: 'spec.template.spec.containers[0].image',
          desired: IMAGES.TGI,
          live: 'ghcr.io/huggingface/text-generation-inference:3.3.3',
        },
      ]);
    const repaired = await graphql(
      server.url,
      'mutation { repairDrift(namespace: "ml-prod", name: "m-tgi") { deployment { name } } }',
      {},
      { cookie },
    );
    expect(repaired.errors).toBeUndefined();
    await expect
      .poll(
        async () =>
          (await apps.readNamespacedDeployment({ namespace: 'ml-prod', name: 'm-tgi' })).spec
            ?.template.spec?.containers[0]?.image,
        { timeout: 30_000, interval: 250 },
      )
      .toBe(IMAGES.TGI);
    await expect
      .poll(async () => (await status(server.url, cookie, 'm-tgi'))?.drift, {
        timeout: 30_000,
        interval: 250,
      })
      .toEqual([]);
  });

  it('re-creates a Deployment and Service deleted by hand in one pass, says so on its timeline and in the audit log, and does not call it drift', async () => {
    const apps = env.admin.makeApiClient(AppsV1Api);
    const core = env.admin.makeApiClient(CoreV1Api);
    const before = await apps.readNamespacedDeployment({
      namespace: 'ml-prod',
      name: 'm-llama-cpp',
    });
    await core.deleteNamespacedService({ namespace: 'ml-prod', name: 'm-llama-cpp' });
    await apps.deleteNamespacedDeployment({ namespace: 'ml-prod', name: 'm-llama-cpp' });
    const timeline = async () =>
      (
        await graphql<{
          deployment: {
            timeline: { kind: string; message: string; actor: string; objects: string[] }[];
          };
        }>(
          server.url,
          '{ deployment(namespace: "ml-prod", name: "m-llama-cpp") { timeline { kind message actor objects } } }',
          {},
          { cookie },
        )
      ).data?.deployment.timeline ?? [];
    // The deletion wakes the reconciler; its pass finds both objects gone and applies them.
    await expect
      .poll(async () => (await timeline()).flatMap((e) => e.objects).sort(), {
        timeout: 30_000,
        interval: 250,
      })
      .toEqual(['Deployment/m-llama-cpp', 'Service/m-llama-cpp']);
    const entries = await timeline();
    expect(entries.every((e) => e.kind === 'RECREATED' && e.actor === 'backline')).toBe(true);
    expect(entries[0]?.message).toMatch(
      /missing from the cluster .*re-created from the desired state/,
    );
    const again = await apps.readNamespacedDeployment({
      namespace: 'ml-prod',
      name: 'm-llama-cpp',
    });
    expect(again.metadata?.uid).not.toBe(before.metadata?.uid);
    expect(
      (await core.readNamespacedService({ namespace: 'ml-prod', name: 'm-llama-cpp' })).metadata
        ?.name,
    ).toBe('m-llama-cpp');
    const audit = await graphql<{
      auditLog: { nodes: { actor: string; targetId: string; details: { objects: string[] } }[] };
    }>(
      server.url,
      '{ auditLog(filter: {action: "deployment.recreate_missing"}) { nodes { actor targetId details } } }',
      {},
      { cookie },
    );
    expect(audit.data?.auditLog.nodes.map((n) => n.targetId)).toContain('ml-prod/m-llama-cpp');
    await expect
      .poll(async () => (await status(server.url, cookie, 'm-llama-cpp'))?.phase, {
        timeout: 60_000,
        interval: 250,
      })
      .toBe('READY');
    const seen = await graphql<{ deployment: { missing: string[]; drift: unknown[] } }>(
      server.url,
      '{ deployment(namespace: "ml-prod", name: "m-llama-cpp") { missing drift { path } } }',
      {},
      { cookie },
    );
    expect(seen.data?.deployment).toEqual({ missing: [], drift: [] });
  });

  it('deletes only with the name repeated and a reason, then removes the objects', async () => {
    const unconfirmed = await graphql(
      server.url,
      'mutation { deleteDeployment(input: {namespace: "ml-prod", name: "m-sglang", confirmName: "m-sglan", reason: "retired"}) { deployment { name } } }',
      {},
      { cookie },
    );
    expect(unconfirmed.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [{ path: ['input', 'confirmName'] }] },
    });
    const deleted = await graphql(
      server.url,
      'mutation { deleteDeployment(input: {namespace: "ml-prod", name: "m-sglang", confirmName: "m-sglang", reason: "retired"}) { deployment { name } } }',
      {},
      { cookie },
    );
    expect(deleted.errors).toBeUndefined();
    await expect
      .poll(async () => status(server.url, cookie, 'm-sglang'), { timeout: 30_000, interval: 250 })
      .toBeNull();
    const apps = env.admin.makeApiClient(AppsV1Api);
    await expect
      .poll(
        async () =>
          (await apps.listNamespacedDeployment({ namespace: 'ml-prod' })).items
            .map((d) => d.metadata?.name)
            .includes('m-sglang'),
        { timeout: 30_000 },
      )
      .toBe(false);
    const audit = await graphql<{ auditLog: { nodes: { details: { reason: string } }[] } }>(
      server.url,
      '{ auditLog(filter: {action: "deployment.delete"}) { nodes { details } } }',
      {},
      { cookie },
    );
    expect(audit.data?.auditLog.nodes[0]?.details.reason).toBe('retired');
  });

  it('rolls back to the earlier release with a reason, and never re-applies the bad one', async () => {
    const good = await createRelease(server.url, cookie, modelId, 'VLLM', '18Gi');
    const bad = await createRelease(server.url, cookie, modelId, 'VLLM', '19Gi');
    await deploy(server.url, cookie, 'm-rollback', good);
    await deploy(server.url, cookie, 'm-rollback', bad);
    const apps = env.admin.makeApiClient(AppsV1Api);
    const liveRelease = async () =>
      (await apps.readNamespacedDeployment({ namespace: 'ml-prod', name: 'm-rollback' })).metadata
        ?.labels?.['backline.dev/release'];
    await expect.poll(liveRelease, { timeout: 30_000, interval: 250 }).toBe(bad);
    const ROLLBACK =
      'mutation($input: RollbackDeploymentInput!) { rollbackDeployment(input: $input) { deployment { release { id } history { release { id } reason } } } }';
    const noReason = await graphql(
      server.url,
      ROLLBACK,
      { input: { namespace: 'ml-prod', name: 'm-rollback', reason: '' } },
      { cookie },
    );
    expect(noReason.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [{ path: ['input', 'reason'] }] },
    });
    const result = await graphql<{
      rollbackDeployment: {
        deployment: {
          release: { id: string };
          history: { release: { id: string }; reason: string | null }[];
        };
      };
    }>(
      server.url,
      ROLLBACK,
      { input: { namespace: 'ml-prod', name: 'm-rollback', reason: 'p95 latency doubled' } },
      { cookie },
    );
    expect(result.errors).toBeUndefined();
    const rolledBack = result.data?.rollbackDeployment.deployment;
    expect(rolledBack?.release.id).toBe(good);
    expect(rolledBack?.history.map((h) => h.release.id)).toEqual([good, bad, good]);
    expect(rolledBack?.history[0]?.reason).toBe('Rollback: p95 latency doubled');
    await expect.poll(liveRelease, { timeout: 30_000, interval: 250 }).toBe(good);
    const again = await graphql(
      server.url,
      ROLLBACK,
      { input: { namespace: 'ml-prod', name: 'm-rollback', releaseId: good, reason: 'again' } },
      { cookie },
    );
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    const audit = await graphql<{ auditLog: { nodes: { details: Record<string, unknown> }[] } }>(
      server.url,
      '{ auditLog(filter: {action: "deployment.rollback"}) { nodes { details } } }',
      {},
      { cookie },
    );
    expect(audit.data?.auditLog.nodes[0]?.details).toEqual({
      from: bad,
      to: good,
      reason: 'p95 latency doubled',
    });
  });

  it('refuses a namespace it does not manage, naming the field', async () => {
    const releaseId = await createRelease(server.url, cookie, modelId, 'VLLM', '20Gi');
    const result = await graphql(
      server.url,
      'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { name } } }',
      {
        input: {
          namespace: 'kube-system',
          name: 'sneaky',
          environment: 'PROD',
          releaseId,
          replicas: 1,
        },
      },
      { cookie },
    );
    expect(result.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [{ path: ['input', 'namespace'] }] },
    });
  });
});

describe('a cluster that forbids Backline to write', () => {
  it('reports the 403 with the API server message and a hint', async () => {
    // The simulator's own credentials are this token too, so no namespace can be created: use default.
    const env = await startSimulatedCluster({
      acceleration: 30,
      namespaces: [],
      auth: { tokens: [{ token: 'read-only', user: 'backline', verbs: ['get', 'list', 'watch'] }] },
    });
    const server = await startTestServer({
      env: {
        KUBECONFIG: env.kubeconfig,
        BACKLINE_NAMESPACES: 'default',
        // This token may not write Leases either; the test is about the Deployment's 403.
        BACKLINE_LEADER_ELECTION: 'off',
      },
    });
    try {
      const cookie = await login(server.url, server.adminEmail, server.adminPassword);
      const modelId = await registerModel(server.url, cookie, 'qwen-forbidden');
      const releaseId = await createRelease(server.url, cookie, modelId, 'VLLM');
      const result = await graphql(
        server.url,
        'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { name } } }',
        {
          input: { namespace: 'default', name: 'chat', environment: 'DEV', releaseId, replicas: 1 },
        },
        { cookie },
      );
      expect(result.errors).toBeUndefined();
      await expect
        .poll(
          async () =>
            (await graphql<Status>(server.url, STATUS, { ns: 'default', name: 'chat' }, { cookie }))
              .data?.deployment?.phase,
          { timeout: 30_000, interval: 250 },
        )
        .toBe('FAILED');
      const failed = (
        await graphql<Status>(server.url, STATUS, { ns: 'default', name: 'chat' }, { cookie })
      ).data?.deployment;
      expect(failed?.message).toMatch(
        /deployments.apps "chat" is forbidden: User "backline" cannot patch resource "deployments"/,
      );
      expect(failed?.message).toMatch(/lacks this permission/);
    } finally {
      await server.stop();
      await env.stop();
    }
  });
});
