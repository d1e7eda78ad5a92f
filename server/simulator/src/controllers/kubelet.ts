import type {
  LogOptions,
  LogStream,
  PodBackend,
  ProxyRequest,
  ProxyResponse,
} from '../api/context.ts';
import { ApiError, badRequest, serviceUnavailable } from '../api/errors.ts';
import { R } from '../api/resources.ts';
import type { FaultRegistry } from '../faults/faults.ts';
import { crashLines, gatedLines } from '../runtimes/log-lines.ts';
import { ConnectionRefused } from '../runtimes/types.ts';
import type { StoreEvent } from '../store/store.ts';
import type { NodeObject, Pod } from '../store/types.ts';
import type { Controller, ControllerContext } from './context.ts';
import { KubeletPod, type NodeView } from './kubelet-pod.ts';
import { composePodStatus } from './pod-status.ts';

const GRACE_MS = 2000;

/**
 * The kubelets of every simulated node in one object: runs bound pods, reports their status,
 * finishes graceful deletion, serves logs and the pods/proxy subresource.
 */
export class Kubelet implements Controller, PodBackend {
  private readonly ctx: ControllerContext;
  private readonly faults: FaultRegistry;
  private readonly pods = new Map<string, KubeletPod>();
  private readonly dirty = new Set<KubeletPod>();
  private flushScheduled: NodeJS.Immediate | undefined;
  private readonly images = new Map<string, Set<string>>();
  private readonly ipCounters = new Map<string, number>();
  private readonly down = new Set<string>();
  private readonly unsubscribe: () => void;
  private readonly unsubscribeFaults: () => void;
  private stopped = false;

  constructor(ctx: ControllerContext, faults: FaultRegistry) {
    this.ctx = ctx;
    this.faults = faults;
    this.unsubscribe = ctx.store.subscribe((e) => this.onEvent(e));
    this.unsubscribeFaults = faults.onChange((fault, change) => {
      if (change !== 'added') return;
      for (const pod of this.pods.values()) {
        if (
          this.down.has(pod.node.name) ||
          this.faults.matching(pod.target, fault.type).length === 0
        )
          continue;
        for (const c of pod.containers) {
          if (fault.type === 'crash-loop') c.crashNow(1, 'Error', crashLines());
          else if (fault.type === 'oom-while-loading') c.crashNow(137, 'OOMKilled', []);
          else if (fault.type === 'gated-model' && c.profile)
            c.crashNow(1, 'Error', gatedLines(c.profile));
          else if (fault.type === 'past-termination') {
            const reason = fault.params?.reason === 'Error' ? 'Error' : 'OOMKilled';
            const exitCode =
              typeof fault.params?.exitCode === 'number'
                ? fault.params.exitCode
                : reason === 'OOMKilled'
                  ? 137
                  : 1;
            const agoSeconds =
              typeof fault.params?.agoSeconds === 'number' ? fault.params.agoSeconds : 3 * 86_400;
            c.recordPastTermination(reason, exitCode, agoSeconds * 1000);
          }
        }
      }
    });
    // Pods already bound when the kubelets start were restored from disk: their nodes rebooted.
    for (const obj of ctx.store.values(R.pods)) this.consider(obj as Pod, true);
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe();
    this.unsubscribeFaults();
    for (const pod of this.pods.values()) pod.stop(false);
    this.pods.clear();
    if (this.flushScheduled) clearImmediate(this.flushScheduled);
  }

  /** Pods currently run by the kubelets (for the traffic generator). */
  runningPods(): KubeletPod[] {
    return [...this.pods.values()].filter((p) => !this.down.has(p.node.name) && !p.terminating);
  }

  nodeView(name: string): NodeView {
    const node = (): NodeObject | undefined =>
      this.ctx.store.get(R.nodes, undefined, name) as NodeObject | undefined;
    const hostIP =
      node()?.status?.addresses?.find((a) => a.type === 'InternalIP')?.address ?? '10.0.0.1';
    return {
      name,
      hostIP,
      gpuProduct: () => node()?.metadata.labels?.['nvidia.com/gpu.product'],
      imagePresent: (image) => {
        if (this.images.get(name)?.has(image)) return true;
        return node()?.status?.images?.some((i) => i.names.includes(image)) ?? false;
      },
      imagePulled: (image) => {
        let set = this.images.get(name);
        if (!set) {
          set = new Set();
          this.images.set(name, set);
        }
        set.add(image);
      },
    };
  }

