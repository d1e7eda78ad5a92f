import { R } from '../api/resources.ts';
import type { SimClock } from '../clock.ts';
import type { Kubelet } from '../controllers/kubelet.ts';
import { isPodReady } from '../controllers/pod-util.ts';
import { G } from '../gateway/crds.ts';
import { type BackendRef, backendSelector, routeAccepted, routeRules } from '../gateway/model.ts';
import type { GatewayStats } from '../gateway/stats.ts';
import type { ObjectStore } from '../store/store.ts';
import type { Pod } from '../store/types.ts';
import type { SimServer } from './server.ts';

/** A pod with at least one ready model server: what a request can land on. */
interface Endpoint {
  id: string;
  namespace: string;
  labels: Record<string, string>;
  /** Ready as Kubernetes sees it (the pod's Ready condition): what an InferencePool selects. */
  podReady: boolean;
  group: string;
  /** Its model servers whose process is up, whether or not their readiness probe passes now. */
  servers: SimServer[];
  /** Its model servers whose readiness probe passes: what traffic to a bare Deployment reaches. */
  probed: SimServer[];
}

/** Requests given to one server this tick, with whom to tell how many failed. */
interface Share {
  count: number;
  failed?: (failures: number) => void;
}

function matches(selector: Record<string, string>, labels: Record<string, string>): boolean {
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}

/**
 * Keeps a steady synthetic request load on the cluster, through the entry points a real cluster
 * has. Each tick every entry point gets `rps` × elapsed sim seconds requests (exactly, over time):
 *
 * - each rule of an HTTPRoute the simulated gateway accepts: its requests go to its backendRefs
 *   by weight, and each backend's share over the ready pods behind that Service or InferencePool;
 *   a RequestMirror filter sends copies of its share of the requests to the mirror backend, whose
 *   answers are dropped (they count on the servers, never as user failures);
 * - each Service with a selector whose ready endpoints no route reaches: its requests spread over
 *   those endpoints, so a stable and a canary Deployment behind one Service split by replicas (a
 *   Service whose endpoints another such Service covers is not counted twice);
 * - ready model servers behind no Service: per owning Deployment.
 *
 * Shares are apportioned deterministically with carried remainders, not sampled, so over a window
 * each backend's observed share equals its weight's share within a request or two.
 */
export class TrafficGenerator {
  private readonly clock: SimClock;
  private readonly kubelet: Kubelet;
  private readonly store: ObjectStore;
  private readonly stats: GatewayStats;
  private readonly rps: number;
  private timer: NodeJS.Timeout | undefined;
  private last: number;
  /** Fractional requests each entry point is owed. */
  private carry = new Map<string, number>();
  /** Fractional requests each (split, recipient) is owed or ahead by. */
  private credit = new Map<string, number>();
  private used = new Set<string>();

  constructor(
    clock: SimClock,
    kubelet: Kubelet,
    store: ObjectStore,
    stats: GatewayStats,
    rps: number,
    intervalMs = 1000,
  ) {
    this.clock = clock;
    this.kubelet = kubelet;
    this.store = store;
    this.stats = stats;
    this.rps = rps;
    this.last = clock.now();
    if (rps > 0) this.timer = setInterval(() => this.tick(), intervalMs);
  }

  /** Requests due to an entry point for `seconds`, carrying the fraction to the next tick. */
  private due(key: string, seconds: number): number {
    this.used.add(key);
    const exact = this.rps * seconds + (this.carry.get(key) ?? 0);
    const total = Math.floor(exact);
    this.carry.set(key, exact - total);
    return total;
  }

  /**
   * Splits `n` over recipients by weight, exactly: each gets the whole part of what it is owed
   * (its share plus its carried credit) and the rest goes to those owed most. Weight 0 gets none.
   */
  private apportion(key: string, n: number, items: { id: string; weight: number }[]): number[] {
    const total = items.reduce((sum, it) => sum + Math.max(0, it.weight), 0);
    if (total <= 0 || items.length === 0) return items.map(() => 0);
    const keys = items.map((it) => `${key}|${it.id}`);
    const owed = items.map((it, i) =>
      it.weight > 0 ? (this.credit.get(keys[i] ?? '') ?? 0) + (n * it.weight) / total : 0,
    );
    const counts = owed.map((o) => Math.max(0, Math.floor(o)));
    let left = n - counts.reduce((a, b) => a + b, 0);
    const live = items.map((_, i) => i).filter((i) => (items[i]?.weight ?? 0) > 0);
    const remainder = (i: number) => (owed[i] ?? 0) - (counts[i] ?? 0);
    while (left > 0) {
      const i = live.reduce((best, j) => (remainder(j) > remainder(best) ? j : best));
      counts[i] = (counts[i] ?? 0) + 1;
      left--;
    }
    while (left < 0) {
      const candidates = live.filter((j) => (counts[j] ?? 0) > 0);
      const i = candidates.reduce((best, j) => (remainder(j) < remainder(best) ? j : best));
      counts[i] = (counts[i] ?? 0) - 1;
      left++;
    }
    items.forEach((_, i) => {
      const k = keys[i] ?? '';
      this.used.add(k);
      this.credit.set(k, (items[i]?.weight ?? 0) > 0 ? remainder(i) : 0);
    });
    return counts;
  }

