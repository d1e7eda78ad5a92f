import type { SimAnswer } from '../api/context.ts';
import { failureStatus } from '../api/errors.ts';
import type { RouteStats } from './stats.ts';

/** The simulated gateway as a running simulator offers it (`sim.gateway`). */
export interface SimulatedGateway {
  /** One HTTPRoute's counters since the start or the last reset (zeros if it got nothing). */
  stats(namespace: string, name: string): RouteStats;
  /** Every route's counters that the gateway has sent anything through. */
  routes(): RouteStats[];
  /** Zeroes every counter; later readings count from now. */
  resetStats(): void;
  /** The counters in the Prometheus text format, with Envoy's metric names. */
  metrics(): string;
  /** Sends the synthetic traffic due since the last tick now (it is sent each second anyway). */
  tick(): void;
}

function notAllowed(): SimAnswer {
  return {
    status: 405,
    body: failureStatus(
      405,
      'MethodNotAllowed',
      'the server does not allow this method on the requested resource',
    ),
  };
}

/**
 * The gateway's part of the simulator's own API:
 * GET /sim/v1/gateway/routes (every route's counters),
 * GET /sim/v1/gateway/routes/{namespace}/{name}/stats,
 * POST /sim/v1/gateway/stats/reset, and
 * GET /sim/v1/gateway/metrics (Prometheus text).
 */
export function gatewayRoutes(gateway: SimulatedGateway) {
  return (method: string, path: string): SimAnswer | undefined => {
    if (path === '/sim/v1/gateway/routes') {
      if (method !== 'GET') return notAllowed();
      return { status: 200, body: { kind: 'RouteStatsList', items: gateway.routes() } };
    }
    const one = /^\/sim\/v1\/gateway\/routes\/([^/]+)\/([^/]+)\/stats$/.exec(path);
    if (one?.[1] && one[2]) {
      if (method !== 'GET') return notAllowed();
      return {
        status: 200,
        body: gateway.stats(decodeURIComponent(one[1]), decodeURIComponent(one[2])),
      };
    }
    if (path === '/sim/v1/gateway/stats/reset') {
      if (method !== 'POST') return notAllowed();
      gateway.resetStats();
      return { status: 200, body: { kind: 'RouteStatsList', items: gateway.routes() } };
    }
    if (path === '/sim/v1/gateway/metrics') {
      if (method !== 'GET') return notAllowed();
      return {
        status: 200,
        body: gateway.metrics(),
        contentType: 'text/plain; version=0.0.4; charset=utf-8',
      };
    }
    return undefined;
  };
}
