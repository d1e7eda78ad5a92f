import { SYSTEM_ACTOR } from '../audit/index.ts';
import type { BehaviourChecker } from '../behaviour/index.ts';
import {
  type CatalogService,
  modelRef,
  type ReleaseSpec,
  RUNTIME_PROFILES,
  type Runtime,
} from '../catalog/index.ts';
import { extraGpusNeeded, freeOf, type InventoryResult } from '../costs/index.ts';
import type { DeploymentRecord, DeploymentsService } from '../deployments/index.ts';
import type { Publisher } from '../events/index.ts';
import {
  diagnose,
  liveEvents,
  type MetricsWindow,
  type ServerCounters,
  scrapeCounters,
  windowBetween,
} from '../health/index.ts';
import type { ClusterClient, LivePod, LiveWorkload } from '../kube/index.ts';
import type { Logger } from '../logging/index.ts';
import type { Clock } from '../shared/clock.ts';
import { SerialWorker } from '../shared/serial-runner.ts';
import {
  type Analysis,
  behaviourAnalysis,
  DEFAULT_MINIMUM_REQUESTS,
  earlyErrorRatioFailure,
  errorRatioAnalysis,
  healthAnalysis,
  type MetricsInput,
  type ProbeTally,
  stepDecision,
  ttftAnalysis,
} from './analysis.ts';
import { type DeploymentAlarm, sendTestRequests, TEST_REQUESTS_PER_LOOK } from './evidence.ts';
import type { PrometheusRolloutMetrics } from './prometheus-metrics.ts';
import type { RolloutEvents } from './rollouts.events.ts';
import {
  promotionChanges,
  type RolloutPlan,
  type RolloutsService,
  restoreChanges,
  stepDesired,
  stepWeights,
  withStep,
} from './rollouts.service.ts';
import { rollbackSignal } from './rollouts.signals.ts';
import type { RolloutRecord } from './rollouts.types.ts';
import { effectiveWeight, isShadow, stepReplicas } from './steps.ts';

export interface RolloutControllerDeps {
  rollouts: RolloutsService;
  deployments: DeploymentsService;
  catalog: CatalogService;
  client: ClusterClient;
  clock: Clock;
  logger: Logger;
  /** Throws unless this replica may act (it holds the leader Lease). */
  guard?: () => void;
  /** Golden-prompt checks before promotion; without it BEHAVIOUR is not checked. */
  behaviour?: BehaviourChecker | undefined;
  /**
   * Told of an automatic rollback (`rollout.rolledBack`) while it restores, once per rollout in
   * this process and again by the next process after a restart.
   */
  events?: Publisher<RolloutEvents>;
  /** How often, within a step's window, the error ratio so far is looked at (default 5 s). */
  earlyCheckMs?: number;
  /**
   * What the health monitor and the incidents say of the deployment now: a DOWN verdict or
   * a SEV1/SEV2 incident that came during the rollout fails its HEALTH check at once.
   */
  alarm?: (r: RolloutRecord) => Promise<DeploymentAlarm | null>;
  /** Windows from Prometheus by PromQL instead of scraping the pods at both ends. */
  prometheus?: PrometheusRolloutMetrics | undefined;
  /**
   * Free GPUs by product, as the Costs page's capacity counts them: a rollout that needs more
   * GPUs of its product than are free pauses before it starts. Without it, none is checked.
   */
  capacity?: { inventory(): Promise<InventoryResult> } | undefined;
}

/** Counters of the new and the stable pods at the start of an analysis window, as stored. */
interface WindowCounters {
  at: number;
  canary: ServerCounters | null;
  baseline: ServerCounters | null;
  /** Backline's test requests to the new pods so far, for a runtime that counts no failures. */
  probes?: ProbeTally;
}

/** The stored form of counters: JSON has no Infinity, the +Inf bucket's bound. */
function storeCounters(w: WindowCounters): unknown {
  return JSON.parse(
    JSON.stringify(w, (_, v) => (v === Number.POSITIVE_INFINITY ? '+Inf' : v)),
  ) as unknown;
}

