import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimulatedCluster, startSimulatedCluster } from '../support/cluster.ts';
import { login } from '../support/graphql.ts';
import { createTestRelease } from '../support/releases.ts';
import { type Call, caller, deployTo } from '../support/rollout-api.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { createServerDatabase, storeKinds } from '../support/stores.ts';
import { waitFor } from '../support/wait.ts';

/** Two images of each runtime: the stable release and the canary. */
const IMAGES = {
  VLLM: ['vllm/vllm-openai:v0.9.2', 'vllm/vllm-openai:v0.10.1'],
  TGI: [
    'ghcr.io/huggingface/text-generation-inference:3.0.1',
    'ghcr.io/huggingface/text-generation-inference:3.1.0',
  ],
  LLAMA_CPP: [
    'ghcr.io/ggml-org/llama.cpp:server-cuda-b5000',
    'ghcr.io/ggml-org/llama.cpp:server-cuda',
  ],
  SGLANG: ['lmsysorg/sglang:v0.4.8', 'lmsysorg/sglang:v0.4.9'],
  OLLAMA: ['ollama/ollama:0.9.5', 'ollama/ollama:0.9.6'],
} as const;
type Runtime = keyof typeof IMAGES;

/** Where each runtime's failed requests are read from: its metrics, or Backline's test requests. */
const FAILURE_SOURCE: Record<Runtime, RegExp> = {
  VLLM: /^http_requests_total\{status="5xx"\}$/,
  TGI: /^tgi_request_failure/,
  LLAMA_CPP: /test requests/,
  SGLANG: /test requests/,
  OLLAMA: /test requests/,
};

interface Analysis {
  step: number;
  check: string;
  verdict: string;
  message: string;
  source: string | null;
  sample: number | null;
}
interface Rollout {
  id: string;
  state: string;
  active: boolean;
  reason: string | null;
  analysis: Analysis[];
  events: { to: string; message: string }[];
}
interface Incident {
  number: number;
  source: string;
  severity: string;
  status: string;
  signals: { source: string }[];
}

const DEPLOYMENT = `query($name: String!) { deployment(namespace: "ml-prod", name: $name) {
  phase release { id }
  health { state transitions { from to } }
  rollout { id state active reason analysis { step check verdict message source sample } events { to message } } } }`;

