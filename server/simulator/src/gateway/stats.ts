/** Requests the simulated gateway sent somewhere, and how many of them failed. */
export interface GatewayCounter {
  requests: number;
  failures: number;
}

/**
 * What the simulated gateway counted for one HTTPRoute since `since` (cumulative counters: a test
 * measures a window by subtracting two readings, or by resetting first).
 */
export interface RouteStats {
  namespace: string;
  name: string;
  /** Simulated time the counting began (the simulator's start or the last reset), ISO 8601. */
  since: string;
  /** User-visible requests: those the route's rules took in. */
  requests: number;
  /** User-visible failures: errors, timeouts, and requests no backend could take. */
  failures: number;
  /** Per backend (by name): the user requests sent there and how many failed. */
  backends: Record<string, GatewayCounter>;
  /** Per mirror backend (by name): the copies sent there; their answers reach no user. */
  mirrors: Record<string, GatewayCounter>;
}

function counter(): GatewayCounter {
  return { requests: 0, failures: 0 };
}

/** The simulated gateway's counters, per route, backend and mirror. */
export class GatewayStats {
  private routes = new Map<string, RouteStats>();
  private since: string;
  private readonly now: () => string;

  constructor(now: () => string) {
    this.now = now;
    this.since = now();
  }

  private route(namespace: string, name: string): RouteStats {
    const key = `${namespace}/${name}`;
    let stats = this.routes.get(key);
    if (!stats) {
      stats = {
        namespace,
        name,
        since: this.since,
        requests: 0,
        failures: 0,
        backends: {},
        mirrors: {},
      };
      this.routes.set(key, stats);
    }
    return stats;
  }

  /** User requests a route took in and sent to `backend` (undefined: to none, as when all weights are 0). */
  served(
    namespace: string,
    name: string,
    backend: string | undefined,
    requests: number,
    failures: number,
  ): void {
    const stats = this.route(namespace, name);
    stats.requests += requests;
    stats.failures += failures;
    if (backend === undefined) return;
    const b = stats.backends[backend] ?? counter();
    stats.backends[backend] = b;
    b.requests += requests;
    b.failures += failures;
  }

  mirrored(
    namespace: string,
    name: string,
    backend: string,
    requests: number,
    failures: number,
  ): void {
    const stats = this.route(namespace, name);
    const m = stats.mirrors[backend] ?? counter();
    stats.mirrors[backend] = m;
    m.requests += requests;
    m.failures += failures;
  }

  /** A copy of one route's counters (zeros when the gateway has sent it nothing). */
  stats(namespace: string, name: string): RouteStats {
    const found = this.routes.get(`${namespace}/${name}`);
    return structuredClone(
      found ?? {
        namespace,
        name,
        since: this.since,
        requests: 0,
        failures: 0,
        backends: {},
        mirrors: {},
      },
    );
  }

  /** Every route's counters, by namespace and name. */
  list(): RouteStats[] {
    return [...this.routes.values()]
      .sort((a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name))
      .map((s) => structuredClone(s));
  }

  /** Starts counting afresh from now. */
  reset(): void {
    this.routes.clear();
    this.since = this.now();
  }

  /** The counters in the Prometheus text format, named as Envoy's. */
  prometheus(): string {
    const esc = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
    const downstream: string[] = [];
    const downstreamXx: string[] = [];
    const upstream: string[] = [];
    const upstreamXx: string[] = [];
    for (const r of this.list()) {
      const route = `namespace="${esc(r.namespace)}",route="${esc(r.name)}"`;
      downstream.push(`envoy_http_downstream_rq_total{${route}} ${r.requests}`);
      downstreamXx.push(
        `envoy_http_downstream_rq_xx{${route},envoy_response_code_class="2"} ${r.requests - r.failures}`,
        `envoy_http_downstream_rq_xx{${route},envoy_response_code_class="5"} ${r.failures}`,
      );
      const sides: [Record<string, GatewayCounter>, string][] = [
        [r.backends, 'false'],
        [r.mirrors, 'true'],
      ];
      for (const [counters, mirror] of sides) {
        for (const [backend, c] of Object.entries(counters).sort(([a], [b]) =>
          a.localeCompare(b),
        )) {
          const labels = `${route},envoy_cluster_name="${esc(`${r.namespace}/${backend}`)}",mirror="${mirror}"`;
          upstream.push(`envoy_cluster_upstream_rq_total{${labels}} ${c.requests}`);
          upstreamXx.push(
            `envoy_cluster_upstream_rq_xx{${labels},envoy_response_code_class="2"} ${c.requests - c.failures}`,
            `envoy_cluster_upstream_rq_xx{${labels},envoy_response_code_class="5"} ${c.failures}`,
          );
        }
      }
    }
    const family = (name: string, help: string, lines: string[]) =>
      `# HELP ${name} ${help}\n# TYPE ${name} counter\n${lines.map((l) => `${l}\n`).join('')}`;
    return [
      family('envoy_http_downstream_rq_total', 'User requests each HTTPRoute took in.', downstream),
      family(
        'envoy_http_downstream_rq_xx',
        'User requests each HTTPRoute answered, by response code class.',
        downstreamXx,
      ),
      family(
        'envoy_cluster_upstream_rq_total',
        'Requests sent to each backend (mirror="true": mirrored copies).',
        upstream,
      ),
      family(
        'envoy_cluster_upstream_rq_xx',
        'Backend answers, by response code class.',
        upstreamXx,
      ),
    ].join('');
  }
}
