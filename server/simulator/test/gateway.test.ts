import {
  AppsV1Api,
  CoreV1Api,
  CustomObjectsApi,
  KubeConfig,
  type V1Deployment,
} from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RouteStats, type RunningSimulator, startSimulator } from '../src/index.ts';
import { KUBECTL, kubectlFor, vllmDeployment, waitFor } from './helpers.ts';

const GROUP = 'gateway.networking.k8s.io';
const ns = 'gw';

/** A model Deployment as Backline applies it: one track of `name`, with the track's labels. */
function track(name: string, track: 'stable' | 'canary', replicas: number): V1Deployment {
  const labels = { 'backline.dev/deployment': name, 'backline.dev/track': track };
  const d = vllmDeployment(track === 'stable' ? name : `${name}-canary`, replicas);
  if (!d.spec?.template.metadata) throw new Error('no template');
  d.spec.selector = { matchLabels: labels };
  d.spec.template.metadata.labels = labels;
  return d;
}

function service(name: string, selector: Record<string, string>) {
  return {
    metadata: { name },
    spec: { selector, ports: [{ name: 'http', port: 8000, targetPort: 8000 }] },
  };
}

function route(
  name: string,
  rule: Record<string, unknown>,
  gateway = { namespace: 'gateway-system', name: 'inference' },
) {
  return {
    apiVersion: `${GROUP}/v1`,
    kind: 'HTTPRoute',
    metadata: { name, namespace: ns },
    spec: {
      parentRefs: [{ group: GROUP, kind: 'Gateway', ...gateway }],
      rules: [rule],
    },
  };
}

function weighted(stable: number, canary: number, extra: Record<string, unknown> = {}) {
  return {
    backendRefs: [
      { name: 'chat-stable', port: 8000, weight: stable },
      { name: 'chat-canary', port: 8000, weight: canary },
    ],
    ...extra,
  };
}

type Condition = { type: string; status: string; reason: string; observedGeneration?: number };

