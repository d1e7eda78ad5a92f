import { z } from 'zod';
import { type Actor, AuditedService, type AuditedServiceDeps } from '../audit/index.ts';
import type {
  DeploymentRecord,
  DesiredChanges,
  DesiredState,
  RolloutHooks,
} from '../deployments/index.ts';
import type { EventBus, Publisher } from '../events/index.ts';
import { parseInput } from '../shared/errors.ts';
import type { Queryable, Work } from '../store/index.ts';
import { DEFAULT_MINIMUM_REQUESTS } from './analysis.ts';
import { IllegalTransitionError, nextState, TERMINAL_STATES } from './rollout-machine.ts';
import { RolloutsError } from './rollouts.errors.ts';
import type { RolloutEvents } from './rollouts.events.ts';
import { type RolloutChanges, rolloutsRepository } from './rollouts.repository.ts';
import {
  type AnalysisRecord,
  CONTROLLER_ACTOR_NAME,
  ROLLOUT_TOPIC,
  type RolloutChanged,
  type RolloutEventRecord,
  type RolloutRecord,
  type RolloutStepRecord,
} from './rollouts.types.ts';
import {
  DEFAULT_ANALYSIS_SECONDS,
  defaultCanarySteps,
  isShadow,
  planCanarySteps,
  planTrafficSteps,
  type RolloutMode,
  type StepPlan,
  stepReplicas,
} from './steps.ts';
import type { RolloutPlan, TransitionOutcome } from './transition.types.ts';

export type { RolloutPlan, TransitionOutcome } from './transition.types.ts';

const ACTION_INPUT = z.object({
  id: z.string().uuid('must be a rollout id'),
  reason: z.string().trim().max(1000).nullish(),
});

/**
 * Rollouts: created with a deployment's new release (in the same transaction), moved by the
 * leader's controller and by people. Every move is a compare-and-set on the stored rollout
 * and commits with its desired-state change, its event and its audit entry.
 */
export class RolloutsService extends AuditedService implements RolloutHooks {
  readonly #bus: EventBus;
  readonly #desired: DesiredState;
  readonly #events: Publisher<RolloutEvents> | null;

  constructor(
    deps: AuditedServiceDeps & {
      bus: EventBus;
      /** The deployments' desired state, which every move of a rollout changes. */
      desired: DesiredState;
      events?: Publisher<RolloutEvents>;
    },
  ) {
    super(deps);
    this.#bus = deps.bus;
    this.#desired = deps.desired;
    this.#events = deps.events ?? null;
  }

  get(id: string): Promise<RolloutRecord | null> {
    return rolloutsRepository.find(this.db, id);
  }

  active(): Promise<RolloutRecord[]> {
    return rolloutsRepository.listActive(this.db);
  }

  forDeployment(deploymentId: string, limit = 20): Promise<RolloutRecord[]> {
    return rolloutsRepository.listFor(this.db, deploymentId, Math.max(1, Math.min(limit, 200)));
  }

  async latestFor(deploymentId: string): Promise<RolloutRecord | null> {
    return (await rolloutsRepository.listFor(this.db, deploymentId, 1))[0] ?? null;
  }

  events(id: string): Promise<RolloutEventRecord[]> {
    return rolloutsRepository.events(this.db, id);
  }

  analysis(id: string): Promise<AnalysisRecord[]> {
    return rolloutsRepository.analysis(this.db, id);
  }

  subscribe(): AsyncIterableIterator<RolloutChanged> {
    return this.#bus.subscribe<RolloutChanged>(ROLLOUT_TOPIC);
  }

