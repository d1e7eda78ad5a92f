import type { HealthSignal } from './health.signals.ts';
import type { HealthReport, MonitoredDeployment } from './health.types.ts';
import type { Transition } from './health-state.ts';

/** What the health domain tells the others, after the transition is stored. */
export interface HealthEvents {
  /** A deployment's health moved; `signal` is what it means for incidents, if anything. */
  'health.changed': {
    deployment: MonitoredDeployment;
    transition: Transition;
    report: HealthReport;
    signal: HealthSignal | null;
  };
}