describe('the simulated gateway', () => {
  let sim: RunningSimulator;
  let core: CoreV1Api;
  let apps: AppsV1Api;
  let custom: CustomObjectsApi;

  const http = async <T>(path: string, init?: RequestInit): Promise<T> => {
    const res = await fetch(`${sim.url}${path}`, init);
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const routeStats = (name: string) =>
    http<RouteStats>(`/sim/v1/gateway/routes/${ns}/${name}/stats`);
  /** Starts a measuring window and waits until the route has taken in `n` requests. */
  const measure = async (name: string, n: number): Promise<RouteStats> => {
    await http('/sim/v1/gateway/stats/reset', { method: 'POST' });
    return waitFor(`${n} requests through ${name}`, async () => {
      const s = await routeStats(name);
      return s.requests >= n ? s : undefined;
    });
  };
  const readRoute = async (name: string) =>
    (await custom.getNamespacedCustomObject({
      group: GROUP,
      version: 'v1',
      namespace: ns,
      plural: 'httproutes',
      name,
    })) as { status?: { parents?: { controllerName: string; conditions: Condition[] }[] } };
  /** Server-side apply of an HTTPRoute, as Backline writes them. */
  const applyRoute = async (body: Record<string, unknown>) => {
    const name = (body.metadata as { name: string }).name;
    await http(
      `/apis/${GROUP}/v1/namespaces/${ns}/httproutes/${name}?fieldManager=test&force=true`,
      {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/apply-patch+yaml' },
        body: JSON.stringify(body),
      },
    );
  };
  /** Requests the pods `selector` picks have answered, from their own /metrics. */
  const served = async (selector: string): Promise<number> => {
    const pods = await core.listNamespacedPod({ namespace: ns, labelSelector: selector });
    let total = 0;
    for (const pod of pods.items) {
      const res = await fetch(
        `${sim.url}/api/v1/namespaces/${ns}/pods/${pod.metadata?.name}:8000/proxy/metrics`,
      );
      const text = await res.text();
      for (const line of text.split('\n'))
        if (line.startsWith('vllm:request_success_total{')) total += Number(line.split(' ').pop());
    }
    return total;
  };

  beforeAll(async () => {
    sim = await startSimulator({
      fleet: 'demo',
      nodes: 4,
      // Gentle on the clock (probes keep passing on a busy machine), heavy on traffic.
      acceleration: 30,
      trafficRps: 300,
      inferencePool: true,
    });
    const kc = new KubeConfig();
    kc.loadFromString(sim.kubeconfig());
    core = kc.makeApiClient(CoreV1Api);
    apps = kc.makeApiClient(AppsV1Api);
    custom = kc.makeApiClient(CustomObjectsApi);
    await core.createNamespace({ body: { metadata: { name: ns } } });
    await apps.createNamespacedDeployment({ namespace: ns, body: track('chat', 'stable', 3) });
    await apps.createNamespacedDeployment({ namespace: ns, body: track('chat', 'canary', 1) });
    for (const [name, selector] of [
      ['chat', { 'backline.dev/deployment': 'chat' }],
      ['chat-stable', { 'backline.dev/deployment': 'chat', 'backline.dev/track': 'stable' }],
      ['chat-canary', { 'backline.dev/deployment': 'chat', 'backline.dev/track': 'canary' }],
    ] as const)
      await core.createNamespacedService({ namespace: ns, body: service(name, selector) });
    await waitFor(
      'four ready chat pods',
      async () => {
        const pods = await core.listNamespacedPod({
          namespace: ns,
          labelSelector: 'backline.dev/deployment=chat',
        });
        const ready = pods.items.filter((p) =>
          p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'),
        );
        return ready.length === 4 ? true : undefined;
      },
      60_000,
    );
  }, 90_000);

  afterAll(async () => {
    await sim?.stop();
  });

  it('serves the Gateway API kinds, listed in discovery and printed as kubectl tables', async () => {
    const list = await http<{ resources: { name: string; namespaced: boolean }[] }>(
      `/apis/${GROUP}/v1`,
    );
    expect(list.resources.map((r) => [r.name, r.namespaced])).toEqual(
      expect.arrayContaining([
        ['gatewayclasses', false],
        ['gateways', true],
        ['httproutes', true],
        ['httproutes/status', true],
      ]),
    );
    const table = await http<{
      columnDefinitions: { name: string }[];
      rows: { cells: unknown[] }[];
    }>('/apis/gateway.networking.k8s.io/v1/namespaces/gateway-system/gateways', {
      headers: { Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io' },
    });
    expect(table.columnDefinitions.map((c) => c.name)).toEqual([
      'Name',
      'Class',
      'Address',
      'Programmed',
      'Age',
    ]);
    expect(table.rows[0]?.cells.slice(0, 4)).toEqual([
      'inference',
      'simulated',
      expect.stringMatching(/^10\.96\.\d+\.\d+$/),
      'True',
    ]);
    const pools = await http<{ resources: { name: string }[] }>(
      '/apis/inference.networking.k8s.io/v1',
    );
    expect(pools.resources.map((r) => r.name)).toContain('inferencepools');
    if (KUBECTL) {
      const kubectl = await kubectlFor(sim);
      try {
        expect(await kubectl('get', 'gatewayclasses')).toMatch(
          /^NAME\s+CONTROLLER\s+ACCEPTED\s+AGE\nsimulated\s+simulator\.backline\.dev\/gateway-controller\s+True\s+/,
        );
        await applyRoute(route('chat', weighted(100, 0)));
        expect(await kubectl('get', 'httproutes', '-n', ns)).toMatch(
          /^NAME\s+HOSTNAMES\s+AGE\nchat\s+\d+s\n$/,
        );
        expect(await kubectl('api-resources', '--categories=gateway-api', '-o', 'name')).toBe(
          'gatewayclasses.gateway.networking.k8s.io\ngateways.gateway.networking.k8s.io\nhttproutes.gateway.networking.k8s.io\n',
        );
      } finally {
        await kubectl.cleanup();
        await custom.deleteNamespacedCustomObject({
          group: GROUP,
          version: 'v1',
          namespace: ns,
          plural: 'httproutes',
          name: 'chat',
        });
      }
    }
  });

  it('splits a Service without a route over its ready endpoints: 3 stable and 1 canary, 75/25', async () => {
    // Traffic follows the Endpoints objects, as kube-proxy does. A readiness probe that lapses on a
    // busy machine takes a pod out of them for a while, and the split with it: a window is only
    // read while the chat Service lists all four pods and no Endpoints object changed.
    const endpoints = async () => {
      const list = await core.listNamespacedEndpoints({ namespace: ns });
      const chat = list.items.find((e) => e.metadata?.name === 'chat');
      return {
        versions: list.items
          .map((e) => `${e.metadata?.name}@${e.metadata?.resourceVersion}`)
          .join(),
        ready: (chat?.subsets ?? []).reduce((n, s) => n + (s.addresses?.length ?? 0), 0),
      };
    };
    // Each traffic tick serves every pod at once, but the pods are read one by one: the counts
    // are one tick's when the stable track's is the same before and after the canary's is read.
    const bothTracks = async () => {
      for (;;) {
        const stable = await served('backline.dev/track=stable');
        const canary = await served('backline.dev/track=canary');
        if ((await served('backline.dev/track=stable')) === stable) return { stable, canary };
      }
    };
    let share: number | undefined;
    for (let attempt = 0; attempt < 5 && share === undefined; attempt++) {
      const { versions } = await waitFor('the chat Service with four ready endpoints', async () => {
        const now = await endpoints();
        return now.ready === 4 ? now : undefined;
      });
      const before = await bothTracks();
      const after = await waitFor('2000 requests to the chat pods', async () => {
        const counts = await bothTracks();
        const now = {
          stable: counts.stable - before.stable,
          canary: counts.canary - before.canary,
        };
        return now.stable + now.canary >= 2000 ? now : undefined;
      });
      if ((await endpoints()).versions === versions)
        share = (100 * after.canary) / (after.stable + after.canary);
    }
    expect(share).toBeGreaterThan(24);
    expect(share).toBeLessThan(26);
  });

  it('accepts its GatewayClass and programs the demo Gateway', async () => {
    const cls = (await custom.getClusterCustomObject({
      group: GROUP,
      version: 'v1',
      plural: 'gatewayclasses',
      name: 'simulated',
    })) as { spec: { controllerName: string }; status: { conditions: Condition[] } };
    expect(cls.spec.controllerName).toBe('simulator.backline.dev/gateway-controller');
    expect(cls.status.conditions).toEqual([
      expect.objectContaining({ type: 'Accepted', status: 'True', observedGeneration: 1 }),
    ]);
    const gw = (await custom.getNamespacedCustomObject({
      group: GROUP,
      version: 'v1',
      namespace: 'gateway-system',
      plural: 'gateways',
      name: 'inference',
    })) as {
      spec: { listeners: unknown[] };
      status: { conditions: Condition[]; addresses: { type: string; value: string }[] };
    };
    expect(gw.spec.listeners).toEqual([
      { name: 'http', port: 80, protocol: 'HTTP', allowedRoutes: { namespaces: { from: 'All' } } },
    ]);
    expect(gw.status.conditions.map((c) => [c.type, c.status])).toEqual([
      ['Accepted', 'True'],
      ['Programmed', 'True'],
    ]);
    expect(gw.status.addresses[0]?.type).toBe('IPAddress');
  });

  it('splits a route 95/5 by weight, within a point, and sets its status', async () => {
    await applyRoute(route('chat', weighted(95, 5)));
    const status = await waitFor('the route accepted', async () => {
      const parents = (await readRoute('chat')).status?.parents;
      return parents?.[0]?.conditions.some((c) => c.type === 'Accepted' && c.status === 'True')
        ? parents
        : undefined;
    });
    expect(status).toEqual([
      {
        parentRef: {
          group: GROUP,
          kind: 'Gateway',
          namespace: 'gateway-system',
          name: 'inference',
        },
        controllerName: 'simulator.backline.dev/gateway-controller',
        conditions: [
          expect.objectContaining({
            type: 'Accepted',
            status: 'True',
            reason: 'Accepted',
            observedGeneration: 1,
          }),
          expect.objectContaining({
            type: 'ResolvedRefs',
            status: 'True',
            reason: 'ResolvedRefs',
            observedGeneration: 1,
          }),
        ],
      },
    ]);
    const stats = await measure('chat', 4000);
    const stable = stats.backends['chat-stable']?.requests ?? 0;
    const canary = stats.backends['chat-canary']?.requests ?? 0;
    expect(stable + canary).toBe(stats.requests);
    expect((100 * canary) / stats.requests).toBeGreaterThanOrEqual(4);
    expect((100 * canary) / stats.requests).toBeLessThanOrEqual(6);
    expect(Math.abs(canary - stats.requests * 0.05)).toBeLessThanOrEqual(2);
    expect(stats.failures).toBe(0);
  });

  it('sends nothing to a backend of weight 0', async () => {
    await applyRoute(route('chat', weighted(100, 0)));
    await waitFor('generation 2 observed', async () =>
      (await readRoute('chat')).status?.parents?.[0]?.conditions[0]?.observedGeneration === 2
        ? true
        : undefined,
    );
    const stats = await measure('chat', 2000);
    expect(stats.backends['chat-canary']?.requests ?? 0).toBe(0);
    expect(stats.backends['chat-stable']?.requests).toBe(stats.requests);
  });

  it('mirrors half the requests to a failing canary: its failures rise, the users see none', async () => {
    const fault = await http<{ id: string }>('/sim/v1/faults', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        type: 'error-rate',
        namespace: ns,
        deployment: 'chat-canary',
        params: { percent: 100 },
      }),
    });
    try {
      await applyRoute(
        route(
          'chat',
          weighted(100, 0, {
            filters: [
              {
                type: 'RequestMirror',
                requestMirror: { backendRef: { name: 'chat-canary', port: 8000 }, percent: 50 },
              },
            ],
          }),
        ),
      );
      await waitFor('generation 3 observed', async () =>
        (await readRoute('chat')).status?.parents?.[0]?.conditions[0]?.observedGeneration === 3
          ? true
          : undefined,
      );
      const stats = await measure('chat', 2000);
      const mirror = stats.mirrors['chat-canary'];
      expect(Math.abs((mirror?.requests ?? 0) - stats.requests / 2)).toBeLessThanOrEqual(2);
      expect(mirror?.failures).toBe(mirror?.requests);
      expect(stats.failures).toBe(0);
      expect(stats.backends['chat-stable']).toEqual({ requests: stats.requests, failures: 0 });
      const text = await (await fetch(`${sim.url}/sim/v1/gateway/metrics`)).text();
      expect(text).toMatch(
        /^envoy_cluster_upstream_rq_xx\{namespace="gw",route="chat",envoy_cluster_name="gw\/chat-canary",mirror="true",envoy_response_code_class="5"\} [1-9]\d*$/m,
      );
      expect(text).toMatch(
        /^envoy_http_downstream_rq_xx\{namespace="gw",route="chat",envoy_response_code_class="5"\} 0$/m,
      );
    } finally {
      await fetch(`${sim.url}/sim/v1/faults/${fault.id}`, { method: 'DELETE' });
    }
  });

  it('routes to an InferencePool’s ready pods', async () => {
    await custom.createNamespacedCustomObject({
      group: 'inference.networking.k8s.io',
      version: 'v1',
      namespace: ns,
      plural: 'inferencepools',
      body: {
        apiVersion: 'inference.networking.k8s.io/v1',
        kind: 'InferencePool',
        metadata: { name: 'chat-pool' },
        spec: {
          selector: { matchLabels: { 'backline.dev/deployment': 'chat' } },
          targetPorts: [{ number: 8000 }],
          endpointPickerRef: { name: 'chat-epp', port: { number: 9002 } },
        },
      },
    });
    await applyRoute(
      route('pool', {
        backendRefs: [
          { group: 'inference.networking.k8s.io', kind: 'InferencePool', name: 'chat-pool' },
        ],
      }),
    );
    const stats = await measure('pool', 1000);
    expect(stats.backends['chat-pool']).toEqual({ requests: stats.requests, failures: 0 });
  });

  it('reports a missing backend Service as BackendNotFound, and its requests as failures', async () => {
    await applyRoute(route('ghost', { backendRefs: [{ name: 'no-such-service', port: 8000 }] }));
    const resolved = await waitFor('ResolvedRefs on the route', async () =>
      (await readRoute('ghost')).status?.parents?.[0]?.conditions.find(
        (c) => c.type === 'ResolvedRefs',
      ),
    );
    expect(resolved).toMatchObject({
      status: 'False',
      reason: 'BackendNotFound',
      observedGeneration: 1,
    });
    const stats = await measure('ghost', 500);
    expect(stats.failures).toBe(stats.requests);
    expect(stats.backends['no-such-service']?.failures).toBe(stats.requests);
  });

  it('leaves routes to other Gateways alone', async () => {
    await applyRoute(
      route('elsewhere', weighted(50, 50), { namespace: 'gateway-system', name: 'not-ours' }),
    );
    await applyRoute(route('marker', weighted(1, 1)));
    await waitFor('the marker route accepted', async () =>
      (await readRoute('marker')).status?.parents ? true : undefined,
    );
    expect((await readRoute('elsewhere')).status?.parents ?? []).toEqual([]);
    sim.gateway.tick();
    expect(sim.gateway.stats(ns, 'elsewhere').requests).toBe(0);
  });
});

describe('the simulator without the Gateway API', () => {
  it('serves no gateway.networking.k8s.io kinds when gatewayApi is false', async () => {
    const sim = await startSimulator({ fleet: 'empty', gatewayApi: false });
    try {
      const res = await fetch(`${sim.url}/apis/${GROUP}/v1`);
      expect(res.status).toBe(404);
    } finally {
      await sim.stop();
    }
  });
});
