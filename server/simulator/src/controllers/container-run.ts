import { randomBytes } from 'node:crypto';
import type { SimClock, SimTimer } from '../clock.ts';
import type { Fault, FaultType } from '../faults/faults.ts';
import type { RuntimeKind } from '../runtimes/images.ts';
import { describeRef, resolveImage } from '../runtimes/images.ts';
import {
  crashLines,
  cudaOomLines,
  gatedLines,
  missingModelLines,
  noGpuLines,
} from '../runtimes/log-lines.ts';
import type { ModelProfile } from '../runtimes/model.ts';
import { gpuCount, gpuMemoryGiB, memoryLimitBytes, modelProfile } from '../runtimes/model.ts';
import type { ProbeResult } from '../runtimes/server.ts';
import { SimServer } from '../runtimes/server.ts';
import type { Fate, ServerEffects } from '../runtimes/types.ts';
import type {
  Container,
  ContainerState,
  ContainerStateTerminated,
  ContainerStatus,
  Probe,
} from '../store/types.ts';
import type { EventType } from './events.ts';
import { goDuration, LogBuffer } from './log-buffer.ts';

/** What a container needs from its pod and node. */
export interface ContainerHost {
  readonly clock: SimClock;
  readonly podIP: string;
  readonly podName: string;
  readonly namespace: string;
  readonly uid: string;
  readonly restartPolicy: string;
  event(type: EventType, reason: string, message: string, container: string): void;
  /** The container exited (for the simulator's record of exits). */
  exited(container: string, exitCode: number, reason: string): void;
  changed(): void;
  faults(type: FaultType): Fault[];
  effects(): ServerEffects;
  imagePresent(image: string): boolean;
  imagePulled(image: string): void;
  gpuProduct(): string | undefined;
}

const MAX_BACKOFF = 300_000;
const BACKOFF_RESET = 600_000;

/** One container of a pod on the simulated kubelet: pull, start, probes, exits and back-off. */
export class ContainerRun {
  readonly spec: Container;
  private readonly host: ContainerHost;
  restartCount = 0;
  state: ContainerState = { waiting: { reason: 'ContainerCreating' } };
  lastState: ContainerState = {};
  ready = false;
  started = false;
  everStarted = false;
  imageID = '';
  containerID = '';
  server: SimServer | undefined;
  runtime: RuntimeKind | undefined;
  version = '';
  profile: ModelProfile | undefined;
  logs = new LogBuffer();
  previousLogs: LogBuffer | undefined;
  private timers: SimTimer[] = [];
  private probeTimers: SimTimer[] = [];
  private crashBackoff = 0;
  private pullBackoff = 0;
  private runStartedAt = 0;
  private stopped = false;

  constructor(spec: Container, host: ContainerHost) {
    this.spec = spec;
    this.host = host;
  }

  private get image(): string {
    return this.spec.image ?? '';
  }

  private later(ms: number, fn: () => void): void {
    const timer = this.host.clock.setTimeout(() => {
      this.timers = this.timers.filter((t) => t !== timer);
      if (!this.stopped) fn();
    }, ms);
    this.timers.push(timer);
  }

  status(): ContainerStatus {
    return {
      name: this.spec.name,
      image: this.image,
      imageID: this.imageID,
      ...(this.containerID ? { containerID: this.containerID } : {}),
      ready: this.ready,
      started: this.started,
      restartCount: this.restartCount,
      state: this.state,
      lastState: this.lastState,
    };
  }

  /**
   * Its node rebooted: the runtime lost the container (exit code 255, reason Unknown, as
   * containerd reports it), so it counts as a restart; its logs went with it.
   */
  afterReboot(previous: ContainerStatus, now: string): void {
    const running = previous.state?.running;
    this.restartCount = (previous.restartCount ?? 0) + (running ? 1 : 0);
    this.lastState = running
      ? {
          terminated: {
            exitCode: 255,
            reason: 'Unknown',
            ...(running.startedAt ? { startedAt: running.startedAt } : {}),
            finishedAt: now,
            ...(previous.containerID ? { containerID: previous.containerID } : {}),
          },
        }
      : (previous.lastState ?? {});
    this.previousLogs = new LogBuffer();
    this.previousLogs.close();
  }

  begin(): void {
    this.pull();
  }

  private event(type: EventType, reason: string, message: string): void {
    this.host.event(type, reason, message, this.spec.name);
  }

