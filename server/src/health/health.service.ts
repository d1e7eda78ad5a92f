import type { Db } from '../store/index.ts';
import type { HealthMonitor, HealthReport } from './health.monitor.ts';
import { type HealthSample, healthRepository, type TransitionRecord } from './health.repository.ts';

/** What the API reads of health: the latest report, the samples and the transitions. */
export class HealthService {
  readonly #db: Db;
  #monitor: HealthMonitor | null = null;

  constructor(db: Db) {
    this.#db = db;
  }

  attachMonitor(monitor: HealthMonitor): void {
    this.#monitor = monitor;
  }

  report(deploymentId: string): HealthReport | null {
    return this.#monitor?.report(deploymentId) ?? null;
  }

  history(deploymentId: string, since: Date, bucketSeconds: number): Promise<HealthSample[]> {
    return healthRepository.history(this.#db, deploymentId, since, bucketSeconds);
  }

  transitions(deploymentId: string, last: number): Promise<TransitionRecord[]> {
    return healthRepository.transitions(this.#db, deploymentId, last);
  }
}

/** The parent object of DeploymentHealth in the schema. */
export interface DeploymentHealthModel {
  deploymentId: string;
  report: HealthReport | null;
}
