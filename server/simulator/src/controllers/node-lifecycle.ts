import { byStorage, R } from '../api/resources.ts';
import type { SimTimer } from '../clock.ts';
import type { Fault, FaultRegistry } from '../faults/faults.ts';
import { faultMatches } from '../faults/faults.ts';
import type { Condition, NodeObject, Pod } from '../store/types.ts';
import type { Controller, ControllerContext } from './context.ts';
import type { Kubelet } from './kubelet.ts';
import { deploymentOf } from './kubelet-pod.ts';

const GRACE_MS = 40_000;
const SOURCE = { component: 'node-controller' };

/**
 * Node loss: after the 40 s grace period a silent node goes Ready=Unknown and gets the
 * unreachable taints; its pods go NotReady and are evicted when their toleration runs out.
 */
export class NodeLifecycle implements Controller {
  private readonly ctx: ControllerContext;
  private readonly kubelet: Kubelet;
  private readonly timers = new Map<string, SimTimer[]>();
  private readonly lostBy = new Map<string, string>();
  private readonly unsubscribe: () => void;

  constructor(ctx: ControllerContext, kubelet: Kubelet, faults: FaultRegistry) {
    this.ctx = ctx;
    this.kubelet = kubelet;
    this.unsubscribe = faults.onChange((fault, change) => {
      if (fault.type !== 'gpu-node-lost') return;
      if (change === 'added') {
        const node = this.resolveNode(fault);
        if (node) this.lose(node, fault.id);
      } else {
        for (const [node, id] of this.lostBy) if (id === fault.id) this.restore(node);
      }
    });
  }

  stop(): void {
    this.unsubscribe();
    for (const list of this.timers.values()) for (const t of list) this.ctx.clock.clearTimeout(t);
  }

  private resolveNode(fault: Fault): string | undefined {
    if (fault.node) return fault.node;
    for (const obj of this.ctx.store.values(R.pods)) {
      const pod = obj as Pod;
      if (!pod.spec.nodeName) continue;
      const deployment = deploymentOf(pod);
      const target = {
        namespace: pod.metadata.namespace ?? '',
        pod: pod.metadata.name ?? '',
        ...(deployment ? { deployment } : {}),
        images: pod.spec.containers.map((c) => c.image ?? ''),
      };
      if (faultMatches({ ...fault, node: undefined } as Fault, target)) return pod.spec.nodeName;
    }
    return undefined;
  }

  private at(node: string, ms: number, fn: () => void): void {
    const list = this.timers.get(node) ?? [];
    list.push(this.ctx.clock.setTimeout(fn, ms));
    this.timers.set(node, list);
  }

  lose(name: string, faultId: string): void {
    this.lostBy.set(name, faultId);
    this.kubelet.setNodeDown(name, true);
    this.at(name, GRACE_MS, () => this.markUnreachable(name));
  }

  private markUnreachable(name: string): void {
    const node = this.ctx.store.get(R.nodes, undefined, name) as NodeObject | undefined;
    if (!node) return;
    const now = this.ctx.clock.timestamp();
    const conditions = (node.status?.conditions ?? []).map(
      (c): Condition => ({
        ...c,
        status: 'Unknown',
        reason: 'NodeStatusUnknown',
        message: 'Kubelet stopped posting node status.',
        lastTransitionTime: now,
      }),
    );
    const taints = [
      ...(node.spec.taints ?? []).filter((t) => !t.key.startsWith('node.kubernetes.io/')),
      { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: now },
      { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: now },
    ];
    const updated = this.ctx.registry.write(R.nodes, {
      ...node,
      spec: { ...node.spec, taints },
      status: { ...node.status, conditions },
    });
    this.ctx.recorder.record(
      updated,
      'Normal',
      'NodeNotReady',
      `Node ${name} status is now: NodeNotReady`,
      SOURCE,
    );
    for (const obj of this.ctx.store.values(R.pods)) {
      const pod = obj as Pod;
      if (pod.spec.nodeName !== name || pod.metadata.deletionTimestamp) continue;
      const podConditions = (pod.status?.conditions ?? []).map((c) =>
        c.type === 'Ready' || c.type === 'ContainersReady'
          ? {
              ...c,
              status: 'False' as const,
              reason: undefined,
              message: undefined,
              lastTransitionTime: now,
            }
          : c,
      );
      const written = this.ctx.registry.write(R.pods, {
        ...pod,
        status: {
          ...(pod.status ?? {}),
          conditions: podConditions.map((c) => JSON.parse(JSON.stringify(c)) as Condition),
        },
      });
      this.ctx.recorder.record(written, 'Warning', 'NodeNotReady', 'Node is not ready', SOURCE);
      const toleration = pod.spec.tolerations?.find(
        (t) =>
          t.key === 'node.kubernetes.io/unreachable' && (t.effect === 'NoExecute' || !t.effect),
      );
      const seconds = toleration ? (toleration.tolerationSeconds ?? Number.POSITIVE_INFINITY) : 0;
      if (!Number.isFinite(seconds)) continue;
      this.at(name, seconds * 1000, () =>
        this.evict(pod.metadata.namespace ?? '', pod.metadata.name ?? '', pod.metadata.uid ?? ''),
      );
    }
  }

  private evict(namespace: string, name: string, uid: string): void {
    const pod = this.ctx.store.get(R.pods, namespace, name);
    if (!pod || pod.metadata.uid !== uid || pod.metadata.deletionTimestamp) return;
    this.ctx.recorder.record(
      pod,
      'Normal',
      'TaintManagerEviction',
      `Marking for deletion Pod ${namespace}/${name}`,
      { component: 'taint-eviction-controller' },
    );
    try {
      this.ctx.registry.delete(byStorage(R.pods), namespace, name);
    } catch {
      // already gone
    }
  }

  restore(name: string): void {
    this.lostBy.delete(name);
    for (const t of this.timers.get(name) ?? []) this.ctx.clock.clearTimeout(t);
    this.timers.delete(name);
    const node = this.ctx.store.get(R.nodes, undefined, name) as NodeObject | undefined;
    if (node) {
      const now = this.ctx.clock.timestamp();
      const conditions = (node.status?.conditions ?? []).map(
        (c): Condition =>
          c.type === 'Ready'
            ? {
                ...c,
                status: 'True',
                reason: 'KubeletReady',
                message: 'kubelet is posting ready status',
                lastTransitionTime: now,
                lastHeartbeatTime: now,
              }
            : {
                ...c,
                status: 'False',
                reason: `KubeletHasNo${c.type}`,
                message: `kubelet has no ${c.type.toLowerCase()}`,
                lastTransitionTime: now,
                lastHeartbeatTime: now,
              },
      );
      const taints = (node.spec.taints ?? []).filter(
        (t) => !t.key.startsWith('node.kubernetes.io/'),
      );
      const spec = { ...node.spec };
      if (taints.length > 0) spec.taints = taints;
      else delete spec.taints;
      const updated = this.ctx.registry.write(R.nodes, {
        ...node,
        spec,
        status: { ...node.status, conditions },
      });
      this.ctx.recorder.record(
        updated,
        'Normal',
        'NodeReady',
        `Node ${name} status is now: NodeReady`,
        { component: 'kubelet', host: name },
      );
    }
    this.kubelet.setNodeDown(name, false);
  }
}
