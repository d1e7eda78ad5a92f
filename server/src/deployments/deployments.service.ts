import { stringify } from 'yaml';
import { z } from 'zod';
import { type Actor, type AuditService, SYSTEM_ACTOR } from '../audit/index.ts';
import { type CatalogService, ENVIRONMENTS, renderTrafficObjects } from '../catalog/index.ts';
import type { EventBus, Publisher } from '../events/index.ts';
import {
  type ClusterClient,
  KubeError,
  type LiveWorkload,
  type WorkloadWatcher,
} from '../kube/index.ts';
import { canonicalJson } from '../shared/canonical-json.ts';
import { parseInput } from '../shared/errors.ts';
import {
  dnsLabel,
  MAX_DEPLOYMENT_NAME,
  replicas,
  sloErrorRatio,
  sloTtftP95Ms,
} from '../shared/validation.ts';
import { type Db, type Queryable, UnitOfWork } from '../store/index.ts';
import {
  type AdoptionPlan,
  adoptedManifests,
  checkDryRun,
  MANAGED_BY,
  planAdoption,
} from './adoption.ts';
import { DeploymentsError } from './deployments.errors.ts';
import type { DeploymentEvents } from './deployments.events.ts';
import {
  deploymentsRepository,
  type ObservedState,
  observedRepository,
} from './deployments.repository.ts';
import {
  type AnyDeploymentRecord,
  DEPLOYMENT_TOPIC,
  DESIRED_STATE_TOPIC,
  type DeploymentChanged,
  type DeploymentRecord,
  type GatewayRef,
  type ObservedDeploymentRecord,
  type RevisionRecord,
  type RolloutHooks,
  STRATEGIES,
  type TimelineEntry,
} from './deployments.types.ts';
import type { DesiredState } from './desired-state.ts';
import { type DriftField, detectDrift } from './drift.ts';
import { canaryPlacementOf, placementOf, trafficOf } from './placement.ts';
import type { Reconciler } from './reconciler.ts';

const DNS_LABEL = dnsLabel();

const SLOS = {
  sloErrorRatio: sloErrorRatio.nullish(),
  sloTtftP95Ms: sloTtftP95Ms.nullish(),
};

export type DeploymentPhase = 'PENDING' | 'PROGRESSING' | 'READY' | 'FAILED' | 'DELETING';

export interface DeploymentView {
  record: DeploymentRecord;
  live: LiveWorkload;
}

function sameGateway(a: GatewayRef | null, b: GatewayRef | null): boolean {
  return a?.namespace === b?.namespace && a?.name === b?.name;
}

function refuseGateway(gateway: GatewayRef, message: string): never {
  throw new DeploymentsError(
    'GATEWAY_UNUSABLE',
    `Gateway ${gateway.namespace}/${gateway.name} ${message}`,
    { fields: [{ path: ['input', 'gateway'], message }] },
  );
}

function refuseAdoptedGateway(gateway: GatewayRef): never {
  return refuseGateway(
    gateway,
    "cannot carry an adopted server: its team's Services stay as they are.",
  );
}

