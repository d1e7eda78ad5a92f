import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duplicateFields } from '../src/api/duplicate-fields.ts';
import { type RunningSimulator, startSimulator } from '../src/index.ts';

const TWICE = `{"apiVersion":"v1","kind":"ConfigMap",
  "metadata":{"name":"NAME","namespace":"default","labels":{"a":"1","a":"2"}},
  "data":{"k":"first"},"data":{"k":"last"}}`;

describe('fields named twice in a JSON body', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ fleet: 'empty' });
  });
  afterAll(() => sim?.stop());

  const post = (name: string, validation?: string) =>
    fetch(
      `${sim.url}/api/v1/namespaces/default/configmaps${validation ? `?fieldValidation=${validation}` : ''}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: TWICE.replace('NAME', name),
      },
    );

  it('are found by path, inside arrays too, and nowhere else', () => {
    expect(duplicateFields(TWICE)).toEqual(['metadata.labels.a', 'data']);
    expect(duplicateFields('{"a":[{"b":1,"b":2},{"b":3}],"c":"x\\"y","d":{"e":null}}')).toEqual([
      'a[0].b',
    ]);
    expect(duplicateFields('{"a":{"b":1},"c":{"b":2},"s":"{\\"a\\":1,\\"a\\":2}"}')).toEqual([]);
  });

  it('are refused with the decoder’s message under Strict', async () => {
    const response = await post('strict', 'Strict');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toBe(
      'ConfigMap in version "v1" cannot be handled as a ConfigMap: strict decoding error: duplicate field "metadata.labels.a", duplicate field "data"',
    );
  });

  it('are warned of by default, keeping the last of each, and ignored when asked', async () => {
    const warned = await post('warned');
    expect(warned.status).toBe(201);
    expect(warned.headers.get('warning')).toBe(
      '299 - "duplicate field \\"metadata.labels.a\\"", 299 - "duplicate field \\"data\\""',
    );
    const stored = (await warned.json()) as { data: unknown; metadata: { labels: unknown } };
    expect(stored.data).toEqual({ k: 'last' });
    expect(stored.metadata.labels).toEqual({ a: '2' });
    const ignored = await post('ignored', 'Ignore');
    expect(ignored.status).toBe(201);
    expect(ignored.headers.get('warning')).toBeNull();
  });
});
