import { R } from '../api/resources.ts';
import type { Fault, FaultRegistry, FaultTarget, FaultType } from '../faults/faults.ts';
import type { ServerEffects } from '../runtimes/types.ts';
import type { Pod } from '../store/types.ts';
import type { ContainerHost } from './container-run.ts';
import { ContainerRun } from './container-run.ts';
import type { ControllerContext } from './context.ts';
import type { EventType } from './events.ts';

export interface NodeView {
  name: string;
  hostIP: string;
  gpuProduct(): string | undefined;
  imagePresent(image: string): boolean;
  imagePulled(image: string): void;
}

/** Deployment name of a pod: its ReplicaSet's name minus the pod-template-hash. */
export function deploymentOf(pod: Pod): string | undefined {
  const rs = pod.metadata.ownerReferences?.find((r) => r.kind === 'ReplicaSet' && r.controller);
  const hash = pod.metadata.labels?.['pod-template-hash'];
  if (!rs) return undefined;
  return hash && rs.name.endsWith(`-${hash}`) ? rs.name.slice(0, -hash.length - 1) : rs.name;
}

/** One pod on the simulated kubelet: its containers, IP and status reporting. */
export class KubeletPod {
  readonly uid: string;
  readonly namespace: string;
  readonly name: string;
  readonly node: NodeView;
  readonly podIP: string;
  readonly startTime: string;
  readonly containers: ContainerRun[];
  readonly target: FaultTarget;
  private readonly ctx: ControllerContext;
  private readonly faults: FaultRegistry;
  private readonly onChange: (pod: KubeletPod) => void;
  restartPolicy: string;
  terminating = false;

  constructor(
    ctx: ControllerContext,
    faults: FaultRegistry,
    pod: Pod,
    node: NodeView,
    podIP: string,
    onChange: (pod: KubeletPod) => void,
  ) {
    this.ctx = ctx;
    this.faults = faults;
    this.uid = pod.metadata.uid ?? '';
    this.namespace = pod.metadata.namespace ?? '';
    this.name = pod.metadata.name ?? '';
    this.node = node;
    this.podIP = podIP;
    this.startTime = ctx.clock.timestamp();
    this.restartPolicy = pod.spec.restartPolicy ?? 'Always';
    this.onChange = onChange;
    const deployment = deploymentOf(pod);
    this.target = {
      namespace: this.namespace,
      pod: this.name,
      ...(deployment ? { deployment } : {}),
      node: node.name,
      images: pod.spec.containers.map((c) => c.image ?? ''),
    };
    const host = this.host();
    this.containers = pod.spec.containers.map((c) => new ContainerRun(c, host));
  }

  private host(): ContainerHost {
    const self = this;
    return {
      clock: this.ctx.clock,
      podIP: this.podIP,
      podName: this.name,
      namespace: this.namespace,
      uid: this.uid,
      get restartPolicy() {
        return self.restartPolicy;
      },
      event: (type: EventType, reason: string, message: string, container: string) =>
        this.event(type, reason, message, container),
      exited: (container, exitCode, reason) =>
        this.ctx.exited?.({
          namespace: this.namespace,
          pod: this.name,
          container,
          exitCode,
          reason,
          at: this.ctx.clock.now(),
          wallAt: Date.now(),
        }),
      changed: () => this.onChange(this),
      faults: (type: FaultType): Fault[] => this.faults.matching(this.target, type),
      effects: () => this.effects(),
      imagePresent: (image) => this.node.imagePresent(image),
      imagePulled: (image) => this.node.imagePulled(image),
      gpuProduct: () => this.node.gpuProduct(),
    };
  }

  effects(): ServerEffects {
    const find = (type: FaultType): Fault | undefined => this.faults.matching(this.target, type)[0];
    const errors = find('error-rate');
    const latency = find('latency');
    return {
      hung: find('hung-engine') !== undefined,
      errorPercent: typeof errors?.params?.percent === 'number' ? errors.params.percent : 0,
      latencyFactor: typeof latency?.params?.factor === 'number' ? latency.params.factor : 1,
      kvExhausted: find('kv-cache-exhaustion') !== undefined,
      drift: find('behaviour-drift') !== undefined,
    };
  }

  event(type: EventType, reason: string, message: string, container?: string): void {
    const pod = this.ctx.store.get(R.pods, this.namespace, this.name);
    if (!pod) return;
    this.ctx.recorder.record(
      pod,
      type,
      reason,
      message,
      { component: 'kubelet', host: this.node.name },
      container ? `spec.containers{${container}}` : undefined,
    );
  }

  /** The node rebooted under this pod: each container that had run starts again as a restart. */
  afterReboot(pod: Pod): void {
    const now = this.ctx.clock.timestamp();
    for (const c of this.containers) {
      const previous = pod.status?.containerStatuses?.find((s) => s.name === c.spec.name);
      if (previous) c.afterReboot(previous, now);
    }
  }

  start(): void {
    for (const c of this.containers) c.begin();
    this.onChange(this);
  }

  stop(announce: boolean): void {
    for (const c of this.containers) c.stop(announce);
  }

  get everStarted(): boolean {
    return this.containers.some((c) => c.everStarted);
  }
}
