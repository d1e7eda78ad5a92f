import { CoreV1Api, CustomObjectsApi } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addGateway } from '../support/cluster.ts';
import { graphql } from '../support/graphql.ts';
import { type Env, environment } from '../support/rollouts.ts';
import { storeKinds } from '../support/stores.ts';
import { waitFor } from '../support/wait.ts';

const GATEWAY = { namespace: 'gateway-system', name: 'inference' };

const TRAFFIC_ROLLOUT = `query($name: String!) { deployment(namespace: "ml-prod", name: $name) {
  phase message status { pods { name ready track releaseId } }
  traffic { gateway { namespace name } pathPrefix canaryWeight mirrorPercent }
  rollout { id state active mode currentStep reason
    steps { index weightPercent mirrorPercent observedPercent canaryReplicas stableReplicas }
    analysis { step check verdict message prompts { name regression
      canary { passed failures answer } stable { passed failures answer } } }
    events { to message } } } }`;

interface TrafficRollout {
  id: string;
  state: string;
  active: boolean;
  mode: string;
  currentStep: number;
  reason: string | null;
  steps: {
    index: number;
    weightPercent: number;
    mirrorPercent: number | null;
    observedPercent: number | null;
    canaryReplicas: number;
    stableReplicas: number;
  }[];
  analysis: {
    step: number;
    check: string;
    verdict: string;
    message: string;
    prompts: {
      name: string;
      regression: boolean;
      canary: { passed: boolean | null; failures: string[]; answer: string };
      stable: { passed: boolean | null; failures: string[]; answer: string } | null;
    }[];
  }[];
  events: { to: string; message: string }[];
}

interface Traffic {
  phase: string;
  message: string | null;
  status: { pods: { name: string; ready: boolean; track: string | null }[] };
  traffic: {
    gateway: { namespace: string; name: string };
    pathPrefix: string;
    canaryWeight: number;
    mirrorPercent: number | null;
  } | null;
  rollout: TrafficRollout | null;
}

interface HttpRoute {
  spec: {
    rules: {
      backendRefs: { name: string; weight: number }[];
      filters?: { type: string; requestMirror?: { percent?: number } }[];
    }[];
  };
}

