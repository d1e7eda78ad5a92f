import type { ProxyRequest, ProxyResponse } from '../api/context.ts';
import type { SimTimer } from '../clock.ts';
import { versionAtLeast } from './images.ts';
import { startupScript } from './log-lines.ts';
import { Random, type RequestSample, ServerMetrics } from './metrics-state.ts';
import type { ModelProfile } from './model.ts';
import { routeRequest } from './routes.ts';
import type { ServerPhase, SimServerOptions } from './types.ts';
import { ConnectionRefused } from './types.ts';

export type { ServerPhase, SimServerOptions } from './types.ts';

export interface ProbeResult {
  ok: boolean;
  /** The kubelet's failure text, e.g. `HTTP probe failed with statuscode: 503`. */
  message?: string;
}

/**
 * One simulated model server process: loads its model on the sim clock, then serves health,
 * the OpenAI-compatible API and /metrics on its port, with the runtime's own behaviour.
 */
export class SimServer {
  readonly options: SimServerOptions;
  readonly metrics: ServerMetrics;
  readonly random: Random;
  phase: ServerPhase = 'loading';
  readonly loadMs: number;
  private timers: SimTimer[] = [];
  private readonly startedAt: number;
  private inflight = new Set<() => void>();

  constructor(options: SimServerOptions) {
    this.options = options;
    this.startedAt = options.clock.now();
    this.metrics = new ServerMetrics(this.startedAt);
    this.random = new Random(options.seed);
    this.loadMs = Math.round(options.profile.loadSeconds * 1000 * options.loadFactor);
    this.start();
  }

  get profile(): ModelProfile {
    return this.options.profile;
  }

  /** vLLM 0.8 and later expose the V1 metric names. */
  get vllmV1(): boolean {
    return versionAtLeast(this.options.version, '0.8.0');
  }

  private at(ms: number, fn: () => void): void {
    this.timers.push(this.options.clock.setTimeout(fn, ms));
  }

  private start(): void {
    const { clock, fate, log } = this.options;
    const script = startupScript(this.profile, this.options.version, this.loadMs);
    const exitAt = fate.kind === 'exit' ? fate.atMs : Number.POSITIVE_INFINITY;
    for (const line of script.loading) {
      if (line.at < exitAt) this.at(line.at, () => log(line.text(new Date(clock.now()))));
    }
    if (fate.kind === 'exit') {
      this.at(fate.atMs, () => {
        for (const text of fate.lines) log(text);
        this.finish(fate.code, fate.reason, fate.message);
      });
      return;
    }
    this.at(this.loadMs, () => {
      for (const line of script.ready) log(line.text(new Date(clock.now())));
      if (this.options.runtime === 'sglang') {
        this.phase = 'warming';
        this.at(3000, () => {
          this.phase = 'ready';
        });
      } else this.phase = 'ready';
    });
  }

  private finish(
    code: number,
    reason: 'Error' | 'OOMKilled' | 'Completed',
    message?: string,
  ): void {
    if (this.phase === 'exited') return;
    this.stop();
    this.options.onExit(code, reason, message);
  }

  /** Ends the process without calling onExit (the kubelet killed it). */
  stop(): void {
    this.phase = 'exited';
    for (const t of this.timers) this.options.clock.clearTimeout(t);
    this.timers = [];
    for (const cancel of this.inflight) cancel();
    this.inflight.clear();
  }

  portOpen(port: number): boolean {
    if (port !== this.profile.port || this.phase === 'exited') return false;
    if (this.options.runtime === 'llamacpp')
      return this.options.clock.now() - this.startedAt >= 300;
    return this.phase === 'ready' || this.phase === 'warming';
  }

  private refused(port: number): string {
    return `dial tcp ${this.options.podIP}:${port}: connect: connection refused`;
  }

  probeTcp(port: number): ProbeResult {
    return this.portOpen(port) ? { ok: true } : { ok: false, message: this.refused(port) };
  }

  async probeHttp(port: number, path: string): Promise<ProbeResult> {
    const url = `http://${this.options.podIP}:${port}${path}`;
    if (!this.portOpen(port)) return { ok: false, message: `Get "${url}": ${this.refused(port)}` };
    const answer = await this.route(
      { method: 'GET', path, query: new URLSearchParams(), headers: {}, body: Buffer.alloc(0) },
      undefined,
      true,
    );
    if (answer.status >= 200 && answer.status < 400) return { ok: true };
    return { ok: false, message: `HTTP probe failed with statuscode: ${answer.status}` };
  }

