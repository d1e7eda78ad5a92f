import { byStorage, R } from '../api/resources.ts';
import type { SimTimer } from '../clock.ts';
import type { StoreEvent } from '../store/store.ts';
import type { Condition, Deployment, ReplicaSet } from '../store/types.ts';
import type { ControllerContext } from './context.ts';
import {
  byCreation,
  orderConditions,
  revisionOf,
  setCondition,
  specReplicas,
  surgeAndUnavailable,
  templateHash,
} from './deployment-util.ts';
import { controllerRef } from './owner.ts';
import { keyOf, splitKey } from './queue.ts';
import { QueuedController } from './queued-controller.ts';

const SOURCE = { component: 'deployment-controller' };
const REVISION = 'deployment.kubernetes.io/revision';

/**
 * The deployment controller: one ReplicaSet per pod-template hash, RollingUpdate (maxSurge,
 * maxUnavailable) and Recreate, revisions, and the Available/Progressing conditions.
 */
export class DeploymentController extends QueuedController {
  private readonly deadlines = new Map<string, SimTimer>();

  constructor(ctx: ControllerContext) {
    super(ctx, R.deployments);
  }

  override stop(): void {
    super.stop();
    for (const t of this.deadlines.values()) this.ctx.clock.clearTimeout(t);
  }

  protected onEvent(event: StoreEvent): void {
    if (event.resource === R.deployments) this.queue.add(keyOf(event.object.metadata));
    else if (event.resource === R.replicasets) this.queueController(event, 'Deployment');
  }

  private ownedReplicaSets(d: Deployment): ReplicaSet[] {
    const uid = d.metadata.uid ?? '';
    return this.ctx.store
      .dependents(uid)
      .filter((x) => x.resource === R.replicasets)
      .map((x) => this.ctx.store.get(R.replicasets, x.namespace, x.name) as ReplicaSet | undefined)
      .filter((rs): rs is ReplicaSet => rs !== undefined && !rs.metadata.deletionTimestamp);
  }

  protected sync(key: string): void {
    const { namespace, name } = splitKey(key);
    const d = this.ctx.store.get(R.deployments, namespace, name) as Deployment | undefined;
    if (!d || d.metadata.deletionTimestamp) return;
    const all = this.ownedReplicaSets(d).sort(byCreation);
    const hash = templateHash(d.spec.template);
    let newRS = all.find((rs) => rs.metadata.labels?.['pod-template-hash'] === hash);
    const old = all.filter((rs) => rs !== newRS);
    let conditions = [...(d.status?.conditions ?? [])];
    const replicas = d.spec.replicas ?? 1;
    const { maxSurge, maxUnavailable } = surgeAndUnavailable(d);
    const now = this.ctx.clock.timestamp();
    const recreate = d.spec.strategy?.type === 'Recreate';

    if (!d.spec.paused) {
      const maxRevision = Math.max(0, ...old.map(revisionOf));
      if (!newRS) {
        const oldActive = old.some((rs) => specReplicas(rs) > 0 || (rs.status?.replicas ?? 0) > 0);
        if (!recreate || !oldActive) {
          const total = old.reduce((n, rs) => n + specReplicas(rs), 0);
          const initial = recreate
            ? replicas
            : Math.max(0, Math.min(replicas, replicas + maxSurge - total));
          newRS = this.createReplicaSet(d, hash, initial, maxRevision + 1, maxSurge);
          if (newRS) {
            conditions = setCondition(conditions, {
              type: 'Progressing',
              status: 'True',
              reason: 'NewReplicaSetCreated',
              message: `Created new replica set "${newRS.metadata.name}"`,
              lastUpdateTime: now,
              lastTransitionTime: now,
            });
          }
        }
      } else if (revisionOf(newRS) <= maxRevision) {
        newRS = this.patchReplicaSet(newRS, { revision: maxRevision + 1 });
      }
      if (recreate) this.rolloutRecreate(d, newRS, old, replicas);
      else if (newRS) this.rolloutRolling(d, newRS, old, replicas, maxSurge, maxUnavailable);
      this.cleanup(d, old);
    } else if (
      newRS &&
      specReplicas(newRS) !== replicas &&
      old.every((rs) => specReplicas(rs) === 0)
    ) {
      this.scale(d, newRS, replicas);
    }
    this.updateStatus(d, newRS, old, conditions, maxUnavailable);
  }

