import type { ReleaseSpec } from '../catalog/index.ts';
import type { LivePod, LiveWorkload } from '../kube/index.ts';
import type { Evidence, Finding, ProbeOutcome } from './diagnosis.types.ts';
import type { HealthState } from './health-state.ts';
import type { MetricsWindow, ServerCounters } from './sources/runtime-metrics.ts';

/** The deployments the monitor watches, as the deployments domain describes them. */
export interface MonitoredDeployment {
  id: string;
  namespace: string;
  name: string;
  environment: 'DEV' | 'STAGING' | 'PROD';
  replicas: number;
  generation: number;
  appliedGeneration: number;
  sloErrorRatio: number | null;
  sloTtftP95Ms: number | null;
  spec: ReleaseSpec;
  live: LiveWorkload;
  /** The port the engine listens on, when not its runtime's default. */
  port?: number | undefined;
  /**
   * A server Backline observes but does not manage: it is only read. Its check is a GET of the
   * runtime's health path rather than a test prompt, which the API server counts as a write.
   */
  watchOnly?: boolean | undefined;
}

export interface HealthReport {
  state: HealthState;
  reasons: string[];
  since: Date;
  checkedAt: Date;
  findings: Finding[];
  /** Past exits of containers that serve now, with their age: history, not a problem. */
  pastTerminations: Evidence[];
  metrics: MetricsWindow | null;
  synthetic: { checked: number; failed: number; outcomes?: ProbeOutcome[] } | null;
}

/**
 * What one evaluation saw of a deployment's pods: every pod, and the counters of those whose
 * /metrics answered (none when metrics come from Prometheus).
 */
export interface PodsObserved {
  deployment: MonitoredDeployment;
  at: Date;
  pods: { pod: LivePod; counters: ServerCounters | null }[];
}
