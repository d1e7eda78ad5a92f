import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  ApiextensionsV1Api,
  CustomObjectsApi,
  KubeConfig,
  type KubernetesObject,
  KubernetesObjectApi,
  type V1CustomResourceDefinition,
  Watch,
} from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { type RunningSimulator, startSimulator } from '../src/index.ts';
import { fixturePath, statusOf, waitFor } from './helpers.ts';

/**
 * A namespaced kind with status and scale subresources and printer columns, written with
 * client-node's property names (`_default`, `x_kubernetes_…`), which it sends under the
 * Kubernetes ones.
 */
const POOL_CRD: V1CustomResourceDefinition = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: 'modelpools.sim.example.com' },
  spec: {
    group: 'sim.example.com',
    scope: 'Namespaced',
    names: { plural: 'modelpools', singular: 'modelpool', kind: 'ModelPool', shortNames: ['mp'] },
    versions: [
      {
        name: 'v1',
        served: true,
        storage: true,
        schema: {
          openAPIV3Schema: {
            type: 'object',
            properties: {
              spec: {
                type: 'object',
                required: ['model'],
                properties: {
                  model: { type: 'string', pattern: '^[A-Za-z0-9/._-]+$', maxLength: 40 },
                  replicas: { type: 'integer', minimum: 0, maximum: 8, _default: 1 },
                  port: { x_kubernetes_int_or_string: true },
                  tier: { type: 'string', _enum: ['gold', 'silver'] },
                  selector: { type: 'string' },
                  extra: { type: 'object', x_kubernetes_preserve_unknown_fields: true },
                },
              },
              status: {
                type: 'object',
                properties: { replicas: { type: 'integer' }, phase: { type: 'string' } },
              },
            },
          },
        },
        subresources: {
          status: {},
          scale: {
            specReplicasPath: '.spec.replicas',
            statusReplicasPath: '.status.replicas',
            labelSelectorPath: '.spec.selector',
          },
        },
        selectableFields: [{ jsonPath: '.spec.model' }],
        additionalPrinterColumns: [
          { name: 'Model', type: 'string', jsonPath: '.spec.model' },
          { name: 'Replicas', type: 'integer', jsonPath: '.spec.replicas' },
        ],
      },
    ],
  },
};

interface Pool {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace: string;
    labels?: Record<string, string>;
    generation?: number;
  };
  spec: Record<string, unknown>;
  status?: Record<string, unknown>;
}

function pool(name: string, spec: Record<string, unknown>, labels?: Record<string, string>): Pool {
  return {
    apiVersion: 'sim.example.com/v1',
    kind: 'ModelPool',
    metadata: { name, namespace: 'default', ...(labels ? { labels } : {}) },
    spec,
  };
}

function clients(sim: RunningSimulator) {
  const kc = new KubeConfig();
  kc.loadFromString(sim.kubeconfig());
  return {
    kc,
    objects: KubernetesObjectApi.makeApiClient(kc),
    crds: kc.makeApiClient(ApiextensionsV1Api),
    custom: kc.makeApiClient(CustomObjectsApi),
  };
}

async function establish(
  crds: ApiextensionsV1Api,
  body: V1CustomResourceDefinition,
): Promise<V1CustomResourceDefinition> {
  await crds.createCustomResourceDefinition({ body });
  return waitFor('the definition established', async () => {
    const crd = await crds.readCustomResourceDefinition({ name: body.metadata?.name ?? '' });
    const ok = crd.status?.conditions?.some((c) => c.type === 'Established' && c.status === 'True');
    return ok ? crd : undefined;
  });
}

