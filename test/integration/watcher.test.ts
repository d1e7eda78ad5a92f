import { CoreV1Api, type V1Pod } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkloadWatcher } from '../../server/src/kube/index.ts';
import { type SimulatedCluster, startSimulatedCluster } from '../support/cluster.ts';
import { waitFor } from '../support/wait.ts';

const ns = 'history-informer';

/** Backline's informers against an API server that compacts its history under them. */
describe('the workload watcher through a compaction', () => {
  let cluster: SimulatedCluster;

  beforeAll(async () => {
    cluster = await startSimulatedCluster({ acceleration: 50, namespaces: [ns] });
  });

  afterAll(async () => {
    await cluster.stop();
  });

  it('Backline’s informers relist through a forced compaction and miss no transition', async () => {
    const { sim, admin: kc } = cluster;
    const core = kc.makeApiClient(CoreV1Api);
    const pod = (name: string, deployment: string): V1Pod => ({
      metadata: {
        name,
        namespace: ns,
        labels: {
          'app.kubernetes.io/managed-by': 'backline',
          'backline.dev/deployment': deployment,
        },
      },
      spec: { containers: [{ name: 'main', image: 'nginx:1.27' }] },
    });
    await core.createNamespacedPod({ namespace: ns, body: pod('a-0', 'alpha') });
    await core.createNamespacedPod({ namespace: ns, body: pod('b-0', 'beta') });
    const changed: string[] = [];
    const watcher = new WorkloadWatcher(kc, {
      namespaces: [ns],
      onChange: (_ns, name) => changed.push(name),
      initialBackoffMs: 50,
    });
    await watcher.start();
    try {
      await waitFor('both pods seen', () =>
        watcher.workload(ns, 'alpha').pods.length === 1 &&
        watcher.workload(ns, 'beta').pods.length === 1
          ? true
          : undefined,
      );
      changed.length = 0;
      // The watches end with 410; before the informers can list again, a pod goes away and
      // another appears, so they learn of both only from the relist.
      sim.compact({ expireWatches: true });
      sim.store.remove('/pods', ns, 'a-0');
      const b = sim.store.get('/pods', ns, 'b-0');
      if (!b) throw new Error('pod b-0 is missing');
      sim.store.put('/pods', {
        ...b,
        metadata: { ...b.metadata, name: 'b-1', uid: 'uid-b-1', resourceVersion: undefined },
      });
      await waitFor('the relisted picture', () => {
        const alpha = watcher.workload(ns, 'alpha').pods.map((p) => p.name);
        const beta = watcher
          .workload(ns, 'beta')
          .pods.map((p) => p.name)
          .sort();
        return alpha.length === 0 && beta.join() === 'b-0,b-1' ? true : undefined;
      });
      expect(changed).toContain('alpha');
      expect(changed).toContain('beta');
      // The informers watch again from the relist: a later change arrives as usual.
      changed.length = 0;
      await core.deleteNamespacedPod({ namespace: ns, name: 'b-0', gracePeriodSeconds: 0 });
      await waitFor('the deletion after the relist', () =>
        watcher.workload(ns, 'beta').pods.length === 1 ? true : undefined,
      );
    } finally {
      await watcher.stop();
    }
  });
});