for (const store of storeKinds().map((k) => k.name)) {
  describe(`rollout evidence on ${store}`, () => {
    let cluster: SimulatedCluster;
    let server: TestServer;
    let call: Call;
    let dropDatabase = async () => {};
    const releases = {} as Record<Runtime, [string, string]>;

    beforeAll(async () => {
      cluster = await startSimulatedCluster({ acceleration: 20, trafficRps: 5 });
      let databaseUrl: string | undefined;
      if (store === 'postgres' && process.env.TEST_DATABASE_URL) {
        const database = await createServerDatabase(process.env.TEST_DATABASE_URL);
        databaseUrl = database.url;
        dropDatabase = database.drop;
      }
      server = await startTestServer({
        ...(databaseUrl ? { databaseUrl } : {}),
        env: {
          KUBECONFIG: cluster.kubeconfig,
          BACKLINE_NAMESPACES: 'ml-prod',
          BACKLINE_HEALTH_INTERVAL: '500ms',
          // A test prompt slowed by a busy machine must not pass for a hung engine.
          BACKLINE_SYNTHETIC_TIMEOUT: '3s',
        },
      });
      const cookie = await login(server.url, server.adminEmail, server.adminPassword);
      call = caller(() => server.url, cookie);
      const models: Record<string, string> = {};
      for (const runtime of Object.keys(IMAGES) as Runtime[]) {
        const ids: string[] = [];
        // Ollama pulls its models by name: a model of its own.
        const kind = runtime === 'OLLAMA' ? 'ollama' : 'hf';
        for (const image of IMAGES[runtime]) {
          const created = await createTestRelease(server.url, cookie, {
            ...(models[kind] ? { modelId: models[kind] } : {}),
            modelName: `qwen-${kind}`,
            ...(kind === 'ollama' ? { source: 'ollama://qwen2.5:0.5b' } : {}),
            runtime,
            image,
          });
          models[kind] = created.modelId;
          ids.push(created.releaseId);
        }
        releases[runtime] = ids as [string, string];
      }
    }, 120_000);
    afterAll(async () => {
      await server?.stop();
      await cluster?.stop();
      await dropDatabase();
    });

    const deployment = async (name: string) =>
      (
        await call<{
          deployment: {
            phase: string;
            release: { id: string };
            health: { state: string; transitions: { from: string; to: string }[] };
            rollout: Rollout | null;
          } | null;
        }>(DEPLOYMENT, { name })
      ).deployment;
    const incidents = async (name: string) =>
      (
        await call<{ incidents: Incident[] }>(
          'query($name: String!) { incidents(namespace: "ml-prod", name: $name) { number source severity status signals { source } } }',
          { name },
        )
      ).incidents;
    const ready = async (name: string, input: Record<string, unknown>) => {
      await deployTo(call, name, input);
      await waitFor(
        `${name} ready`,
        async () => ((await deployment(name))?.phase === 'READY' ? true : undefined),
        60_000,
      );
    };
    const ended = (name: string, state: string) =>
      waitFor(
        `${name} rollout ${state}`,
        async () => {
          const r = (await deployment(name))?.rollout;
          if (r && !r.active && r.state !== state)
            throw new Error(`ended ${r.state}: ${r.reason} ${JSON.stringify(r.analysis)}`);
          return r?.state === state ? r : undefined;
        },
        90_000,
      );

    it('opens no incident for a healthy first deploy, which is PROGRESSING until it serves', async () => {
      await ready('fresh', { releaseId: releases.VLLM[0], strategy: 'CANARY' });
      const d = await deployment('fresh');
      const states = d?.health.transitions.map((t) => t.to) ?? [];
      expect(states).not.toContain('DOWN');
      expect(states).not.toContain('DEGRADED');
      expect(await incidents('fresh')).toEqual([]);
    });

    it.each(Object.keys(IMAGES) as Runtime[])(
      'rolls back a %s canary whose requests fail 40 % of the time, naming the source',
      async (runtime) => {
        const name = `errs-${runtime.toLowerCase().replace('_', '-')}`;
        const [stable, canary] = releases[runtime];
        // STAGING, without an SLO: the error ratio alone decides, not a health incident.
        const input = { environment: 'STAGING', strategy: 'CANARY' };
        await ready(name, { ...input, releaseId: stable });
        cluster.sim.injectFault({
          type: 'error-rate',
          namespace: 'ml-prod',
          deployment: `${name}-canary`,
          params: { percent: 40 },
        });
        // An hour's window: only the evidence gathered within it can end the step.
        await deployTo(call, name, {
          ...input,
          releaseId: canary,
          canarySteps: [{ weightPercent: 50, analysisSeconds: 3600 }],
        });
        const done = await ended(name, 'ROLLED_BACK');
        const ratio = done.analysis.find((a) => a.check === 'ERROR_RATIO');
        expect(ratio?.verdict, JSON.stringify(done.analysis)).toBe('FAIL');
        expect(ratio?.source).toMatch(FAILURE_SOURCE[runtime]);
        expect(ratio?.sample).toBeGreaterThanOrEqual(10);
        expect(done.reason).toMatch(/requests to the new release failed/);
        expect((await deployment(name))?.release.id).toBe(stable);
      },
      120_000,
    );

    it('rolls back a canary whose pods go DOWN mid-step, with one incident', async () => {
      await ready('sinks', { releaseId: releases.VLLM[0], strategy: 'CANARY', replicas: 1 });
      await deployTo(call, 'sinks', {
        releaseId: releases.VLLM[1],
        replicas: 1,
        canarySteps: [{ weightPercent: 100, analysisSeconds: 3600 }],
      });
      // Mid-step: the canary's pod serves, and the step's hour has barely begun.
      await waitFor('a ready canary pod', async () => {
        const d = await call<{
          deployment: { status: { pods: { ready: boolean; track: string }[] } };
        }>(
          '{ deployment(namespace: "ml-prod", name: "sinks") { status { pods { ready track } } } }',
        );
        return d.deployment.status.pods.some((p) => p.ready && p.track === 'canary')
          ? true
          : undefined;
      });
      expect((await deployment('sinks'))?.rollout?.state).toBe('PROGRESSING');
      // The engine hangs: its health endpoint still answers, requests never do.
      cluster.sim.injectFault({
        type: 'hung-engine',
        namespace: 'ml-prod',
        deployment: 'sinks-canary',
      });
      const done = await ended('sinks', 'ROLLED_BACK');
      const health = done.analysis.find((a) => a.check === 'HEALTH' && a.verdict === 'FAIL');
      expect(health?.message).toMatch(/went DOWN during the rollout|Incident #\d+ \(SEV1\)/);
      // Health's incident and the rollback are one incident.
      const found = await waitFor('the rollback joining the incident', async () => {
        const list = await incidents('sinks');
        return list.some((i) => i.signals.some((s) => s.source === 'ROLLOUT')) ? list : undefined;
      });
      expect(found).toHaveLength(1);
      expect(found[0]?.signals.map((s) => s.source).sort()).toEqual(['HEALTH', 'ROLLOUT']);
      expect(found[0]?.severity).toBe('SEV1');
    }, 120_000);
  });
}