  published(r: Pick<RolloutRecord, 'id' | 'namespace' | 'name'>): void {
    this.#bus.publish(ROLLOUT_TOPIC, {
      id: r.id,
      namespace: r.namespace,
      name: r.name,
    } satisfies RolloutChanged);
  }

  // Hooks into the deployments domain's transactions.

  async releaseChanged(
    work: Work,
    change: Parameters<RolloutHooks['releaseChanged']>[1],
  ): Promise<{ record: DeploymentRecord; afterCommit: () => void }> {
    const { actor, previous, saved } = change;
    const under = await rolloutsRepository.activeFor(work.tx, saved.id, true);
    if (under) {
      throw new RolloutsError(
        'ROLLOUT_UNDER_WAY',
        `A rollout of ${saved.namespace}/${saved.name} to ${under.toReleaseId} is under way (${under.state}): promote or abort it first.`,
      );
    }
    // Nothing runs, so there is nothing to analyse: the new release simply takes over.
    if (saved.replicas === 0) return { record: saved, afterCommit: () => {} };
    const seconds = change.analysisSeconds ?? DEFAULT_ANALYSIS_SECONDS;
    const mode: RolloutMode = saved.strategy === 'CANARY' && saved.gateway ? 'TRAFFIC' : 'REPLICAS';
    const asked =
      change.canarySteps?.map((x) => ({
        weightPercent: x.weightPercent,
        analysisSeconds: x.analysisSeconds ?? seconds,
        ...(x.mirrorPercent ? { mirrorPercent: x.mirrorPercent } : {}),
      })) ?? null;
    if (saved.strategy === 'CANARY' && mode === 'REPLICAS' && asked?.some(isShadow)) {
      throw new RolloutsError(
        'NEEDS_GATEWAY',
        `A shadow step copies requests through a Gateway, and ${saved.namespace}/${saved.name} has none: give it one (gateway) or drop the step.`,
        { fields: [{ path: ['input', 'canarySteps'], message: 'a shadow step needs a gateway' }] },
      );
    }
    const steps: StepPlan[] =
      saved.strategy !== 'CANARY'
        ? [{ weightPercent: 100, analysisSeconds: seconds }]
        : mode === 'TRAFFIC'
          ? planTrafficSteps(asked, seconds)
          : asked
            ? planCanarySteps(saved.replicas, asked)
            : defaultCanarySteps(saved.replicas, seconds);
    // Until the controller starts it, the stable track keeps what it runs.
    const record = await this.#desired.applyPlan(work.tx, saved, {
      desired: { stableReleaseId: previous.stableReleaseId ?? previous.releaseId },
    });
    const now = this.clock.now();
    const id = await rolloutsRepository.insert(work.tx, {
      deploymentId: saved.id,
      strategy: saved.strategy,
      mode,
      state: 'PENDING',
      fromReleaseId: previous.releaseId,
      toReleaseId: saved.releaseId,
      steps: steps.map((x) => ({
        ...x,
        minimumRequests: change.minimumRequests ?? DEFAULT_MINIMUM_REQUESTS,
        onInconclusive: change.onInconclusive ?? 'PAUSE',
        startedAt: null,
        finishedAt: null,
      })),
      createdBy: actor.name,
      at: now,
    });
    const message =
      saved.strategy === 'CANARY'
        ? `Canary rollout of ${saved.releaseId} in ${steps.length} steps (${steps.map(stepLabel).join(', ')}) ${mode === 'TRAFFIC' ? `by the weights of Gateway ${saved.gateway?.namespace}/${saved.gateway?.name}` : 'by replicas'}.`
        : `${saved.strategy === 'ROLLING' ? 'Rolling' : 'Recreate'} rollout of ${saved.releaseId}.`;
    await rolloutsRepository.addEvent(work.tx, {
      rolloutId: id,
      at: now,
      from: null,
      to: 'PENDING',
      step: null,
      actor: actor.name,
      message,
    });
    await this.audit.record(work, actor, {
      action: 'rollout.create',
      targetType: 'rollout',
      targetId: id,
      details: {
        deployment: `${saved.namespace}/${saved.name}`,
        strategy: saved.strategy,
        mode,
        from: previous.releaseId,
        to: saved.releaseId,
        steps,
        minimumRequests: change.minimumRequests ?? DEFAULT_MINIMUM_REQUESTS,
        onInconclusive: change.onInconclusive ?? 'PAUSE',
      },
    });
    return {
      record,
      afterCommit: () => this.published({ id, namespace: saved.namespace, name: saved.name }),
    };
  }

  async rolledBackByHand(
    work: Work,
    change: Parameters<RolloutHooks['rolledBackByHand']>[1],
  ): Promise<(() => void) | null> {
    const rollout = await rolloutsRepository.activeFor(work.tx, change.record.id, true);
    // Already restoring: it finishes once the release rolled back to serves alone.
    if (!rollout || rollout.state === 'ABORTING' || rollout.state === 'ROLLING_BACK') return null;
    const plan: RolloutPlan = {
      action: 'ROLL_BACK',
      message: `Rolled back by hand to ${change.record.releaseId}: ${change.reason}`,
      rollout: { reason: `Rolled back by hand: ${change.reason}` },
      audit: { action: 'rollout.roll_back', details: { reason: change.reason, manual: true } },
    };
    const outcome = await this.#write(work, change.actor, rollout, change.record, plan);
    return () => this.#after(outcome, false);
  }

  // What people do.

  async pause(actor: Actor, raw: unknown): Promise<RolloutRecord> {
    const input = parseInput(ACTION_INPUT, raw);
    return this.#manual(actor, input.id, () => ({
      action: 'PAUSE',
      message: `Paused${input.reason ? `: ${input.reason}` : '.'}`,
      audit: { action: 'rollout.pause', details: { reason: input.reason ?? null } },
    }));
  }

  async resume(actor: Actor, raw: unknown): Promise<RolloutRecord> {
    const input = parseInput(ACTION_INPUT, raw);
    return this.#manual(actor, input.id, (r, d) => ({
      action: 'RESUME',
      message: `Resumed at step ${r.currentStep + 1}; its analysis starts again${input.reason ? `: ${input.reason}` : '.'}`,
      // The paused time is not analysis time: the step's window starts again. The step is
      // applied (again), in case it was paused before it started.
      rollout: {
        windowStartedAt: null,
        stepDeadline: null,
        windowCounters: null,
        reason: null,
        steps: withStep(r.steps, r.currentStep, {
          startedAt: r.steps[r.currentStep]?.startedAt ?? this.clock.now().toISOString(),
        }),
      },
      deployment: stepDesired(r, d, r.currentStep),
      audit: { action: 'rollout.resume', details: { reason: input.reason ?? null } },
    }));
  }

  async promote(actor: Actor, raw: unknown): Promise<RolloutRecord> {
    const input = parseInput(ACTION_INPUT, raw);
    return this.#manual(actor, input.id, () => ({
      action: 'PROMOTE',
      message: `Promoted by hand, skipping the remaining steps and analysis${input.reason ? `: ${input.reason}` : '.'}`,
      ...promotionChanges(),
      audit: { action: 'rollout.promote', details: { reason: input.reason ?? null, manual: true } },
    }));
  }

  async abort(actor: Actor, raw: unknown): Promise<RolloutRecord> {
    const input = parseInput(
      ACTION_INPUT.extend({
        reason: z.string().trim().min(3, 'must say why, in a few words').max(1000),
      }),
      raw,
    );
    return this.#manual(actor, input.id, (r, d) => ({
      action: 'ABORT',
      message: `Aborted: ${input.reason}`,
      rollout: { reason: input.reason },
      ...restoreChanges(r, d, `Rollout aborted: ${input.reason}`),
      audit: { action: 'rollout.abort', details: { reason: input.reason } },
    }));
  }

  /**
   * Applies one planned move (the controller's entry point): reads the rollout and its
   * deployment under lock, plans from them, and writes only if the rollout is still at
   * `version`. Returns null when it moved meanwhile or the plan is empty.
   */
  async transition(
    actor: Actor,
    id: string,
    version: number | null,
    plan: (r: RolloutRecord, d: DeploymentRecord) => RolloutPlan | null,
  ): Promise<TransitionOutcome | null> {
    const outcome = await this.units.run(async (work) => {
      const locked = await this.#lock(work.tx, id);
      if (!locked) return null;
      const { rollout, deployment } = locked;
      if (version !== null && rollout.version !== version) return null;
      const planned = plan(rollout, deployment);
      if (!planned) return null;
      return this.#write(work, actor, rollout, deployment, planned);
    });
    if (outcome) this.#after(outcome, true);
    return outcome;
  }

  async #manual(
    actor: Actor,
    id: string,
    plan: (r: RolloutRecord, d: DeploymentRecord) => RolloutPlan,
  ): Promise<RolloutRecord> {
    try {
      const outcome = await this.transition(actor, id, null, plan);
      if (!outcome) throw new RolloutsError('ROLLOUT_NOT_FOUND', `No rollout with id ${id}.`);
      return outcome.rollout;
    } catch (error) {
      if (error instanceof IllegalTransitionError)
        throw new RolloutsError('ILLEGAL_TRANSITION', error.message);
      throw error;
    }
  }

  /** Locks the deployment before the rollout, in the order deployRelease and rollback take them. */
  async #lock(
    tx: Queryable,
    id: string,
  ): Promise<{ rollout: RolloutRecord; deployment: DeploymentRecord } | null> {
    const peek = await rolloutsRepository.find(tx, id);
    if (!peek) return null;
    const deployment = await this.#desired.lock(tx, peek.namespace, peek.name);
    const rollout = await rolloutsRepository.find(tx, id, true);
    return deployment && rollout ? { rollout, deployment } : null;
  }

  async #write(
    work: Work,
    actor: Actor,
    rollout: RolloutRecord,
    deployment: DeploymentRecord,
    plan: RolloutPlan,
  ): Promise<TransitionOutcome> {
    const now = this.clock.now();
    const to = plan.action ? nextState(rollout.state, plan.action) : rollout.state;
    const changes: RolloutChanges = { ...plan.rollout, state: to };
    if (TERMINAL_STATES.includes(to)) changes.finishedAt = now;
    const written = await rolloutsRepository.update(
      work.tx,
      rollout.id,
      rollout.version,
      changes,
      now,
    );
    if (!written)
      throw new RolloutsError(
        'CHANGED_MEANWHILE',
        'The rollout changed meanwhile; look again and retry.',
      );
    const saved = await this.#desired.applyPlan(work.tx, deployment, {
      ...(plan.deployment ? { desired: plan.deployment } : {}),
      ...(plan.revision
        ? {
            revision: {
              ...plan.revision,
              createdBy: actor.type === 'SYSTEM' ? CONTROLLER_ACTOR_NAME : actor.name,
            },
          }
        : {}),
    });
    const step = changes.currentStep ?? rollout.currentStep;
    // The analysis judged the step that ran, not the one a NEXT_STEP moves on to.
    for (const a of plan.analysis ?? [])
      await rolloutsRepository.addAnalysis(work.tx, rollout.id, rollout.currentStep, a, now);
    if (plan.action) {
      await rolloutsRepository.addEvent(work.tx, {
        rolloutId: rollout.id,
        at: now,
        from: rollout.state,
        to,
        step,
        actor: actor.type === 'SYSTEM' ? CONTROLLER_ACTOR_NAME : actor.name,
        message: plan.message,
      });
    }
    if (plan.audit) {
      await this.audit.record(work, actor, {
        action: plan.audit.action,
        targetType: 'rollout',
        targetId: rollout.id,
        details: {
          deployment: `${rollout.namespace}/${rollout.name}`,
          from: rollout.state,
          to,
          step,
          message: plan.message,
          ...(plan.deployment ? { desired: plan.deployment } : {}),
          ...plan.audit.details,
        },
      });
    }
    const updated = await rolloutsRepository.find(work.tx, rollout.id);
    if (!updated) throw new Error(`rollout ${rollout.id} vanished`);
    return { rollout: updated, deployment: saved, plan, previous: rollout, actor };
  }

  #after(outcome: TransitionOutcome, deploymentChanged: boolean): void {
    this.published(outcome.rollout);
    // The deployment's own subscribers see its rollout move too.
    this.#desired.published(outcome.rollout.namespace, outcome.rollout.name);
    if (deploymentChanged && outcome.plan.deployment) this.#desired.changed(outcome.deployment);
    if (outcome.plan.action) this.#events?.publish('rollout.transitioned', outcome);
  }
}

