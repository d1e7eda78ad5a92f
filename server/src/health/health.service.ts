import type { Db } from '../store/index.ts';
import { type HealthSample, healthRepository, type TransitionRecord } from './health.repository.ts';
import type { HealthReport } from './health.types.ts';

/**
 * What the API reads of health: the latest report, the samples and the transitions. All of it
 * comes from the store, where the leader's monitor writes it, so every replica answers the same.
 */
export class HealthService {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  report(deploymentId: string): Promise<HealthReport | null> {
    return healthRepository.report(this.#db, deploymentId);
  }

  /** The latest reports of these deployments, by deployment id. */
  reports(deploymentIds: readonly string[]): Promise<Map<string, HealthReport>> {
    return healthRepository.reports(this.#db, deploymentIds);
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