  /** Handles one HTTP request that reached the pod; throws ConnectionRefused when the port is closed. */
  async handle(port: number, request: ProxyRequest, signal?: AbortSignal): Promise<ProxyResponse> {
    if (!this.portOpen(port)) throw new ConnectionRefused(this.refused(port));
    return this.route(request, signal, false);
  }

  private route(
    request: ProxyRequest,
    signal: AbortSignal | undefined,
    probe: boolean,
  ): Promise<ProxyResponse> {
    return routeRequest(this, request, signal, probe);
  }

  /** Waits `ms` of simulated time; resolves false if the request is aborted or the server stops. */
  delay(ms: number, signal?: AbortSignal): Promise<boolean> {
    return new Promise((resolve) => {
      let timer: SimTimer | undefined;
      const cancel = (): void => {
        this.options.clock.clearTimeout(timer);
        this.inflight.delete(cancel);
        resolve(false);
      };
      if (signal?.aborted) {
        resolve(false);
        return;
      }
      signal?.addEventListener('abort', cancel, { once: true });
      this.inflight.add(cancel);
      if (Number.isFinite(ms)) {
        timer = this.options.clock.setTimeout(() => {
          this.inflight.delete(cancel);
          signal?.removeEventListener('abort', cancel);
          resolve(true);
        }, ms);
      }
    });
  }

  /** One request's latencies under the current effects. */
  sample(promptTokens?: number, genTokens?: number): RequestSample {
    const fx = this.options.effects();
    const r = this.random;
    const size = Math.max(0.5, this.profile.paramsB / 8);
    const factor = fx.latencyFactor * (fx.kvExhausted ? 4 : 1);
    const prompt = promptTokens ?? Math.round(r.between(100, 900));
    const gen = genTokens ?? Math.round(r.between(40, 400));
    return {
      promptTokens: prompt,
      generationTokens: gen,
      ttft: r.between(0.03, 0.12) * size * factor,
      tpot: r.between(0.008, 0.02) * Math.sqrt(size) * factor,
      queue: fx.kvExhausted ? r.between(2, 20) : r.between(0, 0.01),
      ok: !(fx.errorPercent > 0 && r.next() * 100 < fx.errorPercent),
      finishReason: r.next() < 0.8 ? 'stop' : 'length',
    };
  }

  /**
   * Background load from the traffic generator: `count` requests over `seconds` of sim time.
   * Returns how many of them failed: those answered with an error, or all of them when the server
   * is not serving (not ready, or its engine hung and they time out).
   */
  simulateTraffic(count: number, seconds: number): number {
    if (this.phase !== 'ready' || seconds <= 0) return count;
    const fx = this.options.effects();
    const m = this.metrics;
    if (fx.hung) {
      m.running = Math.min(256, m.running + count);
      m.waiting += count;
      m.promptTps = 0;
      m.genTps = 0;
      return count;
    }
    // At most 200 sampled requests, each standing for an equal share of `count` (exactly).
    const samples = Math.min(count, 200);
    const each = samples > 0 ? Math.floor(count / samples) : 0;
    const extra = count - each * samples;
    let prompt = 0;
    let gen = 0;
    let e2e = 0;
    let failed = 0;
    for (let i = 0; i < samples; i++) {
      const s = this.sample();
      const w = each + (i < extra ? 1 : 0);
      if (!s.ok) failed += w;
      m.record(s, w);
      m.countHttp('/v1/chat/completions', 'POST', s.ok ? 200 : 500, w);
      prompt += s.promptTokens * w;
      gen += s.generationTokens * w;
      e2e += (s.ttft + s.tpot * s.generationTokens) * w;
    }
    const rps = count / seconds;
    const meanE2e = count > 0 ? e2e / count : 0;
    m.running = Math.round(rps * meanE2e);
    m.promptTps = prompt / seconds;
    m.genTps = gen / seconds;
    if (fx.kvExhausted) {
      m.kvUsage = 0.97 + this.random.next() * 0.03;
      m.waiting = Math.round(rps * this.random.between(5, 20));
      m.preemptions += Math.round(count * 0.2);
    } else {
      m.kvUsage = Math.min(0.9, (m.running * 600) / 434_912 + this.random.between(0.01, 0.05));
      m.waiting = 0;
    }
    return failed;
  }

  get servedName(): string {
    return this.profile.servedName;
  }

  get createdSeconds(): number {
    return Math.floor(this.startedAt / 1000);
  }
}
