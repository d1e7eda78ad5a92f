import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSimulator, startSimulator } from '../src/index.ts';
import { KUBECTL, kubectlFor, statusOf, waitFor } from './helpers.ts';

const NS = 'history';

function configMap(name: string, data: Record<string, string> = {}) {
  return { metadata: { name, namespace: NS }, data };
}

/** The JSON watch events of a stream, until it ends or `count` arrived. */
async function readEvents(
  url: string,
  count: number,
): Promise<{ type: string; object: Record<string, unknown> }[]> {
  const res = await fetch(url);
  const reader = res.body?.getReader();
  if (!reader) throw new Error('no body');
  const events: { type: string; object: Record<string, unknown> }[] = [];
  let text = '';
  const decoder = new TextDecoder();
  while (events.length < count) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    let nl = text.indexOf('\n');
    while (nl >= 0) {
      events.push(JSON.parse(text.slice(0, nl)));
      text = text.slice(nl + 1);
      nl = text.indexOf('\n');
    }
  }
  await reader.cancel();
  return events;
}

describe('the event history and the 410 rules', () => {
  let sim: RunningSimulator;
  let core: CoreV1Api;

  beforeAll(async () => {
    sim = await startSimulator({ fleet: 'empty', acceleration: 50 });
    const kc = new KubeConfig();
    kc.loadFromString(sim.kubeconfig());
    core = kc.makeApiClient(CoreV1Api);
    await core.createNamespace({ body: { metadata: { name: NS } } });
  });

  afterAll(async () => {
    await sim.stop();
  });

  it('a watch from a compacted version ends at once with 410 Expired', async () => {
    const created = await core.createNamespacedConfigMap({ namespace: NS, body: configMap('w1') });
    const rv = Number(created.metadata?.resourceVersion);
    await core.createNamespacedConfigMap({ namespace: NS, body: configMap('w2') });
    const state = sim.compact({ revision: rv + 1 });
    expect(state.compactedRevision).toBe(rv + 1);

    // From the compacted revision itself, everything after it is still there.
    const fromEdge = await readEvents(
      `${sim.url}/api/v1/namespaces/${NS}/configmaps?watch=1&resourceVersion=${rv + 1}&timeoutSeconds=1`,
      1,
    );
    expect(fromEdge).toEqual([]);
    const events = await readEvents(
      `${sim.url}/api/v1/namespaces/${NS}/configmaps?watch=1&resourceVersion=${rv}`,
      2,
    );
    expect(events).toEqual([
      {
        type: 'ERROR',
        object: {
          kind: 'Status',
          apiVersion: 'v1',
          metadata: {},
          status: 'Failure',
          message: `too old resource version: ${rv} (${rv + 1})`,
          reason: 'Expired',
          code: 410,
        },
      },
    ]);
  });

  it('a forced compaction that expires watches ends open streams with 410', async () => {
    const head = (await core.listNamespacedConfigMap({ namespace: NS })).metadata?.resourceVersion;
    const stream = readEvents(
      `${sim.url}/api/v1/namespaces/${NS}/configmaps?watch=1&resourceVersion=${head}`,
      3,
    );
    await core.createNamespacedConfigMap({ namespace: NS, body: configMap('w3') });
    await waitFor('the watch to be open', () =>
      sim.store.resourceVersion > Number(head) ? true : undefined,
    );
    const res = await fetch(`${sim.url}/sim/v1/compaction`, {
      method: 'POST',
      body: JSON.stringify({ expireWatches: true }),
    });
    expect(res.status).toBe(200);
    const events = await stream;
    expect(events.map((e) => e.type)).toEqual(['ADDED', 'ERROR']);
    expect(events[1]?.object).toMatchObject({
      code: 410,
      reason: 'Expired',
      message: 'The resourceVersion for the provided watch is too old.',
    });
  });

  it('lists at an exact version show that state, and 410 once it is compacted', async () => {
    await core.createNamespacedConfigMap({
      namespace: NS,
      body: configMap('exact-a', { v: '1' }),
    });
    const at = (await core.listNamespacedConfigMap({ namespace: NS })).metadata?.resourceVersion;
    await core.deleteNamespacedConfigMap({ namespace: NS, name: 'exact-a' });
    await core.createNamespacedConfigMap({ namespace: NS, body: configMap('exact-b') });

    const exact = await core.listNamespacedConfigMap({
      namespace: NS,
      resourceVersion: at,
      resourceVersionMatch: 'Exact',
    });
    expect(exact.metadata?.resourceVersion).toBe(at);
    const names = exact.items.map((c) => c.metadata?.name);
    expect(names).toContain('exact-a');
    expect(names).not.toContain('exact-b');

    const notOlder = await core.listNamespacedConfigMap({
      namespace: NS,
      resourceVersion: at,
      resourceVersionMatch: 'NotOlderThan',
    });
    expect(notOlder.items.map((c) => c.metadata?.name)).toContain('exact-b');
    expect(Number(notOlder.metadata?.resourceVersion)).toBeGreaterThan(Number(at));

    const future = await statusOf(
      core.listNamespacedConfigMap({
        namespace: NS,
        resourceVersion: String(sim.store.resourceVersion + 100),
        resourceVersionMatch: 'NotOlderThan',
      }),
    );
    expect(future.code).toBe(504);
    expect(future.body).toMatchObject({
      reason: 'Timeout',
      message: `Too large resource version: ${sim.store.resourceVersion + 100}, current: ${sim.store.resourceVersion}`,
      details: { causes: [{ reason: 'ResourceVersionTooLarge' }] },
    });

    sim.compact();
    const expired = await statusOf(
      core.listNamespacedConfigMap({
        namespace: NS,
        resourceVersion: at,
        resourceVersionMatch: 'Exact',
      }),
    );
    expect(expired).toEqual({
      code: 410,
      body: {
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: 'The resourceVersion for the provided list is too old.',
        reason: 'Expired',
        code: 410,
      },
    });

    const unless = await statusOf(
      core.listNamespacedConfigMap({ namespace: NS, resourceVersionMatch: 'Exact' }),
    );
    expect(unless.code).toBe(422);
    expect(unless.body.message).toBe(
      'ListOptions.meta.k8s.io "" is invalid: resourceVersionMatch: Forbidden: resourceVersionMatch is forbidden unless resourceVersion is provided',
    );
  });

  it('paged lists are snapshots, and an expired continue token gets 410 with a fresh token', async () => {
    for (const name of ['page-1', 'page-2', 'page-3']) {
      await core.createNamespacedConfigMap({ namespace: NS, body: configMap(name) });
    }
    const selector = { namespace: NS, fieldSelector: 'metadata.name!=kube-root-ca.crt' };
    const first = await core.listNamespacedConfigMap({ ...selector, limit: 1 });
    const token = first.metadata?._continue;
    expect(token).toBeTruthy();
    // A change after the first page does not show in the next pages.
    await core.deleteNamespacedConfigMap({ namespace: NS, name: 'page-3' });
    const rest = await core.listNamespacedConfigMap({ ...selector, _continue: token });
    expect(rest.metadata?.resourceVersion).toBe(first.metadata?.resourceVersion);
    expect(rest.items.map((c) => c.metadata?.name)).toContain('page-3');

    sim.compact();
    const expired = await statusOf(core.listNamespacedConfigMap({ ...selector, _continue: token }));
    expect(expired.code).toBe(410);
    expect(expired.body.reason).toBe('Expired');
    expect(expired.body.message).toMatch(
      /^The provided continue parameter is too old to display a consistent list result\. You can start a new list without the continue parameter, or use the continue token in this response/,
    );
    const fresh = (expired.body.metadata as { continue?: string }).continue;
    expect(fresh).toBeTruthy();
    const after = await core.listNamespacedConfigMap({ ...selector, _continue: fresh });
    expect(after.items.map((c) => c.metadata?.name)).not.toContain('page-3');
  });

  if (KUBECTL) {
    it('kubectl shows the API server’s Expired error for a compacted exact list', async () => {
      const kubectl = await kubectlFor(sim);
      try {
        sim.compact();
        const error = await kubectl(
          'get',
          '--raw',
          '/api/v1/namespaces?resourceVersion=1&resourceVersionMatch=Exact',
        ).then(
          () => '',
          (err: Error) => err.message,
        );
        expect(error).toContain(
          'Error from server (Expired): The resourceVersion for the provided list is too old.',
        );
      } finally {
        await kubectl.cleanup();
      }
    });
  }
});
