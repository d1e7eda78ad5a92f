import type { CatalogService } from '../catalog/index.ts';
import { renderManifests } from '../catalog/index.ts';
import type { ClusterClient } from '../kube/index.ts';
import { KubeError } from '../kube/index.ts';
import type { Logger } from '../logging/index.ts';
import type { Clock } from '../shared/clock.ts';
import { SerialRunner } from '../shared/serial-runner.ts';
import type { Db } from '../store/index.ts';
import { deploymentsRepository } from './deployments.repository.ts';
import type { DeploymentRecord } from './deployments.types.ts';
import { canaryPlacementOf, placementOf } from './placement.ts';

export interface ReconcilerDeps {
  db: Db;
  catalog: CatalogService;
  client: ClusterClient;
  clock: Clock;
  logger: Logger;
  onChange: (namespace: string, name: string) => void;
  /** Throws unless this replica may write to the cluster (it holds the leader Lease). */
  guard?: () => void;
  /** Told of every refused apply, for metrics. */
  onApplyError?: (namespace: string) => void;
}

/**
 * Makes the cluster match the desired state in the store, with server-side apply
 * (field manager `backline`). Everything it needs is in the store, so it can stop
 * at any point and pick up where it was; applying the same state twice changes nothing.
 */
export class Reconciler {
  readonly #deps: ReconcilerDeps;
  readonly #runner = new SerialRunner(() => this.#pass());

  constructor(deps: ReconcilerDeps) {
    this.#deps = deps;
  }

  start(resyncMs = 30_000): void {
    this.#runner.start(resyncMs);
  }

  stop(): Promise<void> {
    return this.#runner.stop();
  }

  /** Asks for a pass soon; passes never overlap, and a kick during one causes another. */
  kick(): void {
    this.#runner.kick();
  }

  /** Resolves when no pass is running or queued: for tests and shutdown. */
  idle(): Promise<void> {
    return this.#runner.idle();
  }

  async #pass(): Promise<void> {
    try {
      const deployments = await deploymentsRepository.list(this.#deps.db);
      for (const deployment of deployments) {
        if (this.#runner.stopped) return;
        await this.#reconcile(deployment);
      }
    } catch (error) {
      this.#deps.logger.error({ err: error }, 'reconcile pass failed');
    }
  }

  /** Applies (or, for a deployment being deleted, removes) one deployment's objects. */
  async #reconcile(deployment: DeploymentRecord): Promise<void> {
    const { db, client, clock, logger, onChange } = this.#deps;
    // A replica that lost the Lease must not write, even in the middle of a pass.
    this.#deps.guard?.();
    if (deployment.deleting) {
      const placement = await this.#placement(deployment);
      for (const object of placement ? renderManifests(placement.spec, placement.placement) : []) {
        await client.delete({
          apiVersion: object.apiVersion,
          kind: object.kind,
          namespace: object.metadata.namespace,
          name: object.metadata.name,
        });
      }
      await client.delete({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        namespace: deployment.namespace,
        name: `${deployment.name}-canary`,
      });
      await deploymentsRepository.remove(db, deployment.id);
      onChange(deployment.namespace, deployment.name);
      return;
    }
    if (deployment.appliedGeneration >= deployment.generation && !deployment.lastApplyError) return;
    const placement = await this.#placement(deployment);
    if (!placement) return;
    const canary = canaryPlacementOf(deployment);
    const canaryRelease = canary ? await this.#deps.catalog.getRelease(canary.releaseId) : null;
    if (canary && !canaryRelease) return;
    try {
      for (const object of renderManifests(placement.spec, placement.placement)) {
        await client.apply(object);
      }
      // The canary runs beside the stable track while a rollout wants it, and not otherwise.
      if (canary && canaryRelease) {
        for (const object of renderManifests(canaryRelease.spec, canary))
          await client.apply(object);
      } else {
        await client.delete({
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          namespace: deployment.namespace,
          name: `${deployment.name}-canary`,
        });
      }
      await deploymentsRepository.recordApply(
        db,
        deployment.id,
        deployment.generation,
        null,
        clock.now(),
      );
    } catch (error) {
      const message =
        error instanceof KubeError ? `${error.message} — ${error.hint}` : String(error);
      logger.warn(
        { deployment: `${deployment.namespace}/${deployment.name}`, err: error },
        'apply failed',
      );
      this.#deps.onApplyError?.(deployment.namespace);
      await deploymentsRepository.recordApply(
        db,
        deployment.id,
        deployment.generation,
        message,
        clock.now(),
      );
    }
    onChange(deployment.namespace, deployment.name);
  }

  async #placement(deployment: DeploymentRecord) {
    const placement = placementOf(deployment);
    const release = await this.#deps.catalog.getRelease(placement.releaseId);
    return release ? { spec: release.spec, placement } : null;
  }
}
