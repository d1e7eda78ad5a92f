import { Gauge } from 'prom-client';
import type { AppMetrics } from './registry.ts';

/**
 * `backline_leader`: 1 on the replica that runs the controllers (it holds the leader Lease, or
 * runs without an election), 0 on the others; read at each scrape.
 */
export function registerLeaderMetric(metrics: AppMetrics, leading: () => boolean): void {
  new Gauge({
    name: 'backline_leader',
    help: 'Whether this replica runs the controllers: 1 while it holds the leader Lease (or runs alone), else 0.',
    registers: [metrics.registry],
    collect() {
      this.set(leading() ? 1 : 0);
    },
  });
}
