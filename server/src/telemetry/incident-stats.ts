import { Gauge } from 'prom-client';
import { singleFlight } from '../shared/single-flight.ts';
import type { AppMetrics } from './registry.ts';

/** What the incident stats of one deployment give the metrics; see incidents/incident-stats.ts. */
export interface DeploymentIncidentStats {
  deployment: { namespace: string; name: string };
  incidents: number;
  acknowledged: number;
  resolved: number;
  mttaSeconds: number | null;
  mttrSeconds: number | null;
}

/**
 * MTTA and MTTR per deployment over a window, computed from the store at each scrape, so every
 * replica reports the same values and summing or averaging across replicas counts nothing twice.
 */
export function registerIncidentStatsMetrics(
  metrics: AppMetrics,
  stats: () => Promise<DeploymentIncidentStats[]>,
  windowDays: number,
): void {
  const read = singleFlight(stats);
  const labels = (s: DeploymentIncidentStats) => ({
    deployment_namespace: s.deployment.namespace,
    deployment: s.deployment.name,
  });
  const means: [string, string, (s: DeploymentIncidentStats) => number | null][] = [
    ['backline_incident_mtta_seconds', 'acknowledged', (s) => s.mttaSeconds],
    ['backline_incident_mttr_seconds', 'resolved', (s) => s.mttrSeconds],
  ];
  for (const [name, step, value] of means) {
    new Gauge({
      name,
      help: `Mean time from triggered to ${step} of each deployment's incidents of the last ${windowDays} days.`,
      labelNames: ['deployment_namespace', 'deployment'],
      registers: [metrics.registry],
      async collect() {
        this.reset();
        for (const s of await read()) {
          const v = value(s);
          if (v !== null) this.set(labels(s), v);
        }
      },
    });
  }
  new Gauge({
    name: 'backline_incident_window_incidents',
    help: `Each deployment's incidents of the last ${windowDays} days: triggered, acknowledged and resolved (merged and canceled ones excluded).`,
    labelNames: ['deployment_namespace', 'deployment', 'stage'],
    registers: [metrics.registry],
    async collect() {
      this.reset();
      for (const s of await read()) {
        this.set({ ...labels(s), stage: 'triggered' }, s.incidents);
        this.set({ ...labels(s), stage: 'acknowledged' }, s.acknowledged);
        this.set({ ...labels(s), stage: 'resolved' }, s.resolved);
      }
    },
  });
}
