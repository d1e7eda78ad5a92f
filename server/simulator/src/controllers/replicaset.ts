import { byStorage, R } from '../api/resources.ts';
import type { StoreEvent } from '../store/store.ts';
import type { Pod, ReplicaSet } from '../store/types.ts';
import type { ControllerContext } from './context.ts';
import { controllerRef } from './owner.ts';
import { isPodActive, isPodAvailable, isPodReady } from './pod-util.ts';
import { keyOf, splitKey } from './queue.ts';
import { QueuedController } from './queued-controller.ts';

const BURST = 500;
const SOURCE = { component: 'replicaset-controller' };

/** Rank for deletion: pods that matter least go first (unscheduled, pending, not ready, newest). */
function deletionRank(pod: Pod): number[] {
  const phase = pod.status?.phase;
  const phaseRank = phase === 'Pending' ? 1 : phase === 'Unknown' ? 2 : 3;
  const created = pod.metadata.creationTimestamp ? Date.parse(pod.metadata.creationTimestamp) : 0;
  const restarts = (pod.status?.containerStatuses ?? []).reduce((n, c) => n + c.restartCount, 0);
  return [pod.spec.nodeName ? 1 : 0, phaseRank, isPodReady(pod) ? 1 : 0, -restarts, -created];
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Keeps the number of pods of each ReplicaSet at spec.replicas and reports status. */
export class ReplicaSetController extends QueuedController {
  private readonly timers = new Map<string, ReturnType<ControllerContext['clock']['setTimeout']>>();

  constructor(ctx: ControllerContext) {
    super(ctx, R.replicasets);
  }

  protected onEvent(event: StoreEvent): void {
    if (event.resource === R.replicasets) this.queue.add(keyOf(event.object.metadata));
    else if (event.resource === R.pods) this.queueController(event, 'ReplicaSet');
  }

  override stop(): void {
    super.stop();
    for (const t of this.timers.values()) this.ctx.clock.clearTimeout(t);
  }

  protected sync(key: string): void {
    const { namespace, name } = splitKey(key);
    const rs = this.ctx.store.get(R.replicasets, namespace, name) as ReplicaSet | undefined;
    if (!rs || rs.metadata.deletionTimestamp) return;
    const uid = rs.metadata.uid ?? '';
    const pods = this.ctx.store
      .dependents(uid)
      .filter((d) => d.resource === R.pods)
      .map((d) => this.ctx.store.get(R.pods, d.namespace, d.name) as Pod | undefined)
      .filter(
        (p): p is Pod =>
          p !== undefined &&
          p.metadata.ownerReferences?.some((r) => r.uid === uid && r.controller) === true,
      );
    const active = pods.filter(isPodActive);
    const want = rs.spec.replicas ?? 1;
    const diff = active.length - want;
    if (diff < 0) {
      for (let i = 0; i < Math.min(-diff, BURST); i++) this.createPod(rs);
    } else if (diff > 0) {
      const victims = [...active]
        .sort((a, b) => compareRanks(deletionRank(a), deletionRank(b)))
        .slice(0, Math.min(diff, BURST));
      for (const pod of victims) {
        try {
          this.ctx.registry.delete(byStorage(R.pods), namespace, pod.metadata.name ?? '');
          this.event(rs, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`);
        } catch {
          // already gone
        }
      }
    }
    this.updateStatus(rs, active);
  }

  private event(rs: ReplicaSet, type: 'Normal' | 'Warning', reason: string, message: string): void {
    this.ctx.recorder.record(rs, type, reason, message, SOURCE);
  }

  private createPod(rs: ReplicaSet): void {
    const template = rs.spec.template;
    const pod: Pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        generateName: `${rs.metadata.name}-`,
        namespace: rs.metadata.namespace,
        labels: { ...(template.metadata?.labels ?? {}) },
        ...(template.metadata?.annotations
          ? { annotations: { ...template.metadata.annotations } }
          : {}),
        ownerReferences: [controllerRef('apps/v1', 'ReplicaSet', rs)],
      },
      spec: structuredClone(template.spec),
    };
    try {
      const created = this.ctx.registry.create(byStorage(R.pods), rs.metadata.namespace, pod, {
        skipValidation: true,
      });
      this.event(rs, 'Normal', 'SuccessfulCreate', `Created pod: ${created.metadata.name}`);
    } catch (err) {
      this.event(rs, 'Warning', 'FailedCreate', `Error creating: ${(err as Error).message}`);
    }
  }

  private updateStatus(rs: ReplicaSet, active: Pod[]): void {
    const now = this.ctx.clock.now();
    const minReady = rs.spec.minReadySeconds ?? 0;
    const ready = active.filter(isPodReady);
    const available = active.filter((p) => isPodAvailable(p, minReady, now));
    const status = {
      replicas: active.length,
      fullyLabeledReplicas: active.length,
      readyReplicas: ready.length,
      availableReplicas: available.length,
      observedGeneration: rs.metadata.generation ?? 1,
    };
    if (minReady > 0 && available.length < ready.length) {
      const key = keyOf(rs.metadata);
      const existing = this.timers.get(key);
      if (existing) this.ctx.clock.clearTimeout(existing);
      this.timers.set(
        key,
        this.ctx.clock.setTimeout(() => {
          this.timers.delete(key);
          this.queue.add(key);
        }, 1000),
      );
    }
    const old = rs.status ?? { replicas: 0 };
    if (JSON.stringify(old) === JSON.stringify(status)) return;
    const current = this.ctx.store.get(
      R.replicasets,
      rs.metadata.namespace,
      rs.metadata.name ?? '',
    );
    if (!current) return;
    this.ctx.registry.write(R.replicasets, { ...current, status });
  }
}
