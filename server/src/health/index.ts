export { diagnose } from './diagnose.ts';
export {
  CAUSES,
  type Cause,
  CONTAINER_CANNOT_RUN,
  type DiagnosisInput,
  type Evidence,
  type Finding,
} from './diagnosis.types.ts';
export type { HealthEvents } from './health.events.ts';
export { HealthMonitor, type HealthMonitorDeps, liveEvents } from './health.monitor.ts';
export type { HealthSample, TransitionRecord } from './health.repository.ts';
export { type DeploymentHealthModel, HealthService } from './health.service.ts';
export { type HealthSignal, healthSignal } from './health.signals.ts';
export type { HealthReport, MonitoredDeployment, PodsObserved } from './health.types.ts';
export {
  evaluate,
  type HealthSignals,
  type HealthState,
  HealthTracker,
  type HysteresisOptions,
  type Transition,
  type Verdict,
} from './health-state.ts';
export { causeFromLogs, stillDownloading } from './log-signatures.ts';
export { RUNBOOKS } from './runbooks.ts';
export {
  type HistogramSnapshot,
  parsePrometheusText,
  type Scrape,
} from './sources/prometheus-text.ts';
export { labelSelector, PrometheusError, PrometheusSource } from './sources/promql.ts';
export {
  type MetricsWindow,
  quantileBetween,
  readCounters,
  type ServerCounters,
  sumCounters,
  windowBetween,
} from './sources/runtime-metrics.ts';
export { scrapeCounters, scrapePodCounters } from './sources/scrape.ts';
