import type { EventBus } from '../events/index.ts';
import type { Queryable } from '../store/index.ts';
import { deploymentsRepository } from './deployments.repository.ts';
import {
  DEPLOYMENT_TOPIC,
  DESIRED_STATE_TOPIC,
  type DeploymentChanged,
  type DeploymentRecord,
} from './deployments.types.ts';

/** The desired-state fields another domain's plan may change. */
export type DesiredChanges = Parameters<typeof deploymentsRepository.updateDesired>[2];

/** One change of a deployment's desired state, with the release history entry it may add. */
export interface DeploymentPlan {
  desired?: DesiredChanges;
  revision?: { releaseId: string; reason: string; createdBy: string };
}

/**
 * The deployments table as other domains change it: inside their own transaction, by a plan,
 * and published once they committed. The rollouts domain moves the desired state through it;
 * the deployments service publishes its own changes the same way.
 */
export class DesiredState {
  readonly #bus: EventBus;

  constructor(deps: { bus: EventBus }) {
    this.#bus = deps.bus;
  }

  /** Reads a deployment and locks its row until `tx` ends. */
  lock(tx: Queryable, namespace: string, name: string): Promise<DeploymentRecord | null> {
    return deploymentsRepository.find(tx, namespace, name, true);
  }

  async applyPlan(
    tx: Queryable,
    deployment: DeploymentRecord,
    plan: DeploymentPlan,
  ): Promise<DeploymentRecord> {
    const saved = plan.desired
      ? await deploymentsRepository.updateDesired(tx, deployment.id, plan.desired)
      : deployment;
    if (plan.revision) {
      await deploymentsRepository.addRevision(tx, {
        deploymentId: deployment.id,
        releaseId: plan.revision.releaseId,
        createdBy: plan.revision.createdBy,
        reason: plan.revision.reason,
      });
    }
    return saved;
  }

  /** Tells the deployment's subscribers it changed (its health or rollout, say). */
  published(namespace: string, name: string): void {
    this.#bus.publish(DEPLOYMENT_TOPIC, { namespace, name } satisfies DeploymentChanged);
  }

  /** After a desired-state change committed: publish it and kick the reconciler. */
  changed(record: Pick<DeploymentRecord, 'namespace' | 'name'>): void {
    this.published(record.namespace, record.name);
    // Through the bus, so the reconciler of the leader runs on whichever replica it is.
    this.#bus.publish(DESIRED_STATE_TOPIC, {
      namespace: record.namespace,
      name: record.name,
    } satisfies DeploymentChanged);
  }
}
