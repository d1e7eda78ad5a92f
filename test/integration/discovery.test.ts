import { AppsV1Api, type V1Deployment } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimulatedCluster, startSimulatedCluster } from '../support/cluster.ts';
import { graphql, login, userWithRole } from '../support/graphql.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const DISCOVERED = `{ discoveredModelServers {
  servers { namespace name kind runtime container image model modelSource port replicas readyReplicas
            gpusPerReplica gpuProduct evidence }
  problems
} }`;

interface Discovered {
  discoveredModelServers: {
    servers: {
      namespace: string;
      name: string;
      kind: string;
      runtime: string;
      model: string | null;
      modelSource: string | null;
      port: number;
      replicas: number;
      gpusPerReplica: number;
      gpuProduct: string | null;
      evidence: string[];
    }[];
    problems: string[];
  };
}

/** A Deployment as `kubectl create deployment` would make it, with the labels given. */
function deployment(
  name: string,
  namespace: string,
  image: string,
  labels: Record<string, string>,
) {
  return {
    metadata: { name, namespace, labels },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name: 'main', image, args: ['--model', 'Qwen/Qwen2.5-0.5B'] }] },
      },
    },
  };
}

/** What writing to a Deployment would change. */
function written(d: V1Deployment) {
  return {
    generation: d.metadata?.generation,
    labels: d.metadata?.labels,
    annotations: d.metadata?.annotations,
    managers: (d.metadata?.managedFields ?? []).map((f) => f.manager),
  };
}

describe('discovering the model servers a team already runs', () => {
  let cluster: SimulatedCluster;
  let server: TestServer;
  let viewer: string;
  const before = new Map<string, unknown>();

  beforeAll(async () => {
    cluster = await startSimulatedCluster({ fleet: 'demo', namespaces: ['ml-other'] });
    const apps = cluster.admin.makeApiClient(AppsV1Api);
    // Beside the demo fleet: a web server, a model server Backline manages, and one in a
    // namespace Backline does not watch.
    await apps.createNamespacedDeployment({
      namespace: 'ml-prod',
      body: deployment('web', 'ml-prod', 'nginx:1.27', {}),
    });
    await apps.createNamespacedDeployment({
      namespace: 'ml-prod',
      body: deployment('managed', 'ml-prod', 'vllm/vllm-openai:v0.9.2', {
        'app.kubernetes.io/managed-by': 'backline',
      }),
    });
    await apps.createNamespacedDeployment({
      namespace: 'ml-other',
      body: deployment('elsewhere', 'ml-other', 'vllm/vllm-openai:v0.9.2', {}),
    });
    for (const namespace of ['ml-prod', 'ml-staging']) {
      for (const d of (await apps.listNamespacedDeployment({ namespace })).items)
        before.set(`${namespace}/${d.metadata?.name}`, written(d));
    }
    server = await startTestServer({ env: { KUBECONFIG: cluster.kubeconfig } });
    const admin = await login(server.url, server.adminEmail, server.adminPassword);
    viewer = (await userWithRole(server.url, admin, 'VIEWER')).cookie;
  });

  afterAll(async () => {
    await server?.stop();
    await cluster?.stop();
  });

  it('finds every runtime of the demo fleet with its model, port and GPUs, and nothing else', async () => {
    const result = await graphql<Discovered>(server.url, DISCOVERED, {}, { cookie: viewer });
    expect(result.errors).toBeUndefined();
    const found = result.data?.discoveredModelServers;
    expect(found?.problems).toEqual([]);
    expect(
      found?.servers.map((s) => [
        s.namespace,
        s.name,
        s.runtime,
        s.model,
        s.port,
        s.gpusPerReplica,
      ]),
    ).toEqual([
      ['ml-prod', 'assistant', 'TGI', 'mistralai/Mistral-7B-Instruct-v0.3', 80, 1],
      ['ml-prod', 'chat', 'VLLM', 'meta-llama/Llama-3.1-8B-Instruct', 8000, 1],
      ['ml-staging', 'chat', 'VLLM', 'Qwen/Qwen2.5-7B-Instruct', 8000, 1],
      ['ml-staging', 'edge', 'LLAMA_CPP', 'ggml-org/Qwen2.5-1.5B-Instruct-Q8_0-GGUF', 8080, 1],
      ['ml-staging', 'ollama', 'OLLAMA', 'llama3.2:latest', 11434, 0],
      ['ml-staging', 'reasoner', 'SGLANG', 'Qwen/Qwen2.5-7B-Instruct', 30000, 1],
    ]);
    const chat = found?.servers.find((s) => s.namespace === 'ml-prod' && s.name === 'chat');
    expect(chat).toMatchObject({
      kind: 'Deployment',
      replicas: 2,
      modelSource: 'hf://meta-llama/Llama-3.1-8B-Instruct',
      gpuProduct: 'NVIDIA-A100-SXM4-80GB',
    });
    expect(chat?.evidence[0]).toBe('image vllm/vllm-openai');
  });

  it('writes nothing to what it found', async () => {
    const apps = cluster.admin.makeApiClient(AppsV1Api);
    for (const namespace of ['ml-prod', 'ml-staging']) {
      for (const d of (await apps.listNamespacedDeployment({ namespace })).items) {
        // The controllers move status (and so resourceVersion) on their own; what a writer
        // would change is the spec (generation), the labels, annotations and field managers.
        expect(written(d), `${namespace}/${d.metadata?.name}`).toEqual(
          before.get(`${namespace}/${d.metadata?.name}`),
        );
        expect((d.metadata?.managedFields ?? []).map((f) => f.manager)).not.toContain('backline');
      }
    }
  });

  it('is refused to a caller who is not signed in', async () => {
    const result = await graphql(server.url, DISCOVERED);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
  });
});