function readCounters(stored: unknown): WindowCounters | null {
  if (!stored || typeof stored !== 'object') return null;
  return JSON.parse(
    JSON.stringify(stored),
    (_, v) => (v === '+Inf' ? Number.POSITIVE_INFINITY : v) as unknown,
  ) as WindowCounters;
}

/**
 * Moves every rollout under way, on the leader only. Everything it knows is in the store
 * (the state, the step, its deadline as a timestamp, the counters at the start of the
 * window, the pods seen ready), and every move is a compare-and-set on the rollout's
 * version, so it can stop at any point and a restart continues without doing anything twice.
 * The cluster watcher and the event bus kick it; a tick keeps timers moving.
 */
export class RolloutController extends SerialWorker {
  readonly #deps: RolloutControllerDeps;
  /** Automatic rollbacks this process has told about. */
  readonly #reported = new Set<string>();
  /** When each rollout's window was last looked at early (a throttle, not state). */
  readonly #lookedEarly = new Map<string, number>();
  #unfollow: (() => void) | null = null;

  constructor(deps: RolloutControllerDeps) {
    super();
    this.#deps = deps;
  }

  start(tickMs = 1000): void {
    // A change made through any replica (pause, resume, …) reaches the leader on the bus.
    const changes = this.#deps.rollouts.subscribe();
    void (async () => {
      for await (const _ of changes) this.kick();
    })();
    this.#unfollow = () => void changes.return?.();
    this.runner.start(tickMs);
  }

  async stop(): Promise<void> {
    this.#unfollow?.();
    await this.runner.stop();
  }