export class DeploymentsService {
  readonly #db: Db;
  readonly #units: UnitOfWork;
  readonly #audit: AuditService;
  readonly #catalog: CatalogService;
  readonly #bus: EventBus;
  readonly #desired: DesiredState;
  readonly #events: Publisher<DeploymentEvents> | null;
  readonly #namespaces: string[];
  readonly #watcher: WorkloadWatcher | null;
  readonly #reconciler: Reconciler | null;
  readonly #client: ClusterClient | null;
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
    cluster?: { watcher: WorkloadWatcher; reconciler: Reconciler; client?: ClusterClient } | null;
    /** Starts and ends rollouts inside this domain's transactions. */
    rollouts?: RolloutHooks | null;
  }) {
    this.#db = deps.db;
    this.#units = new UnitOfWork(deps.db);
    this.#audit = deps.audit;
    this.#catalog = deps.catalog;
    this.#bus = deps.bus;
    this.#desired = deps.desired;
    this.#events = deps.events ?? null;
    this.#namespaces = deps.namespaces;
    this.#watcher = deps.cluster?.watcher ?? null;
    this.#reconciler = deps.cluster?.reconciler ?? null;
    this.#client = deps.cluster?.client ?? null;
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

  /** Managed and observed deployments together, by namespace and name. */
  async listAll(): Promise<AnyDeploymentRecord[]> {
    // By namespace and name as JavaScript compares them, as the API's cursors do.
    return (await deploymentsRepository.listAll(this.#db)).sort(
      (a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name),
    );
  }

  /** A managed deployment or, failing that, an observed one. */
  async getAny(namespace: string, name: string): Promise<AnyDeploymentRecord | null> {
    return (
      (await this.get(namespace, name)) ??
      (await observedRepository.find(this.#db, namespace, name))
    );
  }

  listObserved(): Promise<ObservedDeploymentRecord[]> {
    return observedRepository.list(this.#db);
  }

  /**
   * Records what discovery saw: servers found for the first time become observed deployments,
   * those that changed are refreshed, and those gone from a namespace read in full are
   * forgotten with their health history. Each change is audited with it. Returns the observed
   * deployments as they now are.
   */
  async recordObserved(
    found: Omit<ObservedState, 'createdBy'>[],
    complete: string[],
    /** When the cluster was looked at: a row changed since (handed back meanwhile) is not gone. */
    lookedAt?: Date,
  ): Promise<ObservedDeploymentRecord[]> {
    const before = await this.listObserved();
    const key = (d: { namespace: string; name: string }) => `${d.namespace}/${d.name}`;
    const known = new Map(before.map((d) => [key(d), d]));
    const seen = new Set(found.map(key));
    const added = found.filter((f) => !known.has(key(f)));
    const changed = found.filter((f) => {
      const k = known.get(key(f));
      return (
        k !== undefined &&
        (k.replicas !== f.replicas ||
          k.strategy !== f.strategy ||
          canonicalJson(k.observed) !== canonicalJson(f.observed))
      );
    });
    // Gone: not found in a namespace read in full, or in a namespace Backline no longer watches.
    const gone = before.filter(
      (d) =>
        !this.#namespaces.includes(d.namespace) ||
        (complete.includes(d.namespace) &&
          !seen.has(key(d)) &&
          (!lookedAt || d.updatedAt.getTime() <= lookedAt.getTime())),
    );
    if (!added.length && !changed.length && !gone.length) return before;
    await this.#units.run(async (work) => {
      for (const f of added) {
        const saved = await observedRepository.insert(work.tx, { ...f, createdBy: 'discovery' });
        // A managed deployment of that name wins: Backline already watches it.
        if (!saved) continue;
        await this.#audit.record(work, SYSTEM_ACTOR, {
          action: 'deployment.observe',
          targetType: 'deployment',
          targetId: key(f),
          details: {
            kind: f.observed.kind,
            runtime: f.observed.runtime,
            image: f.observed.image,
            model: f.observed.model,
            environment: f.environment,
          },
        });
      }
      for (const f of changed) {
        const k = known.get(key(f));
        if (k) await observedRepository.refresh(work.tx, k.id, f);
      }
      for (const d of gone) {
        await observedRepository.remove(work.tx, d.id);
        await this.#audit.record(work, SYSTEM_ACTOR, {
          action: 'deployment.unobserve',
          targetType: 'deployment',
          targetId: key(d),
          details: {
            reason: this.#namespaces.includes(d.namespace)
              ? `No ${d.observed.kind} ${d.name} runs in ${d.namespace} any more.`
              : `Backline no longer watches ${d.namespace}.`,
          },
        });
      }
    });
    for (const d of [...added, ...changed, ...gone]) this.published(d.namespace, d.name);
    return this.listObserved();
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
              // An adopted server listens where it did until its first rollout.
              port:
                d.adopted && d.releaseId === d.adopted.releaseId
                  ? d.adopted.observed.port
                  : undefined,
            },
          ]
        : [],
    );
  }

  live(record: DeploymentRecord): LiveWorkload {
    return (
      this.#watcher?.workload(record.namespace, record.name, record.adopted?.selector) ?? {
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
        message: record.gateway
          ? `Rolling out ${record.canaryReleaseId}: ${record.mirrorPercent ? `a copy of ${record.mirrorPercent} %` : `${record.canaryWeight} %`} of the requests to ${record.canaryReplicas} canary ${record.canaryReplicas === 1 ? 'replica' : 'replicas'} beside the ${record.replicas} stable ones.`
          : `Rolling out ${record.canaryReleaseId}: ${Math.min(record.canaryReplicas, record.replicas)} of ${record.replicas} replicas on it.`,
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
        ...SLOS,
        reason: z.string().max(1000).nullish(),
        canarySteps: z
          .array(
            z
              .object({
                weightPercent: z.number().int().min(0).max(100, 'must be at most 100'),
                analysisSeconds: z.number().int().min(1).max(86_400).nullish(),
                mirrorPercent: z.number().int().min(1).max(100, 'must be at most 100').nullish(),
              })
              .refine((x) => x.weightPercent > 0 || (x.mirrorPercent ?? 0) > 0, {
                message:
                  'a step must give the new release requests (weightPercent) or copies of them (mirrorPercent)',
                path: ['weightPercent'],
              })
              .refine((x) => !x.mirrorPercent || x.weightPercent === 0, {
                message:
                  'a shadow step (mirrorPercent) gives the new release no requests of its own: weightPercent must be 0',
                path: ['mirrorPercent'],
              }),
          )
          .min(1, 'must have at least one step')
          .max(20, 'must have at most 20 steps')
          .refine(
            (steps) =>
              steps.every(
                (x, i) =>
                  i === 0 ||
                  (x.weightPercent === 0
                    ? (steps[i - 1]?.weightPercent ?? 0) === 0
                    : x.weightPercent > (steps[i - 1]?.weightPercent ?? 0)),
              ),
            {
              message:
                'each step must give the new release a larger share than the one before, shadow steps first',
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
        gateway: z.object({ namespace: DNS_LABEL, name: dnsLabel(253) }).nullish(),
      }),
      raw,
    );
    const release = await this.#catalog.getRelease(input.releaseId);
    if (!release) {
      throw new DeploymentsError('RELEASE_NOT_FOUND', `No release with id ${input.releaseId}.`, {
        fields: [{ path: ['input', 'releaseId'], message: 'is not a release in the catalog' }],
      });
    }
    // The Gateway is looked up before the transaction: no row stays locked while the cluster answers.
    if (input.gateway) {
      const before = await deploymentsRepository.find(this.#db, input.namespace, input.name);
      if (!sameGateway(input.gateway, before?.gateway ?? null))
        await this.#checkGateway(input.gateway, before);
    }
    let afterCommit = () => {};
    const record = await this.#units.run(async (work) => {
      const existing = await deploymentsRepository.find(work.tx, input.namespace, input.name, true);
      if (existing?.deleting) {
        throw new DeploymentsError(
          'BEING_DELETED',
          `${input.namespace}/${input.name} is being deleted; try again when it is gone.`,
        );
      }
      // Omitted keeps the Gateway; null takes the deployment off it.
      const gateway =
        input.gateway !== undefined ? (input.gateway ?? null) : (existing?.gateway ?? null);
      const gatewayChanged = !sameGateway(gateway, existing?.gateway ?? null);
      if (gatewayChanged && existing?.canaryReleaseId) {
        throw new DeploymentsError(
          'ROLLOUT_UNDER_WAY',
          `A canary of ${input.namespace}/${input.name} runs: its Gateway changes once the rollout is over.`,
          {
            fields: [{ path: ['input', 'gateway'], message: 'cannot change while a canary runs' }],
          },
        );
      }
      if (gatewayChanged && gateway && existing?.adopted) refuseAdoptedGateway(gateway);
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
        ...(gatewayChanged ? { gateway } : {}),
      };
      let saved = existing
        ? await deploymentsRepository.updateDesired(work.tx, existing.id, desired)
        : await deploymentsRepository.insert(work.tx, {
            ...desired,
            namespace: input.namespace,
            name: input.name,
            createdBy: actor.name,
          });
      if (!saved) {
        await this.#refuseObserved(work.tx, input.namespace, input.name);
        throw new DeploymentsError(
          'CREATED_CONCURRENTLY',
          `${input.namespace}/${input.name} was created at the same time; try again.`,
        );
      }
      if (!existing || existing.releaseId !== saved.releaseId) {
        await deploymentsRepository.addRevision(work.tx, {
          deploymentId: saved.id,
          releaseId: saved.releaseId,
          createdBy: actor.name,
          reason: input.reason ?? null,
        });
      }
      await this.#audit.record(work, actor, {
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
        const started = await this.#rollouts.releaseChanged(work, {
          actor,
          previous: existing,
          saved,
          canarySteps: input.canarySteps ?? null,
          analysisSeconds: input.analysisSeconds ?? null,
          minimumRequests: input.minimumRequests ?? null,
          onInconclusive: input.onInconclusive ?? null,
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

  /**
   * A Gateway a deployment is put behind must exist, in a cluster that serves the Gateway API;
   * an adopted server keeps the Services its team made, so it is not routed by Backline.
   */
  async #checkGateway(gateway: GatewayRef, existing: DeploymentRecord | null): Promise<void> {
    const refuse = (message: string) => refuseGateway(gateway, message);
    if (existing?.adopted) refuseAdoptedGateway(gateway);
    if (!this.#client) return;
    try {
      const found = await this.#client.read({
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'Gateway',
        namespace: gateway.namespace,
        name: gateway.name,
      });
      if (!found) refuse('does not exist in the cluster.');
    } catch (error) {
      if (error instanceof DeploymentsError) throw error;
      if (error instanceof KubeError && error.code === 'FORBIDDEN')
        refuse(
          `could not be read: Backline may not get Gateways in ${gateway.namespace} (the chart's rbac.gatewayNamespaces grants it).`,
        );
      refuse(
        `could not be read: the cluster may not serve the Gateway API (gateway.networking.k8s.io/v1). ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  /** Backline's own settings of an observed server; nothing reaches the cluster. */
  async updateObserved(actor: Actor, raw: unknown): Promise<ObservedDeploymentRecord> {
    const input = parseInput(
      z.object({
        namespace: DNS_LABEL,
        name: DNS_LABEL,
        environment: z.enum(ENVIRONMENTS).nullish(),
        ...SLOS,
      }),
      raw,
    );
    const record = await this.#units.run(async (work) => {
      const existing = await observedRepository.find(work.tx, input.namespace, input.name, true);
      if (!existing) {
        throw new DeploymentsError(
          'DEPLOYMENT_NOT_FOUND',
          `No observed model server ${input.namespace}/${input.name}.`,
        );
      }
      const changes = {
        environment: input.environment ?? existing.environment,
        sloErrorRatio:
          input.sloErrorRatio !== undefined ? input.sloErrorRatio : existing.sloErrorRatio,
        sloTtftP95Ms: input.sloTtftP95Ms !== undefined ? input.sloTtftP95Ms : existing.sloTtftP95Ms,
      };
      const saved = await observedRepository.updateSettings(work.tx, existing.id, changes);
      await this.#audit.record(work, actor, {
        action: 'deployment.observed.update',
        targetType: 'deployment',
        targetId: `${saved.namespace}/${saved.name}`,
        details: {
          from: {
            environment: existing.environment,
            sloErrorRatio: existing.sloErrorRatio,
            sloTtftP95Ms: existing.sloTtftP95Ms,
          },
          to: changes,
        },
      });
      return saved;
    });
    this.published(record.namespace, record.name);
    return record;
  }

  /**
   * What adopting an observed server would do: the model and release it would import, the
   * fields Backline's apply would change (checked by a server-side dry run), and why it cannot
   * be adopted without restarting a pod, when it cannot. Writes nothing.
   */
  async adoptionPlan(
    deploymentId: string,
  ): Promise<{ record: ObservedDeploymentRecord; plan: AdoptionPlan }> {
    const id = parseInput(z.object({ deploymentId: z.uuid('must be a deployment id') }), {
      deploymentId,
    }).deploymentId;
    const record = await observedRepository.findById(this.#db, id);
    if (!record) {
      if (await deploymentsRepository.findById(this.#db, id))
        throw new DeploymentsError(
          'NOT_ADOPTABLE',
          'Backline manages this deployment already; there is nothing to adopt.',
        );
      throw new DeploymentsError('DEPLOYMENT_NOT_FOUND', `No observed model server ${id}.`);
    }
    const client = this.#client;
    if (!client)
      throw new DeploymentsError(
        'NO_CLUSTER',
        'No cluster is connected, so nothing can be adopted.',
      );
    const ref = {
      apiVersion: 'apps/v1',
      kind: record.observed.kind,
      namespace: record.namespace,
      name: record.name,
    };
    const [workload, pods, models, autoscalers] = await Promise.all([
      client.read(ref),
      client.list('v1', 'Pod', record.namespace),
      this.#catalog.listModels(),
      client.list('autoscaling/v2', 'HorizontalPodAutoscaler', record.namespace).catch(() => null),
    ]);
    const selector = (workload?.spec as { selector?: { matchLabels?: Record<string, string> } })
      ?.selector?.matchLabels;
    const selected = pods.filter((p) => {
      const labels = (p.metadata as { labels?: Record<string, string> }).labels ?? {};
      const wanted = Object.entries(selector ?? {});
      return wanted.length > 0 && wanted.every(([k, v]) => labels[k] === v);
    });
    const plan = planAdoption({ record, workload, pods: selected, models, autoscalers });
    if (plan.manifest && workload && plan.reasons.length === 0) {
      try {
        const result = await client.apply(plan.manifest, { dryRun: true });
        checkDryRun(plan, workload, result);
      } catch (error) {
        plan.reasons.push(
          `The API server refused Backline's apply in a dry run: ${error instanceof Error ? error.message : String(error)}`,
        );
        plan.adoptable = false;
      }
    }
    return { record, plan };
  }

  /**
   * Takes over an observed server without restarting a pod: imports its model and a release
   * pinned to the digest its pods run, and turns the row managed (same id, name, environment,
   * SLOs, health and incident history) in the shape it has, which the reconciler then applies
   * with server-side apply as field manager `backline`.
   */
  async adopt(actor: Actor, raw: unknown): Promise<DeploymentRecord> {
    const input = parseInput(
      z.object({
        deploymentId: z.uuid('must be a deployment id'),
        reason: z.string().trim().max(1000).nullish(),
      }),
      raw,
    );
    const { record: observed, plan } = await this.adoptionPlan(input.deploymentId);
    if (!plan.adoptable || !plan.spec || !plan.model || !plan.releaseId || !plan.template) {
      throw new DeploymentsError(
        'NOT_ADOPTABLE',
        `${observed.namespace}/${observed.name} cannot be adopted without restarting its pods: ${plan.reasons.join(' ')}`,
      );
    }
    const { spec, model, template } = plan;
    const record = await this.#units.run(async (work) => {
      const current = await observedRepository.findById(work.tx, observed.id, true);
      if (!current || canonicalJson(current.observed) !== canonicalJson(observed.observed))
        throw new DeploymentsError(
          'CHANGED_MEANWHILE',
          `${observed.namespace}/${observed.name} changed meanwhile; look at the plan again.`,
        );
      const imported = await this.#catalog.importRelease(work, actor, { model, spec });
      const replicas = Number(
        (plan.manifest?.spec as { replicas?: number } | undefined)?.replicas ?? current.replicas,
      );
      const saved = await observedRepository.adopt(work.tx, current.id, {
        releaseId: imported.release.id,
        replicas,
        strategy: current.strategy,
        adopted: {
          releaseId: imported.release.id,
          selector: plan.selector,
          template,
          previousManagers: plan.previousManagers,
          managedByLabel: plan.managedByLabel,
          observed: current.observed,
          at: new Date().toISOString(),
          by: actor.name,
        },
      });
      if (!saved)
        throw new DeploymentsError(
          'CHANGED_MEANWHILE',
          `${observed.namespace}/${observed.name} changed meanwhile; look at the plan again.`,
        );
      await deploymentsRepository.addRevision(work.tx, {
        deploymentId: saved.id,
        releaseId: saved.releaseId,
        createdBy: actor.name,
        reason: `Adopted${input.reason ? `: ${input.reason}` : ' from the running server'}`,
      });
      await this.#audit.record(work, actor, {
        action: 'deployment.adopt',
        targetType: 'deployment',
        targetId: `${saved.namespace}/${saved.name}`,
        details: {
          release: saved.releaseId,
          model: imported.model.name,
          image: spec.image,
          digest: plan.digest,
          selector: plan.selector,
          previousManagers: plan.previousManagers,
          changes: plan.changes.map((c) => `${c.object} ${c.path}`),
          warnings: plan.warnings,
          reason: input.reason ?? null,
        },
      });
      return saved;
    });
    this.#changed(record);
    return record;
  }

  /**
   * Hands an adopted server back to its team: the objects stay as they are (no pod restarts),
   * Backline's field manager leaves their managedFields, the `app.kubernetes.io/managed-by`
   * label goes back to what it was, and the row is an observed deployment again (same id).
   */
  async releaseToTeam(actor: Actor, raw: unknown): Promise<ObservedDeploymentRecord> {
    const input = parseInput(
      z.object({
        deploymentId: z.uuid('must be a deployment id'),
        reason: z.string().trim().min(3, 'must say why, in a few words').max(1000),
      }),
      raw,
    );
    const client = this.#client;
    if (!client)
      throw new DeploymentsError(
        'NO_CLUSTER',
        'No cluster is connected, so nothing can be handed back.',
      );
    const record = await this.#units.run(async (work) => {
      const current = await deploymentsRepository.findById(work.tx, input.deploymentId, true);
      if (!current) {
        if (await observedRepository.findById(work.tx, input.deploymentId))
          throw new DeploymentsError(
            'NOT_ADOPTED',
            'Backline does not manage this model server; there is nothing to hand back.',
          );
        throw new DeploymentsError('DEPLOYMENT_NOT_FOUND', `No deployment ${input.deploymentId}.`);
      }
      const where = `${current.namespace}/${current.name}`;
      if (current.deleting)
        throw new DeploymentsError('BEING_DELETED', `${where} is being deleted.`);
      const adopted = current.adopted;
      if (!adopted)
        throw new DeploymentsError(
          'NOT_ADOPTED',
          `Backline deployed ${where} itself; delete it instead of handing it back.`,
        );
      if (current.canaryReleaseId || current.stableReleaseId)
        throw new DeploymentsError(
          'ROLLOUT_UNDER_WAY',
          `A rollout of ${where} is under way; finish or roll it back before handing it back.`,
        );
      const ref = {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        namespace: current.namespace,
        name: current.name,
      };
      // The label Backline's apply set goes back to what it was; the patch is Backline's own
      // write, so its entry goes with the rest.
      const label = `/metadata/labels/${MANAGED_BY.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const live = await client.read(ref);
      const labels = (live?.metadata as { labels?: Record<string, string> } | undefined)?.labels;
      if (live && labels?.[MANAGED_BY] === 'backline') {
        await client.patchJson(
          ref,
          adopted.managedByLabel
            ? [{ op: 'replace', path: label, value: adopted.managedByLabel }]
            : [{ op: 'remove', path: label }],
        );
      }
      const after = live ? await client.removeFieldManager(ref) : null;
      const image = (
        (
          after?.spec as {
            template?: { spec?: { containers?: { name: string; image: string }[] } };
          }
        )?.template?.spec?.containers ?? []
      ).find((c) => c.name === adopted.observed.container)?.image;
      const saved = await observedRepository.release(work.tx, current.id, {
        ...adopted.observed,
        ...(image ? { image } : {}),
      });
      if (!saved) throw new Error(`deployment ${where} vanished`);
      await this.#audit.record(work, actor, {
        action: 'deployment.release',
        targetType: 'deployment',
        targetId: where,
        details: {
          release: current.releaseId,
          adoptedAt: adopted.at,
          managedByLabel: adopted.managedByLabel,
          objectFound: live !== null,
          reason: input.reason,
        },
      });
      return saved;
    });
    this.#changed(record);
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
    const record = await this.#units.run(async (work) => {
      const existing = await this.#require(work.tx, input.namespace, input.name);
      const saved = await deploymentsRepository.updateDesired(work.tx, existing.id, {
        replicas: input.replicas,
      });
      await this.#audit.record(work, actor, {
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
        'NAME_NOT_CONFIRMED',
        `Type the deployment's name (${input.name}) to confirm.`,
        {
          fields: [{ path: ['input', 'confirmName'], message: `must be ${input.name}` }],
        },
      );
    }
    const record = await this.#units.run(async (work) => {
      const existing = await this.#require(work.tx, input.namespace, input.name);
      const saved = await deploymentsRepository.updateDesired(work.tx, existing.id, {
        deleting: true,
      });
      await this.#audit.record(work, actor, {
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
        'NO_EARLIER_RELEASE',
        `${input.namespace}/${input.name} has no earlier release to go back to.`,
      );
    }
    if (target === current.releaseId) {
      throw new DeploymentsError(
        'ALREADY_RUNS_RELEASE',
        `${input.namespace}/${input.name} already runs ${target}.`,
        {
          fields: [{ path: ['input', 'releaseId'], message: 'is the release it runs now' }],
        },
      );
    }
    if (!(await this.#catalog.getRelease(target))) {
      throw new DeploymentsError('RELEASE_NOT_FOUND', `No release with id ${target}.`, {
        fields: [{ path: ['input', 'releaseId'], message: 'is not a release in the catalog' }],
      });
    }
    const after: { commit: (() => void) | null } = { commit: null };
    const record = await this.#units.run(async (work) => {
      const existing = await this.#require(work.tx, input.namespace, input.name);
      if (existing.releaseId !== current.releaseId) {
        throw new DeploymentsError(
          'CHANGED_MEANWHILE',
          `${input.namespace}/${input.name} changed meanwhile; look again and retry.`,
        );
      }
      // Only the release rolled back to runs afterwards: a canary, if any, goes.
      const saved = await deploymentsRepository.updateDesired(work.tx, existing.id, {
        releaseId: target,
        stableReleaseId: null,
        canaryReleaseId: null,
        canaryReplicas: 0,
        canaryWeight: 0,
        mirrorPercent: null,
      });
      await deploymentsRepository.addRevision(work.tx, {
        deploymentId: saved.id,
        releaseId: target,
        createdBy: actor.name,
        reason: `Rollback: ${input.reason}`,
      });
      await this.#audit.record(work, actor, {
        action: 'deployment.rollback',
        targetType: 'deployment',
        targetId: `${saved.namespace}/${saved.name}`,
        details: { from: existing.releaseId, to: target, reason: input.reason },
      });
      after.commit =
        (await this.#rollouts?.rolledBackByHand(work, {
          actor,
          record: saved,
          reason: input.reason,
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
        'NO_CLUSTER',
        'No cluster is connected, so there is nothing to repair.',
      );
    }
    const current = await this.#require(this.#db, namespace, name);
    const drift = await this.drift(current);
    const record = await this.#units.run(async (work) => {
      const existing = await this.#require(work.tx, namespace, name);
      const saved = await deploymentsRepository.updateDesired(work.tx, existing.id, {});
      await this.#audit.record(work, actor, {
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
    const [deployment] = adoptedManifests(record.adopted, release.spec, placement);
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

  /**
   * What Backline applies now: the stable track's objects (behind a Gateway, its route and per-track
   * Services first), and the canary's Deployment when one runs.
   */
  async manifestsYaml(record: DeploymentRecord): Promise<string> {
    const placements = [placementOf(record), canaryPlacementOf(record)].filter((p) => p !== null);
    const objects = [];
    const traffic = trafficOf(record);
    for (const placement of placements) {
      const release = await this.#catalog.getRelease(placement.releaseId);
      if (!release) continue;
      if (traffic && placement.track === 'stable')
        objects.push(...renderTrafficObjects(release.spec, placement, traffic));
      objects.push(...adoptedManifests(record.adopted, release.spec, placement));
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
    if (!found) await this.#refuseObserved(db, namespace, name);
    if (!found || found.deleting)
      throw new DeploymentsError(
        'DEPLOYMENT_NOT_FOUND',
        `No model deployment ${namespace}/${name}.`,
      );
    return found;
  }

  /** Backline changes nothing of a server it only observes, and says so. */
  async #refuseObserved(db: Queryable, namespace: string, name: string): Promise<void> {
    if (await observedRepository.find(db, namespace, name)) {
      throw new DeploymentsError(
        'OBSERVED_NOT_MANAGED',
        `${namespace}/${name} is a model server Backline observes but does not manage; it changes nothing of it.`,
      );
    }
  }

  #changed(record: Pick<DeploymentRecord, 'namespace' | 'name'>): void {
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