  private pull(): void {
    let resolved = resolveImage(this.image);
    const fault = this.host.faults('image-pull-failure')[0];
    if (fault && resolved.ok) {
      const full = describeRef(resolved.ref);
      const reason =
        typeof fault.params?.message === 'string' ? fault.params.message : `${full}: not found`;
      resolved = {
        ok: false,
        ref: resolved.ref,
        reason: 'ErrImagePull',
        message: `failed to pull and unpack image "${full}": failed to resolve reference "${full}": ${reason}`,
      };
    }
    if (!resolved.ok && resolved.reason === 'InvalidImageName') {
      this.state = { waiting: { reason: 'InvalidImageName', message: resolved.message } };
      this.event('Warning', 'InspectFailed', resolved.message);
      this.event('Warning', 'Failed', 'Error: InvalidImageName');
      this.host.changed();
      return;
    }
    const policy = this.spec.imagePullPolicy ?? 'IfNotPresent';
    if (resolved.ok && policy !== 'Always' && this.host.imagePresent(this.image)) {
      this.event('Normal', 'Pulled', `Container image "${this.image}" already present on machine`);
      this.imageID = resolved.imageID;
      this.runtime = resolved.runtime;
      this.version = resolved.version;
      this.create();
      return;
    }
    this.event('Normal', 'Pulling', `Pulling image "${this.image}"`);
    const present = this.host.imagePresent(this.image);
    const pullMs = resolved.ok
      ? present
        ? 800
        : Math.max(2000, resolved.sizeBytes / 250_000)
      : 1500;
    this.later(pullMs, () => {
      if (!resolved.ok) {
        const message = `rpc error: code = NotFound desc = ${resolved.message}`;
        this.state = { waiting: { reason: 'ErrImagePull', message } };
        this.event('Warning', 'Failed', `Failed to pull image "${this.image}": ${message}`);
        this.event('Warning', 'Failed', 'Error: ErrImagePull');
        this.host.changed();
        this.pullBackoff =
          this.pullBackoff === 0 ? 10_000 : Math.min(this.pullBackoff * 2, MAX_BACKOFF);
        this.later(1000, () => {
          this.state = {
            waiting: {
              reason: 'ImagePullBackOff',
              message: `Back-off pulling image "${this.image}"`,
            },
          };
          this.event('Normal', 'BackOff', `Back-off pulling image "${this.image}"`);
          this.event('Warning', 'Failed', 'Error: ImagePullBackOff');
          this.host.changed();
          this.later(this.pullBackoff, () => this.pull());
        });
        return;
      }
      this.pullBackoff = 0;
      this.host.imagePulled(this.image);
      const seconds = (pullMs / 1000).toFixed(3);
      this.event(
        'Normal',
        'Pulled',
        `Successfully pulled image "${this.image}" in ${seconds}s (${seconds}s including waiting). Image size: ${resolved.sizeBytes} bytes.`,
      );
      this.imageID = resolved.imageID;
      this.runtime = resolved.runtime;
      this.version = resolved.version;
      this.create();
    });
  }

  private decideFate(profile: ModelProfile | undefined): Fate {
    const has = (type: FaultType): boolean => this.host.faults(type).length > 0;
    if (has('crash-loop'))
      return { kind: 'exit', atMs: 3000, code: 1, reason: 'Error', lines: crashLines() };
    if (!profile) {
      const command = [...(this.spec.command ?? []), ...(this.spec.args ?? [])].join(' ');
      const exit = /\bexit\s+(\d+)/.exec(command);
      if (exit?.[1]) {
        const code = Number(exit[1]);
        return {
          kind: 'exit',
          atMs: 1000,
          code,
          reason: code === 0 ? 'Completed' : 'Error',
          lines: [],
        };
      }
      return { kind: 'run' };
    }
    const load = profile.loadSeconds * 1000 * this.loadFactor();
    if (has('gated-model'))
      return { kind: 'exit', atMs: 5000, code: 1, reason: 'Error', lines: gatedLines(profile) };
    if (profile.missingModel)
      return {
        kind: 'exit',
        atMs: 1000,
        code: 1,
        reason: 'Error',
        lines: missingModelLines(profile),
      };
    const limit = memoryLimitBytes(this.spec);
    if (has('oom-while-loading') || (limit !== undefined && limit < profile.hostMemoryBytes)) {
      return {
        kind: 'exit',
        atMs: Math.max(6500, load * 0.6),
        code: 137,
        reason: 'OOMKilled',
        lines: [],
      };
    }
    const gpus = gpuCount(this.spec);
    const needsGpu =
      profile.runtime === 'vllm' || profile.runtime === 'tgi' || profile.runtime === 'sglang';
    if (needsGpu && gpus === 0)
      return { kind: 'exit', atMs: 3000, code: 1, reason: 'Error', lines: noGpuLines() };
    const perGpu = gpuMemoryGiB(this.host.gpuProduct());
    if (needsGpu && gpus * perGpu * 0.9 < profile.gpuMemoryBytes / 2 ** 30) {
      return {
        kind: 'exit',
        atMs: Math.max(7000, load * 0.8),
        code: 1,
        reason: 'Error',
        lines: cudaOomLines(profile, 1.12, perGpu - 0.75),
      };
    }
    return { kind: 'run' };
  }

