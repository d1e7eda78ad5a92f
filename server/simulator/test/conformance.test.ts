import { readFile } from 'node:fs/promises';
import {
  AppsV1Api,
  CoreV1Api,
  KubeConfig,
  ListWatch,
  PatchStrategy,
  setHeaderOptions,
  type V1ConfigMap,
  type V1Deployment,
  type V1DeploymentSpec,
  Watch,
} from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSimulator, startSimulator } from '../src/index.ts';
import { fixturePath, statusOf, waitFor } from './helpers.ts';

const FIXTURES = fixturePath('kube-api');

/** The spec of a Deployment the API returned, which always has one. */
function specOf(d: V1Deployment): V1DeploymentSpec {
  if (!d.spec) throw new Error(`deployment ${d.metadata?.name} has no spec`);
  return d.spec;
}

function deployment(name: string, image = 'nginx:1.27', replicas = 2): V1Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels: { app: name } },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name: 'main', image }] },
      },
    },
  };
}

describe('simulator API conformance through @kubernetes/client-node', () => {
  let sim: RunningSimulator;
  let kc: KubeConfig;
  let core: CoreV1Api;
  let apps: AppsV1Api;

  beforeAll(async () => {
    sim = await startSimulator({ fleet: 'empty', acceleration: 50, eventHistoryLimit: 200 });
    kc = new KubeConfig();
    kc.loadFromString(sim.kubeconfig());
    core = kc.makeApiClient(CoreV1Api);
    apps = kc.makeApiClient(AppsV1Api);
    await core.createNamespace({ body: { metadata: { name: 'conf' } } });
  });

  afterAll(async () => {
    await sim.stop();
  });

  it('creates, reads, updates and deletes with uid, resourceVersion and creationTimestamp', async () => {
    const created = await core.createNamespacedConfigMap({
      namespace: 'conf',
      body: { metadata: { name: 'cm1' }, data: { a: '1' } },
    });
    expect(created.metadata?.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.metadata?.creationTimestamp).toBeInstanceOf(Date);
    const read = await core.readNamespacedConfigMap({ name: 'cm1', namespace: 'conf' });
    expect(read.data).toEqual({ a: '1' });
    const updated = await core.replaceNamespacedConfigMap({
      name: 'cm1',
      namespace: 'conf',
      body: { ...read, data: { a: '2' } },
    });
    expect(Number(updated.metadata?.resourceVersion)).toBeGreaterThan(
      Number(read.metadata?.resourceVersion),
    );
    await core.deleteNamespacedConfigMap({ name: 'cm1', namespace: 'conf' });
    const gone = await statusOf(core.readNamespacedConfigMap({ name: 'cm1', namespace: 'conf' }));
    expect(gone.code).toBe(404);
  });

  it('answers 404 with the same Status body as the real API server', async () => {
    const fixture = JSON.parse(
      await readFile(`${FIXTURES}/status-404-notfound.kubectl-testdata.json`, 'utf8'),
    ) as unknown;
    const { code, body } = await statusOf(
      core.readNamespacedService({ name: 'missing', namespace: 'conf' }),
    );
    expect(code).toBe(404);
    expect(body).toEqual(fixture);
  });

  it('answers 422 Invalid with the field causes of the real API server', async () => {
    const fixture = JSON.parse(
      await readFile(`${FIXTURES}/status-422-invalid.kubectl-testdata.json`, 'utf8'),
    ) as unknown;
    const { code, body } = await statusOf(
      core.createNamespacedService({
        namespace: 'conf',
        body: {
          metadata: { name: 'svc2' },
          spec: { clusterIP: '10.0.0.182.1', ports: [{ port: 80, protocol: 'VHF' }] },
        },
      }),
    );
    expect(code).toBe(422);
    expect(body).toEqual(fixture);
    expect((await core.listNamespacedService({ namespace: 'conf' })).items).toEqual([]);
  });

  it('rejects a stale resourceVersion with 409 Conflict and the real message', async () => {
    await apps.createNamespacedDeployment({ namespace: 'conf', body: deployment('chat') });
    const d = await apps.readNamespacedDeployment({ name: 'chat', namespace: 'conf' });
    // Read-modify-write with retries, as clients do: the controller also writes the object.
    await waitFor('an update', async () => {
      const fresh = await apps.readNamespacedDeployment({ name: 'chat', namespace: 'conf' });
      await apps.replaceNamespacedDeployment({
        name: 'chat',
        namespace: 'conf',
        body: { ...fresh, spec: { ...specOf(fresh), replicas: 3 } },
      });
      return true;
    });
    const { code, body } = await statusOf(
      apps.replaceNamespacedDeployment({
        name: 'chat',
        namespace: 'conf',
        body: { ...d, spec: { ...specOf(d), replicas: 4 } },
      }),
    );
    expect(code).toBe(409);
    expect(body).toMatchObject({
      reason: 'Conflict',
      message:
        'Operation cannot be fulfilled on deployments.apps "chat": the object has been modified; please apply your changes to the latest version and try again',
      details: { name: 'chat', group: 'apps', kind: 'deployments' },
    });
    const again = await statusOf(
      apps.createNamespacedDeployment({ namespace: 'conf', body: deployment('chat') }),
    );
    expect(again.code).toBe(409);
    expect(again.body.reason).toBe('AlreadyExists');
  });

  it('pages lists with limit and continue, and filters by label and field selectors', async () => {
    for (let i = 0; i < 7; i++) {
      await core.createNamespacedConfigMap({
        namespace: 'conf',
        body: { metadata: { name: `page-${i}`, labels: { group: i % 2 === 0 ? 'even' : 'odd' } } },
      });
    }
    const names: string[] = [];
    let cont: string | undefined;
    do {
      const page = await core.listNamespacedConfigMap({
        namespace: 'conf',
        labelSelector: 'group',
        limit: 3,
        ...(cont ? { _continue: cont } : {}),
      });
      names.push(...page.items.map((c) => c.metadata?.name ?? ''));
      cont = page.metadata?._continue;
    } while (cont);
    expect(names).toEqual(['page-0', 'page-1', 'page-2', 'page-3', 'page-4', 'page-5', 'page-6']);
    const odd = await core.listNamespacedConfigMap({
      namespace: 'conf',
      labelSelector: 'group in (odd),group!=even',
    });
    expect(odd.items.map((c) => c.metadata?.name)).toEqual(['page-1', 'page-3', 'page-5']);
    const one = await core.listNamespacedConfigMap({
      namespace: 'conf',
      fieldSelector: 'metadata.name=page-4',
    });
    expect(one.items.map((c) => c.metadata?.name)).toEqual(['page-4']);
    const bad = await statusOf(
      core.listNamespacedConfigMap({ namespace: 'conf', fieldSelector: 'data.a=1' }),
    );
    expect(bad.code).toBe(400);
  });

  it('watches from a resourceVersion, sends bookmarks, and answers 410 Expired for a version that is too old', async () => {
    const list = await core.listNamespacedConfigMap({ namespace: 'conf' });
    const rv = list.metadata?.resourceVersion ?? '0';
    const seen: string[] = [];
    let bookmark = false;
    const watch = new Watch(kc);
    const req = await watch.watch(
      '/api/v1/namespaces/conf/configmaps',
      { resourceVersion: rv, allowWatchBookmarks: true },
      (type, obj: V1ConfigMap) => {
        if (type === 'BOOKMARK') bookmark = true;
        else seen.push(`${type} ${obj.metadata?.name}`);
      },
      () => undefined,
    );
    await core.createNamespacedConfigMap({
      namespace: 'conf',
      body: { metadata: { name: 'watched' } },
    });
    await core.deleteNamespacedConfigMap({ name: 'watched', namespace: 'conf' });
    await waitFor('watch events', () => (seen.length >= 2 ? true : undefined));
    expect(seen).toEqual(['ADDED watched', 'MODIFIED watched'.replace('MODIFIED', 'DELETED')]);
    await waitFor('a bookmark', () => (bookmark ? true : undefined), 15_000);
    req.abort();

    for (let i = 0; i < 250; i++)
      await core.createNamespacedConfigMap({
        namespace: 'conf',
        body: { metadata: { name: `churn-${i}` } },
      });
    const errors: { code?: number; reason?: string }[] = [];
    await new Promise<void>((resolve) => {
      void watch.watch(
        '/api/v1/namespaces/conf/configmaps',
        { resourceVersion: rv },
        (type, obj: { code?: number; reason?: string }) => {
          if (type === 'ERROR') errors.push(obj);
        },
        () => resolve(),
      );
    });
    expect(errors).toEqual([expect.objectContaining({ code: 410, reason: 'Expired' })]);
    const expired = await statusOf(
      core.listNamespacedConfigMap({
        namespace: 'conf',
        limit: 1,
        _continue: Buffer.from(JSON.stringify({ rv: 1, start: 'a' })).toString('base64url'),
      }),
    );
    expect(expired.code).toBe(410);
  });

  it('keeps a ListWatch cache in sync and recovers after 410', async () => {
    const path = '/api/v1/namespaces/conf/secrets';
    const informer = new ListWatch(
      path,
      new Watch(kc),
      () => core.listNamespacedSecret({ namespace: 'conf' }),
      false,
    );
    await informer.start();
    await core.createNamespacedSecret({
      namespace: 'conf',
      body: { metadata: { name: 's1' }, stringData: { k: 'v' } },
    });
    await waitFor('informer sees s1', () => informer.get('s1', 'conf'));
    await informer.stop();
  });

  it('applies server-side with field ownership, conflicts and force', async () => {
    const body = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      ...deployment('ssa'),
    } as V1Deployment;
    const first = await apps.patchNamespacedDeployment(
      { name: 'ssa', namespace: 'conf', body, fieldManager: 'backline' },
      setHeaderOptions('Content-Type', PatchStrategy.ServerSideApply),
    );
    expect(first.metadata?.managedFields?.[0]).toMatchObject({
      manager: 'backline',
      operation: 'Apply',
    });
    const other = { ...body, spec: { ...specOf(body), replicas: 5 } };
    const conflict = await statusOf(
      apps.patchNamespacedDeployment(
        { name: 'ssa', namespace: 'conf', body: other, fieldManager: 'kubectl' },
        setHeaderOptions('Content-Type', PatchStrategy.ServerSideApply),
      ),
    );
    expect(conflict.code).toBe(409);
    expect(conflict.body.message).toBe(
      'Apply failed with 1 conflict: conflict with "backline" using apps/v1: .spec.replicas',
    );
    expect(conflict.body.details).toMatchObject({
      causes: [
        {
          reason: 'FieldManagerConflict',
          message: 'conflict with "backline" using apps/v1',
          field: '.spec.replicas',
        },
      ],
    });
    const forced = await apps.patchNamespacedDeployment(
      { name: 'ssa', namespace: 'conf', body: other, fieldManager: 'kubectl', force: true },
      setHeaderOptions('Content-Type', PatchStrategy.ServerSideApply),
    );
    expect(forced.spec?.replicas).toBe(5);
    const merged = await apps.patchNamespacedDeployment(
      {
        name: 'ssa',
        namespace: 'conf',
        body: {
          spec: {
            template: {
              spec: { containers: [{ name: 'main', env: [{ name: 'A', value: '1' }] }] },
            },
          },
        },
      },
      setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch),
    );
    expect(merged.spec?.template.spec?.containers[0]).toMatchObject({
      name: 'main',
      image: 'nginx:1.27',
      env: [{ name: 'A', value: '1' }],
    });
  });

  it('removes one field manager by a patch of managedFields, leaving its fields in place', async () => {
    const apply = (name: string, manager: string, body: V1Deployment) =>
      apps.patchNamespacedDeployment(
        { name, namespace: 'conf', body, fieldManager: manager, force: true },
        setHeaderOptions('Content-Type', PatchStrategy.ServerSideApply),
      );
    const body = { apiVersion: 'apps/v1', kind: 'Deployment', ...deployment('handover') };
    await apply('handover', 'helm', body as V1Deployment);
    const taken = await apply('handover', 'backline', {
      ...body,
      metadata: { ...body.metadata, labels: { app: 'handover', owner: 'backline' } },
    } as V1Deployment);
    expect(taken.metadata?.managedFields?.map((m) => m.manager)).toEqual(['helm', 'backline']);
    const index = taken.metadata?.managedFields?.findIndex((m) => m.manager === 'backline');
    const released = await apps.patchNamespacedDeployment(
      {
        name: 'handover',
        namespace: 'conf',
        body: [
          { op: 'test', path: `/metadata/managedFields/${index}/manager`, value: 'backline' },
          { op: 'remove', path: `/metadata/managedFields/${index}` },
        ],
        fieldManager: 'backline',
      },
      setHeaderOptions('Content-Type', PatchStrategy.JsonPatch),
    );
    // The fields stay as they are; only the entry is gone, and the patch adds none of its own.
    expect(released.metadata?.managedFields?.map((m) => m.manager)).toEqual(['helm']);
    expect(released.metadata?.labels).toEqual({ app: 'handover', owner: 'backline' });
    expect(released.metadata?.generation).toBe(taken.metadata?.generation);
    // A single empty entry strips them all.
    const stripped = await apps.patchNamespacedDeployment(
      {
        name: 'handover',
        namespace: 'conf',
        body: [{ op: 'replace', path: '/metadata/managedFields', value: [{}] }],
      },
      setHeaderOptions('Content-Type', PatchStrategy.JsonPatch),
    );
    expect(stripped.metadata?.managedFields ?? []).toEqual([]);
    expect(stripped.spec?.replicas).toBe(2);
  });

  it('dry-runs without storing', async () => {
    const result = await core.createNamespacedConfigMap({
      namespace: 'conf',
      body: { metadata: { name: 'dry' } },
      dryRun: 'All',
    });
    expect(result.metadata?.name).toBe('dry');
    expect(
      (await statusOf(core.readNamespacedConfigMap({ name: 'dry', namespace: 'conf' }))).code,
    ).toBe(404);
  });

  it('garbage-collects ReplicaSets and pods of a deleted Deployment', async () => {
    await apps.createNamespacedDeployment({
      namespace: 'conf',
      body: deployment('gc', 'nginx:1.27', 2),
    });
    await waitFor('2 pods', async () =>
      (await core.listNamespacedPod({ namespace: 'conf', labelSelector: 'app=gc' })).items
        .length === 2
        ? true
        : undefined,
    );
    const rs = await apps.listNamespacedReplicaSet({ namespace: 'conf', labelSelector: 'app=gc' });
    expect(rs.items[0]?.metadata?.labels?.['pod-template-hash']).toMatch(
      /^[bcdfghjklmnpqrstvwxz2456789]+$/,
    );
    expect(rs.items[0]?.metadata?.ownerReferences?.[0]).toMatchObject({
      kind: 'Deployment',
      name: 'gc',
      controller: true,
    });
    await apps.deleteNamespacedDeployment({ name: 'gc', namespace: 'conf' });
    await waitFor('dependents gone', async () => {
      const pods = await core.listNamespacedPod({ namespace: 'conf', labelSelector: 'app=gc' });
      const sets = await apps.listNamespacedReplicaSet({
        namespace: 'conf',
        labelSelector: 'app=gc',
      });
      return pods.items.length === 0 && sets.items.length === 0 ? true : undefined;
    });
  });

  it('answers bad input with the Status errors of the real API server and stores nothing', async () => {
    const post = (path: string, body: string, type = 'application/json') =>
      fetch(`${sim.url}${path}`, { method: 'POST', headers: { 'content-type': type }, body });
    const malformed = await post('/api/v1/namespaces/conf/configmaps', '{"metadata": {');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({
      kind: 'Status',
      reason: 'BadRequest',
      code: 400,
    });
    const yaml = await post(
      '/api/v1/namespaces/conf/configmaps',
      'metadata:\n  name: [x\n',
      'application/yaml',
    );
    expect(yaml.status).toBe(400);
    const unknown = await fetch(`${sim.url}/apis/apps/v1/namespaces/conf/widgets`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'the server could not find the requested resource',
      reason: 'NotFound',
      details: {},
      code: 404,
    });
    const badName = await statusOf(
      core.createNamespacedConfigMap({
        namespace: 'conf',
        body: { metadata: { name: 'Bad_Name' } },
      }),
    );
    expect(badName.code).toBe(422);
    expect(badName.body.message).toMatch(
      /^ConfigMap "Bad_Name" is invalid: metadata.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain/,
    );
    const badQuantity = await statusOf(
      apps.createNamespacedDeployment({
        namespace: 'conf',
        body: {
          ...deployment('q'),
          spec: {
            ...specOf(deployment('q')),
            template: {
              metadata: { labels: { app: 'q' } },
              spec: {
                containers: [
                  { name: 'main', image: 'nginx:1.27', resources: { requests: { cpu: 'abc' } } },
                ],
              },
            },
          },
        },
      }),
    );
    expect(badQuantity.code).toBe(422);
    expect(badQuantity.body.details).toMatchObject({
      causes: [
        {
          reason: 'FieldValueInvalid',
          field: 'spec.template.spec.containers[0].resources.requests[cpu]',
        },
      ],
    });
    const patch = await fetch(`${sim.url}/api/v1/namespaces/conf/configmaps/page-0`, {
      method: 'PATCH',
      headers: { 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(patch.status).toBe(415);
    const method = await fetch(`${sim.url}/api/v1/namespaces/conf/configmaps/page-0`, {
      method: 'POST',
      body: '{}',
    });
    expect(method.status).toBe(405);
    const names = (await core.listNamespacedConfigMap({ namespace: 'conf' })).items.map(
      (c) => c.metadata?.name,
    );
    expect(names).not.toContain('Bad_Name');
    expect(
      (await apps.listNamespacedDeployment({ namespace: 'conf' })).items.map(
        (d) => d.metadata?.name,
      ),
    ).not.toContain('q');
  });

  it('serves Table output for kubectl-style gets', async () => {
    const res = await fetch(`${sim.url}/api/v1/nodes`, {
      headers: { accept: 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json' },
    });
    const table = (await res.json()) as {
      kind: string;
      columnDefinitions: { name: string }[];
      rows: { cells: unknown[] }[];
    };
    expect(table.kind).toBe('Table');
    expect(table.columnDefinitions.map((c) => c.name).slice(0, 5)).toEqual([
      'Name',
      'Status',
      'Roles',
      'Age',
      'Version',
    ]);
    expect(table.rows).toHaveLength(3);
    expect(table.rows[0]?.cells[1]).toBe('Ready');
  });
});

describe('simulator authentication and RBAC', () => {
  let sim: RunningSimulator;

  beforeAll(async () => {
    sim = await startSimulator({
      fleet: 'empty',
      auth: {
        tokens: [
          { token: 'admin-token', user: 'admin' },
          { token: 'viewer-token', user: 'viewer', verbs: ['get', 'list', 'watch'] },
        ],
      },
    });
  });

  afterAll(async () => {
    await sim.stop();
  });

  it('answers 401 for unknown tokens and 403 with the real Forbidden message', async () => {
    const anon = await fetch(`${sim.url}/api/v1/namespaces`, {
      headers: { authorization: 'Bearer nope' },
    });
    expect(anon.status).toBe(401);
    expect(await anon.json()).toMatchObject({ kind: 'Status', reason: 'Unauthorized', code: 401 });
    const kc = new KubeConfig();
    kc.loadFromString(sim.kubeconfig().replace('admin-token', 'viewer-token'));
    const apps = kc.makeApiClient(AppsV1Api);
    expect((await apps.listNamespacedDeployment({ namespace: 'default' })).items).toEqual([]);
    const denied = await statusOf(
      apps.patchNamespacedDeployment({ name: 'chat', namespace: 'ml-prod', body: [] }),
    );
    expect(denied.code).toBe(403);
    expect(denied.body.message).toBe(
      'deployments.apps "chat" is forbidden: User "viewer" cannot patch resource "deployments" in API group "apps" in the namespace "ml-prod"',
    );
  });
});