describe('CustomResourceDefinitions through client-node', () => {
  let sim: RunningSimulator;
  let c: ReturnType<typeof clients>;

  beforeAll(async () => {
    // Without the Gateway API served by default: these tests install its definitions themselves.
    sim = await startSimulator({ fleet: 'empty', acceleration: 30, gatewayApi: false });
    c = clients(sim);
  });
  afterAll(async () => {
    await sim.stop();
  });

  it('accepts the names and reports them in status, as the apiextensions controllers do', async () => {
    const crd = await establish(c.crds, POOL_CRD);
    expect(crd.metadata?.finalizers).toEqual(['customresourcecleanup.apiextensions.k8s.io']);
    expect(crd.status?.acceptedNames).toEqual({
      plural: 'modelpools',
      singular: 'modelpool',
      shortNames: ['mp'],
      kind: 'ModelPool',
      listKind: 'ModelPoolList',
    });
    expect(crd.status?.storedVersions).toEqual(['v1']);
    expect(crd.status?.conditions?.map((x) => [x.type, x.status, x.reason])).toEqual([
      ['NamesAccepted', 'True', 'NoConflicts'],
      ['Established', 'True', 'InitialNamesAccepted'],
    ]);
  });

  it('refuses a definition whose name is not <plural>.<group>', async () => {
    const { code, body } = await statusOf(
      c.crds.createCustomResourceDefinition({
        body: { ...POOL_CRD, metadata: { name: 'pools.sim.example.com' } },
      }),
    );
    expect(code).toBe(422);
    expect(body.message).toBe(
      'CustomResourceDefinition.apiextensions.k8s.io "pools.sim.example.com" is invalid: metadata.name: Invalid value: "pools.sim.example.com": must be spec.names.plural+"."+spec.group',
    );
  });

  it('lists the kind in discovery with its subresources', async () => {
    const res = await fetch(`${sim.url}/apis/sim.example.com/v1`);
    const list = (await res.json()) as { resources: { name: string; kind: string }[] };
    expect(list.resources.map((r) => [r.name, r.kind])).toEqual([
      ['modelpools', 'ModelPool'],
      ['modelpools/status', 'ModelPool'],
      ['modelpools/scale', 'Scale'],
    ]);
    const groups = (await (await fetch(`${sim.url}/apis`)).json()) as {
      groups: { name: string; preferredVersion: { groupVersion: string } }[];
    };
    expect(groups.groups.find((g) => g.name === 'sim.example.com')?.preferredVersion).toEqual({
      groupVersion: 'sim.example.com/v1',
      version: 'v1',
    });
  });

  it('creates, reads, lists by label, replaces and deletes custom objects', async () => {
    const created = await c.objects.create(
      pool('chat', { model: 'Qwen/Qwen2.5-0.5B', port: 8000 }, { tier: 'a' }),
    );
    expect(created.metadata?.generation).toBe(1);
    expect((created as Pool).spec.replicas).toBe(1);
    await c.objects.create(pool('embed', { model: 'bge', port: 'http' }, { tier: 'b' }));
    const names = async (fieldSelector?: string, labelSelector?: string) =>
      (
        await c.objects.list(
          'sim.example.com/v1',
          'ModelPool',
          'default',
          undefined,
          undefined,
          undefined,
          fieldSelector,
          labelSelector,
        )
      ).items.map((i) => i.metadata?.name);
    expect(await names(undefined, 'tier=b')).toEqual(['embed']);
    expect(await names('metadata.name=chat')).toEqual(['chat']);
    expect(await names('spec.model=bge')).toEqual(['embed']);
    const unsupported = await statusOf(names('spec.tier=gold'));
    expect(unsupported.code).toBe(400);
    const read = (await c.objects.read(pool('chat', {}))) as Pool;
    read.spec.replicas = 3;
    const replaced = await c.objects.replace(read);
    expect(replaced.metadata?.generation).toBe(2);
    await c.objects.delete(pool('embed', {}));
    const { code } = await statusOf(c.objects.read(pool('embed', {})));
    expect(code).toBe(404);
  });

  it('answers invalid values with 422 and the apiextensions messages', async () => {
    const { code, body } = await statusOf(
      c.objects.create(pool('bad', { model: 'x', replicas: 'three' })),
    );
    expect(code).toBe(422);
    expect(body.message).toBe(
      'ModelPool.sim.example.com "bad" is invalid: spec.replicas: Invalid value: "string": spec.replicas in body must be of type integer: "string"',
    );
    const many = await statusOf(
      c.objects.create(
        pool('bad', { model: 'no spaces', replicas: 9, tier: 'bronze', port: true }),
      ),
    );
    expect(many.body.message).toBe(
      'ModelPool.sim.example.com "bad" is invalid: [spec.model: Invalid value: "no spaces": spec.model in body should match \'^[A-Za-z0-9/._-]+$\', spec.replicas: Invalid value: 9: spec.replicas in body should be less than or equal to 8, spec.tier: Unsupported value: "bronze": supported values: "gold", "silver", spec.port: Invalid value: "boolean": spec.port in body must be of type integer,string: "boolean"]',
    );
    // The name is a DNS subdomain, checked before the schema.
    const named = await statusOf(c.objects.create(pool('Bad_Name', { model: 'm', replicas: -1 })));
    expect(named.body.message).toMatch(
      /^ModelPool.sim.example.com "Bad_Name" is invalid: \[metadata.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain .*, spec.replicas: Invalid value: -1: spec.replicas in body should be greater than or equal to 0\]$/,
    );
    const missing = await statusOf(c.objects.create(pool('bad', { replicas: 1 })));
    expect(missing.body.message).toBe(
      'ModelPool.sim.example.com "bad" is invalid: spec.model: Required value',
    );
  });

  it('prunes unknown fields but keeps those under x-kubernetes-preserve-unknown-fields', async () => {
    const created = (await c.objects.create(
      pool('pruned', { model: 'm', surprise: true, extra: { anything: { goes: 1 } } }),
    )) as Pool;
    expect(created.spec).toEqual({ model: 'm', replicas: 1, extra: { anything: { goes: 1 } } });
    const res = await fetch(
      `${sim.url}/apis/sim.example.com/v1/namespaces/default/modelpools?fieldValidation=Strict`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(pool('strict', { model: 'm', surprise: true })),
      },
    );
    const strict = { code: res.status, body: (await res.json()) as Record<string, unknown> };
    expect(strict.code).toBe(400);
    expect(strict.body.message).toBe(
      'ModelPool in version "v1" cannot be handled as a ModelPool: strict decoding error: unknown field "spec.surprise"',
    );
  });

  it('keeps status apart: /status changes only status, the main resource only the rest', async () => {
    const current = (await c.custom.getNamespacedCustomObject({
      group: 'sim.example.com',
      version: 'v1',
      namespace: 'default',
      plural: 'modelpools',
      name: 'chat',
    })) as Pool;
    const withStatus = (await c.custom.replaceNamespacedCustomObjectStatus({
      group: 'sim.example.com',
      version: 'v1',
      namespace: 'default',
      plural: 'modelpools',
      name: 'chat',
      body: {
        ...current,
        spec: { ...current.spec, model: 'ignored' },
        status: { replicas: 3, phase: 'Ready' },
      },
    })) as Pool;
    expect(withStatus.spec.model).toBe('Qwen/Qwen2.5-0.5B');
    expect(withStatus.status).toEqual({ replicas: 3, phase: 'Ready' });
    expect(withStatus.metadata?.generation).toBe(current.metadata?.generation);
    const replaced = (await c.objects.replace({
      ...withStatus,
      status: { phase: 'Gone' },
    })) as Pool;
    expect(replaced.status).toEqual({ replicas: 3, phase: 'Ready' });
    expect(replaced.metadata?.generation).toBe(current.metadata?.generation);
  });

  it('serves the scale subresource from the declared paths', async () => {
    const args = {
      group: 'sim.example.com',
      version: 'v1',
      namespace: 'default',
      plural: 'modelpools',
      name: 'chat',
    };
    await c.objects.patch(
      { ...pool('chat', { selector: 'app=chat' }) },
      undefined,
      undefined,
      undefined,
      undefined,
      'application/merge-patch+json' as never,
    );
    const scale = (await c.custom.getNamespacedCustomObjectScale(args)) as Record<string, unknown>;
    expect(scale).toMatchObject({
      kind: 'Scale',
      apiVersion: 'autoscaling/v1',
      spec: { replicas: 3 },
      status: { replicas: 3, selector: 'app=chat' },
    });
    await c.custom.patchNamespacedCustomObjectScale({
      ...args,
      body: [{ op: 'replace', path: '/spec/replicas', value: 5 }],
    });
    const read = (await c.objects.read(pool('chat', {}))) as Pool;
    expect(read.spec.replicas).toBe(5);
  });

  it('watches custom objects', async () => {
    const seen: string[] = [];
    const watch = new Watch(c.kc);
    const req = await watch.watch(
      '/apis/sim.example.com/v1/namespaces/default/modelpools',
      { labelSelector: 'tier=w' },
      (type, obj: KubernetesObject) => seen.push(`${type} ${obj.metadata?.name}`),
      () => undefined,
    );
    await c.objects.create(pool('watched', { model: 'm' }, { tier: 'w' }));
    await c.objects.delete(pool('watched', {}));
    await waitFor('the events', () => (seen.length >= 2 ? seen : undefined));
    req.abort();
    expect(seen).toEqual(['ADDED watched', 'DELETED watched']);
  });

  it('installs the published Gateway API and Prometheus Operator definitions and serves their kinds', async () => {
    // Posted as published (client-node's typed serializer would rename the x-kubernetes fields).
    for (const file of ['gateway-api-standard.yaml', 'prometheus-operator.yaml']) {
      const text = await readFile(fixturePath('crds', file), 'utf8');
      for (const doc of parseAllDocuments(text)) {
        const res = await fetch(
          `${sim.url}/apis/apiextensions.k8s.io/v1/customresourcedefinitions`,
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(doc.toJS()),
          },
        );
        expect(res.status).toBe(201);
      }
    }
    const gc = await c.objects.create({
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'GatewayClass',
      metadata: { name: 'sim' },
      spec: { controllerName: 'example.net/gateway-controller' },
    } as KubernetesObject);
    expect(gc.metadata?.namespace).toBeUndefined();
    const rule = (await c.objects.create({
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'PrometheusRule',
      metadata: { name: 'vllm', namespace: 'default' },
      spec: {
        groups: [
          {
            name: 'vllm',
            rules: [{ alert: 'QueueDeep', expr: 'vllm:num_requests_waiting > 10', for: '5m' }],
          },
        ],
      },
    } as KubernetesObject)) as KubernetesObject & { spec: unknown };
    expect(rule.spec).toEqual({
      groups: [
        {
          name: 'vllm',
          rules: [{ alert: 'QueueDeep', expr: 'vllm:num_requests_waiting > 10', for: '5m' }],
        },
      ],
    });
    const bad = await statusOf(
      c.objects.create({
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'Gateway',
        metadata: { name: 'gw', namespace: 'default' },
        spec: {
          gatewayClassName: 'sim',
          listeners: [{ name: 'http', port: 70000, protocol: 'HTTP' }],
        },
      } as KubernetesObject),
    );
    expect(bad.body.message).toBe(
      'Gateway.gateway.networking.k8s.io "gw" is invalid: spec.listeners[0].port: Invalid value: 70000: spec.listeners[0].port in body should be less than or equal to 65535',
    );
  });

  it('counts status changes in the generation of a kind without a status subresource', async () => {
    await establish(c.crds, {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'notes.sim.example.com' },
      spec: {
        group: 'sim.example.com',
        scope: 'Cluster',
        names: { plural: 'notes', singular: 'note', kind: 'Note' },
        versions: [
          {
            name: 'v1alpha1',
            served: true,
            storage: true,
            schema: {
              openAPIV3Schema: { type: 'object', x_kubernetes_preserve_unknown_fields: true },
            },
          },
        ],
      },
    });
    const note = {
      apiVersion: 'sim.example.com/v1alpha1',
      kind: 'Note',
      metadata: { name: 'first' },
      text: 'kept as written',
    };
    const created: KubernetesObject = await c.objects.create(note);
    expect(created).toMatchObject({ text: 'kept as written', metadata: { generation: 1 } });
    expect(created.metadata?.namespace).toBeUndefined();
    const replaced = await c.objects.replace({ ...created, status: { seen: true } });
    expect(replaced).toMatchObject({ status: { seen: true }, metadata: { generation: 2 } });
  });

  it('keeps custom kinds to the simulator whose definitions declare them', async () => {
    const other = await startSimulator({ fleet: 'empty' });
    try {
      const res = await fetch(`${other.url}/apis/sim.example.com/v1/namespaces/default/modelpools`);
      expect(res.status).toBe(404);
    } finally {
      await other.stop();
    }
  });

  it('deletes the objects with their definition, then stops serving the kind', async () => {
    // An object with a finalizer holds the definition in Terminating until it goes.
    await c.objects.create({
      ...pool('held', { model: 'm' }),
      metadata: { name: 'held', namespace: 'default', finalizers: ['sim.example.com/hold'] },
    });
    await c.crds.deleteCustomResourceDefinition({ name: 'modelpools.sim.example.com' });
    const terminating = await waitFor('the Terminating condition', async () => {
      const crd = await c.crds.readCustomResourceDefinition({ name: 'modelpools.sim.example.com' });
      return crd.status?.conditions?.find((x) => x.type === 'Terminating');
    });
    expect(terminating).toMatchObject({ status: 'True', reason: 'InstanceDeletionInProgress' });
    const refused = await statusOf(c.objects.create(pool('late', { model: 'm' })));
    expect(refused.code).toBe(405);
    expect(refused.body.message).toBe(
      'create not allowed while custom resource definition is terminating',
    );
    await c.objects.patch(
      { ...pool('held', {}), metadata: { name: 'held', namespace: 'default', finalizers: [] } },
      undefined,
      undefined,
      undefined,
      undefined,
      'application/merge-patch+json' as never,
    );
    await waitFor('the definition gone', async () =>
      (await statusOf(c.crds.readCustomResourceDefinition({ name: 'modelpools.sim.example.com' })))
        .code === 404
        ? true
        : undefined,
    );
    expect(sim.store.list('sim.example.com/modelpools')).toEqual([]);
    const res = await fetch(`${sim.url}/apis/sim.example.com/v1/namespaces/default/modelpools`);
    expect(res.status).toBe(404);
  });
});

describe('CustomResourceDefinitions in a data folder', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('serves the kinds again after a restart, with their objects', async () => {
    dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'sim-crd-')), 'cluster');
    const first = await startSimulator({ fleet: 'empty', dataDir: dir });
    try {
      const c = clients(first);
      await establish(c.crds, POOL_CRD);
      await c.objects.create(pool('kept', { model: 'm' }));
    } finally {
      await first.stop();
    }
    const second = await startSimulator({ fleet: 'empty', dataDir: dir });
    try {
      const kept = (await clients(second).objects.read(pool('kept', {}))) as Pool;
      expect(kept.spec).toEqual({ model: 'm', replicas: 1 });
    } finally {
      await second.stop();
    }
  });
});
