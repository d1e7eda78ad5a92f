import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { graphql } from '../support/graphql.ts';
import { type Env, environment, ROLLOUT_FIELDS, type Rollout } from '../support/rollouts.ts';
import { storeKinds } from '../support/stores.ts';
import { waitFor, waitForMetrics } from '../support/wait.ts';

const ACTION = (field: string) =>
  `mutation($input: RolloutActionInput!) { ${field}(input: $input) { rollout { ${ROLLOUT_FIELDS} } } }`;

const stores = storeKinds().map((k) => k.name);

/** Only the stable track serves, every pod on `releaseId`, and the canary Deployment is gone. */
async function onlyStable(env: Env, name: string, releaseId: string) {
  await waitFor(`${name} served by ${releaseId} alone`, async () => {
    const d = await env.deployment(name);
    const live = (await env.liveDeployments(name)).map((x) => x.metadata?.name);
    const pods = d?.status.pods ?? [];
    if (
      live.length === 1 &&
      live[0] === name &&
      pods.length === 2 &&
      pods.every((p) => p.ready && p.track === 'stable' && p.releaseId === releaseId)
    )
      return true;
    throw new Error(
      `Deployments ${live.join(', ')}; desired ${d?.release.id}; pods ${JSON.stringify(pods)}; ${JSON.stringify(d?.rollout?.events)}`,
    );
  });
}