  private createReplicaSet(
    d: Deployment,
    hash: string,
    replicas: number,
    revision: number,
    maxSurge: number,
  ): ReplicaSet | undefined {
    const template = structuredClone(d.spec.template);
    template.metadata = {
      ...(template.metadata ?? {}),
      labels: { ...(template.metadata?.labels ?? {}), 'pod-template-hash': hash },
    };
    const rs: ReplicaSet = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: `${d.metadata.name}-${hash}`,
        namespace: d.metadata.namespace,
        labels: { ...(template.metadata.labels ?? {}) },
        annotations: {
          'deployment.kubernetes.io/desired-replicas': String(d.spec.replicas ?? 1),
          'deployment.kubernetes.io/max-replicas': String((d.spec.replicas ?? 1) + maxSurge),
          [REVISION]: String(revision),
        },
        ownerReferences: [controllerRef('apps/v1', 'Deployment', d)],
      },
      spec: {
        replicas,
        ...(d.spec.minReadySeconds ? { minReadySeconds: d.spec.minReadySeconds } : {}),
        selector: {
          ...d.spec.selector,
          matchLabels: { ...(d.spec.selector.matchLabels ?? {}), 'pod-template-hash': hash },
        },
        template,
      },
    };
    try {
      const created = this.ctx.registry.create(byStorage(R.replicasets), d.metadata.namespace, rs, {
        skipValidation: true,
      }) as ReplicaSet;
      this.ctx.recorder.record(
        d,
        'Normal',
        'ScalingReplicaSet',
        `Scaled up replica set ${created.metadata.name} from 0 to ${replicas}`,
        SOURCE,
      );
      return created;
    } catch (err) {
      this.ctx.recorder.record(
        d,
        'Warning',
        'FailedCreate',
        `Failed to create new replica set "${rs.metadata.name}": ${(err as Error).message}`,
        SOURCE,
      );
      return undefined;
    }
  }

  private patchReplicaSet(
    rs: ReplicaSet,
    change: { replicas?: number; revision?: number; desired?: number },
  ): ReplicaSet {
    const next = structuredClone(rs);
    if (change.replicas !== undefined) next.spec.replicas = change.replicas;
    const annotations = { ...(next.metadata.annotations ?? {}) };
    if (change.revision !== undefined) annotations[REVISION] = String(change.revision);
    if (change.desired !== undefined)
      annotations['deployment.kubernetes.io/desired-replicas'] = String(change.desired);
    next.metadata.annotations = annotations;
    if (change.replicas !== undefined && change.replicas !== rs.spec.replicas) {
      next.metadata.generation = (rs.metadata.generation ?? 1) + 1;
    }
    return this.ctx.registry.write(R.replicasets, next) as ReplicaSet;
  }

  private scale(d: Deployment, rs: ReplicaSet, to: number): ReplicaSet {
    const from = specReplicas(rs);
    if (from === to) return rs;
    const updated = this.patchReplicaSet(rs, { replicas: to, desired: d.spec.replicas ?? 1 });
    const verb = to > from ? 'up' : 'down';
    this.ctx.recorder.record(
      d,
      'Normal',
      'ScalingReplicaSet',
      `Scaled ${verb} replica set ${rs.metadata.name} from ${from} to ${to}`,
      SOURCE,
    );
    return updated;
  }

  private rolloutRolling(
    d: Deployment,
    newRS: ReplicaSet,
    old: ReplicaSet[],
    replicas: number,
    maxSurge: number,
    maxUnavailable: number,
  ): void {
    const current = (): ReplicaSet[] => [newRS, ...old];
    const total = current().reduce((n, rs) => n + specReplicas(rs), 0);
    let newCount = specReplicas(newRS);
    if (newCount > replicas) newCount = replicas;
    else if (total < replicas + maxSurge)
      newCount = Math.min(replicas, newCount + (replicas + maxSurge - total));
    if (newCount !== specReplicas(newRS)) newRS = this.scale(d, newRS, newCount);

    const oldTotal = old.reduce((n, rs) => n + specReplicas(rs), 0);
    if (oldTotal === 0) return;
    const allPods = specReplicas(newRS) + oldTotal;
    const minAvailable = replicas - maxUnavailable;
    const newUnavailable = specReplicas(newRS) - (newRS.status?.availableReplicas ?? 0);
    let maxScaledDown = allPods - minAvailable - newUnavailable;
    if (maxScaledDown <= 0) return;
    // First the old replicas that are not available anyway.
    for (let i = 0; i < old.length && maxScaledDown > 0; i++) {
      const rs = old[i];
      if (!rs) continue;
      const unhealthy = specReplicas(rs) - (rs.status?.availableReplicas ?? 0);
      if (unhealthy <= 0) continue;
      const down = Math.min(unhealthy, maxScaledDown);
      old[i] = this.scale(d, rs, specReplicas(rs) - down);
      maxScaledDown -= down;
    }
    const available = [newRS, ...old].reduce(
      (n, rs) => n + Math.min(rs.status?.availableReplicas ?? 0, specReplicas(rs)),
      0,
    );
    if (available <= minAvailable) return;
    let remaining = Math.min(available - minAvailable, maxScaledDown);
    for (let i = 0; i < old.length && remaining > 0; i++) {
      const rs = old[i];
      if (!rs || specReplicas(rs) === 0) continue;
      const down = Math.min(specReplicas(rs), remaining);
      old[i] = this.scale(d, rs, specReplicas(rs) - down);
      remaining -= down;
    }
  }

  private rolloutRecreate(
    d: Deployment,
    newRS: ReplicaSet | undefined,
    old: ReplicaSet[],
    replicas: number,
  ): void {
    let scaledDown = false;
    for (const rs of old) {
      if (specReplicas(rs) > 0) {
        this.scale(d, rs, 0);
        scaledDown = true;
      }
    }
    if (scaledDown) return;
    const oldPodsRunning = old.some((rs) =>
      this.ctx.store
        .dependents(rs.metadata.uid ?? '')
        .some(
          (x) =>
            x.resource === R.pods && this.ctx.store.get(R.pods, x.namespace, x.name) !== undefined,
        ),
    );
    if (oldPodsRunning || !newRS) return;
    if (specReplicas(newRS) !== replicas) this.scale(d, newRS, replicas);
  }

  private cleanup(d: Deployment, old: ReplicaSet[]): void {
    const limit = d.spec.revisionHistoryLimit ?? 10;
    const idle = old.filter((rs) => specReplicas(rs) === 0 && (rs.status?.replicas ?? 0) === 0);
    const excess = idle.length - limit;
    for (const rs of idle
      .sort((a, b) => revisionOf(a) - revisionOf(b))
      .slice(0, Math.max(0, excess))) {
      try {
        this.ctx.registry.delete(
          byStorage(R.replicasets),
          rs.metadata.namespace,
          rs.metadata.name ?? '',
        );
      } catch {
        // already gone
      }
    }
  }

  private updateStatus(
    d: Deployment,
    newRS: ReplicaSet | undefined,
    old: ReplicaSet[],
    base: Condition[],
    maxUnavailable: number,
  ): void {
    const current = this.ctx.store.get(
      R.deployments,
      d.metadata.namespace,
      d.metadata.name ?? '',
    ) as Deployment | undefined;
    if (!current) return;
    const refreshed = [newRS, ...old]
      .filter((rs): rs is ReplicaSet => rs !== undefined)
      .map(
        (rs) =>
          (this.ctx.store.get(R.replicasets, rs.metadata.namespace, rs.metadata.name ?? '') as
            | ReplicaSet
            | undefined) ?? rs,
      );
    const newNow = newRS ? refreshed[0] : undefined;
    const sum = (f: (rs: ReplicaSet) => number): number =>
      refreshed.reduce((n, rs) => n + f(rs), 0);
    const want = current.spec.replicas ?? 1;
    const status = {
      observedGeneration: current.metadata.generation ?? 1,
      replicas: sum((rs) => rs.status?.replicas ?? 0),
      updatedReplicas: newNow?.status?.replicas ?? 0,
      readyReplicas: sum((rs) => rs.status?.readyReplicas ?? 0),
      availableReplicas: sum((rs) => rs.status?.availableReplicas ?? 0),
      unavailableReplicas: 0,
    };
    status.unavailableReplicas = Math.max(0, want - status.availableReplicas);
    const now = this.ctx.clock.timestamp();
    let conditions = base;
    const minAvailable = want - maxUnavailable;
    conditions = setCondition(
      conditions,
      status.availableReplicas >= minAvailable
        ? {
            type: 'Available',
            status: 'True',
            reason: 'MinimumReplicasAvailable',
            message: 'Deployment has minimum availability.',
            lastUpdateTime: now,
            lastTransitionTime: now,
          }
        : {
            type: 'Available',
            status: 'False',
            reason: 'MinimumReplicasUnavailable',
            message: 'Deployment does not have minimum availability.',
            lastUpdateTime: now,
            lastTransitionTime: now,
          },
    );
    const rsName = newNow?.metadata.name ?? current.metadata.name;
    const previous = current.status ?? {};
    const complete =
      status.updatedReplicas === want &&
      status.replicas === want &&
      status.availableReplicas === want;
    const oldBefore = (previous.replicas ?? 0) - (previous.updatedReplicas ?? 0);
    const oldNow = status.replicas - status.updatedReplicas;
    const progressing =
      status.updatedReplicas > (previous.updatedReplicas ?? 0) ||
      oldNow < oldBefore ||
      status.readyReplicas > (previous.readyReplicas ?? 0) ||
      status.availableReplicas > (previous.availableReplicas ?? 0);
    const progress = conditions.find((c) => c.type === 'Progressing');
    const deadline = current.spec.progressDeadlineSeconds ?? 600;
    if (complete && !current.spec.paused) {
      conditions = setCondition(conditions, {
        type: 'Progressing',
        status: 'True',
        reason: 'NewReplicaSetAvailable',
        message: `ReplicaSet "${rsName}" has successfully progressed.`,
        lastUpdateTime: now,
        lastTransitionTime: now,
      });
    } else if (progressing) {
      const transition = progress?.status === 'True' ? (progress.lastTransitionTime ?? now) : now;
      conditions = [
        ...conditions.filter((c) => c.type !== 'Progressing'),
        {
          type: 'Progressing',
          status: 'True',
          reason: 'ReplicaSetUpdated',
          message: `ReplicaSet "${rsName}" is progressing.`,
          lastUpdateTime: now,
          lastTransitionTime: transition,
        },
      ];
    } else if (
      !complete &&
      progress &&
      progress.reason !== 'NewReplicaSetAvailable' &&
      progress.reason !== 'ProgressDeadlineExceeded'
    ) {
      const since = Date.parse(progress.lastUpdateTime ?? progress.lastTransitionTime ?? now);
      const due = since + deadline * 1000;
      if (this.ctx.clock.now() > due) {
        conditions = setCondition(conditions, {
          type: 'Progressing',
          status: 'False',
          reason: 'ProgressDeadlineExceeded',
          message: `ReplicaSet "${rsName}" has timed out progressing.`,
          lastUpdateTime: now,
          lastTransitionTime: now,
        });
        this.ctx.recorder.record(
          current,
          'Warning',
          'ProgressDeadlineExceeded',
          `Deployment "${current.metadata.name}" has timed out progressing.`,
          SOURCE,
        );
      } else this.wakeAt(keyOf(current.metadata), due - this.ctx.clock.now() + 1000);
    } else if (!complete && !progress) {
      conditions = setCondition(conditions, {
        type: 'Progressing',
        status: 'True',
        reason: 'ReplicaSetUpdated',
        message: `ReplicaSet "${rsName}" is progressing.`,
        lastUpdateTime: now,
        lastTransitionTime: now,
      });
    }
    if (!complete && conditions.find((c) => c.type === 'Progressing')?.status === 'True') {
      this.wakeAt(keyOf(current.metadata), deadline * 1000 + 1000);
    }
    const next = { ...status, conditions: orderConditions(conditions) };
    const prev = current.status ?? {};
    const annotations = { ...(current.metadata.annotations ?? {}) };
    const revision = newNow ? String(revisionOf(newNow)) : annotations[REVISION];
    const annotationChanged = revision !== undefined && annotations[REVISION] !== revision;
    if (annotationChanged && revision !== undefined) annotations[REVISION] = revision;
    if (!annotationChanged && JSON.stringify(prev) === JSON.stringify(next)) return;
    this.ctx.registry.write(R.deployments, {
      ...current,
      metadata: { ...current.metadata, annotations },
      status: next,
    });
  }

  private wakeAt(key: string, delayMs: number): void {
    const existing = this.deadlines.get(key);
    if (existing) this.ctx.clock.clearTimeout(existing);
    this.deadlines.set(
      key,
      this.ctx.clock.setTimeout(
        () => {
          this.deadlines.delete(key);
          this.queue.add(key);
        },
        Math.max(1000, delayMs),
      ),
    );
  }
}
