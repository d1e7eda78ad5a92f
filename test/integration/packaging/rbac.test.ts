import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type RequestRecord, type RunningSimulator, startSimulator } from '@backline/simulator';
import {
  AuthorizationV1Api,
  CoreV1Api,
  KubeConfig,
  type KubernetesObject,
  KubernetesObjectApi,
} from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { addGateway } from '../../support/cluster.ts';
import { graphql, login } from '../../support/graphql.ts';
import { createTestRelease, deployReady } from '../../support/releases.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';
import { waitFor } from '../../support/wait.ts';
import { buildChartRenderer, parseObjects, RELEASE } from './support/render.ts';

// Backline runs with the ServiceAccount, Roles and RoleBindings the chart renders, against the
// simulated cluster's RBAC authorizer: everything it does in a working day must be allowed, and
// the grants must stop there.

const MANAGED = 'ml-prod';
const GATEWAY = { namespace: 'gateway-system', name: 'inference' };
const ACCOUNT = `system:serviceaccount:${RELEASE.namespace}:${RELEASE.name}`;

describe("the chart's RBAC, enforced by the simulated cluster's authorizer", () => {
  let sim: RunningSimulator;
  let server: TestServer;
  let dir: string;
  let token: string;
  let cookie: string;

  function client(as: string): KubeConfig {
    const kc = new KubeConfig();
    kc.loadFromOptions({
      clusters: [{ name: 'sim', server: sim.url, skipTLSVerify: true }],
      users: [{ name: 'backline', token: as }],
      contexts: [{ name: 'backline', cluster: 'sim', user: 'backline' }],
      currentContext: 'backline',
    });
    return kc;
  }

  beforeAll(async () => {
    const chart = await buildChartRenderer();
    dir = await mkdtemp(path.join(os.tmpdir(), 'backline-rbac-'));
    let rendered: ReturnType<typeof parseObjects>;
    try {
      const values = path.join(dir, 'values.yaml');
      await writeFile(
        values,
        stringify({
          rbac: { managedNamespaces: [MANAGED], gatewayNamespaces: [GATEWAY.namespace] },
        }),
      );
      rendered = parseObjects(await chart.render(['-f', values]));
    } finally {
      await chart.dispose();
    }
    sim = await startSimulator({ fleet: 'empty', acceleration: 20 });
    const admin = new KubeConfig();
    admin.loadFromString(sim.kubeconfig());
    const objects = KubernetesObjectApi.makeApiClient(admin);
    const core = admin.makeApiClient(CoreV1Api);
    for (const name of [RELEASE.namespace, MANAGED, GATEWAY.namespace])
      await core.createNamespace({ body: { metadata: { name } } });
    await addGateway(admin, GATEWAY);
    const rbac = rendered.filter((o) =>
      ['ServiceAccount', 'Role', 'RoleBinding', 'ClusterRole', 'ClusterRoleBinding'].includes(
        o.kind,
      ),
    );
    expect(rbac.map((o) => o.kind).sort()).toEqual([
      'ClusterRole',
      'ClusterRoleBinding',
      'Role',
      'Role',
      'Role',
      'RoleBinding',
      'RoleBinding',
      'RoleBinding',
      'ServiceAccount',
    ]);
    for (const o of rbac) {
      await objects.create({
        ...o,
        metadata: { ...o.metadata, namespace: o.metadata.namespace ?? RELEASE.namespace },
      } as KubernetesObject);
    }
    const request = await core.createNamespacedServiceAccountToken({
      namespace: RELEASE.namespace,
      name: RELEASE.name,
      body: { spec: { audiences: [], expirationSeconds: 3600 } },
    });
    token = request.status?.token ?? '';
    const kubeconfig = path.join(dir, 'kubeconfig');
    await writeFile(
      kubeconfig,
      stringify({
        apiVersion: 'v1',
        kind: 'Config',
        clusters: [{ name: 'sim', cluster: { server: sim.url, 'insecure-skip-tls-verify': true } }],
        users: [{ name: 'backline', user: { token } }],
        contexts: [{ name: 'backline', context: { cluster: 'sim', user: 'backline' } }],
        'current-context': 'backline',
      }),
    );
    server = await startTestServer({
      env: {
        KUBECONFIG: kubeconfig,
        BACKLINE_NAMESPACES: MANAGED,
        BACKLINE_LEADER_ELECTION: 'on',
        BACKLINE_LEASE_NAMESPACE: RELEASE.namespace,
        BACKLINE_HEALTH_INTERVAL: '500ms',
      },
    });
    cookie = await login(server.url, server.adminEmail, server.adminPassword);
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await sim?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const asBackline = (): RequestRecord[] => sim.requestLog().filter((r) => r.user === ACCOUNT);

  it('lets Backline lead, deploy, watch health, scale, look for running servers and delete, refusing none of it', async () => {
    await waitFor('leadership', async () => (server.backline.leading() ? true : undefined), 60_000);
    const { releaseId } = await createTestRelease(server.url, cookie);
    await deployReady(server.url, cookie, releaseId, 'chat');
    const scaled = await graphql(
      server.url,
      'mutation { scaleDeployment(input: { namespace: "ml-prod", name: "chat", replicas: 2 }) { deployment { replicas } } }',
      {},
      { cookie },
    );
    expect(scaled.errors?.map((e) => e.message)).toBeUndefined();
    // Behind a Gateway: it reads the Gateway and applies the route and per-track Services.
    const routed = await graphql(
      server.url,
      `mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment {
        traffic { canaryWeight } } } }`,
      {
        input: {
          namespace: MANAGED,
          name: 'routed',
          environment: 'PROD',
          releaseId,
          replicas: 1,
          strategy: 'CANARY',
          gateway: GATEWAY,
        },
      },
      { cookie },
    );
    expect(routed.errors?.map((e) => e.message)).toBeUndefined();
    await waitFor(
      'the route applied',
      async () =>
        asBackline().some((r) => r.verb === 'patch' && r.resource === 'httproutes')
          ? true
          : undefined,
      60_000,
    );
    const discovered = await graphql<{ discoveredModelServers: { problems: string[] } }>(
      server.url,
      '{ discoveredModelServers { problems } }',
      {},
      { cookie },
    );
    expect(discovered.data?.discoveredModelServers.problems).toEqual([]);
    // Health has looked at the pods through the proxy: metrics and the synthetic request.
    await waitFor(
      'a health verdict',
      async () => {
        const h = await graphql<{ deployment: { health: { state: string } } | null }>(
          server.url,
          '{ deployment(namespace: "ml-prod", name: "chat") { health { state } } }',
          {},
          { cookie },
        );
        return h.data?.deployment?.health.state === 'HEALTHY' ? true : undefined;
      },
      60_000,
    );
    const removed = await graphql(
      server.url,
      `mutation { deleteDeployment(input: { namespace: "ml-prod", name: "chat", confirmName: "chat",
        reason: "checking the chart's RBAC" }) { deployment { id } } }`,
      {},
      { cookie },
    );
    expect(removed.errors?.map((e) => e.message)).toBeUndefined();
    await waitFor(
      'the objects gone',
      async () =>
        asBackline().some((r) => r.verb === 'delete' && r.resource === 'deployments')
          ? true
          : undefined,
      60_000,
    );

    // Capacity lists the nodes, and the managed namespace's pods.
    const capacity = await graphql<{
      capacity: { known: boolean; podScope: string; products: { product: string }[] };
    }>(server.url, '{ capacity { known podScope products { product } } }', {}, { cookie });
    expect(capacity.data?.capacity).toMatchObject({ known: true, podScope: 'MANAGED_NAMESPACES' });
    expect(capacity.data?.capacity.products.length).toBeGreaterThan(0);

    const requests = asBackline();
    expect(requests.filter((r) => !r.allowed)).toEqual([]);
    const used = new Set(
      requests.map((r) => `${r.verb} ${r.resource}${r.subresource ? `/${r.subresource}` : ''}`),
    );
    for (const expected of [
      'create leases',
      'get leases',
      'update leases',
      'list deployments',
      'watch deployments',
      'patch deployments',
      'list pods',
      'get pods/proxy',
      'list statefulsets',
      'list nodes',
      'get gateways',
      'patch httproutes',
    ]) {
      expect(used, expected).toContain(expected);
    }
  }, 240_000);

  it('grants nothing beyond what Backline needs', async () => {
    const authz = client(token).makeApiClient(AuthorizationV1Api);
    const can = async (
      verb: string,
      resource: string,
      namespace?: string,
      group = '',
      name?: string,
    ) =>
      (
        await authz.createSelfSubjectAccessReview({
          body: {
            spec: {
              resourceAttributes: {
                verb,
                resource,
                group,
                ...(namespace ? { namespace } : {}),
                ...(name ? { name } : {}),
              },
            },
          },
        })
      ).status?.allowed;
    expect(await can('list', 'secrets', MANAGED)).toBe(false);
    // Gateways are read where the chart was told they are, and never changed.
    expect(await can('get', 'gateways', GATEWAY.namespace, 'gateway.networking.k8s.io')).toBe(true);
    expect(await can('patch', 'gateways', GATEWAY.namespace, 'gateway.networking.k8s.io')).toBe(
      false,
    );
    expect(await can('get', 'gateways', MANAGED, 'gateway.networking.k8s.io')).toBe(false);
    expect(await can('get', 'secrets', RELEASE.namespace)).toBe(false);
    // Nodes may be read, to count free GPUs; nothing else cluster-wide.
    expect(await can('list', 'nodes')).toBe(true);
    expect(await can('patch', 'nodes')).toBe(false);
    expect(await can('list', 'pods')).toBe(false);
    expect(await can('list', 'deployments', 'kube-system', 'apps')).toBe(false);
    expect(await can('create', 'pods', MANAGED)).toBe(false);
    expect(await can('delete', 'namespaces')).toBe(false);
    expect(await can('create', 'roles', MANAGED, 'rbac.authorization.k8s.io')).toBe(false);
    expect(
      await can('update', 'leases', RELEASE.namespace, 'coordination.k8s.io', 'someone-else'),
    ).toBe(false);
    expect(
      await can('update', 'leases', RELEASE.namespace, 'coordination.k8s.io', 'backline-leader'),
    ).toBe(true);
  });
});
