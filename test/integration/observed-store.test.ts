import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditService } from '../../server/src/audit/index.ts';
import { CatalogService } from '../../server/src/catalog/index.ts';
import {
  DeploymentsService,
  DesiredState,
  type ObservedWorkload,
} from '../../server/src/deployments/index.ts';
import { InMemoryEventBus } from '../../server/src/events/index.ts';
import { migrate } from '../../server/src/store/index.ts';
import { TestClock } from '../support/clock.ts';
import { storeKinds, type TestStore } from '../support/stores.ts';

const WORKLOAD: ObservedWorkload = {
  kind: 'Deployment',
  runtime: 'VLLM',
  container: 'vllm',
  image: 'vllm/vllm-openai:v0.9.2',
  model: 'Qwen/Qwen2.5-7B-Instruct',
  modelSource: 'hf://Qwen/Qwen2.5-7B-Instruct',
  servedModelName: null,
  port: 8000,
  gpusPerReplica: 1,
  gpuProduct: null,
  tensorParallelSize: null,
  evidence: ['image vllm/vllm-openai'],
  selector: { app: 'chat' },
};

const found = (namespace: string, name: string, replicas = 1) => ({
  namespace,
  name,
  environment: 'PROD' as const,
  replicas,
  strategy: 'ROLLING' as const,
  observed: WORKLOAD,
});

for (const kind of storeKinds()) {
  describe(`observed deployments in the store, on ${kind.name}`, () => {
    let store: TestStore;
    let audit: AuditService;
    const service = (namespaces: string[]) => {
      const bus = new InMemoryEventBus();
      return new DeploymentsService({
        db: store.db,
        audit,
        catalog: new CatalogService(store.db, audit),
        bus,
        desired: new DesiredState({ bus }),
        namespaces,
      });
    };
    const actions = async () =>
      (
        await store.db.query<{ action: string; target_id: string }>(
          "SELECT action, target_id FROM audit_log WHERE action LIKE 'deployment.%' ORDER BY seq",
        )
      ).rows.map((r) => `${r.action} ${r.target_id}`);

    beforeEach(async () => {
      store = await kind.create();
      await migrate(store.db);
      audit = new AuditService(store.db, new InMemoryEventBus(), new TestClock());
    });

    afterEach(async () => {
      await store.drop();
    });

    it('records what a look finds once, refreshes what changed, and forgets what is gone', async () => {
      const deployments = service(['a', 'b']);
      const first = await deployments.recordObserved(
        [found('a', 'chat'), found('b', 'embed')],
        ['a', 'b'],
      );
      // The same look again writes nothing (whatever order the store keeps the JSON's keys in);
      // a changed one refreshes without an audit entry.
      const again = await deployments.recordObserved(
        [found('a', 'chat'), found('b', 'embed')],
        ['a', 'b'],
      );
      expect(again.map((d) => d.updatedAt)).toEqual(first.map((d) => d.updatedAt));
      const after = await deployments.recordObserved(
        [found('a', 'chat', 3), found('b', 'embed')],
        ['a', 'b'],
      );
      expect(after.map((d) => [d.name, d.replicas])).toEqual([
        ['chat', 3],
        ['embed', 1],
      ]);
      // A namespace that could not be read forgets nothing; one read in full does.
      await deployments.recordObserved([], ['a']);
      expect((await deployments.listObserved()).map((d) => d.name)).toEqual(['embed']);
      expect(await actions()).toEqual([
        'deployment.observe a/chat',
        'deployment.observe b/embed',
        'deployment.unobserve a/chat',
      ]);
    });

    it('does not forget a server that changed after the look that missed it (handed back meanwhile)', async () => {
      const deployments = service(['a']);
      const [chat] = await deployments.recordObserved([found('a', 'chat')], ['a']);
      // A look taken before the row last changed says nothing of it.
      expect(
        (await deployments.recordObserved([], ['a'], new Date(Date.now() - 60_000))).map(
          (d) => d.id,
        ),
      ).toEqual([chat?.id]);
      expect(await deployments.recordObserved([], ['a'], new Date(Date.now() + 60_000))).toEqual(
        [],
      );
    });

    it('forgets the servers of a namespace Backline no longer watches', async () => {
      await service(['a', 'b']).recordObserved(
        [found('a', 'chat'), found('b', 'embed')],
        ['a', 'b'],
      );
      const narrowed = service(['a']);
      await narrowed.recordObserved([found('a', 'chat')], ['a']);
      expect((await narrowed.listObserved()).map((d) => d.name)).toEqual(['chat']);
      const { rows } = await store.db.query<{ details: { reason: string } }>(
        "SELECT details FROM audit_log WHERE action = 'deployment.unobserve'",
      );
      expect(rows.map((r) => r.details.reason)).toEqual(['Backline no longer watches b.']);
    });

    it('keeps them out of everything that changes the cluster', async () => {
      const deployments = service(['a']);
      await deployments.recordObserved([found('a', 'chat')], ['a']);
      expect(await deployments.list()).toEqual([]);
      expect(await deployments.get('a', 'chat')).toBeNull();
      expect(await deployments.getAny('a', 'chat')).toMatchObject({ managed: false, name: 'chat' });
      await expect(
        deployments.scale(
          { type: 'USER', id: 'u1', name: 'ops' },
          {
            namespace: 'a',
            name: 'chat',
            replicas: 2,
          },
        ),
      ).rejects.toThrow(
        'a/chat is a model server Backline observes but does not manage; it changes nothing of it.',
      );
    });
  });
}
