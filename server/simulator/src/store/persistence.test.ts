import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ClusterPersistence } from './persistence.ts';
import { ObjectStore } from './store.ts';

const dirs: string[] = [];
function folder(): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'sim-persist-')), 'state');
  dirs.push(path.dirname(dir));
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function names(persistence: ClusterPersistence): string[] {
  return (persistence.load()?.objects ?? []).map((o) => o.object.metadata.name ?? '').sort();
}

describe('ClusterPersistence', () => {
  it('finds every change of a killed run in its journal, without a last snapshot', () => {
    const dir = folder();
    const store = new ObjectStore();
    new ClusterPersistence(dir).attach(store, () => 5_000);
    store.put('/configmaps', { metadata: { name: 'a', namespace: 'x' } });
    store.put('/configmaps', { metadata: { name: 'b', namespace: 'x' } });
    store.remove('/configmaps', 'x', 'a');
    // No close(): the process died here.
    const saved = new ClusterPersistence(dir).load();
    expect(saved?.objects.map((o) => o.object.metadata.name)).toEqual(['b']);
    expect(saved?.revision).toBe(store.resourceVersion);
    expect(saved?.clockAt).toBe(5_000);

    const restored = new ObjectStore();
    restored.restore(saved?.objects ?? [], saved?.revision ?? 0);
    expect(restored.get('/configmaps', 'x', 'b')?.metadata.resourceVersion).toBe('2');
    expect(
      restored.put('/configmaps', { metadata: { name: 'c', namespace: 'x' } }).metadata
        .resourceVersion,
    ).toBe('4');
    expect(restored.eventsSince(2)).toBe('expired');
  });

  it('ignores a journal line torn by a kill in the middle of its write', () => {
    const dir = folder();
    const store = new ObjectStore();
    new ClusterPersistence(dir).attach(store, () => 0);
    store.put('/configmaps', { metadata: { name: 'kept', namespace: 'x' } });
    appendFileSync(path.join(dir, 'objects.journal'), '{"rv":9,"at":0,"op":"put","resour');
    expect(names(new ClusterPersistence(dir))).toEqual(['kept']);
  });

  it('folds the journal into a snapshot by renaming a whole file, readable only by its owner', () => {
    const dir = folder();
    const store = new ObjectStore();
    new ClusterPersistence(dir, { compactAfter: 3 }).attach(store, () => 0);
    for (let i = 0; i < 7; i++)
      store.put('/configmaps', { metadata: { name: `c${i}`, namespace: 'x' } });
    const journal = readFileSync(path.join(dir, 'objects.journal'), 'utf8').trim().split('\n');
    expect(journal).toHaveLength(1);
    expect(names(new ClusterPersistence(dir))).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6']);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(dir, 'objects.json')).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(dir, 'objects.journal')).mode & 0o777).toBe(0o600);
  });

  it('remembers the port and has nothing to load from an empty folder', () => {
    const dir = folder();
    const persistence = new ClusterPersistence(dir);
    expect(persistence.load()).toBeNull();
    const store = new ObjectStore();
    persistence.attach(store, () => 0);
    persistence.rememberPort(41234);
    persistence.close(store, () => 0);
    expect(new ClusterPersistence(dir).load()?.port).toBe(41234);
  });
});