  private loadFactor(): number {
    const slow = this.host.faults('slow-start')[0];
    if (!slow) return 1;
    const factor = slow.params?.factor;
    return typeof factor === 'number' ? factor : 5;
  }

  private create(): void {
    this.containerID = `containerd://${randomBytes(32).toString('hex')}`;
    this.event('Normal', 'Created', `Created container: ${this.spec.name}`);
    this.event('Normal', 'Started', `Started container ${this.spec.name}`);
    const now = this.host.clock.now();
    this.runStartedAt = now;
    this.state = { running: { startedAt: new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z') } };
    this.everStarted = true;
    this.started = !this.spec.startupProbe;
    this.ready = false;
    this.profile = this.runtime ? modelProfile(this.runtime, this.spec) : undefined;
    const fate = this.decideFate(this.profile);
    if (this.runtime && this.profile) {
      this.server = new SimServer({
        clock: this.host.clock,
        profile: this.profile,
        runtime: this.runtime,
        version: this.version,
        podIP: this.host.podIP,
        loadFactor: this.loadFactor(),
        fate,
        effects: () => this.host.effects(),
        log: (line) => this.logs.append(this.host.clock.now(), line),
        onExit: (code, reason, message) => this.exited(code, reason, message),
        seed: Number.parseInt(this.host.uid.slice(0, 8), 16) || 7,
      });
    } else if (fate.kind === 'exit') {
      this.later(fate.atMs, () => this.exited(fate.code, fate.reason, fate.message));
    }
    if (!this.spec.readinessProbe && !this.spec.startupProbe) this.ready = true;
    this.scheduleProbes();
    this.host.changed();
  }

  private exited(
    code: number,
    reason: 'Error' | 'OOMKilled' | 'Completed',
    message?: string,
  ): void {
    this.clearProbes();
    this.server?.stop();
    this.server = undefined;
    const now = this.host.clock.now();
    const terminated: ContainerStateTerminated = {
      exitCode: code,
      reason,
      ...(message ? { message } : {}),
      startedAt: this.state.running?.startedAt ?? new Date(now).toISOString(),
      finishedAt: new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      containerID: this.containerID,
    };
    this.state = { terminated };
    this.ready = false;
    this.started = false;
    this.logs.close();
    this.host.exited(this.spec.name, code, reason);
    this.host.changed();
    const policy = this.host.restartPolicy;
    if (policy === 'Never' || (policy === 'OnFailure' && code === 0)) return;
    if (now - this.runStartedAt >= BACKOFF_RESET) this.crashBackoff = 0;
    if (this.crashBackoff === 0) {
      this.crashBackoff = 10_000;
      this.later(1000, () => this.restart(terminated));
      return;
    }
    const wait = this.crashBackoff;
    this.crashBackoff = Math.min(this.crashBackoff * 2, MAX_BACKOFF);
    this.later(1000, () => {
      const pod = `${this.host.podName}_${this.host.namespace}(${this.host.uid})`;
      this.state = {
        waiting: {
          reason: 'CrashLoopBackOff',
          message: `back-off ${goDuration(wait)} restarting failed container=${this.spec.name} pod=${pod}`,
        },
      };
      this.lastState = { terminated };
      this.event(
        'Warning',
        'BackOff',
        `Back-off restarting failed container ${this.spec.name} in pod ${pod}`,
      );
      this.host.changed();
      this.later(wait - 1000, () => this.restart(terminated));
    });
  }

  private restart(last: ContainerStateTerminated): void {
    this.restartCount++;
    this.lastState = { terminated: last };
    this.previousLogs = this.logs;
    this.logs = new LogBuffer();
    this.event('Normal', 'Pulled', `Container image "${this.image}" already present on machine`);
    this.create();
  }

  /** The kubelet kills the container (failed liveness or startup probe); it restarts with back-off. */
  kill(why: string): void {
    if (!this.state.running) return;
    this.event('Normal', 'Killing', why);
    this.exited(137, 'Error');
  }

  /** Crash a running container now (a fault was injected). */
  crashNow(code: number, reason: 'Error' | 'OOMKilled', lines: string[]): void {
    if (!this.state.running) return;
    for (const line of lines) this.logs.append(this.host.clock.now(), line);
    this.exited(code, reason);
  }

  /**
   * History, as a cluster that has run for days shows it: the container ended with `reason`
   * `agoMs` ago, was restarted and has served since. Only a running container takes it.
   */
  recordPastTermination(reason: 'Error' | 'OOMKilled', exitCode: number, agoMs: number): void {
    if (!this.state.running) return;
    const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const finished = this.host.clock.now() - agoMs;
    this.restartCount++;
    this.lastState = {
      terminated: {
        exitCode,
        reason,
        startedAt: iso(finished - 3_600_000),
        finishedAt: iso(finished),
        containerID: this.containerID,
      },
    };
    this.state = { running: { startedAt: iso(finished + 1000) } };
    this.host.changed();
  }

  /** Pod deletion: stop without restart. */
  stop(announce: boolean): void {
    if (announce && this.state.running)
      this.event('Normal', 'Killing', `Stopping container ${this.spec.name}`);
    this.stopped = true;
    for (const t of this.timers) this.host.clock.clearTimeout(t);
    this.timers = [];
    this.clearProbes();
    this.server?.stop();
    this.server = undefined;
    this.logs.close();
  }

  private clearProbes(): void {
    for (const t of this.probeTimers) this.host.clock.clearTimeout(t);
    this.probeTimers = [];
  }

  private scheduleProbes(): void {
    const { startupProbe, readinessProbe, livenessProbe } = this.spec;
    if (startupProbe) this.probeLoop('Startup', startupProbe);
    else {
      if (readinessProbe) this.probeLoop('Readiness', readinessProbe);
      if (livenessProbe) this.probeLoop('Liveness', livenessProbe);
    }
  }

  private probeLoop(kind: 'Startup' | 'Readiness' | 'Liveness', probe: Probe): void {
    let failures = 0;
    let successes = 0;
    const period = (probe.periodSeconds ?? 10) * 1000;
    const tick = async (): Promise<void> => {
      if (!this.state.running || this.stopped) return;
      const result = await this.runProbe(probe);
      if (!this.state.running || this.stopped) return;
      if (result.ok) {
        failures = 0;
        successes++;
        if (kind === 'Startup') {
          this.started = true;
          this.host.changed();
          if (this.spec.readinessProbe) this.probeLoop('Readiness', this.spec.readinessProbe);
          else this.ready = true;
          if (this.spec.livenessProbe) this.probeLoop('Liveness', this.spec.livenessProbe);
          this.host.changed();
          return;
        }
        if (kind === 'Readiness' && !this.ready && successes >= (probe.successThreshold ?? 1)) {
          this.ready = true;
          this.host.changed();
        }
      } else {
        successes = 0;
        failures++;
        this.event('Warning', 'Unhealthy', `${kind} probe failed: ${result.message ?? ''}`);
        if (failures >= (probe.failureThreshold ?? 3)) {
          if (kind === 'Readiness') {
            if (this.ready) {
              this.ready = false;
              this.host.changed();
            }
          } else {
            this.kill(
              `Container ${this.spec.name} failed ${kind.toLowerCase()} probe, will be restarted`,
            );
            return;
          }
        }
      }
      this.probeTimers.push(this.host.clock.setTimeout(() => void tick(), period));
    };
    this.probeTimers.push(
      this.host.clock.setTimeout(() => void tick(), (probe.initialDelaySeconds ?? 0) * 1000 + 1000),
    );
  }

  private async runProbe(probe: Probe): Promise<ProbeResult> {
    const server = this.server;
    const port = (value: number | string): number => {
      if (typeof value === 'number') return value;
      const named = this.spec.ports?.find((p) => p.name === value);
      return named?.containerPort ?? Number(value);
    };
    if (probe.httpGet) {
      if (!server) return { ok: true };
      const p = port(probe.httpGet.port);
      const timeoutMs = (probe.timeoutSeconds ?? 1) * 1000;
      const url = `http://${this.host.podIP}:${p}${probe.httpGet.path ?? '/'}`;
      const timeout = new Promise<ProbeResult>((resolve) => {
        this.probeTimers.push(
          this.host.clock.setTimeout(
            () =>
              resolve({
                ok: false,
                message: `Get "${url}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`,
              }),
            timeoutMs,
          ),
        );
      });
      return Promise.race([server.probeHttp(p, probe.httpGet.path ?? '/'), timeout]);
    }
    if (probe.tcpSocket) return server ? server.probeTcp(port(probe.tcpSocket.port)) : { ok: true };
    if (probe.grpc) return server ? server.probeTcp(probe.grpc.port) : { ok: true };
    return { ok: true };
  }
}
