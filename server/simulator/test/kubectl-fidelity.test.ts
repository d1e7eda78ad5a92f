import {
  AuthenticationV1Api,
  AuthorizationV1Api,
  AutoscalingV1Api,
  AutoscalingV2Api,
  CoreV1Api,
  KubeConfig,
} from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSimulator, startSimulator } from '../src/index.ts';
import { KUBECTL, type Kubectl, kubectlFor, waitFor } from './helpers.ts';

const GUARDED = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: guarded
  namespace: default
spec:
  replicas: 2
  selector:
    matchLabels: {app: guarded}
  template:
    metadata:
      labels: {app: guarded}
    spec:
      tolerations:
      - {key: nvidia.com/gpu, operator: Exists, effect: NoSchedule}
      containers:
      - name: nginx
        image: nginx:1.27
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: guarded
  namespace: default
spec:
  minAvailable: 2
  selector:
    matchLabels: {app: guarded}
`;

/** kubectl's standard output, also when it exits non-zero (as `auth can-i` does for "no"). */
async function outputOf(run: Promise<string>): Promise<string> {
  return run.catch(
    (err: { stdout?: string; message?: string }) => `${err.stdout ?? ''}${err.message ?? ''}`,
  );
}

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: steady
  namespace: default
spec:
  replicas: 2
  selector:
    matchLabels: {app: steady}
  template:
    metadata:
      labels: {app: steady}
    spec:
      tolerations:
      - {key: nvidia.com/gpu, operator: Exists, effect: NoSchedule}
      containers:
      - name: nginx
        image: nginx:1.27
        ports:
        - {containerPort: 80, name: http}
`;

