export { diagnose } from './diagnose.ts';
export {
  CAUSES,
  type Cause,
  type DiagnosisInput,
  type Evidence,
  type Finding,
} from './diagnosis.types.ts';
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
export {
  type HistogramSnapshot,
  parsePrometheusText,
  type Scrape,
} from './metrics/prometheus-text.ts';
export {
  type MetricsWindow,
  quantileBetween,
  readCounters,
  type ServerCounters,
  windowBetween,
} from './metrics/runtime-metrics.ts';
export { RUNBOOKS } from './runbooks.ts';
