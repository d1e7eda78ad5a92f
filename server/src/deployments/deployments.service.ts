import { stringify } from 'yaml';
import { z } from 'zod';
import type { Actor, AuditService } from '../audit/index.ts';
import { type CatalogService, ENVIRONMENTS, renderManifests } from '../catalog/index.ts';
import type { EventBus, Publisher } from '../events/index.ts';
import type { LiveWorkload, WorkloadWatcher } from '../kube/index.ts';
import { parseInput } from '../shared/errors.ts';
import {
  dnsLabel,
  MAX_DEPLOYMENT_NAME,
  replicas,
  sloErrorRatio,
  sloTtftP95Ms,
} from '../shared/validation.ts';
import type { Db } from '../store/index.ts';
import { DeploymentsError } from './deployments.errors.ts';
import type { DeploymentEvents } from './deployments.events.ts';
import { deploymentsRepository } from './deployments.repository.ts';
import {
  DEPLOYMENT_TOPIC,
  DESIRED_STATE_TOPIC,
  type DeploymentChanged,
  type DeploymentRecord,
  type RevisionRecord,
  type RolloutHooks,
  STRATEGIES,
  type TimelineEntry,
} from './deployments.types.ts';
import type { DesiredState } from './desired-state.ts';
import { type DriftField, detectDrift } from './drift.ts';
import { canaryPlacementOf, placementOf } from './placement.ts';
import type { Reconciler } from './reconciler.ts';

const DNS_LABEL = dnsLabel();

export type DeploymentPhase = 'PENDING' | 'PROGRESSING' | 'READY' | 'FAILED' | 'DELETING';

export interface DeploymentView {
  record: DeploymentRecord;
  live: LiveWorkload;
}

export class DeploymentsService {
  readonly #db: Db;
  readonly #audit: AuditService;
  readonly #catalog: CatalogService;
  readonly #bus: EventBus;
  readonly #desired: DesiredState;
  readonly #events: Publisher<DeploymentEvents> | null;
  readonly #namespaces: string[];
  readonly #watcher: WorkloadWatcher | null;
  readonly #reconciler: Reconciler | null;
  readonly #rollouts: RolloutHooks | null;

  constructor(deps: {
    db: Db;
    audit: AuditService;
    catalog: CatalogService;
    bus: EventBus;
    desired: DesiredState;
    namespaces: string[];
    events?: Publisher<DeploymentEvents>;
    /** The cluster side; without it deployments are stored but not applied. */
    cluster?: { watcher: WorkloadWatcher; reconciler: Reconciler } | null;
    /** Starts and ends rollouts inside this domain's transactions. */
    rollouts?: RolloutHooks | null;
  }) {
    this.#db = deps.db;
    this.#audit = deps.audit;
    this.#catalog = deps.catalog;
    this.#bus = deps.bus;
    this.#desired = deps.desired;
    this.#events = deps.events ?? null;
    this.#namespaces = deps.namespaces;
    this.#watcher = deps.cluster?.watcher ?? null;
    this.#reconciler = deps.cluster?.reconciler ?? null;
    this.#rollouts = deps.rollouts ?? null;
  }

  get namespaces(): string[] {
    return this.#namespaces;
  }

  published(namespace: string, name: string): void {
    this.#desired.published(namespace, name);
  }

  subscribe(): AsyncIterableIterator<DeploymentChanged> {
    return this.#bus.subscribe<DeploymentChanged>(DEPLOYMENT_TOPIC);
  }