  /** Pods with a model server up, with their labels and readiness as the API server has them. */
  private endpoints(): Endpoint[] {
    const out: Endpoint[] = [];
    for (const pod of this.kubelet.runningPods()) {
      const servers: SimServer[] = [];
      const probed: SimServer[] = [];
      for (const c of pod.containers)
        if (c.server?.phase === 'ready') {
          servers.push(c.server);
          if (c.ready) probed.push(c.server);
        }
      if (servers.length === 0) continue;
      const obj = this.store.get(R.pods, pod.namespace, pod.name) as Pod | undefined;
      out.push({
        id: `${pod.namespace}/${pod.name}`,
        namespace: pod.namespace,
        labels: obj?.metadata.labels ?? {},
        podReady: obj !== undefined && !obj.metadata.deletionTimestamp && isPodReady(obj),
        group: `${pod.namespace}/${pod.target.deployment ?? pod.name}`,
        servers,
        probed,
      });
    }
    return out;
  }

  /**
   * A Service's ready endpoints as its Endpoints object lists them, which is what kube-proxy and
   * a gateway route by: a pod whose readiness lapses keeps its share until the endpoints
   * controller takes it out, and a new pod gets none until it puts it in.
   */
  private serviceEndpoints(namespace: string, name: string, endpoints: Endpoint[]): Endpoint[] {
    const object = this.store.get(R.endpoints, namespace, name) as
      | { subsets?: { addresses?: { targetRef?: { name?: string } }[] }[] }
      | undefined;
    const ready = new Set<string>();
    for (const subset of object?.subsets ?? [])
      for (const address of subset.addresses ?? [])
        if (address.targetRef?.name) ready.add(`${namespace}/${address.targetRef.name}`);
    return endpoints.filter((e) => ready.has(e.id));
  }

  /** The ready endpoints behind a backend, or null when the backend does not resolve. */
  private backendEndpoints(ref: BackendRef, endpoints: Endpoint[]): Endpoint[] | null {
    const found = backendSelector(this.store, ref);
    if ('missing' in found) return null;
    const { selector } = found;
    if (!selector) return [];
    if (ref.kind === 'Service') return this.serviceEndpoints(ref.namespace, ref.name, endpoints);
    return endpoints.filter(
      (e) => e.namespace === ref.namespace && e.podReady && matches(selector, e.labels),
    );
  }