describe.each(storeKinds().map((k) => k.name))(
  'canaries by traffic through a Gateway on %s',
  (store) => {
    let env: Env;
    let objects: CustomObjectsApi;

    const traffic = async (name: string) =>
      (await env.call<{ deployment: Traffic }>(TRAFFIC_ROLLOUT, { name })).deployment;
    const route = async (name: string) =>
      (await objects.getNamespacedCustomObject({
        group: 'gateway.networking.k8s.io',
        version: 'v1',
        namespace: 'ml-prod',
        plural: 'httproutes',
        name,
      })) as HttpRoute;
    const weights = async (name: string) =>
      (await route(name)).spec.rules[0]?.backendRefs.map((b) => [b.name, b.weight]);
    const finished = (name: string, state: string, timeoutMs = 90_000) =>
      waitFor(
        `${name} rollout ${state}`,
        async () => {
          const d = await traffic(name);
          const r = d.rollout;
          if (r && !r.active && r.state !== state)
            throw new Error(`ended ${r.state}: ${r.reason} ${JSON.stringify(r.events)}`);
          if (r?.state === state) return r;
          // Kept as the last error, so a timeout says where the rollout stood.
          throw new Error(
            `${r?.state} at step ${r?.currentStep}: ${r?.events.at(-1)?.message} (${d.phase}: ${d.message}; pods ${JSON.stringify(d.status.pods)})`,
          );
        },
        timeoutMs,
      );
    /** A one-replica canary deployment behind the Gateway, serving release A. */
    const behindGateway = async (name: string) => {
      await env.ready(name, {
        releaseId: env.releases.A,
        strategy: 'CANARY',
        replicas: 1,
        environment: 'STAGING',
        sloErrorRatio: 0.05,
        gateway: GATEWAY,
      });
      await waitFor(`${name} route`, async () =>
        (await route(name).catch(() => null)) ? true : undefined,
      );
    };

    beforeAll(async () => {
      env = await environment(store, 200, { namespaces: ['ml-prod', GATEWAY.namespace] });
      objects = env.cluster.admin.makeApiClient(CustomObjectsApi);
      await addGateway(env.cluster.admin, GATEWAY);
    }, 120_000);
    afterAll(() => env?.stop());

    it('refuses a Gateway that is not there and a shadow step without one, naming the field', async () => {
      const deploy = (input: Record<string, unknown>) =>
        graphql(
          env.server.url,
          'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { id } } }',
          {
            input: {
              namespace: 'ml-prod',
              name: 'refused',
              environment: 'PROD',
              replicas: 1,
              releaseId: env.releases.A,
              strategy: 'CANARY',
              ...input,
            },
          },
          { cookie: env.cookie },
        );
      const missing = await deploy({ gateway: { namespace: GATEWAY.namespace, name: 'nope' } });
      expect(missing.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: ['input', 'gateway'], message: 'does not exist in the cluster.' }],
      });
      const shadowFirst = await deploy({
        canarySteps: [{ weightPercent: 10 }, { weightPercent: 0, mirrorPercent: 50 }],
      });
      expect(shadowFirst.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(shadowFirst.errors?.[0]?.extensions)).toMatch(/shadow steps first/);
      // Nothing was half-written: the refused deployment does not exist.
      expect(await env.deployment('refused')).toBeNull();
    });

    it('refuses, before it starts, a canary that needs GPUs the fleet lacks, saying why and what else to do', async () => {
      // The L4 node has 4 GPUs: the stable replica takes them all, and its canary needs 4 more.
      const l4 = async (image: string) =>
        (
          await env.call<{ createRelease: { release: { id: string } } }>(
            `mutation($m: ID!, $image: String!) { createRelease(input: { modelId: $m, runtime: VLLM,
            image: $image, resources: { gpus: 4, gpuProduct: "NVIDIA-L4", cpu: "2", memory: "16Gi" },
            expectedLoadSeconds: 30 }) { release { id } } }`,
            { m: env.modelId, image },
          )
        ).createRelease.release.id;
      const [first, second] = [
        await l4('vllm/vllm-openai:v0.9.2'),
        await l4('vllm/vllm-openai:v0.10.1'),
      ];
      await env.ready('wide', {
        releaseId: first,
        strategy: 'CANARY',
        replicas: 1,
        gateway: GATEWAY,
      });
      await env.deploy('wide', { releaseId: second, replicas: 1 });
      const paused = await finished('wide', 'PAUSED', 30_000);
      expect(paused.reason).toBe(
        "Its canary needs 4 NVIDIA-L4 GPUs beside the stable track's, and 0 are free on schedulable nodes (counting the pods of the managed namespaces). Free GPUs or add nodes, then resume it; or abort it and deploy with the ROLLING strategy, which replaces one replica at a time (maxUnavailable 1) and needs no GPUs beyond those it frees.",
      );
      expect(paused.events.map((e) => e.to)).toEqual(['PENDING', 'PAUSED']);
      // No canary was started to sit Pending.
      expect((await env.liveDeployments('wide')).map((d) => d.metadata?.name)).toEqual(['wide']);
    });

    it('rolls a one-replica deployment out at 5 %, 50 % and 100 % of the requests, each track seeing its weight', async () => {
      await behindGateway('solo');
      expect(await weights('solo')).toEqual([
        ['solo-stable', 100],
        ['solo-canary', 0],
      ]);
      expect((await traffic('solo')).traffic).toEqual({
        gateway: GATEWAY,
        pathPrefix: '/ml-prod/solo',
        canaryWeight: 0,
        mirrorPercent: null,
      });
      await env.deploy('solo', {
        releaseId: env.releases.B,
        replicas: 1,
        environment: 'STAGING',
        minimumRequests: 20,
        canarySteps: [5, 50, 100].map((weightPercent) => ({ weightPercent, analysisSeconds: 3 })),
      });
      const done = await finished('solo', 'SUCCEEDED');
      expect(done.mode).toBe('TRAFFIC');
      // Each step's weight was given once its canary pods served, and audited.
      const shifts = await env.call<{
        auditLog: { nodes: { targetId: string; details: { canaryWeight: number } }[] };
      }>('{ auditLog(filter: {action: "rollout.shift_traffic"}) { nodes { targetId details } } }');
      expect(
        shifts.auditLog.nodes
          .filter((n) => n.targetId === done.id)
          .map((n) => n.details.canaryWeight)
          .sort((a, b) => a - b),
      ).toEqual([0, 5, 50, 100]);
      // A one-replica deployment got a one-replica canary beside its stable replica at 5 %.
      expect(done.steps.map((s) => [s.weightPercent, s.canaryReplicas, s.stableReplicas])).toEqual([
        [5, 1, 1],
        [50, 1, 1],
        [100, 1, 1],
      ]);
      // Each track's own metrics saw the share the route gave it, within a few points.
      for (const step of done.steps) {
        expect(step.observedPercent, `step ${step.index}`).not.toBeNull();
        expect(Math.abs((step.observedPercent ?? 0) - step.weightPercent)).toBeLessThanOrEqual(3);
      }
      // Promoted: the stable track runs B and takes every request again; the canary is gone.
      await waitFor('solo served by B alone', async () => {
        const live = (await env.liveDeployments('solo')).map((d) => d.metadata?.name);
        const w = await weights('solo');
        return live.length === 1 && w?.[0]?.[1] === 100 ? true : undefined;
      });
    }, 180_000);

    it('takes a deployment off its Gateway: its route and per-track Services go, its Service stays', async () => {
      await behindGateway('leaving');
      const core = env.cluster.admin.makeApiClient(CoreV1Api);
      const services = async () =>
        (await core.listNamespacedService({ namespace: 'ml-prod' })).items
          .map((s) => s.metadata?.name ?? '')
          .filter((n) => n.startsWith('leaving'))
          .sort();
      expect(await services()).toEqual(['leaving', 'leaving-canary', 'leaving-stable']);
      // What Backline says it applies, for GitOps, is what it applies.
      const kinds = async () =>
        (
          await env.call<{ deployment: { manifestsYaml: string } }>(
            '{ deployment(namespace: "ml-prod", name: "leaving") { manifestsYaml } }',
          )
        ).deployment.manifestsYaml
          .split('---\n')
          .map((doc) => /^kind: (\w+)$/m.exec(doc)?.[1]);
      expect(await kinds()).toEqual([
        'HTTPRoute',
        'Service',
        'Service',
        'Deployment',
        'Service',
        'PodDisruptionBudget',
      ]);
      await env.deploy('leaving', {
        releaseId: env.releases.A,
        replicas: 1,
        environment: 'STAGING',
        gateway: null,
      });
      // The route goes first, then each per-track Service.
      await waitFor('the route and per-track Services gone', async () =>
        (await route('leaving').catch(() => null)) === null &&
        (await services()).join() === 'leaving'
          ? true
          : undefined,
      );
      expect(await kinds()).toEqual(['Deployment', 'Service', 'PodDisruptionBudget']);
      expect((await traffic('leaving')).traffic).toBeNull();
    });

    it('rolls back a failing 5 % canary with at most 5 % of the requests having reached it', async () => {
      await behindGateway('failing');
      env.cluster.sim.injectFault({
        type: 'error-rate',
        namespace: 'ml-prod',
        deployment: 'failing-canary',
        params: { percent: 60 },
      });
      const before = env.cluster.sim.gateway.stats('ml-prod', 'failing');
      await env.deploy('failing', {
        releaseId: env.releases.B,
        replicas: 1,
        environment: 'STAGING',
        minimumRequests: 20,
        canarySteps: [5, 50, 100].map((weightPercent) => ({ weightPercent, analysisSeconds: 30 })),
      });
      const done = await finished('failing', 'ROLLED_BACK');
      expect(done.reason).toMatch(/requests to the new release failed/);
      expect(done.currentStep).toBe(0);
      expect(await weights('failing')).toEqual([
        ['failing-stable', 100],
        ['failing-canary', 0],
      ]);
      const after = env.cluster.sim.gateway.stats('ml-prod', 'failing');
      const total = after.requests - before.requests;
      const toCanary =
        (after.backends['failing-canary']?.requests ?? 0) -
        (before.backends['failing-canary']?.requests ?? 0);
      expect(total).toBeGreaterThan(0);
      expect(toCanary).toBeGreaterThan(0);
      // The gateway apportions whole requests: a share is exact to within one request.
      expect(toCanary).toBeLessThanOrEqual(0.05 * total + 1);
    });

    it('finds a failing canary in a shadow step with no user request failed', async () => {
      await behindGateway('shadow');
      env.cluster.sim.injectFault({
        type: 'error-rate',
        namespace: 'ml-prod',
        deployment: 'shadow-canary',
        params: { percent: 60 },
      });
      const before = env.cluster.sim.gateway.stats('ml-prod', 'shadow');
      await env.deploy('shadow', {
        releaseId: env.releases.B,
        replicas: 1,
        environment: 'STAGING',
        minimumRequests: 20,
        canarySteps: [
          { weightPercent: 0, mirrorPercent: 50, analysisSeconds: 30 },
          { weightPercent: 50, analysisSeconds: 3 },
        ],
      });
      await waitFor('the mirror on the route', async () =>
        (await route('shadow')).spec.rules[0]?.filters?.some((f) => f.type === 'RequestMirror')
          ? true
          : undefined,
      );
      const done = await finished('shadow', 'ROLLED_BACK');
      expect(done.currentStep).toBe(0);
      expect(done.steps[0]).toMatchObject({ weightPercent: 0, mirrorPercent: 50 });
      const after = env.cluster.sim.gateway.stats('ml-prod', 'shadow');
      const mirrored = after.mirrors['shadow-canary'];
      // The canary failed on copies; no user request reached it, and none failed.
      expect(mirrored?.failures ?? 0).toBeGreaterThan(0);
      expect(
        (after.backends['shadow-canary']?.requests ?? 0) -
          (before.backends['shadow-canary']?.requests ?? 0),
      ).toBe(0);
      expect(after.failures - before.failures).toBe(0);
      expect((await route('shadow')).spec.rules[0]?.filters?.map((f) => f.type)).toEqual([
        'URLRewrite',
      ]);
    });

    it('asks both tracks the golden prompts and fails the step on a regression, answers side by side', async () => {
      await behindGateway('drift');
      await env.capitalPrompt();
      env.cluster.sim.injectFault({
        type: 'behaviour-drift',
        namespace: 'ml-prod',
        deployment: 'drift-canary',
      });
      await env.deploy('drift', {
        releaseId: env.releases.B,
        replicas: 1,
        environment: 'STAGING',
        minimumRequests: 0,
        canarySteps: [{ weightPercent: 5, analysisSeconds: 2 }, { weightPercent: 100 }],
      });
      const done = await finished('drift', 'ROLLED_BACK');
      expect(done.currentStep).toBe(0);
      const behaviour = done.analysis.find((a) => a.check === 'BEHAVIOUR');
      expect(behaviour?.verdict).toBe('FAIL');
      expect(behaviour?.message).toMatch(/capital .*the stable release passes it/);
      expect(behaviour?.prompts).toEqual([
        {
          name: 'capital',
          regression: true,
          canary: expect.objectContaining({ passed: false }),
          stable: expect.objectContaining({
            passed: true,
            answer: expect.stringMatching(/^Paris/),
          }),
        },
      ]);
      expect(behaviour?.prompts[0]?.canary.answer).not.toBe(behaviour?.prompts[0]?.stable?.answer);
    });
  },
);
