import {
  AppsV1Api,
  CoreV1Api,
  PatchStrategy,
  setHeaderOptions,
  type V1Deployment,
  type V1Pod,
} from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimulatedCluster, startSimulatedCluster } from '../support/cluster.ts';
import { graphql, login } from '../support/graphql.ts';
import { startTestServerOn, type TestServer } from '../support/server.ts';
import { storeKinds } from '../support/stores.ts';
import { waitFor } from '../support/wait.ts';

const MODEL = 'meta-llama/Llama-3.1-8B-Instruct';

/** A model server as a team deploys it with Helm: its own labels, selector, probes and Service. */
function teamDeployment(name: string, extra: Partial<V1Deployment['metadata']> = {}): V1Deployment {
  const labels = { app: name, 'app.kubernetes.io/name': name };
  const http = { path: '/health', port: 8000 };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name,
      namespace: 'ml-prod',
      labels: { ...labels, 'app.kubernetes.io/managed-by': 'Helm' },
      ...extra,
    },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: name } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      template: {
        metadata: { labels },
        spec: {
          containers: [
            {
              name: 'vllm',
              image: 'vllm/vllm-openai:v0.9.2',
              args: ['--model', MODEL, '--port', '8000', '--max-model-len', '8192'],
              env: [{ name: 'VLLM_LOGGING_LEVEL', value: 'INFO' }],
              ports: [{ name: 'http', containerPort: 8000 }],
              resources: {
                requests: { cpu: '4', memory: '32Gi', 'nvidia.com/gpu': '1' },
                limits: { memory: '48Gi', 'nvidia.com/gpu': '1' },
              },
              startupProbe: { httpGet: http, periodSeconds: 10, failureThreshold: 60 },
              readinessProbe: { httpGet: http, periodSeconds: 5, failureThreshold: 3 },
              livenessProbe: { httpGet: http, periodSeconds: 10, failureThreshold: 3 },
            },
          ],
          tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }],
        },
      },
    },
  };
}

interface Plan {
  adoptable: boolean;
  reasons: string[];
  warnings: string[];
  digest: string | null;
  model: { existing: { id: string } | null; name: string; source: string; revision: string } | null;
  release: {
    id: string;
    exists: boolean;
    image: string;
    runtime: string;
    engine: { maxModelLength: number | null; extraArgs: string[] };
    resources: { gpus: number; cpu: string; memory: string };
    env: { name: string; value: string | null }[];
  } | null;
  changes: { object: string; path: string; live: unknown; applied: unknown }[];
  diff: string;
  previousManagers: string[];
}

const PLAN = `query($id: ID!) { adoptionPlan(deploymentId: $id) {
  adoptable reasons warnings digest previousManagers diff
  model { existing { id } name source revision }
  release { id exists image runtime engine { maxModelLength extraArgs } resources { gpus cpu memory } env { name value } }
  changes { object path live applied }
} }`;

const DEPLOYMENT = `query($name: String!) { deployment(namespace: "ml-prod", name: $name) {
  id managed phase release { id image imagePinned model { id source } }
  adoption { by release { id } selector keepsPodTemplate previousManagers }
  status { pods { name restarts releaseId } }
  history { release { id } reason }
  rollout { state active reason }
} }`;

interface Deployed {
  id: string;
  managed: boolean;
  phase: string;
  release: {
    id: string;
    image: string;
    imagePinned: boolean;
    model: { id: string; source: string };
  } | null;
  adoption: {
    by: string;
    release: { id: string };
    selector: Record<string, string>;
    keepsPodTemplate: boolean;
    previousManagers: string[];
  } | null;
  status: { pods: { name: string; restarts: number; releaseId: string | null }[] };
  history: { release: { id: string }; reason: string | null }[];
  rollout: { state: string; active: boolean; reason: string | null } | null;
}

const ADOPT =
  'mutation($input: AdoptDeploymentInput!) { adoptDeployment(input: $input) { deployment { id managed } } }';
const RELEASE =
  'mutation($input: ReleaseDeploymentInput!) { releaseDeployment(input: $input) { deployment { id managed } } }';

