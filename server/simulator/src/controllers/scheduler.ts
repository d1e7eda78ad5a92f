import { R } from '../api/resources.ts';
import { parseQuantity } from '../store/quantity.ts';
import type { StoreEvent } from '../store/store.ts';
import type { Condition, NodeObject, Pod, Taint, Toleration } from '../store/types.ts';
import type { Controller, ControllerContext } from './context.ts';
import { isPodActive } from './pod-util.ts';
import { keyOf, splitKey, WorkQueue } from './queue.ts';

const SOURCE = { component: 'default-scheduler' };
const RESOURCES = ['cpu', 'memory', 'nvidia.com/gpu', 'ephemeral-storage'] as const;

type Amounts = Record<string, number>;

export function podRequests(pod: Pod): Amounts {
  const total: Amounts = {};
  for (const c of pod.spec.containers) {
    for (const [name, raw] of Object.entries({
      ...(c.resources?.limits ?? {}),
      ...(c.resources?.requests ?? {}),
    })) {
      // Requests default to limits when only limits are set.
      const value = parseQuantity(c.resources?.requests?.[name] ?? raw) ?? 0;
      total[name] = (total[name] ?? 0) + value;
    }
  }
  return total;
}

export function tolerates(tolerations: Toleration[] | undefined, taint: Taint): boolean {
  return (tolerations ?? []).some((t) => {
    if (t.effect && t.effect !== taint.effect) return false;
    if (t.operator === 'Exists') return !t.key || t.key === taint.key;
    return t.key === taint.key && (t.value ?? '') === (taint.value ?? '');
  });
}

