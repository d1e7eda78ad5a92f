import { describe, expect, it } from 'vitest';
import { WrittenOnce } from './written-once.ts';

describe('rows kept once read', () => {
  const store = new Map([
    ['a', { id: 'a', spec: { image: 'x' } }],
    ['b', { id: 'b', spec: { image: 'y' } }],
    ['c', { id: 'c', spec: { image: 'z' } }],
  ]);
  const reading = () => {
    const asked: string[][] = [];
    const read = async (ids: string[]) => {
      asked.push(ids);
      return new Map(
        ids.flatMap((id) => (store.has(id) ? [[id, structuredClone(store.get(id))] as const] : [])),
      );
    };
    return {
      asked,
      read: read as (
        ids: string[],
      ) => Promise<Map<string, { id: string; spec: { image: string } }>>,
    };
  };

  it('reads each row from the store once, and asks again for one it did not find', async () => {
    const rows = new WrittenOnce<{ id: string; spec: { image: string } }>(10);
    const { asked, read } = reading();
    expect([...(await rows.get(['a', 'missing', 'a'], read)).keys()]).toEqual(['a']);
    expect([...(await rows.get(['a', 'b', 'missing'], read)).keys()].sort()).toEqual(['a', 'b']);
    expect(asked).toEqual([
      ['a', 'missing'],
      ['b', 'missing'],
    ]);
  });

  it('hands out rows no reader can change', async () => {
    const rows = new WrittenOnce<{ id: string; spec: { image: string } }>(10);
    const { read } = reading();
    const a = (await rows.get(['a'], read)).get('a');
    expect(() => {
      if (a) a.spec.image = 'changed';
    }).toThrow(TypeError);
    expect((await rows.get(['a'], read)).get('a')?.spec.image).toBe('x');
  });

  it('keeps at most its limit, the oldest read going first', async () => {
    const rows = new WrittenOnce<{ id: string; spec: { image: string } }>(2);
    const { asked, read } = reading();
    await rows.get(['a'], read);
    await rows.get(['b'], read);
    await rows.get(['c'], read);
    await rows.get(['b', 'c', 'a'], read);
    expect(asked).toEqual([['a'], ['b'], ['c'], ['a']]);
  });
});