  private allocateIp(nodeName: string): string {
    const node = this.ctx.store.get(R.nodes, undefined, nodeName) as NodeObject | undefined;
    const cidr = typeof node?.spec.podCIDR === 'string' ? node.spec.podCIDR : '10.244.0.0/24';
    const base = cidr.split('/')[0]?.split('.') ?? ['10', '244', '0', '0'];
    const next = (this.ipCounters.get(nodeName) ?? 1) + 1;
    this.ipCounters.set(nodeName, next > 254 ? 2 : next);
    return `${base[0]}.${base[1]}.${base[2]}.${next > 254 ? 2 : next}`;
  }

  private onEvent(event: StoreEvent): void {
    if (event.resource !== R.pods || this.stopped) return;
    const pod = event.object as Pod;
    if (event.type === 'DELETED') {
      const known = this.pods.get(pod.metadata.uid ?? '');
      if (known) {
        known.stop(false);
        this.pods.delete(known.uid);
        this.dirty.delete(known);
      }
      return;
    }
    this.consider(pod);
  }

  private consider(pod: Pod, rebooted = false): void {
    const nodeName = pod.spec.nodeName;
    if (!nodeName) return;
    const uid = pod.metadata.uid ?? '';
    const known = this.pods.get(uid);
    if (pod.metadata.deletionTimestamp) {
      if (this.down.has(nodeName)) return;
      if (known?.terminating) return;
      if (known) {
        known.terminating = true;
        known.stop(true);
      }
      const grace = Math.min(GRACE_MS, (pod.metadata.deletionGracePeriodSeconds ?? 0) * 1000);
      const finish = (): void => {
        const current = this.ctx.store.get(R.pods, pod.metadata.namespace, pod.metadata.name ?? '');
        if (
          current &&
          current.metadata.uid === uid &&
          !(current.metadata.finalizers ?? []).length
        ) {
          this.ctx.store.remove(R.pods, pod.metadata.namespace, pod.metadata.name ?? '');
        }
      };
      if (grace <= 0) finish();
      else this.ctx.clock.setTimeout(finish, grace);
      return;
    }
    if (known || this.down.has(nodeName)) return;
    const view = this.nodeView(nodeName);
    const kp = new KubeletPod(
      this.ctx,
      this.faults,
      pod,
      view,
      pod.status?.podIP ?? this.allocateIp(nodeName),
      (p) => this.markDirty(p),
    );
    if (rebooted) kp.afterReboot(pod);
    this.pods.set(uid, kp);
    kp.start();
  }

  private markDirty(pod: KubeletPod): void {
    if (this.stopped) return;
    this.dirty.add(pod);
    this.flushScheduled ??= setImmediate(() => this.flush());
  }

  private flush(): void {
    this.flushScheduled = undefined;
    const batch = [...this.dirty];
    this.dirty.clear();
    for (const kp of batch) {
      if (this.down.has(kp.node.name) || kp.terminating) continue;
      const current = this.ctx.store.get(R.pods, kp.namespace, kp.name) as Pod | undefined;
      if (!current || current.metadata.uid !== kp.uid || current.metadata.deletionTimestamp)
        continue;
      const status = composePodStatus({
        pod: current,
        containers: kp.containers.map((c) => c.status()),
        everStarted: kp.everStarted,
        hostIP: kp.node.hostIP,
        podIP: kp.podIP,
        startTime: current.status?.startTime ?? kp.startTime,
        now: this.ctx.clock.timestamp(),
      });
      if (JSON.stringify(status) === JSON.stringify(current.status)) continue;
      this.ctx.registry.write(R.pods, { ...current, status });
    }
  }

