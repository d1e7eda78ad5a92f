import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuditService } from '../audit/index.ts';
import { catalogRepository } from '../catalog/catalog.repository.ts';
import { CatalogService } from '../catalog/index.ts';
import { releaseId } from '../catalog/release.ts';
import { sampleSpec } from '../catalog/testdata.ts';
import { InMemoryEventBus } from '../events/index.ts';
import type { ClusterClient, KubeManifest, ObjectRef } from '../kube/index.ts';
import { createLogger } from '../logging/index.ts';
import { systemClock } from '../shared/clock.ts';
import { type Db, migrate, openPglite } from '../store/index.ts';
import { deploymentsRepository } from './deployments.repository.ts';
import { Reconciler } from './reconciler.ts';

/** A cluster whose reads of `stuck`'s objects never answer; it records what is applied. */
function clusterWithStuckReads(stuck: string) {
  const applied: string[] = [];
  const client = {
    apply: async (manifest: KubeManifest) => {
      applied.push(`${manifest.kind}/${manifest.metadata.name}`);
      return manifest;
    },
    read: (ref: ObjectRef) =>
      ref.name.startsWith(stuck) ? new Promise<null>(() => {}) : Promise.resolve(null),
    delete: async () => {},
    takeSoleOwnership: async () => null,
  } as unknown as ClusterClient;
  return { client, applied };
}

describe('the reconciler', () => {
  let db: Db;
  let reconciler: Reconciler | null = null;

  beforeEach(async () => {
    db = await openPglite(undefined);
    await migrate(db);
  });

  afterEach(async () => {
    // A pass stuck on a read never ends; stopping only keeps it from starting another.
    void reconciler?.stop();
    await db.close();
  });

  it('applies a deployment with a change without waiting for the checks of the others', async () => {
    const model = await catalogRepository.insertModel(db, {
      name: 'qwen',
      family: 'Qwen2.5',
      source: 'hf://Qwen/Qwen2.5-0.5B-Instruct',
      revision: 'main',
      license: 'apache-2.0',
      parameterCountBillions: 0.5,
      contextLength: 32_768,
      gpuMemoryGiB: 2,
      createdBy: 'test',
    });
    const spec = sampleSpec('VLLM');
    const release = await catalogRepository.insertRelease(db, {
      id: releaseId(spec),
      modelId: model?.id ?? '',
      spec,
      warnings: [],
      createdBy: 'test',
    });
    const desired = (name: string) => ({
      namespace: 'ml-prod',
      name,
      environment: 'PROD' as const,
      releaseId: release?.id ?? '',
      replicas: 1,
      strategy: 'CANARY' as const,
      sloErrorRatio: null,
      sloTtftP95Ms: null,
      createdBy: 'test',
    });
    // "alpha", applied long ago, comes first by name; checking its objects never finishes.
    const alpha = await deploymentsRepository.insert(db, desired('alpha'));
    await deploymentsRepository.recordApply(db, alpha?.id ?? '', 1, null, new Date());
    await deploymentsRepository.insert(db, desired('bravo'));

    const { client, applied } = clusterWithStuckReads('alpha');
    const audit = new AuditService(db, new InMemoryEventBus(), systemClock);
    reconciler = new Reconciler({
      db,
      audit,
      catalog: new CatalogService(db, audit),
      client,
      clock: systemClock,
      logger: createLogger('silent'),
      onChange: () => {},
    });
    reconciler.start(60_000);
    await vi.waitFor(() => expect(applied).toContain('Deployment/bravo'), { timeout: 10_000 });
    expect(applied.filter((object) => object.endsWith('/alpha'))).toEqual([]);
  });
});
