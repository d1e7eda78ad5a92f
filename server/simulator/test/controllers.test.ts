import {
  AppsV1Api,
  CoreV1Api,
  type CoreV1Event,
  KubeConfig,
  type V1Pod,
  Watch,
} from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSimulator, startSimulator } from '../src/index.ts';
import { vllmDeployment, waitFor } from './helpers.ts';

describe('simulated cluster behaviour on the accelerated clock', () => {
  let sim: RunningSimulator;
  let core: CoreV1Api;
  let apps: AppsV1Api;
  let kc: KubeConfig;
  const ns = 'sim';

  const pods = async (app: string): Promise<V1Pod[]> =>
    (await core.listNamespacedPod({ namespace: ns, labelSelector: `app=${app}` })).items;
  const podReady = (p: V1Pod): boolean =>
    p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') === true;

  beforeAll(async () => {
    sim = await startSimulator({ fleet: 'empty', nodes: 3, acceleration: 60 });
    kc = new KubeConfig();
    kc.loadFromString(sim.kubeconfig());
    core = kc.makeApiClient(CoreV1Api);
    apps = kc.makeApiClient(AppsV1Api);
    await core.createNamespace({ body: { metadata: { name: ns } } });
  });

  afterAll(async () => {
    await sim.stop();
  });

  it('rolls out respecting maxSurge and maxUnavailable', async () => {
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: vllmDeployment('roll', 3, {
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      }),
    });
    await waitFor(
      '3 ready',
      async () =>
        (await apps.readNamespacedDeployment({ name: 'roll', namespace: ns })).status
          ?.availableReplicas === 3
          ? true
          : undefined,
      50_000,
    );
    let maxPods = 0;
    let minReady = Number.POSITIVE_INFINITY;
    const watch = new Watch(kc);
    const live = new Map<string, V1Pod>();
    const observe = (): void => {
      const active = [...live.values()].filter((p) => !p.metadata?.deletionTimestamp);
      maxPods = Math.max(maxPods, active.length);
      minReady = Math.min(minReady, active.filter(podReady).length);
    };
    for (const p of await pods('roll')) live.set(p.metadata?.name ?? '', p);
    const req = await watch.watch(
      `/api/v1/namespaces/${ns}/pods`,
      { labelSelector: 'app=roll' },
      (type, obj: V1Pod) => {
        if (type === 'DELETED') live.delete(obj.metadata?.name ?? '');
        else live.set(obj.metadata?.name ?? '', obj);
        observe();
      },
      () => undefined,
    );
    await apps.patchNamespacedDeployment({
      name: 'roll',
      namespace: ns,
      body: [
        {
          op: 'replace',
          path: '/spec/template/spec/containers/0/image',
          value: 'vllm/vllm-openai:v0.10.1',
        },
      ],
    });
    const done = await waitFor(
      'rollout complete',
      async () => {
        const d = await apps.readNamespacedDeployment({ name: 'roll', namespace: ns });
        const s = d.status;
        return s?.updatedReplicas === 3 &&
          s.availableReplicas === 3 &&
          s.replicas === 3 &&
          s.observedGeneration === d.metadata?.generation
          ? d
          : undefined;
      },
      55_000,
    );
    req.abort();
    expect(maxPods).toBe(4);
    expect(minReady).toBeGreaterThanOrEqual(3);
    expect(done.metadata?.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
    expect(done.status?.conditions?.find((c) => c.type === 'Progressing')).toMatchObject({
      status: 'True',
      reason: 'NewReplicaSetAvailable',
    });
  });

  it('leaves pods Pending with the real FailedScheduling message when GPUs run out', async () => {
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: vllmDeployment('huge', 1, {}, '48Gi'),
    });
    await apps.patchNamespacedDeployment({
      name: 'huge',
      namespace: ns,
      body: [
        {
          op: 'replace',
          path: '/spec/template/spec/containers/0/resources',
          value: { requests: { 'nvidia.com/gpu': '9' }, limits: { 'nvidia.com/gpu': '9' } },
        },
      ],
    });
    const pending = await waitFor('an unschedulable pod', async () => {
      const list = await pods('huge');
      return list.find((p) =>
        p.status?.conditions?.some(
          (c) => c.type === 'PodScheduled' && c.reason === 'Unschedulable',
        ),
      );
    });
    const cond = pending.status?.conditions?.find((c) => c.type === 'PodScheduled');
    expect(pending.status?.phase).toBe('Pending');
    expect(cond?.message).toBe(
      '0/3 nodes are available: 3 Insufficient nvidia.com/gpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
    );
    // The event is recorded beside the condition, not necessarily before it is read.
    const event = await waitFor('the FailedScheduling event', async () => {
      const events = await core.listNamespacedEvent({
        namespace: ns,
        fieldSelector: `involvedObject.name=${pending.metadata?.name},reason=FailedScheduling`,
      });
      return events.items[0];
    });
    expect(event.message).toBe(cond?.message);
    await apps.deleteNamespacedDeployment({ name: 'huge', namespace: ns });
  });

  it('shows OOMKilled and CrashLoopBackOff like a real cluster when memory is too small', async () => {
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: vllmDeployment('oom', 1, {}, '1Gi'),
    });
    const pod = await waitFor(
      'a crash-looping pod',
      async () => {
        const p = (await pods('oom'))[0];
        const cs = p?.status?.containerStatuses?.[0];
        return cs?.state?.waiting?.reason === 'CrashLoopBackOff' &&
          cs.lastState?.terminated?.reason === 'OOMKilled'
          ? p
          : undefined;
      },
      50_000,
    );
    const cs = pod.status?.containerStatuses?.[0];
    expect(cs?.lastState?.terminated?.exitCode).toBe(137);
    expect(cs?.restartCount).toBeGreaterThanOrEqual(1);
    expect(cs?.state?.waiting?.message).toMatch(
      /^back-off \d+s restarting failed container=vllm pod=oom-/,
    );
    expect(pod.status?.phase).toBe('Running');
    expect(pod.status?.conditions?.find((c) => c.type === 'Ready')).toMatchObject({
      status: 'False',
      reason: 'ContainersNotReady',
      message: 'containers with unready status: [vllm]',
    });
    await apps.deleteNamespacedDeployment({ name: 'oom', namespace: ns });
  });

  it('goes ErrImagePull then ImagePullBackOff for an unknown tag, with the kubelet events', async () => {
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: vllmDeployment('badimg', 1, {}, '48Gi', 'vllm/vllm-openai:does-not-exist'),
    });
    const pod = await waitFor('ImagePullBackOff', async () => {
      const p = (await pods('badimg'))[0];
      return p?.status?.containerStatuses?.[0]?.state?.waiting?.reason === 'ImagePullBackOff'
        ? p
        : undefined;
    });
    expect(pod.status?.phase).toBe('Pending');
    expect(pod.status?.containerStatuses?.[0]?.state?.waiting?.message).toBe(
      'Back-off pulling image "vllm/vllm-openai:does-not-exist"',
    );
    const events = await core.listNamespacedEvent({
      namespace: ns,
      fieldSelector: `involvedObject.name=${pod.metadata?.name}`,
    });
    const messages = events.items.map((e: CoreV1Event) => `${e.reason}: ${e.message}`);
    expect(messages).toContain('Failed: Error: ErrImagePull');
    expect(
      messages.some((m) =>
        m.startsWith(
          'Failed: Failed to pull image "vllm/vllm-openai:does-not-exist": rpc error: code = NotFound',
        ),
      ),
    ).toBe(true);
    await apps.deleteNamespacedDeployment({ name: 'badimg', namespace: ns });
  });

  it('serves health, the OpenAI API and metrics through pods/proxy, and reacts to faults', async () => {
    await apps.createNamespacedDeployment({ namespace: ns, body: vllmDeployment('api', 1) });
    const pod = await waitFor(
      'a ready pod',
      async () => (await pods('api')).find(podReady),
      50_000,
    );
    const base = `${sim.url}/api/v1/namespaces/${ns}/pods/${pod.metadata?.name}:8000/proxy`;
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const chat = async (): Promise<string> => {
      const res = await fetch(`${base}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          model: 'Qwen/Qwen2.5-0.5B-Instruct',
          messages: [{ role: 'user', content: 'What is 2+2?' }],
        }),
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { choices: { message: { content: string } }[] };
      return body.choices[0]?.message.content ?? '';
    };
    const before = await chat();
    expect(await chat()).toBe(before);
    // The counters move when a request finishes on the simulated clock: wait for it to show.
    const counted = [
      /^vllm:kv_cache_usage_perc\{engine="0",model_name="Qwen\/Qwen2.5-0.5B-Instruct"\} /m,
      /^vllm:request_success_total\{engine="0",model_name="Qwen\/Qwen2.5-0.5B-Instruct",finished_reason="stop"\} [1-9]/m,
    ];
    await waitFor('the finished request in the metrics', async () => {
      const text = await (await fetch(`${base}/metrics`)).text();
      return counted.every((p) => p.test(text)) ? text : undefined;
    });

    const drift = sim.injectFault({ type: 'behaviour-drift', namespace: ns, deployment: 'api' });
    expect(await chat()).not.toBe(before);
    sim.clearFault(drift.id);
    expect(await chat()).toBe(before);

    const errors = await fetch(`${sim.url}/sim/v1/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'error-rate', deployment: 'api', params: { percent: 100 } }),
    });
    expect(errors.status).toBe(201);
    const { id } = (await errors.json()) as { id: string };
    const failed = await fetch(`${base}/v1/chat/completions`, {
      method: 'POST',
      body: JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(failed.status).toBe(500);
    expect((await fetch(`${sim.url}/sim/v1/faults/${id}`, { method: 'DELETE' })).status).toBe(200);
    const invalid = await fetch(`${sim.url}/sim/v1/faults`, {
      method: 'POST',
      body: JSON.stringify({ type: 'error-rate', deployment: 'api' }),
    });
    expect(invalid.status).toBe(400);

    sim.injectFault({ type: 'crash-loop', namespace: ns, deployment: 'api' });
    const crashed = await waitFor(
      'CrashLoopBackOff',
      async () => {
        const p = (await pods('api'))[0];
        return p?.status?.containerStatuses?.[0]?.state?.waiting?.reason === 'CrashLoopBackOff'
          ? p
          : undefined;
      },
      50_000,
    );
    expect(crashed.status?.containerStatuses?.[0]?.lastState?.terminated).toMatchObject({
      exitCode: 1,
      reason: 'Error',
    });
    const previous = await core.readNamespacedPodLog({
      name: crashed.metadata?.name ?? '',
      namespace: ns,
      previous: true,
    });
    expect(previous).toContain('RuntimeError: Engine core initialization failed');
    const refused = await fetch(
      `${sim.url}/api/v1/namespaces/${ns}/pods/${crashed.metadata?.name}:8000/proxy/health`,
    );
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { message: string }).message).toMatch(
      /^error trying to reach service: dial tcp 10\.\d+\.\d+\.\d+:8000: connect: connection refused$/,
    );
  });

  it('marks a lost GPU node NotReady with the unreachable taint', async () => {
    const fault = sim.injectFault({ type: 'gpu-node-lost', node: 'gpu-a100-0' });
    const node = await waitFor('node unreachable', async () => {
      const n = await core.readNode({ name: 'gpu-a100-0' });
      return n.spec?.taints?.some(
        (t) => t.key === 'node.kubernetes.io/unreachable' && t.effect === 'NoExecute',
      )
        ? n
        : undefined;
    });
    expect(node.status?.conditions?.find((c) => c.type === 'Ready')).toMatchObject({
      status: 'Unknown',
      reason: 'NodeStatusUnknown',
      message: 'Kubelet stopped posting node status.',
    });
    sim.clearFault(fault.id);
    await waitFor('node ready again', async () => {
      const n = await core.readNode({ name: 'gpu-a100-0' });
      return n.status?.conditions?.find((c) => c.type === 'Ready')?.status === 'True'
        ? true
        : undefined;
    });
  });
});