export function withStep(
  steps: RolloutStepRecord[],
  index: number,
  patch: Partial<RolloutStepRecord>,
): RolloutStepRecord[] {
  return steps.map((s, i) => (i === index ? { ...s, ...patch } : s));
}

/** The desired state of step `step`: the canary's share, or (rolling) the stable track moving. */
export function stepDesired(r: RolloutRecord, d: DeploymentRecord, step: number): DesiredChanges {
  return r.strategy === 'CANARY'
    ? {
        canaryReleaseId: r.toReleaseId,
        canaryReplicas: stepReplicas(r.mode, d.replicas, r.steps[step]).canary,
      }
    : { stableReleaseId: null };
}

/**
 * Behind a Gateway, the route's weights for step `step`: set once the step's canary pods all
 * serve, so no request is sent to a track that cannot answer it yet.
 */
export function stepWeights(
  r: RolloutRecord,
  step: number,
): { canaryWeight: number; mirrorPercent: number | null } {
  const s = r.steps[step];
  return { canaryWeight: s?.weightPercent ?? 0, mirrorPercent: s?.mirrorPercent ?? null };
}

/** A step as people read it: `5 %`, or `shadow 20 %` for a step that only copies requests. */
export function stepLabel(step: Pick<StepPlan, 'weightPercent' | 'mirrorPercent'>): string {
  return isShadow(step) ? `shadow ${step.mirrorPercent} %` : `${step.weightPercent} %`;
}

/** PROMOTING: the stable track moves to the new release; the canary hands its replicas over. */
export function promotionChanges(): Pick<RolloutPlan, 'deployment' | 'rollout'> {
  return {
    deployment: { stableReleaseId: null },
    rollout: { windowStartedAt: null, stepDeadline: null, windowCounters: null },
  };
}

/**
 * Back to the release before: the desired state points at it, the canary goes, and the
 * release history says why, so the release rolled back from is not applied again.
 */
export function restoreChanges(
  r: RolloutRecord,
  d: DeploymentRecord,
  reason: string,
): Pick<RolloutPlan, 'deployment' | 'revision'> {
  const target = r.fromReleaseId ?? d.releaseId;
  return {
    deployment: {
      releaseId: target,
      stableReleaseId: null,
      canaryReleaseId: null,
      canaryReplicas: 0,
      // Behind a Gateway the route sends nothing to the canary first, then it goes.
      canaryWeight: 0,
      mirrorPercent: null,
    },
    ...(target !== d.releaseId ? { revision: { releaseId: target, reason } } : {}),
  };
}