  /** Node lost: its kubelet stops reporting; containers are gone with the machine. */
  setNodeDown(name: string, down: boolean): void {
    if (down) {
      this.down.add(name);
      for (const pod of this.pods.values()) if (pod.node.name === name) pod.stop(false);
      return;
    }
    this.down.delete(name);
    for (const pod of [...this.pods.values()]) {
      if (pod.node.name !== name) continue;
      this.pods.delete(pod.uid);
      const current = this.ctx.store.get(R.pods, pod.namespace, pod.name) as Pod | undefined;
      if (current) this.consider(current);
    }
    for (const obj of this.ctx.store.values(R.pods)) {
      const p = obj as Pod;
      if (p.spec.nodeName === name && !this.pods.has(p.metadata.uid ?? '')) this.consider(p);
    }
  }

  isNodeDown(name: string): boolean {
    return this.down.has(name);
  }

  logs(pod: Pod, options: LogOptions): LogStream {
    const name = options.container ?? pod.spec.containers[0]?.name ?? '';
    const kp = this.pods.get(pod.metadata.uid ?? '');
    if (!pod.spec.nodeName)
      throw badRequest(`pod ${pod.metadata.name} does not have a host assigned`);
    const run = kp?.containers.find((c) => c.spec.name === name);
    if (!run) {
      throw badRequest(
        `container "${name}" in pod "${pod.metadata.name}" is waiting to start: ContainerCreating`,
      );
    }
    const now = this.ctx.clock.now();
    const fmt = {
      timestamps: options.timestamps,
      now,
      ...(options.tailLines !== undefined ? { tailLines: options.tailLines } : {}),
      ...(options.sinceSeconds !== undefined ? { sinceSeconds: options.sinceSeconds } : {}),
    };
    if (options.previous) {
      if (!run.previousLogs)
        throw badRequest(
          `previous terminated container "${name}" in pod "${pod.metadata.name}" not found`,
        );
      return { text: run.previousLogs.format(fmt) };
    }
    if (!run.everStarted) {
      const reason = run.state.waiting?.reason ?? 'ContainerCreating';
      const detail =
        reason === 'ErrImagePull' || reason === 'ImagePullBackOff'
          ? 'trying and failing to pull image'
          : reason;
      throw badRequest(
        `container "${name}" in pod "${pod.metadata.name}" is waiting to start: ${detail}`,
      );
    }
    const buffer = run.logs;
    return { text: buffer.format(fmt), follow: (onLine, onEnd) => buffer.follow(onLine, onEnd) };
  }

  async proxy(
    pod: Pod,
    port: number,
    request: ProxyRequest,
    signal: AbortSignal,
  ): Promise<ProxyResponse> {
    const ip = pod.status?.podIP;
    const kp = this.pods.get(pod.metadata.uid ?? '');
    if (!ip || !kp)
      throw serviceUnavailable(
        `error trying to reach service: dial tcp: lookup ${pod.metadata.name}: no such host`,
      );
    if (this.down.has(kp.node.name))
      throw serviceUnavailable(
        `error trying to reach service: dial tcp ${ip}:${port}: i/o timeout`,
      );
    const run =
      kp.containers.find((c) => c.server?.profile.port === port) ??
      kp.containers.find((c) => c.server);
    if (!run?.server) {
      const generic = kp.containers.find(
        (c) =>
          c.state.running &&
          !c.runtime &&
          (c.spec.ports ?? []).some((p) => p.containerPort === port),
      );
      if (generic)
        return {
          status: 200,
          headers: { 'content-type': 'text/html' },
          body: '<!DOCTYPE html>\n<html><body><h1>Welcome</h1></body></html>\n',
        };
      throw serviceUnavailable(
        `error trying to reach service: dial tcp ${ip}:${port}: connect: connection refused`,
      );
    }
    try {
      return await run.server.handle(port, request, signal);
    } catch (err) {
      if (err instanceof ConnectionRefused)
        throw serviceUnavailable(`error trying to reach service: ${err.message}`);
      if (err instanceof ApiError) throw err;
      throw err;
    }
  }
}
