import { perDeploymentGauges } from './deployment-gauges.ts';
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
  const gauges = perDeploymentGauges(metrics, stats, (s) => s.deployment);
  const means: [string, string, (s: DeploymentIncidentStats) => number | null][] = [
    ['backline_incident_mtta_seconds', 'acknowledged', (s) => s.mttaSeconds],
    ['backline_incident_mttr_seconds', 'resolved', (s) => s.mttrSeconds],
  ];
  for (const [name, step, value] of means) {
    gauges.value(
      name,
      `Mean time from triggered to ${step} of each deployment's incidents of the last ${windowDays} days.`,
      value,
    );
  }
  gauges.split(
    'backline_incident_window_incidents',
    `Each deployment's incidents of the last ${windowDays} days: triggered, acknowledged and resolved (merged and canceled ones excluded).`,
    'stage',
    (s) => ({ triggered: s.incidents, acknowledged: s.acknowledged, resolved: s.resolved }),
  );
}