  list(): Promise<DeploymentRecord[]> {
    return deploymentsRepository.list(this.#db);
  }

  get(namespace: string, name: string): Promise<DeploymentRecord | null> {
    return deploymentsRepository.find(this.#db, namespace, name);
  }

  /** Every deployment with its release and live objects, for the health monitor. */
  async monitored() {
    if (!this.#watcher) return [];
    const records = (await this.list()).filter((d) => !d.deleting);
    const withSpecs = await Promise.all(
      records.map(async (d) => ({ d, release: await this.#catalog.getRelease(d.releaseId) })),
    );
    return withSpecs.flatMap(({ d, release }) =>
      release
        ? [
            {
              id: d.id,
              namespace: d.namespace,
              name: d.name,
              environment: d.environment,
              replicas: d.replicas,
              generation: d.generation,
              appliedGeneration: d.appliedGeneration,
              sloErrorRatio: d.sloErrorRatio,
              sloTtftP95Ms: d.sloTtftP95Ms,
              spec: release.spec,
              live: this.live(d),
            },
          ]
        : [],
    );
  }

  live(record: DeploymentRecord): LiveWorkload {
    return (
      this.#watcher?.workload(record.namespace, record.name) ?? {
        deployments: [],
        pods: [],
        events: [],
      }
    );
  }

  phase(record: DeploymentRecord): { phase: DeploymentPhase; message: string | null } {
    if (record.deleting)
      return { phase: 'DELETING', message: 'Removing its objects from the cluster.' };
    if (record.lastApplyError) return { phase: 'FAILED', message: record.lastApplyError };
    if (!this.#watcher) return { phase: 'PENDING', message: 'No cluster is connected.' };
    if (record.appliedGeneration < record.generation)
      return { phase: 'PENDING', message: 'Applying the desired state.' };
    const live = this.live(record);
    const stable = live.deployments.find((d) => d.track === 'stable');
    if (!stable)
      return {
        phase: 'PENDING',
        message: this.#watcher.synced
          ? 'The Deployment is missing from the cluster; the reconciler re-creates it.'
          : 'Waiting for the Deployment to appear.',
      };
    if (record.canaryReleaseId) {
      return {
        phase: 'PROGRESSING',
        message: `Rolling out ${record.canaryReleaseId}: ${Math.min(record.canaryReplicas, record.replicas)} of ${record.replicas} replicas on it.`,
      };
    }
    if (live.deployments.some((d) => d.track === 'canary'))
      return { phase: 'PROGRESSING', message: 'Removing the canary.' };
    const stuck = stable.conditions.find(
      (c) => c.type === 'Progressing' && c.reason === 'ProgressDeadlineExceeded',
    );
    if (stuck) return { phase: 'FAILED', message: stuck.message };
    const done =
      stable.observedGeneration >= stable.generation &&
      stable.updatedReplicas === record.replicas &&
      stable.availableReplicas === record.replicas &&
      stable.readyReplicas === record.replicas &&
      stable.releaseId === record.releaseId;
    return done
      ? { phase: 'READY', message: null }
      : {
          phase: 'PROGRESSING',
          message: `${stable.readyReplicas} of ${record.replicas} replicas ready.`,
        };
  }

  async deploy(actor: Actor, raw: unknown): Promise<DeploymentRecord> {
    const input = parseInput(
      z.object({
        namespace: DNS_LABEL.refine((ns) => this.#namespaces.includes(ns), {
          message: `must be a namespace Backline manages (${this.#namespaces.join(', ')})`,
        }),
        name: dnsLabel(MAX_DEPLOYMENT_NAME),
        environment: z.enum(ENVIRONMENTS),
        releaseId: z.string().regex(/^rel-[0-9a-f]{16}$/, 'must be a release id (rel-…)'),
        replicas,
        strategy: z.enum(STRATEGIES).nullish(),
        sloErrorRatio: sloErrorRatio.nullish(),
        sloTtftP95Ms: sloTtftP95Ms.nullish(),
        reason: z.string().max(1000).nullish(),
        canarySteps: z
          .array(
            z.object({
              weightPercent: z.number().int().min(1).max(100, 'must be at most 100'),
              analysisSeconds: z.number().int().min(1).max(86_400).nullish(),
            }),
          )
          .min(1, 'must have at least one step')
          .max(20, 'must have at most 20 steps')
          .refine(
            (steps) =>
              steps.every(
                (x, i) => i === 0 || x.weightPercent > (steps[i - 1]?.weightPercent ?? 0),
              ),
            {
              message: 'each step must give the new release a larger share than the one before',
            },
          )
          .nullish(),
        analysisSeconds: z.number().int().min(1).max(86_400).nullish(),
        minimumRequests: z
          .number()
          .int('must be a whole number')
          .min(0, 'must be 0 (no minimum) or more')
          .max(1_000_000, 'must be at most 1000000')
          .nullish(),
        onInconclusive: z.enum(['PAUSE', 'ROLL_BACK']).nullish(),
      }),
      raw,
    );
    const release = await this.#catalog.getRelease(input.releaseId);
    if (!release) {
      throw new DeploymentsError('NOT_FOUND', `No release with id ${input.releaseId}.`, {
        fields: [{ path: ['input', 'releaseId'], message: 'is not a release in the catalog' }],
      });
    }
    let afterCommit = () => {};
    const record = await this.#audit.change(actor, async (tx, audit) => {
      const existing = await deploymentsRepository.find(tx, input.namespace, input.name, true);
      if (existing?.deleting) {
        throw new DeploymentsError(
          'CONFLICT',
          `${input.namespace}/${input.name} is being deleted; try again when it is gone.`,
        );
      }
      const desired = {
        environment: input.environment,
        releaseId: input.releaseId,
        replicas: input.replicas,
        strategy: input.strategy ?? existing?.strategy ?? 'ROLLING',
        // Omitted keeps what the deployment has: deploying a new release is not a reset.
        // An explicit null clears it.
        sloErrorRatio:
          input.sloErrorRatio !== undefined
            ? input.sloErrorRatio
            : (existing?.sloErrorRatio ?? null),
        sloTtftP95Ms:
          input.sloTtftP95Ms !== undefined ? input.sloTtftP95Ms : (existing?.sloTtftP95Ms ?? null),
      };
      let saved = existing
        ? await deploymentsRepository.updateDesired(tx, existing.id, desired)
        : await deploymentsRepository.insert(tx, {
            ...desired,
            namespace: input.namespace,
            name: input.name,
            createdBy: actor.name,
          });
      if (!saved)
        throw new DeploymentsError(
          'CONFLICT',
          `${input.namespace}/${input.name} was created at the same time; try again.`,
        );
      if (!existing || existing.releaseId !== saved.releaseId) {
        await deploymentsRepository.addRevision(tx, {
          deploymentId: saved.id,
          releaseId: saved.releaseId,
          createdBy: actor.name,
          reason: input.reason ?? null,
        });
      }
      await audit({
        action: existing ? 'deployment.update' : 'deployment.create',
        targetType: 'deployment',
        targetId: `${saved.namespace}/${saved.name}`,
        details: {
          ...desired,
          previousRelease: existing?.releaseId ?? null,
          model: release.spec.modelName,
          reason: input.reason ?? null,
        },
      });
      // A new release on a deployment that runs: the rollouts domain takes it step by step.
      // The first deploy has nothing to compare with, so it simply starts.
      if (existing && existing.releaseId !== saved.releaseId && this.#rollouts) {
        const started = await this.#rollouts.releaseChanged(tx, {
          actor,
          previous: existing,
          saved,
          canarySteps: input.canarySteps ?? null,
          analysisSeconds: input.analysisSeconds ?? null,
          minimumRequests: input.minimumRequests ?? null,
          onInconclusive: input.onInconclusive ?? null,
          audit,
        });
        saved = started.record;
        afterCommit = started.afterCommit;
      }
      return saved;
    });
    this.#changed(record);
    afterCommit();
    return record;
  }

  async scale(actor: Actor, raw: unknown): Promise<DeploymentRecord> {
    const input = parseInput(
      z.object({
        namespace: DNS_LABEL,
        name: DNS_LABEL,
        replicas,
      }),
      raw,
    );
    const record = await this.#audit.change(actor, async (tx, audit) => {
      const existing = await this.#require(tx, input.namespace, input.name);
      const saved = await deploymentsRepository.updateDesired(tx, existing.id, {
        replicas: input.replicas,
      });
      await audit({
        action: 'deployment.scale',
        targetType: 'deployment',
        targetId: `${saved.namespace}/${saved.name}`,
        details: { from: existing.replicas, to: saved.replicas },
      });
      return saved;
    });
    this.#changed(record);
    return record;
  }

  async remove(actor: Actor, raw: unknown): Promise<DeploymentRecord> {
    const input = parseInput(
      z.object({
        namespace: DNS_LABEL,
        name: DNS_LABEL,
        confirmName: z.string(),
        reason: z.string().trim().min(3, 'must say why, in a few words').max(1000),
      }),
      raw,
    );
    if (input.confirmName !== input.name) {
      throw new DeploymentsError(
        'BAD_USER_INPUT',
        `Type the deployment's name (${input.name}) to confirm.`,
        {
          fields: [{ path: ['input', 'confirmName'], message: `must be ${input.name}` }],
        },
      );
    }
    const record = await this.#audit.change(actor, async (tx, audit) => {
      const existing = await this.#require(tx, input.namespace, input.name);
      const saved = await deploymentsRepository.updateDesired(tx, existing.id, { deleting: true });
      await audit({
        action: 'deployment.delete',
        targetType: 'deployment',
        targetId: `${saved.namespace}/${saved.name}`,
        details: { release: saved.releaseId, replicas: saved.replicas, reason: input.reason },
      });
      return saved;
    });
    this.#changed(record);
    return record;
  }

  /** Puts hand-made changes back by applying the desired state again. */
  /** Goes back to an earlier release, with a reason; see the schema. */
  async rollback(actor: Actor, raw: unknown): Promise<DeploymentRecord> {
    const input = parseInput(
      z.object({
        namespace: DNS_LABEL,
        name: DNS_LABEL,
        releaseId: z
          .string()
          .regex(/^rel-[0-9a-f]{16}$/, 'must be a release id (rel-…)')
          .nullish(),
        reason: z.string().trim().min(3, 'must say why, in a few words').max(1000),
      }),
      raw,
    );
    // Read and check before the transaction: the embedded store has one connection,
    // so a read outside the transaction would wait for it.
    const current = await this.#require(this.#db, input.namespace, input.name);
    const history = await deploymentsRepository.revisions(this.#db, current.id);
    const target =
      input.releaseId ?? history.find((r) => r.releaseId !== current.releaseId)?.releaseId;
    if (!target) {
      throw new DeploymentsError(
        'CONFLICT',
        `${input.namespace}/${input.name} has no earlier release to go back to.`,
      );
    }
    if (target === current.releaseId) {
      throw new DeploymentsError(
        'CONFLICT',
        `${input.namespace}/${input.name} already runs ${target}.`,
        {
          fields: [{ path: ['input', 'releaseId'], message: 'is the release it runs now' }],
        },
      );
    }
    if (!(await this.#catalog.getRelease(target))) {
      throw new DeploymentsError('NOT_FOUND', `No release with id ${target}.`, {
        fields: [{ path: ['input', 'releaseId'], message: 'is not a release in the catalog' }],
      });
    }
    const after: { commit: (() => void) | null } = { commit: null };
    const record = await this.#audit.change(actor, async (tx, audit) => {
      const existing = await this.#require(tx, input.namespace, input.name);
      if (existing.releaseId !== current.releaseId) {
        throw new DeploymentsError(
          'CONFLICT',
          `${input.namespace}/${input.name} changed meanwhile; look again and retry.`,
        );
      }
      // Only the release rolled back to runs afterwards: a canary, if any, goes.
      const saved = await deploymentsRepository.updateDesired(tx, existing.id, {
        releaseId: target,
        stableReleaseId: null,
        canaryReleaseId: null,
        canaryReplicas: 0,
      });
      await deploymentsRepository.addRevision(tx, {
        deploymentId: saved.id,
        releaseId: target,
        createdBy: actor.name,
        reason: `Rollback: ${input.reason}`,
      });
      await audit({
        action: 'deployment.rollback',
        targetType: 'deployment',
        targetId: `${saved.namespace}/${saved.name}`,
        details: { from: existing.releaseId, to: target, reason: input.reason },
      });
      after.commit =
        (await this.#rollouts?.rolledBackByHand(tx, {
          actor,
          record: saved,
          reason: input.reason,
          audit,
        })) ?? null;
      return saved;
    });
    this.#changed(record);
    after.commit?.();
    this.#events?.publish('deployment.rolledBack', {
      namespace: record.namespace,
      name: record.name,
    });
    return record;
  }

  /**
   * Puts hand-made changes back: a new generation of the same desired state, which
   * the leader's reconciler applies over them.
   */
  async repairDrift(actor: Actor, namespace: string, name: string): Promise<DeploymentRecord> {
    if (!this.#reconciler) {
      throw new DeploymentsError(
        'CONFLICT',
        'No cluster is connected, so there is nothing to repair.',
      );
    }
    const current = await this.#require(this.#db, namespace, name);
    const drift = await this.drift(current);
    const record = await this.#audit.change(actor, async (tx, audit) => {
      const existing = await this.#require(tx, namespace, name);
      const saved = await deploymentsRepository.updateDesired(tx, existing.id, {});
      await audit({
        action: 'deployment.repair_drift',
        targetType: 'deployment',
        targetId: `${namespace}/${name}`,
        details: { fields: drift.map((d) => `${d.object} ${d.path}`) },
      });
      return saved;
    });
    this.#changed(record);
    return record;
  }

  async drift(record: DeploymentRecord): Promise<DriftField[]> {
    if (!this.#watcher || record.appliedGeneration < record.generation) return [];
    // While a canary runs, the stable track keeps the release it had, not the one being rolled out.
    const placement = placementOf(record);
    const release = await this.#catalog.getRelease(placement.releaseId);
    if (!release) return [];
    const [deployment] = renderManifests(release.spec, placement);
    const live = this.live(record).deployments.find((d) => d.track === 'stable');
    if (!deployment || !live) return [];
    return detectDrift(`Deployment/${deployment.metadata.name}`, deployment, live.raw);
  }

  /**
   * Managed Deployments that were applied but are not in the cluster now, as the informers see
   * them. (Services and budgets are not watched; the reconciler's pass finds those.)
   */
  missing(record: DeploymentRecord): string[] {
    if (!this.#watcher?.synced || record.deleting) return [];
    if (record.appliedGeneration < record.generation || record.lastApplyError) return [];
    const live = this.live(record).deployments;
    const out: string[] = [];
    if (!live.some((d) => d.track === 'stable')) out.push(`Deployment/${record.name}`);
    if (canaryPlacementOf(record) && !live.some((d) => d.track === 'canary'))
      out.push(`Deployment/${record.name}-canary`);
    return out;
  }

  timeline(record: DeploymentRecord, last: number): Promise<TimelineEntry[]> {
    return deploymentsRepository.timeline(this.#db, record.id, last);
  }

  /** What Backline applies now: the stable track's objects, and the canary's Deployment when one runs. */
  async manifestsYaml(record: DeploymentRecord): Promise<string> {
    const placements = [placementOf(record), canaryPlacementOf(record)].filter((p) => p !== null);
    const objects = [];
    for (const placement of placements) {
      const release = await this.#catalog.getRelease(placement.releaseId);
      if (release) objects.push(...renderManifests(release.spec, placement));
    }
    return objects.map((o) => stringify(o, { aliasDuplicateObjects: false })).join('---\n');
  }

  revisions(record: DeploymentRecord): Promise<RevisionRecord[]> {
    return deploymentsRepository.revisions(this.#db, record.id);
  }

  async #require(
    db: Parameters<typeof deploymentsRepository.find>[0],
    namespace: string,
    name: string,
  ): Promise<DeploymentRecord> {
    const found = await deploymentsRepository.find(db, namespace, name, db !== this.#db);
    if (!found || found.deleting)
      throw new DeploymentsError('NOT_FOUND', `No model deployment ${namespace}/${name}.`);
    return found;
  }

  #changed(record: DeploymentRecord): void {
    this.#desired.changed(record);
  }

  /** Kicks the reconciler whenever any replica changes the desired state; returns a stop function. */
  followDesiredState(): () => void {
    const changes = this.#bus.subscribe<DeploymentChanged>(DESIRED_STATE_TOPIC);
    void (async () => {
      for await (const _ of changes) this.#reconciler?.kick();
    })();
    return () => void changes.return?.();
  }
}
