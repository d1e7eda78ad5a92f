import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeObject,
  decodeWatchFrames,
  encodeObject,
  PROTOBUF,
} from '../src/api/protobuf/codec.ts';
import { type RunningSimulator, startSimulator } from '../src/index.ts';
import { KUBECTL, type Kubectl, kubectlFor, waitFor } from './helpers.ts';

/** Zero counters that the simulator writes and Go leaves out (omitempty). */
const OMITTED_WHEN_ZERO = new Set([
  'unavailableReplicas',
  'readyReplicas',
  'availableReplicas',
  'updatedReplicas',
  'fullyLabeledReplicas',
]);

/** The object as a Go client reads it: JSON null and an absent field are the same. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k, v]) => v !== null && v !== undefined && !(OMITTED_WHEN_ZERO.has(k) && v === 0))
      .map(([k, v]) => [k, withoutNulls(v)]),
  );
}

/** What client-go sends when a client is configured for protobuf. */
const CLIENT_GO_ACCEPT = `${PROTOBUF}, application/json`;

describe('the Kubernetes protobuf encoding', () => {
  let sim: RunningSimulator;

  beforeAll(async () => {
    sim = await startSimulator({ fleet: 'demo', acceleration: 100 });
    await waitFor('running model servers', async () => {
      const res = await fetch(`${sim.url}/api/v1/namespaces/ml-prod/pods`);
      const list = (await res.json()) as { items: { status?: { phase?: string } }[] };
      return list.items.some((p) => p.status?.phase === 'Running') ? true : undefined;
    });
  });

  afterAll(async () => {
    await sim.stop();
  });

  it('carries every served object through protobuf and back unchanged', async () => {
    const paths = [
      '/api/v1/nodes',
      '/api/v1/pods',
      '/api/v1/services',
      '/api/v1/endpoints',
      '/api/v1/events',
      '/api/v1/namespaces',
      '/apis/apps/v1/deployments',
      '/apis/apps/v1/replicasets',
    ];
    let checked = 0;
    for (const path of paths) {
      const json = (await (await fetch(`${sim.url}${path}`)).json()) as {
        kind: string;
        apiVersion: string;
        items: Record<string, unknown>[];
      };
      const kind = json.kind.replace(/List$/, '');
      for (const item of json.items) {
        const object = { kind, apiVersion: json.apiVersion, ...item };
        const wire = encodeObject(object);
        if (!wire) throw new Error(`no message for ${kind}`);
        expect(wire.subarray(0, 4)).toEqual(Buffer.from('k8s\0'));
        expect(decodeObject(wire)).toEqual(withoutNulls(object));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('answers lists, gets and errors in protobuf when the client asks for it', async () => {
    // Both reads at one exact version, so they see the same pods.
    const at = `resourceVersion=${sim.store.resourceVersion}&resourceVersionMatch=Exact`;
    const res = await fetch(`${sim.url}/api/v1/namespaces/ml-prod/pods?${at}`, {
      headers: { Accept: CLIENT_GO_ACCEPT },
    });
    expect(res.headers.get('content-type')).toBe(PROTOBUF);
    const list = decodeObject(Buffer.from(await res.arrayBuffer()));
    expect(list.kind).toBe('PodList');
    expect(list.apiVersion).toBe('v1');
    const items = list.items as { metadata: { name: string } }[];
    expect(items.length).toBeGreaterThan(0);
    const json = (await (
      await fetch(`${sim.url}/api/v1/namespaces/ml-prod/pods?${at}`)
    ).json()) as {
      items: unknown[];
    };
    // List items carry no kind or apiVersion on the wire: the list's typeMeta names them.
    expect(list.items).toEqual(
      withoutNulls(
        json.items.map((item) => ({ ...(item as object), kind: undefined, apiVersion: undefined })),
      ),
    );

    const missing = await fetch(`${sim.url}/api/v1/namespaces/ml-prod/pods/nope`, {
      headers: { Accept: CLIENT_GO_ACCEPT },
    });
    expect(missing.status).toBe(404);
    expect(decodeObject(Buffer.from(await missing.arrayBuffer()))).toMatchObject({
      kind: 'Status',
      apiVersion: 'v1',
      code: 404,
      reason: 'NotFound',
      message: 'pods "nope" not found',
    });

    // Tables stay JSON, as on a real API server.
    const table = await fetch(`${sim.url}/api/v1/namespaces/ml-prod/pods`, {
      headers: { Accept: `application/json;as=Table;v=v1;g=meta.k8s.io, ${PROTOBUF}` },
    });
    expect(table.headers.get('content-type')).toBe('application/json');
  });

  it('reads protobuf bodies and streams watch events as length-delimited frames', async () => {
    const created = await fetch(`${sim.url}/api/v1/namespaces/default/configmaps`, {
      method: 'POST',
      headers: { 'Content-Type': PROTOBUF, Accept: CLIENT_GO_ACCEPT },
      body: encodeObject({
        kind: 'ConfigMap',
        apiVersion: 'v1',
        metadata: { name: 'wire', labels: { via: 'protobuf' } },
        data: { greeting: 'hello' },
      }),
    });
    expect(created.status).toBe(201);
    const body = decodeObject(Buffer.from(await created.arrayBuffer()));
    expect(body).toMatchObject({ metadata: { name: 'wire' }, data: { greeting: 'hello' } });
    const rv = Number((body.metadata as { resourceVersion: string }).resourceVersion);

    const controller = new AbortController();
    const watch = await fetch(
      `${sim.url}/api/v1/namespaces/default/configmaps?watch=1&resourceVersion=${rv - 1}&fieldSelector=metadata.name%3Dwire`,
      { headers: { Accept: CLIENT_GO_ACCEPT }, signal: controller.signal },
    );
    expect(watch.headers.get('content-type')).toBe(`${PROTOBUF};stream=watch`);
    const reader = watch.body?.getReader();
    if (!reader) throw new Error('no watch body');
    await fetch(`${sim.url}/api/v1/namespaces/default/configmaps/wire`, { method: 'DELETE' });
    let data = Buffer.alloc(0);
    while (decodeWatchFrames(data).length < 2) {
      const { value, done } = await reader.read();
      if (done) break;
      data = Buffer.concat([data, Buffer.from(value)]);
    }
    controller.abort();
    const events = decodeWatchFrames(data);
    expect(events.map((e) => e.type)).toEqual(['ADDED', 'DELETED']);
    expect(events[0]?.object).toMatchObject({ kind: 'ConfigMap', metadata: { name: 'wire' } });

    const bad = await fetch(`${sim.url}/api/v1/namespaces/default/configmaps`, {
      method: 'POST',
      headers: { 'Content-Type': PROTOBUF },
      body: 'not protobuf',
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toBe(
      'the object provided is unrecognized (must be of type ConfigMap): provided data does not appear to be a protobuf message, expected prefix [107 56 115 0]',
    );
  });

  if (KUBECTL) {
    describe('through kubectl, which sends typed objects as protobuf', () => {
      let kubectl: Kubectl;
      beforeAll(async () => {
        kubectl = await kubectlFor(sim);
      });
      afterAll(async () => {
        await kubectl.cleanup();
      });

      it('creates namespaces, configmaps, secrets and deployments', async () => {
        expect(await kubectl('create', 'namespace', 'pb')).toContain('namespace/pb created');
        expect(
          await kubectl('create', 'configmap', 'cfg', '-n', 'pb', '--from-literal=mode=fast'),
        ).toContain('configmap/cfg created');
        expect(
          await kubectl(
            'create',
            'secret',
            'generic',
            'key',
            '-n',
            'pb',
            '--from-literal=token=s3cret',
          ),
        ).toContain('secret/key created');
        expect(
          await kubectl(
            'create',
            'deployment',
            'web',
            '-n',
            'pb',
            '--image=nginx:1.27',
            '--replicas=0',
          ),
        ).toContain('deployment.apps/web created');

        expect(await kubectl('get', 'cm', 'cfg', '-n', 'pb', '-o', 'jsonpath={.data.mode}')).toBe(
          'fast',
        );
        const token = await kubectl(
          'get',
          'secret',
          'key',
          '-n',
          'pb',
          '-o',
          'jsonpath={.data.token}',
        );
        expect(Buffer.from(token, 'base64').toString()).toBe('s3cret');
        const deployment = JSON.parse(
          await kubectl('get', 'deploy', 'web', '-n', 'pb', '-o', 'json'),
        );
        expect(deployment.spec.replicas).toBe(0);
        expect(deployment.spec.template.spec.containers[0].image).toBe('nginx:1.27');
        // Go's zero time is an empty message on the wire and null in JSON, never 1970.
        expect(deployment.spec.template.metadata.creationTimestamp).toBeNull();
      });

      it('describes objects it reads back in protobuf', async () => {
        const described = await kubectl('describe', 'deployment', 'chat', '-n', 'ml-prod');
        expect(described).toMatch(/Liveness:\s+http-get http:\/\/:\d+\/health/);
        expect(described).toMatch(/Tolerations:\s+nvidia\.com\/gpu:NoSchedule op=Exists/);
      });
    });
  }
});
