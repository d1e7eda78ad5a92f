import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimulatedCluster, startSimulatedCluster } from '../support/cluster.ts';
import { graphql, login } from '../support/graphql.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const HEALTH = `query($name: String!) {
  deployment(namespace: "ml-prod", name: $name) {
    phase
    health { state reasons checkedAt diagnosis { cause severity title summary evidence { source value } runbook } pastTerminations { source value } metrics { requestRate tokensPerSecond kvCacheUsage } }
  }
}`;

interface Health {
  state: string;
  reasons: string[];
  checkedAt: string | null;
  pastTerminations: { source: string; value: string }[];
  diagnosis: {
    cause: string;
    summary: string;
    evidence: { source: string; value: string }[];
    runbook: string[];
  }[];
  metrics: { requestRate: number | null; tokensPerSecond: number | null } | null;
}

describe('health and diagnosis against the simulated cluster', () => {
  let cluster: SimulatedCluster;
  let server: TestServer;
  let cookie: string;
  let releaseId: string;
  let previousReleaseId: string;

  const health = async (name: string) =>
    (
      await graphql<{ deployment: { health: Health } | null }>(
        server.url,
        HEALTH,
        { name },
        { cookie },
      )
    ).data?.deployment?.health;

  async function deploy(name: string): Promise<void> {
    const result = await graphql(
      server.url,
      'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { id } } }',
      { input: { namespace: 'ml-prod', name, environment: 'PROD', releaseId, replicas: 1 } },
      { cookie },
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    await expect
      .poll(async () => (await health(name))?.state, { timeout: 60_000, interval: 250 })
      .toBe('HEALTHY');
  }

  beforeAll(async () => {
    cluster = await startSimulatedCluster({ acceleration: 20, trafficRps: 5 });
    server = await startTestServer({
      env: {
        KUBECONFIG: cluster.kubeconfig,
        BACKLINE_NAMESPACES: 'ml-prod',
        BACKLINE_HEALTH_INTERVAL: '300ms',
        BACKLINE_SYNTHETIC_TIMEOUT: '1s',
      },
    });
    cookie = await login(server.url, server.adminEmail, server.adminPassword);
    const model = await graphql<{ registerModel: { model: { id: string } } }>(
      server.url,
      `mutation { registerModel(input: { name: "qwen", family: "Qwen2.5", source: "hf://Qwen/Qwen2.5-0.5B-Instruct",
        revision: "7ae557604adf67be50417f59c2c2f167def9a775", license: "Apache-2.0", parameterCountBillions: 0.5,
        contextLength: 32768, gpuMemoryGiB: 2 }) { model { id } } }`,
      {},
      { cookie },
    );
    const release = await graphql<{ createRelease: { release: { id: string } } }>(
      server.url,
      `mutation($m: ID!) { createRelease(input: { modelId: $m, runtime: VLLM, image: "vllm/vllm-openai:v0.10.1",
        resources: { gpus: 1, cpu: "2", memory: "16Gi" }, expectedLoadSeconds: 30 }) { release { id } } }`,
      { m: model.data?.registerModel.model.id },
      { cookie },
    );
    releaseId = release.data?.createRelease.release.id ?? '';
    const previous = await graphql<{ createRelease: { release: { id: string } } }>(
      server.url,
      `mutation($m: ID!) { createRelease(input: { modelId: $m, runtime: VLLM, image: "vllm/vllm-openai:v0.9.2",
        resources: { gpus: 1, cpu: "2", memory: "16Gi" }, expectedLoadSeconds: 30 }) { release { id } } }`,
      { m: model.data?.registerModel.model.id },
      { cookie },
    );
    previousReleaseId = previous.data?.createRelease.release.id ?? '';
  });
  afterAll(async () => {
    await server?.stop();
    await cluster?.stop();
  });

  it('is healthy with real metrics once the model serves', async () => {
    await deploy('steady');
    await expect
      .poll(async () => (await health('steady'))?.metrics?.requestRate ?? 0, {
        timeout: 30_000,
        interval: 250,
      })
      .toBeGreaterThan(0);
    expect((await health('steady'))?.diagnosis).toEqual([]);
  });

  it('goes down on a crash loop, says why with evidence and a runbook, and recovers when it is fixed', async () => {
    await deploy('crashy');
    const fault = cluster.sim.injectFault({
      type: 'crash-loop',
      namespace: 'ml-prod',
      deployment: 'crashy',
    });
    await expect
      .poll(async () => (await health('crashy'))?.state, { timeout: 60_000, interval: 250 })
      .toBe('DOWN');
    const down = await health('crashy');
    expect(down?.diagnosis[0]?.cause).toMatch(/CRASH_LOOP|CONTAINER_ERROR/);
    expect(down?.diagnosis[0]?.evidence.length).toBeGreaterThan(0);
    expect(down?.diagnosis[0]?.runbook.length).toBeGreaterThan(0);
    // The overview's summary counts it, and puts it among those that need a look, worst first.
    const fleet = await graphql<{
      deployments: { name: string; health: { state: string } }[];
      fleetSummary: {
        total: number;
        health: { state: string; count: number }[];
        attention: { name: string; health: { state: string } }[];
      };
    }>(
      server.url,
      `{ deployments { name health { state } }
         fleetSummary { total health { state count } attention(first: 50) { name health { state } } } }`,
      {},
      { cookie },
    );
    const { deployments, fleetSummary } = fleet.data ?? { deployments: [], fleetSummary: null };
    expect(fleetSummary?.total).toBe(deployments.length);
    for (const { state, count } of fleetSummary?.health ?? [])
      expect(count, state).toBe(deployments.filter((d) => d.health.state === state).length);
    const worst = ['DOWN', 'DEGRADED', 'UNKNOWN', 'PROGRESSING'];
    const attention = fleetSummary?.attention ?? [];
    expect(attention.map((d) => d.name)).toContain('crashy');
    expect(attention.map((d) => worst.indexOf(d.health.state))).toEqual(
      attention.map((d) => worst.indexOf(d.health.state)).sort((a, b) => a - b),
    );
    expect(attention).toHaveLength(deployments.filter((d) => d.health.state !== 'HEALTHY').length);
    const incidents = async () =>
      (
        await graphql<{
          incidents: { status: string; severity: string; source: string; title: string }[];
        }>(
          server.url,
          '{ incidents(namespace: "ml-prod", name: "crashy") { status severity source title } }',
          {},
          { cookie },
        )
      ).data?.incidents ?? [];
    // Going DOWN in production opened a SEV1 incident, visible in the metrics too.
    await expect.poll(incidents, { timeout: 30_000, interval: 250 }).toContainEqual({
      status: 'TRIGGERED',
      severity: 'SEV1',
      source: 'HEALTH',
      title: 'ml-prod/crashy is down',
    });
    const metrics = await (await fetch(`${server.url}/metrics`, { headers: { cookie } })).text();
    const seen = metrics
      .split('\n')
      .filter((l) => /incident|deployment_health/.test(l))
      .join('\n');
    expect(metrics).toMatch(
      /backline_model_deployment_health\{deployment_namespace="ml-prod",deployment="crashy",state="DOWN"\} 1/,
    );
    expect(metrics, seen).toMatch(
      /backline_incidents_open\{severity="SEV1",status="TRIGGERED"\} 1/,
    );
    expect(metrics, seen).toMatch(/backline_incident_unacknowledged_seconds\{severity="SEV1"\} \d/);
    // Rolling back marks the open incident mitigated.
    const rollback = await graphql(
      server.url,
      'mutation($input: RollbackDeploymentInput!) { rollbackDeployment(input: $input) { deployment { id } } }',
      {
        input: {
          namespace: 'ml-prod',
          name: 'crashy',
          releaseId: previousReleaseId,
          reason: 'crash loop on the new release',
        },
      },
      { cookie },
    );
    expect(rollback.errors).toBeUndefined();
    await expect
      .poll(async () => (await incidents()).map((i) => i.status), {
        timeout: 30_000,
        interval: 250,
      })
      .toContain('MITIGATED');
    cluster.sim.clearFault(fault.id);
    await expect
      .poll(async () => (await health('crashy'))?.state, { timeout: 120_000, interval: 500 })
      .toBe('HEALTHY');
    // Healthy again resolves the health signal, which resolves the incident.
    await expect
      .poll(async () => (await incidents())[0]?.status, { timeout: 30_000, interval: 250 })
      .toBe('RESOLVED');
  });

  it('names a gated model from the Hugging Face 401 in the crashed container’s log', async () => {
    await deploy('gated');
    cluster.sim.injectFault({ type: 'gated-model', namespace: 'ml-prod', deployment: 'gated' });
    await expect
      .poll(async () => (await health('gated'))?.diagnosis.map((f) => f.cause), {
        timeout: 60_000,
        interval: 250,
      })
      .toContain('GATED_MODEL');
  });

  it('sees a hung engine that still answers its health check', async () => {
    await deploy('hung');
    cluster.sim.injectFault({ type: 'hung-engine', namespace: 'ml-prod', deployment: 'hung' });
    await expect
      .poll(async () => (await health('hung'))?.state, { timeout: 60_000, interval: 250 })
      .toBe('DOWN');
    expect((await health('hung'))?.reasons).toContain(
      'No replica answered the test prompt (the engine may be hung).',
    );
    // Not "no problems found": the diagnosis names the hung engine and the unanswered prompt.
    const [first] = (await health('hung'))?.diagnosis ?? [];
    expect(first?.cause).toBe('ENGINE_HUNG');
    expect(first?.evidence[0]?.value).toBe('no answer within 1000 ms');
  });

  it('calls a server that answers with errors an error spike, not a hung engine', async () => {
    await deploy('erring');
    cluster.sim.injectFault({
      type: 'error-rate',
      namespace: 'ml-prod',
      deployment: 'erring',
      params: { percent: 100 },
    });
    await expect
      .poll(async () => (await health('erring'))?.diagnosis.map((f) => f.cause), {
        timeout: 60_000,
        interval: 250,
      })
      .toContain('ERROR_SPIKE');
    expect((await health('erring'))?.diagnosis.map((f) => f.cause)).not.toContain('ENGINE_HUNG');
  });

  it('keeps a ready pod whose container was OOM-killed three days ago healthy, showing it as history', async () => {
    await deploy('survivor');
    // Through the simulator's fault API over HTTP, as a game-day script would.
    const res = await fetch(`${cluster.sim.url}/sim/v1/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'past-termination',
        namespace: 'ml-prod',
        deployment: 'survivor',
        params: { reason: 'OOMKilled', agoSeconds: 3 * 86_400 },
      }),
    });
    expect(res.status).toBe(201);
    await expect
      .poll(async () => (await health('survivor'))?.pastTerminations.map((p) => p.value), {
        timeout: 30_000,
        interval: 250,
      })
      .toContainEqual(expect.stringMatching(/^OOMKilled \(exit code 137\) 3 days ago/));
    // Several evaluations later it is still healthy, with nothing to diagnose.
    const seen = new Map<string, { state: string; causes: string[] }>();
    await expect
      .poll(
        async () => {
          const now = await health('survivor');
          if (now?.checkedAt)
            seen.set(now.checkedAt, {
              state: now.state,
              causes: now.diagnosis.map((f) => f.cause),
            });
          return seen.size;
        },
        { timeout: 30_000, interval: 300 },
      )
      .toBeGreaterThanOrEqual(5);
    expect(new Set([...seen.values()].map((v) => JSON.stringify(v)))).toEqual(
      new Set([JSON.stringify({ state: 'HEALTHY', causes: [] })]),
    );
    const incidents = await graphql<{ incidents: { id: string }[] }>(
      server.url,
      '{ incidents(namespace: "ml-prod", name: "survivor") { id } }',
      {},
      { cookie },
    );
    expect(incidents.data?.incidents).toEqual([]);
  });
});
