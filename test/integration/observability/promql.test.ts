import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../../server/src/catalog/index.ts';
import {
  evaluate,
  type MetricsWindow,
  PrometheusSource,
  scrapeCounters,
  windowBetween,
} from '../../../server/src/health/index.ts';
import { selector } from '../../../server/src/health/sources/promql.ts';
import { KubernetesClusterClient } from '../../../server/src/kube/index.ts';
import { errorRatioAnalysis, ttftAnalysis } from '../../../server/src/rollouts/index.ts';
import {
  type ObservedStack,
  observabilitySkipReason,
  startObservedStack,
} from '../../support/observability.ts';
import { createTestRelease, deployReady } from '../../support/releases.ts';
import { waitFor } from '../../support/wait.ts';

/**
 * Health and rollout analysis reading their figures from the real Prometheus by PromQL
 * (BACKLINE_PROMETHEUS_URL), judged the same as from scraping the pods, and INCONCLUSIVE with
 * the reason when Prometheus cannot answer.
 */
const skip = observabilitySkipReason();

const ROLLOUT = `query($name: String!) { deployment(namespace: "ml-prod", name: $name) {
  phase rollout { state active reason analysis { check verdict message } } } }`;

interface RolloutView {
  deployment: {
    phase: string;
    rollout: {
      state: string;
      active: boolean;
      reason: string | null;
      analysis: { check: string; verdict: string; message: string }[];
    } | null;
  } | null;
}

const TGI_A = 'ghcr.io/huggingface/text-generation-inference:3.0.1';
const TGI_B = 'ghcr.io/huggingface/text-generation-inference:3.1.0';