  tick(): void {
    const now = this.clock.now();
    const seconds = (now - this.last) / 1000;
    this.last = now;
    if (seconds <= 0) return;
    this.used.clear();
    const endpoints = this.endpoints();
    const shares = new Map<SimServer, Share[]>();
    const give = (eps: Endpoint[], n: number, key: string, failed?: (f: number) => void) => {
      const counts = this.apportion(
        key,
        n,
        eps.map((e) => ({ id: e.id, weight: 1 })),
      );
      eps.forEach((e, i) => {
        const count = counts[i] ?? 0;
        const each = Math.floor(count / e.servers.length);
        let rest = count - each * e.servers.length;
        for (const server of e.servers) {
          const c = each + (rest > 0 ? 1 : 0);
          if (rest > 0) rest--;
          const list = shares.get(server) ?? [];
          list.push({ count: c, ...(failed ? { failed } : {}) });
          shares.set(server, list);
        }
      });
    };

    // HTTPRoutes the simulated gateway serves.
    const routed = new Set<string>();
    for (const route of this.store.list(G.httproutes)) {
      if (!routeAccepted(this.store, route)) continue;
      const ns = route.metadata.namespace ?? '';
      const name = route.metadata.name ?? '';
      routeRules(route).forEach((rule, r) => {
        const key = `route:${ns}/${name}#${r}`;
        const n = this.due(key, seconds);
        const backends = rule.backends.map((ref) => ({
          ref,
          eps: this.backendEndpoints(ref, endpoints),
        }));
        for (const b of backends) for (const e of b.eps ?? []) routed.add(e.id);
        if (backends.every((b) => b.ref.weight <= 0)) {
          // No backend to send to: the gateway answers every request with an error itself.
          if (n > 0) this.stats.served(ns, name, undefined, n, n);
        } else {
          const counts = this.apportion(
            key,
            n,
            backends.map((b, i) => ({ id: `${i}/${b.ref.name}`, weight: b.ref.weight })),
          );
          backends.forEach((b, i) => {
            const count = counts[i] ?? 0;
            if (b.ref.weight <= 0) return;
            if (!b.eps || b.eps.length === 0) {
              // No such backend, or no ready endpoint behind it: 500/503 from the gateway.
              this.stats.served(ns, name, b.ref.name, count, count);
              return;
            }
            this.stats.served(ns, name, b.ref.name, count, 0);
            give(b.eps, count, `${key}/${i}`, (f) => this.stats.served(ns, name, b.ref.name, 0, f));
          });
        }
        rule.mirrors.forEach((mirror, m) => {
          const mkey = `${key}/mirror${m}`;
          this.used.add(mkey);
          const owed = (this.credit.get(mkey) ?? 0) + n * mirror.fraction;
          const copies = Math.floor(owed);
          this.credit.set(mkey, owed - copies);
          const eps = this.backendEndpoints(mirror.backend, endpoints);
          for (const e of eps ?? []) routed.add(e.id);
          const target = mirror.backend.name;
          if (!eps || eps.length === 0) {
            if (copies > 0) this.stats.mirrored(ns, name, target, copies, copies);
            return;
          }
          this.stats.mirrored(ns, name, target, copies, 0);
          give(eps, copies, mkey, (f) => this.stats.mirrored(ns, name, target, 0, f));
        });
      });
    }

    // Services no route reaches, each counted once.
    const behindService = new Set<string>();
    const candidates: { key: string; eps: Endpoint[] }[] = [];
    for (const svc of this.store.list(R.services)) {
      const selector = (svc.spec as { selector?: Record<string, string> } | undefined)?.selector;
      if (!selector || Object.keys(selector).length === 0) continue;
      const ns = svc.metadata.namespace ?? '';
      const selected = endpoints.filter((e) => e.namespace === ns && matches(selector, e.labels));
      for (const e of selected) behindService.add(e.id);
      const eps = this.serviceEndpoints(ns, svc.metadata.name ?? '', selected);
      if (eps.length === 0 || eps.some((e) => routed.has(e.id))) continue;
      candidates.push({ key: `svc:${ns}/${svc.metadata.name ?? ''}`, eps });
    }
    const ids = candidates.map((c) => new Set(c.eps.map((e) => e.id)));
    candidates.forEach((c, i) => {
      const mine = ids[i] ?? new Set<string>();
      const covered = candidates.some((o, j) => {
        const theirs = ids[j];
        if (j === i || !theirs || theirs.size < mine.size) return false;
        if (![...mine].every((id) => theirs.has(id))) return false;
        return theirs.size > mine.size || o.key < c.key;
      });
      if (covered) return;
      give(c.eps, this.due(c.key, seconds), c.key);
    });

    // Model servers behind no Service: per owning Deployment, as before Services existed.
    const groups = new Map<string, Endpoint[]>();
    for (const e of endpoints) {
      if (behindService.has(e.id) || routed.has(e.id) || e.probed.length === 0) continue;
      const list = groups.get(e.group) ?? [];
      list.push({ ...e, servers: e.probed });
      groups.set(e.group, list);
    }
    for (const [group, eps] of groups) {
      const key = `deployment:${group}`;
      give(eps, this.due(key, seconds), key);
    }

    // Each server serves its whole load at once; the failures go back to whom sent them.
    for (const e of endpoints) {
      for (const server of e.servers) {
        // A server whose probe fails and that no one sent anything keeps its figures as they were.
        if (!shares.has(server) && !e.probed.includes(server)) continue;
        const list = shares.get(server) ?? [];
        const count = list.reduce((sum, s) => sum + s.count, 0);
        const failures = server.simulateTraffic(count, seconds);
        if (failures <= 0 || count <= 0) continue;
        const split = this.apportionOnce(
          failures,
          list.map((s) => s.count),
        );
        list.forEach((s, i) => {
          const f = split[i] ?? 0;
          if (f > 0) s.failed?.(f);
        });
      }
    }

    for (const k of this.carry.keys()) if (!this.used.has(k)) this.carry.delete(k);
    for (const k of this.credit.keys()) if (!this.used.has(k)) this.credit.delete(k);
  }

  /** Splits `n` in proportion to `weights` by largest remainder, without carrying anything. */
  private apportionOnce(n: number, weights: number[]): number[] {
    const total = weights.reduce((a, b) => a + b, 0);
    if (total <= 0) return weights.map(() => 0);
    const exact = weights.map((w) => (n * w) / total);
    const counts = exact.map((x) => Math.floor(x));
    let left = n - counts.reduce((a, b) => a + b, 0);
    const order = exact
      .map((x, i) => ({ i, r: x - Math.floor(x) }))
      .sort((a, b) => b.r - a.r || a.i - b.i);
    for (const { i } of order) {
      if (left <= 0) break;
      counts[i] = (counts[i] ?? 0) + 1;
      left--;
    }
    return counts;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