if (KUBECTL) {
  describe('kubectl sees a simulated cluster that behaves like a real one', () => {
    let sim: RunningSimulator;
    let kubectl: Kubectl;

    beforeAll(async () => {
      sim = await startSimulator({ fleet: 'empty', acceleration: 100 });
      kubectl = await kubectlFor(sim);
    });

    afterAll(async () => {
      await sim.stop();
      await kubectl.cleanup();
    });

    const state = async (): Promise<{ generation: string; replicaSets: string; pods: string }> => ({
      generation: await kubectl('get', 'deploy', 'steady', '-o', 'jsonpath={.metadata.generation}'),
      replicaSets: await kubectl('get', 'rs', '-l', 'app=steady', '-o', 'name'),
      pods: await kubectl('get', 'pods', '-l', 'app=steady', '-o', 'name'),
    });

    it('a no-op replace or apply changes no generation and starts no ReplicaSet', async () => {
      await kubectl.withInput(DEPLOYMENT, 'apply', '-f', '-');
      await kubectl('rollout', 'status', 'deployment/steady', '--timeout=50s');
      const before = await state();
      expect(before.generation).toBe('1');
      expect(before.replicaSets.trim().split('\n')).toHaveLength(1);

      expect(await kubectl.withInput(DEPLOYMENT, 'apply', '-f', '-')).toContain(
        'deployment.apps/steady unchanged',
      );
      expect(await kubectl.withInput(DEPLOYMENT, 'apply', '--server-side', '-f', '-')).toContain(
        'deployment.apps/steady serverside-applied',
      );
      // kubectl prints keys sorted, so the replaced object's keys come back in another order.
      const yaml = await kubectl('get', 'deploy', 'steady', '-o', 'yaml');
      expect(await kubectl.withInput(yaml, 'replace', '-f', '-')).toContain(
        'deployment.apps/steady replaced',
      );
      expect(await state()).toEqual(before);

      // A real change still rolls out a new ReplicaSet.
      await kubectl('set', 'image', 'deployment/steady', 'nginx=nginx:1.28');
      expect(
        await kubectl('get', 'deploy', 'steady', '-o', 'jsonpath={.metadata.generation}'),
      ).toBe('2');
      await waitFor('a second ReplicaSet', async () =>
        (await state()).replicaSets.trim().split('\n').length === 2 ? true : undefined,
      );
    });

    it('validates fields against the kind’s schema: strict, warn or ignore', async () => {
      const withUnknown = `apiVersion: v1
kind: ConfigMap
metadata:
  name: typo
  namespace: default
data: {a: b}
extra: true
`;
      const strict = await outputOf(kubectl.withInput(withUnknown, 'create', '-f', '-'));
      expect(strict).toContain(
        'ConfigMap in version "v1" cannot be handled as a ConfigMap: strict decoding error: unknown field "extra"',
      );
      const warned = await outputOf(
        kubectl.withInput(withUnknown, 'create', '--validate=warn', '-f', '-'),
      );
      expect(warned).toContain('unknown field "extra"');
      expect(warned).toContain('configmap/typo created');
      const stored = JSON.parse(await kubectl('get', 'cm', 'typo', '-o', 'json'));
      expect(stored.extra).toBeUndefined();
      expect(stored.data).toEqual({ a: 'b' });

      const applied = await outputOf(
        kubectl.withInput(
          withUnknown.replace('typo', 'typo-ssa'),
          'apply',
          '--server-side',
          '--validate=strict',
          '-f',
          '-',
        ),
      );
      expect(applied).toContain('.extra: field not declared in schema');
      const nested = await outputOf(
        kubectl.withInput(
          DEPLOYMENT.replace('name: steady\n  namespace', 'name: nested\n  namespace').replace(
            'image: nginx:1.27',
            'image: nginx:1.27\n        imagePolicy: Always',
          ),
          'create',
          '-f',
          '-',
        ),
      );
      expect(nested).toContain('unknown field "spec.template.spec.containers[0].imagePolicy"');
    });

    it('explains kinds from the OpenAPI v3 schemas', async () => {
      const explained = await kubectl('explain', 'deployment.spec.template.spec.containers');
      expect(explained).toMatch(/KIND:\s+Deployment/);
      expect(explained).toMatch(/FIELD: containers <\[\]Container>/);
      expect(explained).toMatch(/imagePullPolicy\s+<string>/);
      expect(explained).toMatch(/resources\s+<ResourceRequirements>/);
      // The upstream definitions' descriptions, of the type and of its fields.
      expect(explained).toContain(
        'A single application container that you want to run within a pod.',
      );
      const replicas = await kubectl('explain', 'deployment.spec.replicas');
      expect(replicas).toMatch(/FIELD: replicas <integer>/);
      expect(replicas).toContain('Number of desired pods.');
      const doc = JSON.parse(await kubectl('get', '--raw', '/openapi/v3/apis/apps/v1'));
      expect(
        doc.components.schemas['io.k8s.api.apps.v1.Deployment']['x-kubernetes-group-version-kind'],
      ).toEqual([{ group: 'apps', kind: 'Deployment', version: 'v1' }]);
    });

    it('serves HorizontalPodAutoscalers as autoscaling/v1 and v2 views of one object', async () => {
      const kc = new KubeConfig();
      kc.loadFromString(sim.kubeconfig());
      const v1 = kc.makeApiClient(AutoscalingV1Api);
      const v2 = kc.makeApiClient(AutoscalingV2Api);
      await v1.createNamespacedHorizontalPodAutoscaler({
        namespace: 'default',
        body: {
          metadata: { name: 'steady' },
          spec: {
            scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'steady' },
            minReplicas: 1,
            maxReplicas: 4,
            targetCPUUtilizationPercentage: 60,
          },
        },
      });
      const asV2 = await v2.readNamespacedHorizontalPodAutoscaler({
        namespace: 'default',
        name: 'steady',
      });
      expect(asV2.apiVersion).toBe('autoscaling/v2');
      expect(asV2.spec?.metrics).toEqual([
        {
          type: 'Resource',
          resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 60 } },
        },
      ]);
      const asV1 = await v1.readNamespacedHorizontalPodAutoscaler({
        namespace: 'default',
        name: 'steady',
      });
      expect(asV1.apiVersion).toBe('autoscaling/v1');
      expect(asV1.spec).toMatchObject({ maxReplicas: 4, targetCPUUtilizationPercentage: 60 });
      const raw = JSON.parse(
        await kubectl(
          'get',
          '--raw',
          '/apis/autoscaling/v1/namespaces/default/horizontalpodautoscalers/steady',
        ),
      );
      expect(raw.spec.targetCPUUtilizationPercentage).toBe(60);
      await v2.deleteNamespacedHorizontalPodAutoscaler({ namespace: 'default', name: 'steady' });
    });

    it('reads and writes the Scale subresource', async () => {
      const scale = JSON.parse(
        await kubectl('get', '--raw', '/apis/apps/v1/namespaces/default/deployments/steady/scale'),
      );
      expect(scale).toMatchObject({
        kind: 'Scale',
        apiVersion: 'autoscaling/v1',
        metadata: { name: 'steady', namespace: 'default' },
        spec: { replicas: 2 },
        status: { selector: 'app=steady' },
      });
      expect(await kubectl('scale', 'deployment/steady', '--replicas=1')).toContain(
        'deployment.apps/steady scaled',
      );
      const after = JSON.parse(
        await kubectl('get', '--raw', '/apis/apps/v1/namespaces/default/deployments/steady/scale'),
      );
      expect(after.spec.replicas).toBe(1);
    });

    it('drains a node through evictions that honour PodDisruptionBudgets', async () => {
      await kubectl.withInput(GUARDED, 'apply', '-f', '-');
      await kubectl('rollout', 'status', 'deployment/guarded', '--timeout=50s');
      const node = (
        await kubectl(
          'get',
          'pods',
          '-l',
          'app=guarded',
          '-o',
          'jsonpath={.items[0].spec.nodeName}',
        )
      ).trim();
      const blocked = await outputOf(kubectl('drain', node, '--ignore-daemonsets', '--timeout=6s'));
      expect(blocked).toContain(
        "Cannot evict pod as it would violate the pod's disruption budget.",
      );
      expect(await kubectl('get', 'node', node, '-o', 'jsonpath={.spec.unschedulable}')).toBe(
        'true',
      );
      expect(
        (
          await kubectl(
            'get',
            'pods',
            '-l',
            'app=guarded',
            '--field-selector',
            `spec.nodeName=${node}`,
            '-o',
            'name',
          )
        ).trim(),
      ).not.toBe('');

      await kubectl('patch', 'pdb', 'guarded', '--type=merge', '-p', '{"spec":{"minAvailable":1}}');
      expect(await kubectl('drain', node, '--ignore-daemonsets', '--timeout=60s')).toContain(
        `node/${node} drained`,
      );
      await waitFor('the guarded pods elsewhere', async () => {
        const nodes = await kubectl(
          'get',
          'pods',
          '-l',
          'app=guarded',
          '-o',
          'jsonpath={.items[*].spec.nodeName}',
        );
        return nodes.trim() !== '' && !nodes.split(' ').includes(node) ? true : undefined;
      });
      await kubectl('uncordon', node);
    });

    it('answers auth can-i and auth whoami for the administrator', async () => {
      expect((await kubectl('auth', 'can-i', 'create', 'deployments')).trim()).toBe('yes');
      expect(await kubectl('auth', 'whoami')).toMatch(/Username\s+kubernetes-admin/);
      expect(await kubectl('auth', 'can-i', '--list')).toMatch(/\*\.\*\s+\[\]\s+\[\]\s+\[\*\]/);
    });

    it('reviews what a token that may only read can do', async () => {
      const readOnly = await startSimulator({
        fleet: 'empty',
        auth: {
          tokens: [{ token: 'viewer-token', user: 'viewer', verbs: ['get', 'list', 'watch'] }],
        },
      });
      try {
        const kc = new KubeConfig();
        kc.loadFromString(readOnly.kubeconfig());
        const authz = kc.makeApiClient(AuthorizationV1Api);
        const can = async (verb: string, resource: string, group = '') =>
          (
            await authz.createSelfSubjectAccessReview({
              body: {
                spec: { resourceAttributes: { verb, resource, group, namespace: 'default' } },
              },
            })
          ).status?.allowed;
        expect(await can('create', 'deployments', 'apps')).toBe(false);
        expect(await can('list', 'pods')).toBe(true);
        const who = await kc
          .makeApiClient(AuthenticationV1Api)
          .createSelfSubjectReview({ body: {} });
        expect(who.status?.userInfo?.username).toBe('viewer');
      } finally {
        await readOnly.stop();
      }
    });
  });
}

