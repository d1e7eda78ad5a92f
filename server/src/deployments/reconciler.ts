import { type AuditService, SYSTEM_ACTOR } from '../audit/index.ts';
import { type CatalogService, renderTrafficObjects } from '../catalog/index.ts';
import type { ClusterClient, KubeManifest } from '../kube/index.ts';
import { KubeError } from '../kube/index.ts';
import type { Logger } from '../logging/index.ts';
import type { Clock } from '../shared/clock.ts';
import { SerialWorker } from '../shared/serial-runner.ts';
import { type Db, UnitOfWork } from '../store/index.ts';
import { adoptedManifests } from './adoption.ts';
import { deploymentsRepository } from './deployments.repository.ts';
import type { DeploymentRecord } from './deployments.types.ts';
import { canaryPlacementOf, placementOf, trafficObjectRefs, trafficOf } from './placement.ts';

/** Deployments a reconcile pass works on at once. */
const PASS_CONCURRENCY = 8;

/** Whether a deployment has something to apply or remove, rather than only objects to check. */
const hasWork = (d: DeploymentRecord) =>
  d.deleting || d.appliedGeneration < d.generation || Boolean(d.lastApplyError);

export interface ReconcilerDeps {
  db: Db;
  /** Re-creating missing objects is recorded in the audit log, with its timeline entry. */
  audit: AuditService;
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
export class Reconciler extends SerialWorker {
  readonly #deps: ReconcilerDeps;
  readonly #units: UnitOfWork;

  constructor(deps: ReconcilerDeps) {
    super();
    this.#deps = deps;
    this.#units = new UnitOfWork(this.#deps.db);
  }

  start(resyncMs = 30_000): void {
    this.runner.start(resyncMs);
  }

  stop(): Promise<void> {
    return this.runner.stop();
  }

  /**
   * One pass over every deployment: first those with a change to apply (a new generation, a
   * delete, a failed apply), then the check that the rest still have all their objects, so that
   * a change never waits behind a fleet's checks. Up to {@link PASS_CONCURRENCY} deployments are
   * worked on at once; each one's objects are still applied in order.
   */
  protected async pass(): Promise<void> {
    try {
      const deployments = await deploymentsRepository.list(this.#deps.db);
      const queue = [
        ...deployments.filter(hasWork),
        ...deployments.filter((d) => !hasWork(d)),
      ].values();
      const worker = async () => {
        for (const deployment of queue) {
          if (this.runner.stopped) return;
          await this.#reconcile(deployment);
        }
      };
      // Every worker ends before the pass does (passes never overlap); one that fails stops.
      const ended = await Promise.allSettled(Array.from({ length: PASS_CONCURRENCY }, worker));
      const failed = ended.find((e) => e.status === 'rejected');
      if (failed) throw failed.reason;
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
      for (const object of placement
        ? adoptedManifests(deployment.adopted, placement.spec, placement.placement)
        : []) {
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
      if (deployment.gateway || deployment.routeApplied)
        for (const ref of trafficObjectRefs(deployment)) await client.delete(ref);
      await deploymentsRepository.remove(db, deployment.id);
      onChange(deployment.namespace, deployment.name);
      return;
    }
    const placement = await this.#placement(deployment);
    if (!placement) return;
    const canary = canaryPlacementOf(deployment);
    const canaryRelease = canary ? await this.#deps.catalog.getRelease(canary.releaseId) : null;
    if (canary && !canaryRelease) return;
    // An adopted server keeps its selector, and its pod template until its first rollout.
    const traffic = trafficOf(deployment);
    const wanted = [
      // First, so a weight moves before a Deployment does.
      ...(traffic ? renderTrafficObjects(placement.spec, placement.placement, traffic) : []),
      ...adoptedManifests(deployment.adopted, placement.spec, placement.placement),
      ...(canary && canaryRelease
        ? adoptedManifests(deployment.adopted, canaryRelease.spec, canary)
        : []),
    ];
    if (deployment.appliedGeneration >= deployment.generation && !deployment.lastApplyError) {
      await this.#restoreMissing(deployment, wanted);
      return;
    }
    try {
      for (const object of wanted) await client.apply(object);
      // An adopted Deployment is Backline's alone from then on: a field it stops applying (at
      // the first rollout, the old pod template's) goes, rather than stay with its old owner.
      if (deployment.adopted) {
        await client.takeSoleOwnership({
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          namespace: deployment.namespace,
          name: deployment.name,
        });
      }
      // The canary runs beside the stable track while a rollout wants it, and not otherwise.
      if (!canary) {
        await client.delete({
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          namespace: deployment.namespace,
          name: `${deployment.name}-canary`,
        });
      }
      // Taken off its Gateway, a deployment keeps no route or per-track Service; one that never
      // had them is not asked to delete them (no blind requests a cluster's audit log would show).
      if (traffic && !deployment.routeApplied)
        await deploymentsRepository.recordRoute(db, deployment.id, true);
      if (!traffic && deployment.routeApplied) {
        for (const ref of trafficObjectRefs(deployment)) await client.delete(ref);
        await deploymentsRepository.recordRoute(db, deployment.id, false);
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

  /**
   * Desired state wins: objects of an applied deployment that are not in the cluster (deleted by
   * hand, a new cluster, a restored backup) are applied again, and the deployment's timeline and
   * the audit log say which and why, in one transaction.
   */
  async #restoreMissing(deployment: DeploymentRecord, wanted: KubeManifest[]): Promise<void> {
    const { client, clock, logger, onChange } = this.#deps;
    const missing: KubeManifest[] = [];
    try {
      for (const object of wanted) {
        const ref = {
          apiVersion: object.apiVersion,
          kind: object.kind,
          namespace: object.metadata.namespace,
          name: object.metadata.name,
        };
        if (!(await client.read(ref))) missing.push(object);
      }
      if (missing.length === 0) return;
      // The desired state may have moved on since this pass read it (a rollout step, a delete):
      // then the next pass applies the new state, and nothing was lost by hand.
      const current = await deploymentsRepository.find(
        this.#deps.db,
        deployment.namespace,
        deployment.name,
      );
      if (!current || current.deleting || current.generation !== deployment.generation) return;
      this.#deps.guard?.();
      for (const object of missing) await client.apply(object);
    } catch (error) {
      logger.warn(
        { deployment: `${deployment.namespace}/${deployment.name}`, err: error },
        'could not check or re-create missing objects',
      );
      return;
    }
    const objects = missing.map((o) => `${o.kind}/${o.metadata.name}`);
    const message = `${objects.join(', ')} ${objects.length === 1 ? 'was' : 'were'} missing from the cluster (deleted outside Backline, or a new cluster); re-created from the desired state.`;
    await this.#units.run(async (work) => {
      await deploymentsRepository.addTimelineEntry(work.tx, deployment.id, {
        at: clock.now(),
        kind: 'RECREATED',
        message,
        actor: 'backline',
        objects,
      });
      await this.#deps.audit.record(work, SYSTEM_ACTOR, {
        action: 'deployment.recreate_missing',
        targetType: 'deployment',
        targetId: `${deployment.namespace}/${deployment.name}`,
        details: { objects, generation: deployment.generation },
      });
    });
    logger.info(
      { deployment: `${deployment.namespace}/${deployment.name}`, objects },
      're-created missing objects',
    );
    onChange(deployment.namespace, deployment.name);
  }

  async #placement(deployment: DeploymentRecord) {
    const placement = placementOf(deployment);
    const release = await this.#deps.catalog.getRelease(placement.releaseId);
    return release ? { spec: release.spec, placement } : null;
  }
}