/** Each pod of a workload by name: its UID and the restart count of each container. */
function podIdentities(pods: V1Pod[]): Record<string, { uid: string; restarts: number[] }> {
  return Object.fromEntries(
    pods.map((p) => [
      p.metadata?.name ?? '',
      {
        uid: p.metadata?.uid ?? '',
        restarts: (p.status?.containerStatuses ?? []).map((s) => s.restartCount),
      },
    ]),
  );
}

for (const kind of storeKinds()) {
  describe(`adopting a model server a team runs, and handing it back, on ${kind.name}`, () => {
    let cluster: SimulatedCluster;
    let server: TestServer;
    let cookie: string;
    let apps: AppsV1Api;
    let core: CoreV1Api;
    let chatId = '';
    let adoptedRelease = '';

    const call = async <T>(query: string, variables: Record<string, unknown> = {}) => {
      const result = await graphql<T>(server.url, query, variables, { cookie });
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data as T;
    };
    const deployment = async (name: string) =>
      (await call<{ deployment: Deployed | null }>(DEPLOYMENT, { name })).deployment;
    const plan = async (id: string) =>
      (await call<{ adoptionPlan: Plan }>(PLAN, { id })).adoptionPlan;
    const pods = async (app: string) =>
      (await core.listNamespacedPod({ namespace: 'ml-prod', labelSelector: `app=${app}` })).items;
    const live = (name: string) => apps.readNamespacedDeployment({ name, namespace: 'ml-prod' });
    const managers = async (name: string) =>
      ((await live(name)).metadata?.managedFields ?? []).map((m) => `${m.manager}/${m.operation}`);
    const audited = async (action: string, target: string) =>
      (await server.backline.services.audit.list({ action, targetId: `ml-prod/${target}` }, 10))
        .totalCount;
    /** The observed deployment's id once its pods run, so it has a digest to pin. */
    const observedReady = (name: string) =>
      waitFor(
        `ml-prod/${name} observed with running pods`,
        async () => {
          const d = await deployment(name);
          if (!d || d.managed) return undefined;
          const running = (await pods(name)).filter((p) =>
            p.status?.containerStatuses?.every((s) => s.ready && s.imageID),
          );
          return running.length === 2 ? d.id : undefined;
        },
        90_000,
      );

    beforeAll(async () => {
      cluster = await startSimulatedCluster({ namespaces: ['ml-prod'], acceleration: 20 });
      apps = cluster.admin.makeApiClient(AppsV1Api);
      core = cluster.admin.makeApiClient(CoreV1Api);
      const helm = (body: V1Deployment) =>
        apps.patchNamespacedDeployment(
          {
            name: body.metadata?.name ?? '',
            namespace: 'ml-prod',
            body,
            fieldManager: 'helm',
            force: true,
          },
          setHeaderOptions('Content-Type', PatchStrategy.ServerSideApply),
        );
      await helm(teamDeployment('chat'));
      await core.createNamespacedService({
        namespace: 'ml-prod',
        body: {
          metadata: { name: 'chat', labels: { app: 'chat' } },
          spec: {
            selector: { app: 'chat' },
            ports: [{ name: 'http', port: 80, targetPort: 8000 }],
          },
        },
      });
      // A server another controller owns: whatever Backline applied, it would put back.
      const owner = await core.createNamespacedConfigMap({
        namespace: 'ml-prod',
        body: { metadata: { name: 'owned-by-operator' }, data: {} },
      });
      await helm(
        teamDeployment('owned', {
          ownerReferences: [
            {
              apiVersion: 'v1',
              kind: 'ConfigMap',
              name: 'owned-by-operator',
              uid: owner.metadata?.uid ?? '',
              controller: true,
            },
          ],
        }),
      );
      server = await startTestServerOn(kind, {
        env: {
          KUBECONFIG: cluster.kubeconfig,
          BACKLINE_NAMESPACES: 'ml-prod',
          BACKLINE_HEALTH_INTERVAL: '300ms',
          BACKLINE_SYNTHETIC_TIMEOUT: '3s',
        },
      });
      cookie = await login(server.url, server.adminEmail, server.adminPassword);
      chatId = await observedReady('chat');
    }, 150_000);

    afterAll(async () => {
      await server?.stop();
      await cluster?.stop();
    });

    it('plans the adoption: a release pinned to the running digest, and the fields Backline would change', async () => {
      const p = await plan(chatId);
      expect(p.reasons).toEqual([]);
      expect(p.adoptable).toBe(true);
      const running = (await pods('chat'))[0]?.status?.containerStatuses?.[0]?.imageID ?? '';
      expect(p.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(running.endsWith(`@${p.digest}`)).toBe(true);
      expect(p.model).toMatchObject({
        existing: null,
        name: 'llama-3-1-8b-instruct',
        source: `hf://${MODEL}`,
        revision: 'main',
      });
      expect(p.release).toMatchObject({
        exists: false,
        runtime: 'VLLM',
        image: `vllm/vllm-openai@${p.digest}`,
        engine: { maxModelLength: 8192, extraArgs: [] },
        resources: { gpus: 1, cpu: '4', memory: '48Gi' },
        env: [{ name: 'VLLM_LOGGING_LEVEL', value: 'INFO' }],
      });
      expect(p.previousManagers).toContain('helm');
      expect(p.warnings.join(' ')).toMatch(/helm applies it too/);
      // Backline's labels and rollout settings change; the pod template and selector do not.
      expect(p.changes).toContainEqual({
        object: 'Deployment/chat',
        path: 'metadata.labels.app.kubernetes.io/managed-by',
        live: 'Helm',
        applied: 'backline',
      });
      expect(p.changes).toContainEqual({
        object: 'Deployment/chat',
        path: 'spec.strategy.rollingUpdate.maxSurge',
        live: 1,
        applied: 0,
      });
      expect(p.changes.filter((c) => /^spec\.(template|selector)/.test(c.path))).toEqual([]);
      expect(p.diff).toContain(
        'metadata.labels.app.kubernetes.io/managed-by\n-   "Helm"\n+   "backline"',
      );
      // A plan writes nothing: the Deployment is as Helm left it.
      expect(await managers('chat')).not.toContain('backline/Apply');
    });

    it('refuses what cannot be adopted without a fight or a restart, saying why', async () => {
      const ownedId = await observedReady('owned');
      const p = await plan(ownedId);
      expect(p.adoptable).toBe(false);
      expect(p.reasons).toEqual([
        'ml-prod/owned is controlled by ConfigMap owned-by-operator (its ownerReferences): that controller would undo whatever Backline applies. Adopt what it comes from, or detach it first.',
      ]);
      const refused = await graphql(
        server.url,
        ADOPT,
        { input: { deploymentId: ownedId } },
        { cookie },
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(refused.errors?.[0]?.message).toContain(
        'is controlled by ConfigMap owned-by-operator',
      );
      expect((await deployment('owned'))?.managed).toBe(false);
      expect(await audited('deployment.adopt', 'owned')).toBe(0);
    });

    it('adopts it without restarting a pod, keeping its id, and rolls it out afterwards', async () => {
      const before = podIdentities(await pods('chat'));
      const replicaSets = async () =>
        (
          await apps.listNamespacedReplicaSet({ namespace: 'ml-prod', labelSelector: 'app=chat' })
        ).items
          .map((r) => r.metadata?.name)
          .sort();
      const setsBefore = await replicaSets();
      const p = await plan(chatId);
      const adopted = await call<{
        adoptDeployment: { deployment: { id: string; managed: boolean } };
      }>(ADOPT, { input: { deploymentId: chatId, reason: 'one place to run it' } });
      // The same deployment, with its health and incident history: managed now.
      expect(adopted.adoptDeployment.deployment).toEqual({ id: chatId, managed: true });
      await waitFor(
        'Backline to own the Deployment and see it ready',
        async () =>
          (await managers('chat')).includes('backline/Apply') &&
          (await deployment('chat'))?.phase === 'READY'
            ? true
            : undefined,
        60_000,
      );
      const d = await deployment('chat');
      adoptedRelease = d?.release?.id ?? '';
      expect(d?.release).toMatchObject({
        id: p.release?.id,
        image: p.release?.image,
        imagePinned: true,
        model: { source: `hf://${MODEL}` },
      });
      expect(d?.adoption).toEqual({
        by: 'admin@backline.local',
        release: { id: adoptedRelease },
        selector: { app: 'chat' },
        keepsPodTemplate: true,
        previousManagers: ['helm'],
      });
      expect(d?.history).toEqual([
        { release: { id: adoptedRelease }, reason: 'Adopted: one place to run it' },
      ]);
      // Every pod is the one that ran before, never restarted, and no new ReplicaSet started.
      expect(podIdentities(await pods('chat'))).toEqual(before);
      expect(await replicaSets()).toEqual(setsBefore);
      expect(d?.status.pods.map((x) => x.name).sort()).toEqual(Object.keys(before).sort());
      const liveChat = await live('chat');
      expect(liveChat.spec?.selector.matchLabels).toEqual({ app: 'chat' });
      expect(liveChat.metadata?.labels?.['app.kubernetes.io/managed-by']).toBe('backline');
      // Backline is the only manager of its fields now (the controllers keep their status).
      expect((await managers('chat')).filter((m) => !m.startsWith('kube-'))).toEqual([
        'backline/Apply',
      ]);
      expect(await audited('deployment.adopt', 'chat')).toBe(1);
      const entry = (
        await server.backline.services.audit.list(
          { action: 'deployment.adopt', targetId: 'ml-prod/chat' },
          1,
        )
      ).entries[0];
      expect(entry?.details).toMatchObject({
        release: adoptedRelease,
        digest: p.digest,
        previousManagers: ['helm'],
        reason: 'one place to run it',
      });
      // Adopting it twice is refused.
      const again = await graphql(
        server.url,
        ADOPT,
        { input: { deploymentId: chatId } },
        { cookie },
      );
      expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

      // Managed now: a change by hand is drift, and repairing it restarts nothing either.
      await apps.patchNamespacedDeployment(
        {
          name: 'chat',
          namespace: 'ml-prod',
          body: { metadata: { labels: { 'app.kubernetes.io/instance': 'by-hand' } } },
        },
        setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
      );
      const DRIFT = '{ deployment(namespace: "ml-prod", name: "chat") { drift { path live } } }';
      const drift = await waitFor('the change by hand to show as drift', async () => {
        const found = (
          await call<{ deployment: { drift: { path: string; live: unknown }[] } }>(DRIFT)
        ).deployment.drift;
        return found.length ? found : undefined;
      });
      expect(drift).toEqual([
        { path: 'metadata.labels.app.kubernetes.io/instance', live: 'by-hand' },
      ]);
      await call(
        'mutation { repairDrift(namespace: "ml-prod", name: "chat") { deployment { id } } }',
      );
      await waitFor('the drift to be repaired', async () =>
        (await live('chat')).metadata?.labels?.['app.kubernetes.io/instance'] === 'chat'
          ? true
          : undefined,
      );
      expect(podIdentities(await pods('chat'))).toEqual(before);

      // A rollout to a newer image replaces the pods, keeping the selector.
      const next = await call<{ createRelease: { release: { id: string } } }>(
        `mutation($m: ID!) { createRelease(input: { modelId: $m, runtime: VLLM, image: "vllm/vllm-openai:v0.10.1",
          engine: { maxModelLength: 8192 }, resources: { gpus: 1, cpu: "4", memory: "48Gi" },
          expectedLoadSeconds: 30 }) { release { id } } }`,
        { m: d?.release?.model.id },
      );
      const nextRelease = next.createRelease.release.id;
      await call(
        'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { id } } }',
        {
          input: {
            namespace: 'ml-prod',
            name: 'chat',
            environment: 'PROD',
            releaseId: nextRelease,
            replicas: 2,
            analysisSeconds: 2,
            minimumRequests: 0,
          },
        },
      );
      await waitFor(
        'the rollout to succeed',
        async () => {
          const r = (await deployment('chat'))?.rollout;
          if (r && !r.active && r.state !== 'SUCCEEDED')
            throw new Error(`rollout ended ${r.state}: ${r.reason}`);
          if (r?.state === 'SUCCEEDED') return r;
          // Said when the wait times out: where the rollout stands.
          // Said when the wait times out: where the rollout and the apply stand.
          const rec = await server.backline.services.deployments.get('ml-prod', 'chat');
          throw new Error(`rollout ${JSON.stringify(r)}, apply error ${rec?.lastApplyError}`);
        },
        120_000,
      );
      const rolled = await waitFor(
        'every pod on the new release',
        async () => {
          const now = await deployment('chat');
          return now?.phase === 'READY' &&
            now.status.pods.length === 2 &&
            now.status.pods.every((x) => x.releaseId === nextRelease)
            ? now
            : undefined;
        },
        60_000,
      );
      expect(rolled.adoption?.keepsPodTemplate).toBe(false);
      const after = await live('chat');
      expect(after.spec?.selector.matchLabels).toEqual({ app: 'chat' });
      expect(after.spec?.template.metadata?.labels).toMatchObject({
        app: 'chat',
        'backline.dev/release': nextRelease,
      });
      // The team's Service still finds the pods by the label it always used.
      expect((await pods('chat')).length).toBe(2);

      // Rolling back to the adopted release puts its pod template back as it ran.
      await call(
        'mutation($input: RollbackDeploymentInput!) { rollbackDeployment(input: $input) { deployment { id } } }',
        { input: { namespace: 'ml-prod', name: 'chat', reason: 'back to what the team ran' } },
      );
      const back = await waitFor(
        'the adopted release to run again',
        async () => {
          const now = await deployment('chat');
          const template = (await live('chat')).spec?.template;
          return now?.phase === 'READY' &&
            now.adoption?.keepsPodTemplate &&
            template?.spec?.containers.map((c) => c.name).join() === 'vllm' &&
            (await pods('chat')).every(
              (p) => p.spec?.containers[0]?.image === 'vllm/vllm-openai:v0.9.2',
            )
            ? template
            : undefined;
        },
        120_000,
      );
      expect(back?.metadata?.labels).toEqual({ app: 'chat', 'app.kubernetes.io/name': 'chat' });
    }, 300_000);

    it("hands it back: objects and pods as they are, and Backline's field manager gone", async () => {
      const before = await live('chat');
      const podsBefore = podIdentities(await pods('chat'));
      const released = await call<{
        releaseDeployment: { deployment: { id: string; managed: boolean } };
      }>(RELEASE, { input: { deploymentId: chatId, reason: 'the team runs it with Helm again' } });
      expect(released.releaseDeployment.deployment).toEqual({ id: chatId, managed: false });
      const after = await live('chat');
      expect(after.metadata?.managedFields?.map((m) => m.manager)).not.toContain('backline');
      expect(after.spec).toEqual(before.spec);
      expect(after.metadata?.generation).toBe(before.metadata?.generation);
      expect(after.metadata?.labels?.['app.kubernetes.io/managed-by']).toBe('Helm');
      expect(podIdentities(await pods('chat'))).toEqual(podsBefore);
      expect(await audited('deployment.release', 'chat')).toBe(1);
      // Discovery finds it again as the observed server it is now, under the same id.
      const observed = await waitFor(
        'ml-prod/chat observed again',
        async () => {
          const { deployments } = await call<{
            deployments: {
              id: string;
              name: string;
              managed: boolean;
              observed: { image: string } | null;
            }[];
          }>('{ deployments(namespace: "ml-prod") { id name managed observed { image } } }');
          const found = deployments.find((x) => x.name === 'chat');
          return found && !found.managed && found.observed?.image === 'vllm/vllm-openai:v0.9.2'
            ? found
            : undefined;
        },
        30_000,
      );
      expect(observed.id).toBe(chatId);
      // Handing back what Backline does not manage is refused.
      const twice = await graphql(
        server.url,
        RELEASE,
        { input: { deploymentId: chatId, reason: 'once more' } },
        { cookie },
      );
      expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    });
  });
}
