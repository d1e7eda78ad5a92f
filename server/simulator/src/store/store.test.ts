import { describe, expect, it } from 'vitest';
import { ObjectStore } from './store.ts';

describe('ObjectStore', () => {
  it('assigns a cluster-wide increasing resourceVersion and indexes dependents', () => {
    const store = new ObjectStore();
    const a = store.put('/pods', {
      metadata: {
        name: 'a',
        namespace: 'x',
        ownerReferences: [{ apiVersion: 'v1', kind: 'X', name: 'o', uid: 'u1' }],
      },
    });
    const b = store.put('apps/deployments', { metadata: { name: 'b', namespace: 'x' } });
    expect(Number(b.metadata.resourceVersion)).toBeGreaterThan(Number(a.metadata.resourceVersion));
    expect(store.dependents('u1')).toEqual([{ resource: '/pods', namespace: 'x', name: 'a' }]);
    store.remove('/pods', 'x', 'a');
    expect(store.dependents('u1')).toEqual([]);
  });

  it('answers expired for watches older than the history window', () => {
    const store = new ObjectStore({ historyLimit: 10 });
    for (let i = 0; i < 30; i++)
      store.put('/configmaps', { metadata: { name: `c${i}`, namespace: 'x' } });
    expect(store.eventsSince(1)).toBe('expired');
    const recent = store.eventsSince(store.resourceVersion - 3);
    expect(recent).not.toBe('expired');
    expect(Array.isArray(recent) && recent.map((e) => e.rv)).toEqual([28, 29, 30]);
  });
});