describe.skipIf(skip !== null)(
  `health and rollout analysis by PromQL with the real Prometheus${skip ? ` (skipped: ${skip})` : ''}`,
  () => {
    let stack: ObservedStack;
    let releases: { vllm: string; tgiA: string; tgiB: string };

    beforeAll(async () => {
      // Twice the default: the canary and stable pods share one Service's requests, and the
      // stable track must have served the rollout's minimum when the canary is judged.
      stack = await startObservedStack({ backlineReadsPrometheus: true, trafficRps: 10 });
      const { modelId, releaseId } = await createTestRelease(stack.server.url, stack.cookie);
      const tgi = (image: string) =>
        createTestRelease(stack.server.url, stack.cookie, { modelId, runtime: 'TGI', image });
      releases = {
        vllm: releaseId,
        tgiA: (await tgi(TGI_A)).releaseId,
        tgiB: (await tgi(TGI_B)).releaseId,
      };
      await deployReady(stack.server.url, stack.cookie, releases.vllm, 'chat');
      await deployReady(stack.server.url, stack.cookie, releases.tgiA, 'tgi');
    }, 180_000);

    afterAll(() => stack?.stop());

    it('shows the health figures Prometheus has for the deployment', async () => {
      const metrics = await waitFor(
        'health metrics from Prometheus',
        async () => {
          const data = await stack.call<{
            deployment: { health: { metrics: Record<string, number | null> | null } };
          }>(
            `{ deployment(namespace: "ml-prod", name: "chat") { health { metrics {
              requestRate errorRatio ttftP95Ms kvCacheUsage } } } }`,
          );
          const m = data.deployment.health.metrics;
          return m?.requestRate && m.ttftP95Ms !== null ? m : undefined;
        },
        45_000,
      );
      // Five simulated requests a second, on a cluster whose clock runs twenty times faster.
      expect(metrics.requestRate).toBeGreaterThan(5);
      expect(metrics.kvCacheUsage).toBeGreaterThan(0);
    });

    it('judges a window from PromQL the same as from scraping the pods, side by side', async () => {
      const client = new KubernetesClusterClient(stack.cluster.admin);
      const prometheus = new PrometheusSource({ url: stack.prometheus.url, windowMs: 10_000 });
      const pods = async (name: string) =>
        (
          await stack.call<{
            deployment: { status: { pods: { name: string; ready: boolean }[] } };
          }>(
            'query($name: String!) { deployment(namespace: "ml-prod", name: $name) { status { pods { name ready } } } }',
            { name },
          )
        ).deployment.status.pods
          .filter((p) => p.ready)
          .map((p) => p.name);
      /** The same window both ways: scraped at its two ends, and asked of Prometheus at its end. */
      const sideBySide = async (name: string, runtime: Runtime) => {
        const names = await pods(name);
        const t0 = Date.now();
        const before = await scrapeCounters(client, 'ml-prod', runtime, names);
        // Wait for five more scrapes of the deployment's pods.
        await waitFor(
          'five scrapes in the window',
          async () => {
            const seconds = Math.ceil((Date.now() - t0) / 1000);
            const [n] = await stack.prometheus.query(
              `min(count_over_time(up{namespace="ml-prod", deployment="${name}"}[${seconds}s]))`,
            );
            return (n?.value ?? 0) >= 5 ? true : undefined;
          },
          30_000,
        );
        const after = await scrapeCounters(client, 'ml-prod', runtime, names);
        const t1 = Date.now();
        if (!before || !after) throw new Error(`no counters scraped from ${name}`);
        const scraped = windowBetween(before, after, (t1 - t0) / 1000);
        const queried = await prometheus.windowOf(
          runtime,
          selector('ml-prod', names),
          t1 - t0,
          new Date(t1),
        );
        return { scraped, queried: queried as MetricsWindow };
      };
      const verdicts = (w: MetricsWindow, slo: { errorRatio: number; ttftP95Ms: number }) => {
        const input = { canary: w, baseline: null, slo };
        const health = evaluate({
          desiredReplicas: 1,
          readyReplicas: 1,
          progressing: false,
          observed: true,
          findings: [],
          synthetic: null,
          metrics: w,
          slo,
        });
        return {
          errorRatio: errorRatioAnalysis(input).verdict,
          ttft: ttftAnalysis(input).verdict,
          health: health.state,
        };
      };
      const slo = { errorRatio: 0.05, ttftP95Ms: 2000 };

      // TGI counts its failed requests: a good window, then one with most of them failing.
      const good = await sideBySide('tgi', 'TGI');
      expect(verdicts(good.queried, slo)).toEqual(verdicts(good.scraped, slo));
      expect(verdicts(good.queried, slo).errorRatio).toBe('PASS');
      const fault = stack.cluster.sim.injectFault({
        type: 'error-rate',
        namespace: 'ml-prod',
        deployment: 'tgi',
        params: { percent: 80 },
      });
      // From now on every request is under the fault.
      await waitFor(
        'failures in Prometheus',
        async () =>
          (await stack.prometheus.query('rate(tgi_request_failure{deployment="tgi"}[2s]) > 0'))
            .length
            ? true
            : undefined,
        30_000,
      );
      const bad = await sideBySide('tgi', 'TGI');
      stack.cluster.sim.clearFault(fault.id);
      expect(verdicts(bad.queried, slo)).toEqual(verdicts(bad.scraped, slo));
      expect(verdicts(bad.queried, slo)).toMatchObject({ errorRatio: 'FAIL', health: 'DOWN' });
      expect(bad.queried.errorRatio).toBeCloseTo(bad.scraped.errorRatio ?? 0, 1);

      // vLLM's time to first token, against an SLO it keeps and one it breaks.
      const latency = await sideBySide('chat', 'VLLM');
      const p95 = (latency.scraped.ttftP95 ?? 0) * 1000;
      expect(p95).toBeGreaterThan(0);
      for (const ttftP95Ms of [p95 * 4, p95 / 4]) {
        const limits = { errorRatio: 0.05, ttftP95Ms };
        expect(verdicts(latency.queried, limits)).toEqual(verdicts(latency.scraped, limits));
      }
      expect(verdicts(latency.queried, { errorRatio: 0.05, ttftP95Ms: p95 / 4 }).ttft).toBe('FAIL');
      expect(verdicts(latency.queried, { errorRatio: 0.05, ttftP95Ms: p95 * 4 }).ttft).toBe('PASS');
    }, 120_000);

    it('rolls back a canary whose errors Prometheus sees, reading the canary and stable tracks apart', async () => {
      await stack.call(
        'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { id } } }',
        {
          input: {
            namespace: 'ml-prod',
            name: 'canary',
            environment: 'PROD',
            replicas: 2,
            releaseId: releases.tgiA,
            strategy: 'CANARY',
            sloErrorRatio: 0.02,
          },
        },
      );
      await waitFor(
        'canary ready',
        async () =>
          (await stack.call<RolloutView>(ROLLOUT, { name: 'canary' })).deployment?.phase === 'READY'
            ? true
            : undefined,
        45_000,
      );
      stack.cluster.sim.injectFault({
        type: 'error-rate',
        namespace: 'ml-prod',
        deployment: 'canary-canary',
        params: { percent: 50 },
      });
      await stack.call(
        'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { id } } }',
        {
          input: {
            namespace: 'ml-prod',
            name: 'canary',
            environment: 'PROD',
            replicas: 2,
            releaseId: releases.tgiB,
            sloErrorRatio: 0.02,
            canarySteps: [{ weightPercent: 50, analysisSeconds: 8 }],
          },
        },
      );
      const rollout = await waitFor(
        'the canary rolled back',
        async () => {
          const r = (await stack.call<RolloutView>(ROLLOUT, { name: 'canary' })).deployment
            ?.rollout;
          if (r && !r.active && r.state !== 'ROLLED_BACK')
            throw new Error(`ended ${r.state}: ${r.reason}`);
          return r?.state === 'ROLLED_BACK' ? r : undefined;
        },
        45_000,
      );
      const errorRatio = rollout.analysis.find((a) => a.check === 'ERROR_RATIO');
      expect(errorRatio?.verdict).toBe('FAIL');
      // The stable track beside it had no errors, as Prometheus read it.
      expect(errorRatio?.message).toMatch(/failed \(stable: 0\.00 %\)/);
    }, 120_000);

    it('is INCONCLUSIVE with the reason, never a pass, when Prometheus cannot be reached', async () => {
      await stack.prometheus.stop();
      await stack.call(
        'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { id } } }',
        {
          input: {
            namespace: 'ml-prod',
            name: 'tgi',
            environment: 'PROD',
            replicas: 1,
            releaseId: releases.tgiB,
            strategy: 'ROLLING',
            analysisSeconds: 2,
          },
        },
      );
      const analysis = await waitFor(
        'the rollout judged',
        async () => {
          const r = (await stack.call<RolloutView>(ROLLOUT, { name: 'tgi' })).deployment?.rollout;
          return r?.analysis.find((a) => a.check === 'ERROR_RATIO');
        },
        45_000,
      );
      expect(analysis.verdict).toBe('INCONCLUSIVE');
      expect(analysis.message).toContain(`Prometheus at ${stack.prometheus.url} could not be read`);
      const reasons = await waitFor(
        'health saying so',
        async () => {
          const data = await stack.call<{ deployment: { health: { reasons: string[] } } }>(
            '{ deployment(namespace: "ml-prod", name: "chat") { health { reasons } } }',
          );
          return data.deployment.health.reasons.find((r) => r.startsWith('Metrics unknown'));
        },
        30_000,
      );
      expect(reasons).toContain('could not be read');
    }, 120_000);
  },
);