function nodeReady(node: NodeObject): boolean {
  return node.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

/**
 * The default scheduler: filters nodes by readiness, taints, nodeSelector and free resources,
 * picks the least allocated fit, and explains failures with the real FailedScheduling text.
 */
export class Scheduler implements Controller {
  private readonly ctx: ControllerContext;
  private readonly queue: WorkQueue;
  private readonly unsubscribe: () => void;
  private readonly used = new Map<string, Amounts>();
  private readonly accounted = new Map<string, { node: string; req: Amounts }>();
  private readonly lastMessage = new Map<string, string>();
  private retryTimer: ReturnType<ControllerContext['clock']['setTimeout']> | undefined;

  constructor(ctx: ControllerContext) {
    this.ctx = ctx;
    this.queue = new WorkQueue((key) => this.schedule(key));
    for (const obj of ctx.store.values(R.pods)) this.account(obj as Pod);
    this.unsubscribe = ctx.store.subscribe((e) => this.onEvent(e));
    for (const obj of ctx.store.values(R.pods)) this.maybeQueue(obj as Pod);
  }

  stop(): void {
    this.unsubscribe();
    this.queue.stop();
    this.ctx.clock.clearTimeout(this.retryTimer);
  }

  private account(pod: Pod, removed = false): void {
    const uid = pod.metadata.uid ?? '';
    const before = this.accounted.get(uid);
    const holds = !removed && pod.spec.nodeName && isPodActive(pod) ? pod.spec.nodeName : undefined;
    if (before && before.node === holds) return;
    if (before) {
      const used = this.used.get(before.node) ?? {};
      for (const [k, v] of Object.entries(before.req)) used[k] = (used[k] ?? 0) - v;
      used.pods = (used.pods ?? 0) - 1;
      this.accounted.delete(uid);
    }
    if (holds) {
      const req = podRequests(pod);
      const used = this.used.get(holds) ?? {};
      for (const [k, v] of Object.entries(req)) used[k] = (used[k] ?? 0) + v;
      used.pods = (used.pods ?? 0) + 1;
      this.used.set(holds, used);
      this.accounted.set(uid, { node: holds, req });
    }
  }

  private maybeQueue(pod: Pod): void {
    if (
      !pod.spec.nodeName &&
      !pod.metadata.deletionTimestamp &&
      (pod.spec.schedulerName ?? 'default-scheduler') === 'default-scheduler'
    ) {
      this.queue.add(keyOf(pod.metadata));
    }
  }

  private onEvent(event: StoreEvent): void {
    if (event.resource === R.pods) {
      const pod = event.object as Pod;
      this.account(pod, event.type === 'DELETED');
      if (event.type !== 'DELETED') this.maybeQueue(pod);
      else this.retryPending();
      if (
        event.type === 'MODIFIED' &&
        pod.metadata.deletionTimestamp &&
        !event.previous?.metadata.deletionTimestamp
      )
        this.retryPending();
    } else if (event.resource === R.nodes) this.retryPending();
  }

  private retryPending(): void {
    if (this.retryTimer) return;
    this.retryTimer = this.ctx.clock.setTimeout(() => {
      this.retryTimer = undefined;
      for (const obj of this.ctx.store.values(R.pods)) this.maybeQueue(obj as Pod);
    }, 1000);
  }

  private schedule(key: string): void {
    const { namespace, name } = splitKey(key);
    const pod = this.ctx.store.get(R.pods, namespace, name) as Pod | undefined;
    if (!pod || pod.spec.nodeName || pod.metadata.deletionTimestamp) return;
    const nodes = [...this.ctx.store.values(R.nodes)] as NodeObject[];
    const req = podRequests(pod);
    const reasons = new Map<string, number>();
    const preemption = new Map<string, number>();
    const bump = (map: Map<string, number>, reason: string): void => {
      map.set(reason, (map.get(reason) ?? 0) + 1);
    };
    let best: { node: NodeObject; score: number } | undefined;
    for (const node of nodes) {
      const nodeName = node.metadata.name ?? '';
      const taints = [...(node.spec.taints ?? [])];
      if (node.spec.unschedulable)
        taints.push({ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' });
      if (!nodeReady(node) && !taints.some((t) => t.key.startsWith('node.kubernetes.io/'))) {
        taints.push({ key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' });
      }
      const blocking = taints.find(
        (t) =>
          (t.effect === 'NoSchedule' || t.effect === 'NoExecute') &&
          !tolerates(pod.spec.tolerations, t),
      );
      if (blocking) {
        bump(reasons, `node(s) had untolerated taint {${blocking.key}: ${blocking.value ?? ''}}`);
        bump(preemption, 'Preemption is not helpful for scheduling');
        continue;
      }
      const selector = pod.spec.nodeSelector ?? {};
      if (Object.entries(selector).some(([k, v]) => node.metadata.labels?.[k] !== v)) {
        bump(reasons, "node(s) didn't match Pod's node affinity/selector");
        bump(preemption, 'Preemption is not helpful for scheduling');
        continue;
      }
      const used = this.used.get(nodeName) ?? {};
      const alloc = node.status?.allocatable ?? {};
      let fits = true;
      let score = 0;
      if ((used.pods ?? 0) + 1 > (parseQuantity(alloc.pods) ?? 110)) {
        bump(reasons, 'Too many pods');
        fits = false;
      }
      for (const resource of [
        ...RESOURCES,
        ...Object.keys(req).filter((r) => !(RESOURCES as readonly string[]).includes(r)),
      ]) {
        const want = req[resource] ?? 0;
        if (want <= 0) continue;
        const capacity = parseQuantity(alloc[resource]) ?? 0;
        const after = (used[resource] ?? 0) + want;
        if (after > capacity + 1e-9) {
          bump(reasons, `Insufficient ${resource}`);
          fits = false;
        } else if (capacity > 0) score += after / capacity;
      }
      if (!fits) {
        bump(preemption, 'No preemption victims found for incoming pod');
        continue;
      }
      if (!best || score < best.score) best = { node, score };
    }
    if (best) {
      this.bind(pod, best.node.metadata.name ?? '');
      return;
    }
    const describe = (map: Map<string, number>): string =>
      [...map.entries()]
        .map(([reason, count]) => `${count} ${reason}`)
        .sort()
        .join(', ');
    const total = nodes.length;
    const message =
      total === 0
        ? 'no nodes available to schedule pods'
        : `0/${total} nodes are available: ${describe(reasons)}. preemption: 0/${total} nodes are available: ${describe(preemption)}.`;
    this.markUnschedulable(pod, message);
  }

  private bind(pod: Pod, nodeName: string): void {
    const now = this.ctx.clock.timestamp();
    const conditions: Condition[] = (pod.status?.conditions ?? []).filter(
      (c) => c.type !== 'PodScheduled',
    );
    conditions.push({
      type: 'PodScheduled',
      status: 'True',
      lastProbeTime: null,
      lastTransitionTime: now,
    });
    const bound = this.ctx.registry.write(R.pods, {
      ...pod,
      spec: { ...pod.spec, nodeName },
      status: { ...(pod.status ?? {}), conditions },
    });
    this.lastMessage.delete(pod.metadata.uid ?? '');
    this.ctx.recorder.record(
      bound,
      'Normal',
      'Scheduled',
      `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${nodeName}`,
      SOURCE,
    );
  }

  private markUnschedulable(pod: Pod, message: string): void {
    const uid = pod.metadata.uid ?? '';
    this.ctx.recorder.record(pod, 'Warning', 'FailedScheduling', message, SOURCE);
    if (this.lastMessage.get(uid) === message) return;
    this.lastMessage.set(uid, message);
    const now = this.ctx.clock.timestamp();
    const conditions: Condition[] = (pod.status?.conditions ?? []).filter(
      (c) => c.type !== 'PodScheduled',
    );
    conditions.push({
      type: 'PodScheduled',
      status: 'False',
      reason: 'Unschedulable',
      message,
      lastProbeTime: null,
      lastTransitionTime: now,
    });
    this.ctx.registry.write(R.pods, {
      ...pod,
      status: { ...(pod.status ?? {}), phase: 'Pending', conditions },
    });
  }
}