/** Every state `rolloutChanged` sends for one deployment, as it arrives. */
function watchRollout(env: Env, name: string) {
  const { cookie, url } = { cookie: env.cookie, url: env.server.url };
  class WithHeaders extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie, origin: url } });
    }
  }
  const client = createClient({
    url: `${url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WithHeaders,
    retryAttempts: 0,
  });
  const states: string[] = [];
  client.subscribe<{ rolloutChanged: { state: string } }>(
    {
      query:
        'subscription($name: String) { rolloutChanged(namespace: "ml-prod", name: $name) { state } }',
      variables: { name },
    },
    {
      next: (value) => {
        const state = value.data?.rolloutChanged.state;
        if (state && states.at(-1) !== state) states.push(state);
      },
      error: () => {},
      complete: () => {},
    },
  );
  return { states, close: () => client.dispose() };
}

/**
 * A TGI canary whose requests fail `percent` % of the time, in one step of `analysisSeconds`:
 * rolled back, and only the old release serves afterwards.
 */
async function errorRateCanary(env: Env, name: string, percent: number, analysisSeconds: number) {
  // STAGING: the health incident the errors also cause (SEV3 there) leaves the verdict to the
  // error ratio; in PROD the SEV2 would roll it back as well, whichever came first.
  await env.ready(name, {
    releaseId: env.releases.tgiA,
    strategy: 'CANARY',
    environment: 'STAGING',
    sloErrorRatio: 0.02,
  });
  env.cluster.sim.injectFault({
    type: 'error-rate',
    namespace: 'ml-prod',
    deployment: `${name}-canary`,
    params: { percent },
  });
  await env.deploy(name, {
    releaseId: env.releases.tgiB,
    environment: 'STAGING',
    sloErrorRatio: 0.02,
    canarySteps: [{ weightPercent: 50, analysisSeconds }],
  });
  const done = await env.rolloutState(name, 'ROLLED_BACK');
  await onlyStable(env, name, env.releases.tgiA);
  return done;
}

/** Asserts `check` on every poll for `ms`: for what must not change. */
async function holds(ms: number, check: () => Promise<void>) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    await check();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

for (const store of stores) {
  describe(`rollouts under traffic on ${store}`, () => {
    let env: Env;
    beforeAll(async () => {
      env = await environment(store, 5);
    }, 120_000);
    afterAll(() => env?.stop());

    it('promotes a good canary step by step to SUCCEEDED', async () => {
      await env.ready('good', {
        releaseId: env.releases.A,
        strategy: 'CANARY',
        sloErrorRatio: 0.05,
      });
      const subscribers = () => env.server.backline.services.audit.subscriberCount();
      const before = subscribers();
      const watched = watchRollout(env, 'good');
      await waitFor('the subscription', () => (subscribers() > before ? true : undefined));
      // Two seconds: the traffic comes in ticks of a second, enough requests for the minimum.
      await env.deploy('good', {
        releaseId: env.releases.B,
        canarySteps: [
          { weightPercent: 50, analysisSeconds: 2 },
          { weightPercent: 100, analysisSeconds: 2 },
        ],
      });
      // While it runs, the deployment says so.
      await waitFor('progressing', async () =>
        (await env.deployment('good'))?.phase === 'PROGRESSING' ? true : undefined,
      );
      const done = await env.rolloutState('good', 'SUCCEEDED');
      expect(done.fromRelease?.id).toBe(env.releases.A);
      expect(done.toRelease.id).toBe(env.releases.B);
      expect(done.steps.map((s) => [s.canaryReplicas, s.stableReplicas])).toEqual([
        [1, 1],
        [2, 0],
      ]);
      expect(done.events.map((e) => e.to)).toEqual([
        'PENDING',
        'PROGRESSING',
        'PROGRESSING',
        'PROMOTING',
        'SUCCEEDED',
      ]);
      expect(done.events.slice(1).every((e) => e.actor === 'backline')).toBe(true);
      // Traffic reached the canary, so the error ratio was judged, and passed, at each step.
      // Each from vLLM's HTTP metrics, on at least the minimum sample.
      const ratios = done.analysis.filter((a) => a.check === 'ERROR_RATIO');
      expect(ratios.map((a) => a.verdict)).toEqual(['PASS', 'PASS']);
      expect(ratios.every((a) => a.source === 'http_requests_total{status="5xx"}')).toBe(true);
      expect(ratios.every((a) => (a.sample ?? 0) >= 50)).toBe(true);
      await onlyStable(env, 'good', env.releases.B);
      expect((await env.deployment('good'))?.release.id).toBe(env.releases.B);
      // Subscribers saw it move, through the event bus (NOTIFY on PostgreSQL).
      await waitFor('the last state streamed', () =>
        watched.states.at(-1) === 'SUCCEEDED' ? true : undefined,
      );
      expect(watched.states).toEqual(
        expect.arrayContaining(['PROGRESSING', 'PROMOTING', 'SUCCEEDED']),
      );
      await watched.close();
    });

    it('rolls a crashing canary back at once; afterwards only the old release serves', async () => {
      await env.ready('crashy', { releaseId: env.releases.A, strategy: 'CANARY' });
      const fault = env.cluster.sim.injectFault({
        type: 'crash-loop',
        namespace: 'ml-prod',
        deployment: 'crashy-canary',
      });
      await env.deploy('crashy', { releaseId: env.releases.B, analysisSeconds: 1 });
      const rolling = await env.rolloutState('crashy', 'ROLLING_BACK');
      const health = rolling.analysis.find((a) => a.check === 'HEALTH');
      expect(health?.verdict).toBe('FAIL');
      expect(health?.message).toMatch(/before it was ever ready/);
      const done = await env.rolloutState('crashy', 'ROLLED_BACK');
      expect(done.reason).toMatch(/before it was ever ready/);
      expect(done.events.map((e) => e.to).slice(-2)).toEqual(['ROLLING_BACK', 'ROLLED_BACK']);
      env.cluster.sim.clearFault(fault.id);
      await onlyStable(env, 'crashy', env.releases.A);
      const d = await env.deployment('crashy');
      // The desired state names the old release, so the bad one is never applied again.
      expect(d?.release.id).toBe(env.releases.A);
      expect(d?.history[0]?.release.id).toBe(env.releases.A);
      expect(d?.history[0]?.reason).toMatch(/^Automatic rollback: /);
      // The rollback opened a ROLLOUT incident, which it mitigates itself.
      const incidents = await waitFor('a rollout incident', async () => {
        const found = (
          await env.call<{
            incidents: {
              source: string;
              status: string;
              title: string;
              signals: { source: string }[];
            }[];
          }>(
            '{ incidents(namespace: "ml-prod", name: "crashy") { source status title signals { source } } }',
          )
        ).incidents.filter((i) => i.signals.some((s) => s.source === 'ROLLOUT'));
        return found.some((i) => i.status === 'MITIGATED') ? found : undefined;
      });
      expect(incidents).toHaveLength(1);
      expect(incidents[0]?.title).toMatch(/crashy: rollout of .* rolled back/);
      // The outcome and the time to rollback are metrics.
      await waitForMetrics(env.server.url, [
        /backline_rollouts_total\{deployment_namespace="ml-prod",strategy="CANARY",outcome="ROLLED_BACK"\} [1-9]/,
        /backline_rollout_rollback_start_seconds_count\{deployment_namespace="ml-prod"\} [1-9]/,
      ]);
    });

    it('rolls back a canary whose error ratio breaks the SLO', async () => {
      const done = await errorRateCanary(env, 'errs', 40, 2);
      expect(done.analysis.find((a) => a.check === 'ERROR_RATIO')?.verdict).toBe('FAIL');
      expect(done.reason).toMatch(/requests to the new release failed/);
    });

    it('rolls back a canary failing beyond doubt before its analysis window ends', async () => {
      // An hour's window: only the early look at the error ratio can end it within the wait.
      const done = await errorRateCanary(env, 'early', 60, 3600);
      const ratio = done.analysis.find((a) => a.check === 'ERROR_RATIO');
      expect(ratio?.verdict).toBe('FAIL');
      expect(ratio?.message).toMatch(/before the end of the window/);
    });

    it('rolls a ROLLING deployment forward with analysis, and back when the new pods crash', async () => {
      await env.ready('rolling', { releaseId: env.releases.A, strategy: 'ROLLING' });
      await env.deploy('rolling', { releaseId: env.releases.B, analysisSeconds: 2 });
      const done = await env.rolloutState('rolling', 'SUCCEEDED');
      expect(done.strategy).toBe('ROLLING');
      expect(done.analysis.find((a) => a.check === 'ERROR_RATIO')?.verdict).toBe('PASS');
      await onlyStable(env, 'rolling', env.releases.B);
      const live = await env.liveDeployments('rolling');
      expect(live[0]?.spec?.strategy?.type).toBe('RollingUpdate');

      const fault = env.cluster.sim.injectFault({
        type: 'crash-loop',
        namespace: 'ml-prod',
        image: 'vllm/vllm-openai:v0.10.2',
      });
      await env.deploy('rolling', { releaseId: env.releases.C, analysisSeconds: 1 });
      const back = await env.rolloutState('rolling', 'ROLLED_BACK');
      expect(back.analysis.find((a) => a.check === 'HEALTH')?.verdict).toBe('FAIL');
      env.cluster.sim.clearFault(fault.id);
      await onlyStable(env, 'rolling', env.releases.B);
    });

    it('recreates every pod at once for RECREATE', async () => {
      await env.ready('recreate', { releaseId: env.releases.A, strategy: 'RECREATE' });
      const live = await env.liveDeployments('recreate');
      expect(live[0]?.spec?.strategy).toEqual({ type: 'Recreate' });
      await env.deploy('recreate', { releaseId: env.releases.B, analysisSeconds: 2 });
      const done = await env.rolloutState('recreate', 'SUCCEEDED');
      expect(done.strategy).toBe('RECREATE');
      await onlyStable(env, 'recreate', env.releases.B);
    });

    // Last: the model's golden prompts then apply to every later rollout of it.
    it('rolls back a release that changes how the model answers its golden prompts', async () => {
      await env.ready('drifty', { releaseId: env.releases.A, strategy: 'CANARY' });
      await env.capitalPrompt();
      env.cluster.sim.injectFault({
        type: 'behaviour-drift',
        namespace: 'ml-prod',
        deployment: 'drifty-canary',
      });
      await env.deploy('drifty', {
        releaseId: env.releases.B,
        canarySteps: [{ weightPercent: 50, analysisSeconds: 2 }],
      });
      const done = await env.rolloutState('drifty', 'ROLLED_BACK');
      const behaviour = done.analysis.find((a) => a.check === 'BEHAVIOUR');
      expect(behaviour?.verdict).toBe('FAIL');
      expect(done.reason).toMatch(/changes how the model answers: capital/);
      await onlyStable(env, 'drifty', env.releases.A);
    });
  });

  describe(`rollouts of a quiet endpoint, and by hand, on ${store}`, () => {
    let env: Env;
    beforeAll(async () => {
      env = await environment(store, 0);
    }, 120_000);
    afterAll(() => env?.stop());

    it('pauses a canary that gets no traffic for want of evidence, never promoting it', async () => {
      await env.ready('quiet', {
        releaseId: env.releases.A,
        strategy: 'CANARY',
        sloErrorRatio: 0.01,
        sloTtftP95Ms: 100,
      });
      await env.deploy('quiet', {
        releaseId: env.releases.B,
        sloErrorRatio: 0.01,
        sloTtftP95Ms: 100,
        canarySteps: [
          { weightPercent: 50, analysisSeconds: 1 },
          { weightPercent: 100, analysisSeconds: 1 },
        ],
      });
      // Nothing is rolled back for a quiet endpoint, and nothing is promoted on no evidence.
      const paused = await env.rolloutState('quiet', 'PAUSED');
      expect(paused.currentStep).toBe(0);
      // Only Backline's own test prompts reached it: real requests, but far from the minimum.
      expect(paused.reason).toMatch(
        /^Not enough evidence to promote: ERROR_RATIO: (No|Only \d+) requests/,
      );
      const ratio = paused.analysis.find((a) => a.check === 'ERROR_RATIO');
      expect(ratio).toMatchObject({
        verdict: 'INCONCLUSIVE',
        source: 'http_requests_total{status="5xx"}',
      });
      expect(ratio?.sample).toBeLessThan(50);
      expect(paused.events.at(-1)?.message).toMatch(/Paused at step 1\. Not enough evidence/);
      await holds(1500, async () => {
        expect((await env.deployment('quiet'))?.rollout?.state).toBe('PAUSED');
      });
      // A person decides: here, to promote it anyway.
      await env.call(ACTION('promoteRollout'), {
        input: { id: paused.id, reason: 'checked by hand' },
      });
      await env.rolloutState('quiet', 'SUCCEEDED');
      await onlyStable(env, 'quiet', env.releases.B);
    });

    it('rolls back a step without evidence when the rollout says so', async () => {
      await env.ready('strict', { releaseId: env.releases.A, strategy: 'CANARY' });
      await env.deploy('strict', {
        releaseId: env.releases.B,
        onInconclusive: 'ROLL_BACK',
        minimumRequests: 200,
        canarySteps: [{ weightPercent: 50, analysisSeconds: 1 }],
      });
      const done = await env.rolloutState('strict', 'ROLLED_BACK');
      expect(done.steps[0]).toMatchObject({ minimumRequests: 200, onInconclusive: 'ROLL_BACK' });
      expect(done.reason).toMatch(/^Not enough evidence to promote/);
      await onlyStable(env, 'strict', env.releases.A);
      // The minimum sample is checked where it is given, and nothing is written.
      const bad = await graphql(
        env.server.url,
        'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { id } } }',
        {
          input: {
            namespace: 'ml-prod',
            name: 'strict',
            environment: 'PROD',
            replicas: 2,
            releaseId: env.releases.C,
            minimumRequests: -1,
          },
        },
        { cookie: env.cookie },
      );
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(bad.errors?.[0]?.extensions)).toMatch(/minimumRequests/);
      expect((await env.deployment('strict'))?.release.id).toBe(env.releases.A);
    });

    it('holds while paused, continues when resumed', async () => {
      await env.ready('held', { releaseId: env.releases.A, strategy: 'CANARY' });
      // No traffic here: the rollout asks for no minimum sample, so health alone decides.
      await env.deploy('held', {
        releaseId: env.releases.B,
        minimumRequests: 0,
        canarySteps: [
          { weightPercent: 50, analysisSeconds: 1 },
          { weightPercent: 100, analysisSeconds: 1 },
        ],
      });
      const running = await env.rolloutState('held', 'PROGRESSING');
      const paused = await env.call<{ pauseRollout: { rollout: Rollout } }>(
        ACTION('pauseRollout'),
        {
          input: { id: running.id, reason: 'looking at the dashboards' },
        },
      );
      expect(paused.pauseRollout.rollout.state).toBe('PAUSED');
      const step = paused.pauseRollout.rollout.currentStep;
      // Longer than the step's analysis window: a running rollout would have moved on by now.
      await holds(3000, async () => {
        const r = (await env.deployment('held'))?.rollout;
        expect(r?.state).toBe('PAUSED');
        expect(r?.currentStep).toBe(step);
      });
      // Both tracks run as Backline applied them: no hand-made change to report, and the
      // manifests show the stable track on A beside the canary on B.
      const shown = await env.call<{
        deployment: { drift: { path: string }[]; manifestsYaml: string };
      }>('{ deployment(namespace: "ml-prod", name: "held") { drift { path } manifestsYaml } }');
      expect(shown.deployment.drift).toEqual([]);
      expect(shown.deployment.manifestsYaml).toContain('name: held-canary');
      expect(shown.deployment.manifestsYaml).toContain(`backline.dev/release: ${env.releases.A}`);
      expect(shown.deployment.manifestsYaml).toContain(`backline.dev/release: ${env.releases.B}`);
      // Pausing twice is refused, with the reason.
      const again = await graphql(
        env.server.url,
        ACTION('pauseRollout'),
        { input: { id: running.id } },
        { cookie: env.cookie },
      );
      expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(again.errors?.[0]?.message).toMatch(/Cannot pause a rollout that is PAUSED/);
      await env.call(ACTION('resumeRollout'), { input: { id: running.id } });
      const done = await env.rolloutState('held', 'SUCCEEDED');
      expect(done.events.map((e) => e.to)).toContain('PAUSED');
      expect(done.events.find((e) => e.to === 'PAUSED')?.message).toMatch(/dashboards/);
      await onlyStable(env, 'held', env.releases.B);
    });

    it('skips ahead when promoted by hand', async () => {
      await env.ready('eager', { releaseId: env.releases.A, strategy: 'CANARY' });
      await env.deploy('eager', { releaseId: env.releases.B, analysisSeconds: 3600 });
      const running = await env.rolloutState('eager', 'PROGRESSING');
      await env.call(ACTION('promoteRollout'), {
        input: { id: running.id, reason: 'verified by hand' },
      });
      const done = await env.rolloutState('eager', 'SUCCEEDED');
      expect(done.events.find((e) => e.to === 'PROMOTING')?.actor).toBe(env.server.adminEmail);
      await onlyStable(env, 'eager', env.releases.B);
    });

    it('puts the previous release back when aborted, with the reason', async () => {
      await env.ready('abandon', { releaseId: env.releases.A, strategy: 'CANARY' });
      await env.deploy('abandon', { releaseId: env.releases.B, analysisSeconds: 3600 });
      const running = await env.rolloutState('abandon', 'PROGRESSING');
      const noReason = await graphql(
        env.server.url,
        ACTION('abortRollout'),
        { input: { id: running.id } },
        { cookie: env.cookie },
      );
      expect(noReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      await env.call(ACTION('abortRollout'), {
        input: { id: running.id, reason: 'wrong quantization' },
      });
      const done = await env.rolloutState('abandon', 'ROLLED_BACK');
      expect(done.reason).toBe('wrong quantization');
      expect(done.events.map((e) => e.to)).toContain('ABORTING');
      await onlyStable(env, 'abandon', env.releases.A);
      const d = await env.deployment('abandon');
      expect(d?.release.id).toBe(env.releases.A);
      expect(d?.history[0]?.reason).toBe('Rollout aborted: wrong quantization');
      // Audited in the same change.
      const audit = await env.call<{ auditLog: { nodes: { action: string }[] } }>(
        '{ auditLog(first: 20) { nodes { action } } }',
      );
      expect(audit.auditLog.nodes.map((e) => e.action)).toContain('rollout.abort');
    });

    it('ends a rollout when the deployment is rolled back by hand', async () => {
      await env.ready('manual', { releaseId: env.releases.A, strategy: 'CANARY' });
      await env.deploy('manual', { releaseId: env.releases.B, analysisSeconds: 3600 });
      await env.rolloutState('manual', 'PROGRESSING');
      // A new release cannot start while one is under way.
      const busy = await graphql(
        env.server.url,
        'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { id } } }',
        {
          input: {
            namespace: 'ml-prod',
            name: 'manual',
            environment: 'PROD',
            replicas: 2,
            releaseId: env.releases.C,
          },
        },
        { cookie: env.cookie },
      );
      expect(busy.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      await env.call(
        'mutation($input: RollbackDeploymentInput!) { rollbackDeployment(input: $input) { deployment { id } } }',
        { input: { namespace: 'ml-prod', name: 'manual', reason: 'not today' } },
      );
      const done = await env.rolloutState('manual', 'ROLLED_BACK');
      expect(done.reason).toBe('Rolled back by hand: not today');
      await onlyStable(env, 'manual', env.releases.A);
    });

    it('continues after a restart in the middle of a step, doing nothing twice', async () => {
      await env.ready('phoenix', { releaseId: env.releases.A, strategy: 'CANARY' });
      await env.deploy('phoenix', {
        releaseId: env.releases.B,
        minimumRequests: 0,
        canarySteps: [
          { weightPercent: 50, analysisSeconds: 2 },
          { weightPercent: 100, analysisSeconds: 2 },
        ],
      });
      await waitFor('the first step running', async () => {
        const r = (await env.deployment('phoenix'))?.rollout;
        return r?.state === 'PROGRESSING' && r.steps[0]?.startedAt ? true : undefined;
      });
      await env.restart();
      const done = await env.rolloutState('phoenix', 'SUCCEEDED');
      expect(done.events.map((e) => e.to)).toEqual([
        'PENDING',
        'PROGRESSING',
        'PROGRESSING',
        'PROMOTING',
        'SUCCEEDED',
      ]);
      await onlyStable(env, 'phoenix', env.releases.B);
      const d = await env.deployment('phoenix');
      expect(d?.history.filter((h) => h.release.id === env.releases.B)).toHaveLength(1);
    });
  });
}