describe('GPU pods and the nvidia.com/gpu taint', () => {
  const gpuPod = {
    metadata: { name: 'gpu-job', namespace: 'default' },
    spec: {
      containers: [
        { name: 'main', image: 'nginx:1.27', resources: { limits: { 'nvidia.com/gpu': '1' } } },
      ],
    },
  };

  it('adds the toleration only when the fleet admits GPU pods as GKE does', async () => {
    for (const admit of [false, true]) {
      const sim = await startSimulator({ fleet: 'empty', extendedResourceToleration: admit });
      try {
        const kc = new KubeConfig();
        kc.loadFromString(sim.kubeconfig());
        const core = kc.makeApiClient(CoreV1Api);
        const created = await core.createNamespacedPod({ namespace: 'default', body: gpuPod });
        const tolerations = created.spec?.tolerations ?? [];
        const gpu = tolerations.filter((t) => t.key === 'nvidia.com/gpu');
        expect(gpu).toEqual(
          admit ? [{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }] : [],
        );
        if (admit) {
          await waitFor('the GPU pod on a GPU node', async () =>
            (await core.readNamespacedPod({ namespace: 'default', name: 'gpu-job' })).spec?.nodeName
              ? true
              : undefined,
          );
        }
      } finally {
        await sim.stop();
      }
    }
  });
});