  protected async pass(): Promise<void> {
    try {
      // Side by side: a slow scrape of one rollout must not delay another's rollback.
      const active = await this.#deps.rollouts.active();
      await Promise.all(
        active.map(async (rollout) => {
          if (this.runner.stopped) return;
          try {
            await this.#advance(rollout);
          } catch (error) {
            this.#deps.logger.error(
              {
                err: error,
                rollout: rollout.id,
                deployment: `${rollout.namespace}/${rollout.name}`,
              },
              'rollout step failed',
            );
          }
        }),
      );
    } catch (error) {
      this.#deps.logger.error({ err: error }, 'rollout pass failed');
    }
  }

  async #advance(r: RolloutRecord): Promise<void> {
    // A replica that lost the Lease must not act, even in the middle of a pass.
    this.#deps.guard?.();
    const d = await this.#deps.deployments.get(r.namespace, r.name);
    if (!d || d.deleting) return;
    const live = this.#deps.deployments.live(d);
    switch (r.state) {
      case 'PENDING':
        return this.#start(r, d);
      case 'PROGRESSING':
        return this.#progress(r, d, live);
      case 'PROMOTING':
        return this.#promote(r, d, live);
      case 'ABORTING':
      case 'ROLLING_BACK':
        return this.#restore(r, d, live);
      default:
        return;
    }
  }

  #move(r: RolloutRecord, plan: (r: RolloutRecord, d: DeploymentRecord) => RolloutPlan | null) {
    return this.#deps.rollouts.transition(SYSTEM_ACTOR, r.id, r.version, plan);
  }

  #expected(r: RolloutRecord, d: DeploymentRecord, step = r.currentStep): number {
    if (r.strategy !== 'CANARY') return d.replicas;
    return stepReplicas(r.mode, d.replicas, r.steps[step]).canary;
  }

  #stepMessage(r: RolloutRecord, d: DeploymentRecord, step: number): string {
    if (r.strategy !== 'CANARY')
      return `${r.strategy === 'ROLLING' ? 'Rolling' : 'Recreating'} ${d.replicas} replicas on ${r.toReleaseId}.`;
    const canary = this.#expected(r, d, step);
    const s = r.steps[step];
    if (r.mode === 'TRAFFIC' && s) {
      const share = isShadow(s)
        ? `a copy of ${s.mirrorPercent} % of the requests (answers discarded)`
        : `${s.weightPercent} % of the requests`;
      return `Step ${step + 1} of ${r.steps.length}: ${share} to ${r.toReleaseId}, on ${canary} canary ${canary === 1 ? 'replica' : 'replicas'} beside the ${d.replicas} stable ones, once they serve.`;
    }
    return `Step ${step + 1} of ${r.steps.length}: ${canary} of ${d.replicas} replicas (${effectiveWeight(d.replicas, canary)} %) on ${r.toReleaseId}.`;
  }

  /**
   * PENDING → PROGRESSING: the first step is applied, once the GPUs the whole rollout needs
   * beyond those it frees are free; else it pauses, saying how many are short.
   */
  async #start(r: RolloutRecord, d: DeploymentRecord): Promise<void> {
    const check = await this.#gpuCheck(r, d);
    if (check.short) {
      const reason = check.message;
      await this.#move(r, () => ({
        action: 'PAUSE',
        message: `Paused before it started. ${reason}`,
        rollout: { reason },
        audit: {
          action: 'rollout.pause',
          details: { reason, automatic: true, gpusNeeded: check.needed, gpusFree: check.free },
        },
      }));
      return;
    }
    const now = this.#deps.clock.now().toISOString();
    await this.#move(r, (r, d) => ({
      action: 'START',
      message: this.#stepMessage(r, d, 0) + (check.message ? ` ${check.message}` : ''),
      rollout: { currentStep: 0, steps: withStep(r.steps, 0, { startedAt: now }) },
      deployment: stepDesired(r, d, 0),
      audit: { action: 'rollout.start' },
    }));
  }

  /**
   * Whether the GPUs the rollout needs beyond those the old release frees (every replica on
   * the new release) are free on schedulable nodes, of the new release's product. See
   * docs/capacity.md.
   */
  async #gpuCheck(
    r: RolloutRecord,
    d: DeploymentRecord,
  ): Promise<{ short: boolean; message: string | null; needed?: number; free?: number }> {
    if (!this.#deps.capacity) return { short: false, message: null };
    const [to, from] = await Promise.all([
      this.#deps.catalog.getRelease(r.toReleaseId),
      r.fromReleaseId ? this.#deps.catalog.getRelease(r.fromReleaseId) : null,
    ]);
    if (!to) return { short: false, message: null };
    const resources = (spec: ReleaseSpec) => ({
      gpus: spec.resources.gpus,
      product: spec.resources.gpuProduct ?? null,
    });
    // Behind a Gateway the stable track keeps its GPUs: the canary's replicas need their own.
    const traffic = r.mode === 'TRAFFIC';
    const needed = traffic
      ? Math.max(0, ...r.steps.map((s) => stepReplicas('TRAFFIC', d.replicas, s).canary)) *
        to.spec.resources.gpus
      : extraGpusNeeded({
          replicas: d.replicas,
          from: from ? resources(from.spec) : null,
          to: resources(to.spec),
        });
    if (needed === 0) return { short: false, message: null };
    const result = await this.#deps.capacity.inventory();
    if (!result.known) return { short: false, message: `GPUs not checked: ${result.reason}` };
    const product = to.spec.resources.gpuProduct ?? null;
    const free = freeOf(result.inventory, product);
    if (free >= needed) return { short: false, message: null };
    const what = product ? `${product} GPUs` : 'GPUs';
    const scope =
      result.inventory.podScope === 'MANAGED_NAMESPACES'
        ? ' (counting the pods of the managed namespaces)'
        : '';
    return {
      short: true,
      needed,
      free,
      message: traffic
        ? `Its canary needs ${needed} ${what} beside the stable track's, and ${free} are free on schedulable nodes${scope}. Free GPUs or add nodes, then resume it; or abort it and deploy with the ROLLING strategy, which replaces one replica at a time (maxUnavailable 1) and needs no GPUs beyond those it frees.`
        : `It needs ${needed} more ${what} than the release it replaces frees, and ${free} are free on schedulable nodes${scope}. Free GPUs or add nodes, then resume it.`,
    };
  }

  /** The pods of the new release, and the stable ones beside them. */
  #tracks(r: RolloutRecord, live: LiveWorkload): { fresh: LivePod[]; stable: LivePod[] } {
    if (r.strategy === 'CANARY') {
      return {
        fresh: live.pods.filter((p) => p.track === 'canary'),
        stable: live.pods.filter((p) => p.track !== 'canary'),
      };
    }
    return {
      fresh: live.pods.filter((p) => p.releaseId === r.toReleaseId),
      stable: live.pods.filter((p) => p.releaseId !== r.toReleaseId),
    };
  }

  /** Whether the new release runs at this step's size, every pod of it ready. */
  #stepReady(r: RolloutRecord, d: DeploymentRecord, live: LiveWorkload, fresh: LivePod[]): boolean {
    if (d.appliedGeneration < d.generation) return false;
    const expected = this.#expected(r, d);
    const track = live.deployments.find(
      (x) => x.track === (r.strategy === 'CANARY' ? 'canary' : 'stable'),
    );
    return (
      track !== undefined &&
      track.releaseId === r.toReleaseId &&
      track.observedGeneration >= track.generation &&
      track.updatedReplicas >= expected &&
      track.readyReplicas >= expected &&
      fresh.filter((p) => p.ready).length >= expected
    );
  }

  async #progress(r: RolloutRecord, d: DeploymentRecord, live: LiveWorkload): Promise<void> {
    const now = this.#deps.clock.now();
    const release = await this.#deps.catalog.getRelease(r.toReleaseId);
    if (!release) return;
    const { fresh, stable } = this.#tracks(r, live);

    // Health of the new pods, every pass: a crash before ready fails the step at once.
    const findings = diagnose({
      runtime: release.spec.runtime,
      deployments: [],
      pods: fresh.map((p) => p.raw),
      events: liveEvents(live),
      now,
    });
    const everReady = new Set(r.everReady);
    const health = healthAnalysis(fresh, findings, everReady, this.#expected(r, d));
    if (health.verdict === 'FAIL') return this.#rollBack(r, health.message, [health], now);
    const alarm = await this.#deps.alarm?.(r);
    if (alarm) {
      const failed: Analysis = {
        ...health,
        verdict: 'FAIL',
        message: alarm.message,
        source: alarm.source,
        details: { ...health.details, ...alarm.details },
      };
      return this.#rollBack(r, alarm.message, [failed], now);
    }
    const newlyReady = fresh.filter((p) => p.ready && !everReady.has(p.name)).map((p) => p.name);

    const step = r.steps[r.currentStep];
    if (!step) return;
    if (!r.windowStartedAt) {
      if (this.#stepReady(r, d, live, fresh)) {
        // Behind a Gateway the route gives the canary its share once its pods all serve; the
        // window starts when the route carries it, so the window sees only this step's share.
        const weights = stepWeights(r, r.currentStep);
        if (
          r.mode === 'TRAFFIC' &&
          (d.canaryWeight !== weights.canaryWeight || d.mirrorPercent !== weights.mirrorPercent)
        ) {
          await this.#move(r, () => ({
            action: null,
            message: `The route gives ${r.toReleaseId} ${isShadow(step) ? `a copy of ${step.mirrorPercent} %` : `${step.weightPercent} %`} of the requests.`,
            deployment: weights,
            rollout: { everReady: [...everReady, ...newlyReady] },
            audit: {
              action: 'rollout.shift_traffic',
              details: { step: r.currentStep, ...weights },
            },
          }));
          return;
        }
        // The window starts with every new pod serving: counters now are its baseline
        // (Prometheus keeps its own history).
        const counters = this.#deps.prometheus
          ? { canary: null, baseline: null }
          : await this.#scrape(r, d, fresh, stable);
        await this.#move(r, () => ({
          action: null,
          message: 'Analysis window started.',
          rollout: {
            everReady: [...everReady, ...newlyReady],
            windowStartedAt: now,
            stepDeadline: new Date(now.getTime() + step.analysisSeconds * 1000),
            windowCounters: storeCounters({ at: now.getTime(), ...counters }),
          },
        }));
        return;
      }
      const startedAt = Date.parse(step.startedAt ?? '') || r.updatedAt.getTime();
      const allowance = readyAllowanceSeconds(release.spec);
      if (now.getTime() - startedAt > allowance * 1000) {
        const message = `The new release was not ready within ${allowance} s (${fresh.filter((p) => p.ready).length} of ${this.#expected(r, d)} pods ready).`;
        return this.#rollBack(r, message, [{ ...health, verdict: 'FAIL', message }], now);
      }
      if (newlyReady.length) {
        await this.#move(r, () => ({
          action: null,
          message: 'Pods ready.',
          rollout: { everReady: [...everReady, ...newlyReady] },
        }));
      }
      return;
    }
    if (newlyReady.length) {
      const moved = await this.#move(r, () => ({
        action: null,
        message: 'Pods ready.',
        rollout: { everReady: [...everReady, ...newlyReady] },
      }));
      if (moved) r = moved.rollout;
    }
    if (!r.stepDeadline) return;
    if (now < r.stepDeadline) return this.#judgeEarly(r, d, fresh, stable, health, now);
    // A step passes with every new pod serving: one that restarted once gets time to come back.
    if (health.verdict !== 'PASS') {
      const allowance = readyAllowanceSeconds(release.spec);
      if (now.getTime() - r.stepDeadline.getTime() <= allowance * 1000) return;
      const message = `The new release did not serve with every pod again within ${allowance} s: ${health.message}`;
      return this.#rollBack(r, message, [{ ...health, verdict: 'FAIL', message }], now);
    }

    // The window is over: judge it. Only a step whose required checks passed on evidence
    // moves on; one without enough evidence holds (or rolls back), saying why.
    this.#lookedEarly.delete(r.id);
    const metrics = await this.#windowSoFar(r, d, fresh, stable, now);
    const results: Analysis[] = [health, errorRatioAnalysis(metrics), ttftAnalysis(metrics)];
    const decision = stepDecision(results, {
      minimumRequests: metrics.minimumRequests ?? DEFAULT_MINIMUM_REQUESTS,
      ttftSlo: d.sloTtftP95Ms !== null,
    });
    if (decision.kind === 'FAIL') return this.#rollBack(r, decision.failed.message, results, now);
    if (decision.kind === 'INCONCLUSIVE') {
      if (step.onInconclusive === 'ROLL_BACK')
        return this.#rollBack(r, decision.reason, results, now);
      await this.#move(r, () => ({
        action: 'PAUSE',
        message: `Paused at step ${r.currentStep + 1}. ${decision.reason}`,
        analysis: results,
        rollout: { reason: decision.reason },
        audit: { action: 'rollout.pause', details: { reason: decision.reason, automatic: true } },
      }));
      return;
    }

    // The golden prompts, asked of both tracks side by side, at the end of every step.
    const behaviour = await this.#behaviour(r, release.spec, fresh, stable);
    if (behaviour) results.push(behaviour);
    if (behaviour?.verdict === 'FAIL') return this.#rollBack(r, behaviour.message, results, now);

    const nowIso = now.toISOString();
    const next = r.currentStep + 1;
    if (next < r.steps.length) {
      await this.#move(r, (r, d) => ({
        action: 'NEXT_STEP',
        message: `Step ${r.currentStep + 1} passed. ${this.#stepMessage(r, d, next)}`,
        analysis: results,
        rollout: {
          currentStep: next,
          steps: withStep(withStep(r.steps, r.currentStep, { finishedAt: nowIso }), next, {
            startedAt: nowIso,
          }),
          windowStartedAt: null,
          stepDeadline: null,
          windowCounters: null,
        },
        deployment: stepDesired(r, d, next),
        audit: { action: 'rollout.step', details: { step: next } },
      }));
      return;
    }

    await this.#move(r, (r) => ({
      action: 'PROMOTE',
      message: `All ${r.steps.length} steps passed their analysis; promoting ${r.toReleaseId}.`,
      analysis: results,
      ...promotionChanges(),
      rollout: {
        ...promotionChanges().rollout,
        steps: withStep(r.steps, r.currentStep, { finishedAt: nowIso }),
      },
      audit: { action: 'rollout.promote', details: { automatic: true } },
    }));
  }

  /** The step's window from its start until now: counters stored then, scraped now. */
  async #windowSoFar(
    r: RolloutRecord,
    d: DeploymentRecord,
    fresh: LivePod[],
    stable: LivePod[],
    now: Date,
  ): Promise<MetricsInput> {
    const slo = { errorRatio: d.sloErrorRatio, ttftP95Ms: d.sloTtftP95Ms };
    const minimumRequests = r.steps[r.currentStep]?.minimumRequests ?? DEFAULT_MINIMUM_REQUESTS;
    if (this.#deps.prometheus) {
      const [canaryRuntime, stableRuntime] = await this.#runtimes(r);
      const window = await this.#deps.prometheus.window({
        namespace: d.namespace,
        deployment: d.name,
        strategy: r.strategy,
        toReleaseId: r.toReleaseId,
        canaryRuntime,
        stableRuntime,
        since: r.windowStartedAt ?? now,
        now,
      });
      return {
        ...window,
        slo,
        minimumRequests,
        probes: readCounters(r.windowCounters)?.probes ?? null,
        ...(canaryRuntime ? { runtime: canaryRuntime } : {}),
      };
    }
    const before = readCounters(r.windowCounters);
    const after = await this.#scrape(r, d, fresh, stable);
    const seconds = Math.max(0.001, (now.getTime() - (before?.at ?? now.getTime())) / 1000);
    const window = (a: ServerCounters | null, b: ServerCounters | null): MetricsWindow | null =>
      a && b ? windowBetween(a, b, seconds) : null;
    const runtime = (await this.#deps.catalog.getRelease(r.toReleaseId))?.spec.runtime;
    return {
      canary: window(before?.canary ?? null, after.canary),
      baseline: window(before?.baseline ?? null, after.baseline),
      slo,
      minimumRequests,
      probes: before?.probes ?? null,
      ...(runtime ? { runtime } : {}),
    };
  }

  /**
   * Within the window, every `earlyCheckMs`: a new release whose errors already break the
   * limit beyond doubt is rolled back now, not kept serving to the end of a long window.
   * Nothing passes early: only the window's end moves a rollout forward.
   */
  async #judgeEarly(
    r: RolloutRecord,
    d: DeploymentRecord,
    fresh: LivePod[],
    stable: LivePod[],
    health: Analysis,
    now: Date,
  ): Promise<void> {
    const last = this.#lookedEarly.get(r.id);
    if (last !== undefined && now.getTime() - last < (this.#deps.earlyCheckMs ?? 5000)) return;
    this.#lookedEarly.set(r.id, now.getTime());
    const input = await this.#windowSoFar(r, d, fresh, stable, now);
    // Prometheus has no figures of the new pods yet: wait for them rather than judge on others.
    if (input.unavailable) return;
    // It scrapes them but has too few samples for a rate yet: the same wait. Test requests
    // are for a runtime that counts no failures, not for a Prometheus that has not caught up.
    if (this.#deps.prometheus && input.canary?.sources && input.canary.sources.requests === null)
      return;
    if (!input.canary?.sources?.failures) {
      const probed = await this.#probe(r, fresh, input.probes);
      input.probes = probed.tally;
      r = probed.rollout;
    }
    const early = earlyErrorRatioFailure(input);
    if (!early) return;
    this.#lookedEarly.delete(r.id);
    return this.#rollBack(r, early.message, [health, early], now);
  }

  /**
   * For a runtime that counts no failed requests (llama.cpp, Ollama, SGLang), a few test
   * requests to each new pod at every look; the tally is kept with the window's counters,
   * so a restart does not lose it.
   */
  async #probe(
    r: RolloutRecord,
    fresh: LivePod[],
    sofar: ProbeTally | null | undefined,
  ): Promise<{ tally: ProbeTally | null; rollout: RolloutRecord }> {
    const release = await this.#deps.catalog.getRelease(r.toReleaseId);
    const pods = fresh.filter((p) => p.ready).map((p) => p.name);
    if (!release || !pods.length) return { tally: sofar ?? null, rollout: r };
    const tally = await sendTestRequests(
      this.#deps.client,
      r.namespace,
      pods,
      release.spec,
      TEST_REQUESTS_PER_LOOK,
    );
    const total: ProbeTally = {
      sent: (sofar?.sent ?? 0) + tally.sent,
      failed: (sofar?.failed ?? 0) + tally.failed,
    };
    const stored = readCounters(r.windowCounters);
    if (!stored) return { tally: total, rollout: r };
    const moved = await this.#move(r, () => ({
      action: null,
      message: 'Test requests sent to the new pods.',
      rollout: { windowCounters: storeCounters({ ...stored, probes: total }) },
    }));
    return { tally: total, rollout: moved?.rollout ?? r };
  }

  /**
   * The model's golden prompts, asked of a pod of the new release and of a stable pod of the
   * release before it under the same prompts, so the analysis can tell a regression from a
   * prompt the model never passed.
   */
  async #behaviour(
    r: RolloutRecord,
    spec: ReleaseSpec,
    fresh: LivePod[],
    stable: LivePod[],
  ): Promise<Analysis | null> {
    const checker = this.#deps.behaviour;
    const pod = fresh.find((p) => p.ready);
    if (!checker || !pod) return null;
    const prompts = await checker.promptsForRelease(r.toReleaseId);
    if (!prompts.length) return null;
    const target = (s: ReleaseSpec, name: string) => ({
      namespace: r.namespace,
      pod: name,
      port: RUNTIME_PROFILES[s.runtime].port,
      modelName: s.runtime === 'OLLAMA' ? modelRef(s.model.source) : s.modelName,
      runtime: s.runtime,
    });
    const before = r.fromReleaseId ? await this.#deps.catalog.getRelease(r.fromReleaseId) : null;
    const stablePod = stable.find((p) => p.ready && p.releaseId === r.fromReleaseId);
    const [canary, baseline] = await Promise.all([
      checker.run(target(spec, pod.name), prompts),
      before && stablePod ? checker.run(target(before.spec, stablePod.name), prompts) : null,
    ]);
    return behaviourAnalysis(canary, baseline);
  }

  async #scrape(
    r: RolloutRecord,
    d: DeploymentRecord,
    fresh: LivePod[],
    stable: LivePod[],
  ): Promise<{ canary: ServerCounters | null; baseline: ServerCounters | null }> {
    const [freshRuntime, stableRuntime] = await this.#runtimes(r);
    const ready = (pods: LivePod[]) => pods.filter((p) => p.ready).map((p) => p.name);
    const [canary, baseline] = await Promise.all([
      freshRuntime
        ? scrapeCounters(this.#deps.client, d.namespace, freshRuntime, ready(fresh))
        : null,
      stableRuntime
        ? scrapeCounters(this.#deps.client, d.namespace, stableRuntime, ready(stable))
        : null,
    ]);
    return { canary, baseline };
  }

  /** The runtimes of the new release and of the one before it. */
  #runtimes(r: RolloutRecord): Promise<[Runtime | null, Runtime | null]> {
    const runtimeOf = async (releaseId: string | null) =>
      releaseId ? ((await this.#deps.catalog.getRelease(releaseId))?.spec.runtime ?? null) : null;
    return Promise.all([runtimeOf(r.toReleaseId), runtimeOf(r.fromReleaseId)]);
  }

  /** Automatic rollback: the desired state goes back to the release before, with the reason. */
  async #rollBack(r: RolloutRecord, reason: string, analysis: Analysis[], failedAt: Date) {
    await this.#move(r, (r, d) => ({
      action: 'ROLL_BACK',
      message: `Rolling back: ${reason}`,
      analysis,
      rollout: { reason, failedAt },
      ...restoreChanges(r, d, `Automatic rollback: ${reason}`),
      audit: { action: 'rollout.roll_back', details: { reason, automatic: true } },
    }));
  }

  /**
   * PROMOTING: the stable track runs the new release; then the canary hands its replicas to
   * it one at a time (each once the stable pods are ready, so capacity never drops by more
   * than one replica and no GPU is needed twice), and the canary Deployment goes.
   */
  async #promote(r: RolloutRecord, d: DeploymentRecord, live: LiveWorkload): Promise<void> {
    if (d.stableReleaseId !== null) {
      await this.#move(r, () => ({
        action: null,
        message: 'Stable moves to the new release.',
        deployment: { stableReleaseId: null },
        audit: { action: 'rollout.promote_stable' },
      }));
      return;
    }
    if (d.appliedGeneration < d.generation) return;
    const canary = d.canaryReleaseId ? Math.min(d.canaryReplicas, d.replicas) : 0;
    // Behind a Gateway the stable track kept every replica; by replicas it gave the canary some.
    const target = r.mode === 'TRAFFIC' ? d.replicas : d.replicas - canary;
    const st = live.deployments.find((x) => x.track === 'stable');
    const stableReady =
      st !== undefined &&
      st.releaseId === r.toReleaseId &&
      st.observedGeneration >= st.generation &&
      st.updatedReplicas >= target &&
      st.readyReplicas >= target;
    if (!stableReady) return;
    if (r.mode === 'TRAFFIC' && (d.canaryWeight > 0 || d.mirrorPercent !== null)) {
      await this.#move(r, () => ({
        action: null,
        message: `The route sends every request to the stable track, which runs ${r.toReleaseId} now.`,
        deployment: { canaryWeight: 0, mirrorPercent: null },
        audit: { action: 'rollout.shift_traffic', details: { canaryWeight: 0 } },
      }));
      return;
    }
    if (r.mode === 'REPLICAS' && d.canaryReleaseId && canary > 0) {
      await this.#move(r, () => ({
        action: null,
        message: 'The canary hands a replica to the stable track.',
        deployment: { canaryReplicas: canary - 1 },
        audit: { action: 'rollout.hand_over', details: { canaryReplicas: canary - 1 } },
      }));
      return;
    }
    if (d.canaryReleaseId) {
      await this.#move(r, () => ({
        action: null,
        message: 'The canary Deployment goes.',
        deployment: { canaryReleaseId: null, canaryReplicas: 0 },
        audit: { action: 'rollout.remove_canary' },
      }));
      return;
    }
    if (
      live.deployments.some((x) => x.track === 'canary') ||
      live.pods.some((p) => p.track === 'canary')
    )
      return;
    await this.#move(r, (r) => ({
      action: 'COMPLETE',
      message: `${r.toReleaseId} serves all ${d.replicas} replicas.`,
      audit: { action: 'rollout.succeed' },
    }));
  }

  /** ABORTING / ROLLING_BACK: done when only the release the desired state names serves. */
  async #restore(r: RolloutRecord, d: DeploymentRecord, live: LiveWorkload): Promise<void> {
    // Here, not after the commit of ROLL_BACK: a process killed in between tells it on restart.
    const events = this.#deps.events;
    if (events && r.state === 'ROLLING_BACK' && r.failedAt && !this.#reported.has(r.id)) {
      try {
        const signal = rollbackSignal(r, d);
        if (signal)
          await events.deliver('rollout.rolledBack', { rollout: r, deployment: d, signal });
        this.#reported.add(r.id);
      } catch (error) {
        this.#deps.logger.error({ err: error, rollout: r.id }, 'could not report a rollback');
      }
    }
    const st = live.deployments.find((x) => x.track === 'stable');
    const restored =
      d.appliedGeneration >= d.generation &&
      !d.canaryReleaseId &&
      st !== undefined &&
      st.releaseId === d.releaseId &&
      st.observedGeneration >= st.generation &&
      st.updatedReplicas >= d.replicas &&
      !live.deployments.some((x) => x.track === 'canary') &&
      !live.pods.some((p) => p.track === 'canary' || (p.ready && p.releaseId !== d.releaseId));
    if (restored) {
      await this.#move(r, () => ({
        action: 'RESTORED',
        message: `Only ${d.releaseId} serves again.`,
        audit: { action: 'rollout.rolled_back' },
      }));
      return;
    }
    const release = await this.#deps.catalog.getRelease(d.releaseId);
    const allowance = release ? readyAllowanceSeconds(release.spec) : 600;
    if (this.#deps.clock.now().getTime() - r.updatedAt.getTime() > allowance * 2000) {
      await this.#move(r, () => ({
        action: 'FAIL',
        message: `The previous release did not come back within ${allowance * 2} s; a person has to look.`,
        rollout: { reason: `${r.reason ?? 'Restoring'}; the previous release did not come back.` },
        audit: { action: 'rollout.fail' },
      }));
    }
  }
}

/** How long new pods may take to be ready: as long as Kubernetes' own progress deadline. */
export function readyAllowanceSeconds(spec: ReleaseSpec): number {
  return Math.max(600, spec.expectedLoadSeconds * 3);
}
