import type { SimClock } from '../clock.ts';
import type { Kubelet } from '../controllers/kubelet.ts';

/**
 * Keeps a steady request load on every model deployment: each tick spreads `rps` × elapsed sim
 * seconds over the deployment's ready servers, so counters, histograms and gauges move.
 */
export class TrafficGenerator {
  private readonly clock: SimClock;
  private readonly kubelet: Kubelet;
  private readonly rps: number;
  private timer: NodeJS.Timeout | undefined;
  private last: number;
  private carry = new Map<string, number>();

  constructor(clock: SimClock, kubelet: Kubelet, rps: number, intervalMs = 1000) {
    this.clock = clock;
    this.kubelet = kubelet;
    this.rps = rps;
    this.last = clock.now();
    if (rps > 0) this.timer = setInterval(() => this.tick(), intervalMs);
  }

  tick(): void {
    const now = this.clock.now();
    const seconds = (now - this.last) / 1000;
    this.last = now;
    if (seconds <= 0) return;
    const groups = new Map<
      string,
      {
        server: NonNullable<
          ReturnType<Kubelet['runningPods']>[number]['containers'][number]['server']
        >;
      }[]
    >();
    for (const pod of this.kubelet.runningPods()) {
      const key = `${pod.namespace}/${pod.target.deployment ?? pod.name}`;
      for (const c of pod.containers) {
        if (c.server?.phase !== 'ready' || !c.ready) continue;
        const list = groups.get(key) ?? [];
        list.push({ server: c.server });
        groups.set(key, list);
      }
    }
    for (const [key, servers] of groups) {
      const exact = this.rps * seconds + (this.carry.get(key) ?? 0);
      const total = Math.floor(exact);
      this.carry.set(key, exact - total);
      const each = Math.floor(total / servers.length);
      let rest = total - each * servers.length;
      for (const { server } of servers) {
        const n = each + (rest > 0 ? 1 : 0);
        if (rest > 0) rest--;
        server.simulateTraffic(n, seconds);
      }
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
