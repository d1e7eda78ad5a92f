import { AuthenticationV1Api, CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSimulator, startSimulator } from '../src/index.ts';
import { type Kubectl, kubectlFor, statusOf } from './helpers.ts';

const POLICY = `apiVersion: v1
kind: Namespace
metadata: {name: team}
---
apiVersion: v1
kind: ServiceAccount
metadata: {name: robot, namespace: team}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: pod-reader, namespace: team}
rules:
- apiGroups: [""]
  resources: ["pods", "pods/log"]
  verbs: ["get", "list", "watch"]
- apiGroups: [""]
  resources: ["configmaps"]
  resourceNames: ["settings"]
  verbs: ["get", "update"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: robot-reads-pods, namespace: team}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: pod-reader}
subjects:
- {kind: ServiceAccount, name: robot, namespace: team}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: robot-views-everything}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}
subjects:
- {kind: Group, name: "system:serviceaccounts:viewers"}
`;

describe('RBAC: ServiceAccount tokens, Roles and bindings, enforced as the authorizer does', () => {
  let sim: RunningSimulator;
  let admin: Kubectl;
  let token = '';

  /** A client authenticated as the ServiceAccount's token. */
  function asRobot(): CoreV1Api {
    const kc = new KubeConfig();
    kc.loadFromOptions({
      clusters: [{ name: 'sim', server: sim.url, skipTLSVerify: true }],
      users: [{ name: 'robot', token }],
      contexts: [{ name: 'robot', cluster: 'sim', user: 'robot' }],
      currentContext: 'robot',
    });
    return kc.makeApiClient(CoreV1Api);
  }

  beforeAll(async () => {
    // Without static tokens: kubectl is the cluster's administrator (client-go sends no bearer
    // token over plain HTTP) and acts as others with --as; ServiceAccount tokens still authenticate.
    sim = await startSimulator({ fleet: 'empty' });
    admin = await kubectlFor(sim);
    await admin.withInput(POLICY, 'apply', '-f', '-');
    token = (await admin('create', 'token', 'robot', '-n', 'team', '--duration', '1h')).trim();
  });
  afterAll(async () => {
    await admin?.cleanup();
    await sim?.stop();
  });

  it('issues a token kubectl create token prints, that authenticates as the ServiceAccount', async () => {
    expect(token).toMatch(/^sim-sa\./);
    const kc = new KubeConfig();
    kc.loadFromOptions({
      clusters: [{ name: 'sim', server: sim.url, skipTLSVerify: true }],
      users: [{ name: 'robot', token }],
      contexts: [{ name: 'robot', cluster: 'sim', user: 'robot' }],
      currentContext: 'robot',
    });
    const review = await kc.makeApiClient(AuthenticationV1Api).createSelfSubjectReview({
      body: { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' },
    });
    expect(review.status?.userInfo).toMatchObject({
      username: 'system:serviceaccount:team:robot',
      groups: ['system:serviceaccounts', 'system:serviceaccounts:team', 'system:authenticated'],
    });
    const whoami = await admin(
      'auth',
      'whoami',
      '--as',
      'system:serviceaccount:team:robot',
      '-o',
      'json',
    );
    expect(JSON.parse(whoami).status.userInfo.username).toBe('system:serviceaccount:team:robot');
  });

  it('allows what the bound Role grants, in its namespace only', async () => {
    const robot = asRobot();
    expect((await robot.listNamespacedPod({ namespace: 'team' })).items).toEqual([]);
    const other = await statusOf(robot.listNamespacedPod({ namespace: 'default' }));
    expect(other.code).toBe(403);
    expect(other.body).toMatchObject({
      reason: 'Forbidden',
      message:
        'pods is forbidden: User "system:serviceaccount:team:robot" cannot list resource "pods" in API group "" in the namespace "default"',
    });
  });

  it('refuses a verb, a subresource or a resource the rules do not name', async () => {
    const robot = asRobot();
    const create = await statusOf(
      robot.createNamespacedPod({
        namespace: 'team',
        body: { metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image: 'busybox' }] } },
      }),
    );
    expect(create.body.message).toBe(
      'pods is forbidden: User "system:serviceaccount:team:robot" cannot create resource "pods" in API group "" in the namespace "team"',
    );
    const secrets = await statusOf(robot.listNamespacedSecret({ namespace: 'team' }));
    expect(secrets.code).toBe(403);
    const nodes = await statusOf(robot.listNode());
    expect(nodes.body.message).toBe(
      'nodes is forbidden: User "system:serviceaccount:team:robot" cannot list resource "nodes" in API group "" at the cluster scope',
    );
  });

  it('limits a rule with resourceNames to those names', async () => {
    await admin('create', 'configmap', 'settings', '-n', 'team', '--from-literal=a=1');
    await admin('create', 'configmap', 'other', '-n', 'team', '--from-literal=a=1');
    const robot = asRobot();
    const settings = await robot.readNamespacedConfigMap({ namespace: 'team', name: 'settings' });
    expect(settings.data).toEqual({ a: '1' });
    const other = await statusOf(
      robot.readNamespacedConfigMap({ namespace: 'team', name: 'other' }),
    );
    expect(other.body.message).toBe(
      'configmaps "other" is forbidden: User "system:serviceaccount:team:robot" cannot get resource "configmaps" in API group "" in the namespace "team"',
    );
    // resourceNames cannot limit a list: it is refused.
    expect((await statusOf(robot.listNamespacedConfigMap({ namespace: 'team' }))).code).toBe(403);
  });

  it('answers kubectl auth can-i from the same rules, and lists them', async () => {
    const can = (...args: string[]) =>
      admin('auth', 'can-i', '--as', 'system:serviceaccount:team:robot', ...args).then(
        (out) => out.trim(),
        (err: Error & { stdout?: string }) =>
          err.stdout?.trim() === 'no' ? 'no' : Promise.reject(err),
      );
    expect(await can('list', 'pods', '-n', 'team')).toBe('yes');
    expect(await can('get', 'pods', '--subresource=log', '-n', 'team')).toBe('yes');
    expect(await can('delete', 'pods', '-n', 'team')).toBe('no');
    expect(await can('list', 'pods', '-n', 'default')).toBe('no');
    const list = await admin(
      'auth',
      'can-i',
      '--list',
      '--as',
      'system:serviceaccount:team:robot',
      '-n',
      'team',
    );
    expect(list).toMatch(/pods\/log\s+\[\]\s+\[\]\s+\[get list watch\]/);
    expect(list).toMatch(/configmaps\s+\[\]\s+\[settings\]\s+\[get update\]/);
  });

  it('binds groups through ClusterRoleBindings, and the administrator stays all-powerful', async () => {
    await admin('create', 'namespace', 'viewers');
    await admin('create', 'serviceaccount', 'auditor', '-n', 'viewers');
    const can = (...args: string[]) =>
      admin('auth', 'can-i', '--as', 'system:serviceaccount:viewers:auditor', ...args).then(
        (out) => out.trim(),
        (err: Error & { stdout?: string }) =>
          err.stdout?.trim() === 'no' ? 'no' : Promise.reject(err),
      );
    expect(await can('list', 'deployments.apps', '-n', 'team')).toBe('yes');
    expect(await can('delete', 'deployments.apps', '-n', 'team')).toBe('no');
    expect((await admin('auth', 'can-i', '*', '*')).trim()).toBe('yes');
  });

  it('stops accepting a token when its ServiceAccount is deleted, and keeps a log of decisions', async () => {
    await admin('create', 'serviceaccount', 'temporary', '-n', 'team');
    const temporary = (await admin('create', 'token', 'temporary', '-n', 'team')).trim();
    await admin('delete', 'serviceaccount', 'temporary', '-n', 'team');
    const kc = new KubeConfig();
    kc.loadFromOptions({
      clusters: [{ name: 'sim', server: sim.url, skipTLSVerify: true }],
      users: [{ name: 'temporary', token: temporary }],
      contexts: [{ name: 't', cluster: 'sim', user: 'temporary' }],
      currentContext: 't',
    });
    const gone = await statusOf(
      kc.makeApiClient(CoreV1Api).listNamespacedPod({ namespace: 'team' }),
    );
    expect(gone.code).toBe(401);
    const denied = sim
      .requestLog()
      .filter((r) => r.user === 'system:serviceaccount:team:robot' && !r.allowed);
    expect(denied).toContainEqual(
      expect.objectContaining({ verb: 'list', resource: 'nodes', namespace: undefined }),
    );
  });

  it('lets only those who may impersonate act as someone else', async () => {
    const kc = new KubeConfig();
    kc.loadFromOptions({
      clusters: [{ name: 'sim', server: sim.url, skipTLSVerify: true }],
      users: [
        { name: 'robot', token, impersonateUser: 'system:serviceaccount:team:other' } as never,
      ],
      contexts: [{ name: 'robot', cluster: 'sim', user: 'robot' }],
      currentContext: 'robot',
    });
    const refused = await statusOf(
      kc.makeApiClient(CoreV1Api).listNamespacedPod({ namespace: 'team' }),
    );
    expect(refused.body.message).toBe(
      'serviceaccounts "other" is forbidden: User "system:serviceaccount:team:robot" cannot impersonate resource "serviceaccounts" in API group "" in the namespace "team"',
    );
  });

  it('refuses a token request shorter than ten minutes as the TokenRequest API does', async () => {
    await expect(
      admin('create', 'token', 'robot', '-n', 'team', '--duration', '60s'),
    ).rejects.toThrow(
      'spec.expirationSeconds: Invalid value: 60: may not specify a duration less than 10 minutes',
    );
  });
});
