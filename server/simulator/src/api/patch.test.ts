import { describe, expect, it } from 'vitest';
import { jsonPatch, mergePatch, PatchError, strategicMergePatch } from './patch.ts';

describe('patches', () => {
  it('merge patch replaces lists and deletes with null', () => {
    expect(mergePatch({ a: 1, b: [1, 2], c: { d: 1 } }, { a: null, b: [3], c: { e: 2 } })).toEqual({
      b: [3],
      c: { d: 1, e: 2 },
    });
  });

  it('json patch applies ops and fails a test op', () => {
    expect(
      jsonPatch({ spec: { replicas: 1 } }, [{ op: 'replace', path: '/spec/replicas', value: 3 }]),
    ).toEqual({ spec: { replicas: 3 } });
    expect(() => jsonPatch({ a: 1 }, [{ op: 'test', path: '/a', value: 2 }])).toThrow(PatchError);
  });

  it('strategic merge merges containers and env by name', () => {
    const live = {
      spec: {
        containers: [
          { name: 'a', image: 'x:1', env: [{ name: 'A', value: '1' }] },
          { name: 'b', image: 'y:1' },
        ],
      },
    };
    const patched = strategicMergePatch(live, {
      spec: {
        containers: [
          { name: 'a', env: [{ name: 'B', value: '2' }] },
          { name: 'b', $patch: 'delete' },
        ],
      },
    });
    expect(patched).toEqual({
      spec: {
        containers: [
          {
            name: 'a',
            image: 'x:1',
            env: [
              { name: 'A', value: '1' },
              { name: 'B', value: '2' },
            ],
          },
        ],
      },
    });
  });
});
