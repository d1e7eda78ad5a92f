import { AppsV1Api, type V1Container, type V1Deployment } from '@kubernetes/client-node';
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

/** A workload in `ml-shapes` with one pod template, as manifests and Helm charts write them. */
function shaped(
  kind: 'Deployment' | 'StatefulSet',
  name: string,
  containers: V1Container[],
  labels: Record<string, string> = {},
) {
  return {
    apiVersion: 'apps/v1',
    kind,
    metadata: { name, namespace: 'ml-shapes', labels },
    spec: {
      replicas: 1,
      ...(kind === 'StatefulSet' ? { serviceName: name } : {}),
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name, ...labels } }, spec: { containers } },
    },
  };
}

const gpus = (n: number) => ({ limits: { 'nvidia.com/gpu': String(n) } });

/** Two or more shapes of each runtime: upstream examples and what common charts render. */
const SHAPES = [
  // vLLM's Kubernetes example.
  shaped('Deployment', 'vllm-upstream', [
    {
      name: 'vllm',
      image: 'vllm/vllm-openai:v0.9.2',
      args: ['--model', 'meta-llama/Llama-3.1-8B-Instruct', '--port', '8000'],
      ports: [{ containerPort: 8000 }],
      resources: gpus(1),
    },
  ]),
  // vLLM production-stack: `vllm serve` on a mirrored image, beside its router.
  shaped(
    'Deployment',
    'vllm-stack',
    [
      { name: 'router', image: 'lmcache/lmstack-router:latest', args: ['--port', '8001'] },
      {
        name: 'vllm',
        image: 'registry.internal:5000/mirror/vllm/vllm-openai:latest',
        command: ['vllm', 'serve', 'Qwen/Qwen2.5-7B-Instruct'],
        args: ['--host', '0.0.0.0', '--port=8000', '--served-model-name', 'qwen'],
        resources: gpus(1),
      },
    ],
    { 'app.kubernetes.io/name': 'vllm' },
  ),
  // The OpenAI entrypoint in a StatefulSet with weights on a volume.
  shaped('StatefulSet', 'vllm-sts', [
    {
      name: 'engine',
      image: 'acme/llm-runtime:2024.10',
      command: ['/bin/bash', '-c'],
      args: [
        'python3 -m vllm.entrypoints.openai.api_server --model /models/llama-3-8b --port 9000',
      ],
      resources: gpus(2),
    },
  ]),
  // TGI's documented arguments, and the chart's MODEL_ID environment with the launcher.
  shaped('Deployment', 'tgi-args', [
    {
      name: 'tgi',
      image: 'ghcr.io/huggingface/text-generation-inference:3.3.4',
      args: ['--model-id', 'mistralai/Mistral-7B-Instruct-v0.3'],
      ports: [{ containerPort: 80, name: 'http' }],
      resources: gpus(1),
    },
  ]),
  shaped('Deployment', 'tgi-chart', [
    {
      name: 'server',
      image: 'ghcr.io/huggingface/text-generation-inference:latest',
      command: ['text-generation-launcher'],
      env: [
        { name: 'MODEL_ID', value: 'HuggingFaceH4/zephyr-7b-beta' },
        { name: 'PORT', value: '8080' },
      ],
      resources: gpus(1),
    },
  ]),
  // llama.cpp's server image with -hf, and llama-server over a GGUF file.
  shaped('Deployment', 'llamacpp-hf', [
    {
      name: 'llama-cpp',
      image: 'ghcr.io/ggml-org/llama.cpp:server-cuda',
      args: ['-hf', 'ggml-org/Qwen2.5-1.5B-Instruct-Q8_0-GGUF', '--port', '8080'],
      resources: gpus(1),
    },
  ]),
  shaped('Deployment', 'llamacpp-gguf', [
    {
      name: 'llm',
      image: 'ghcr.io/ggerganov/llama.cpp:server',
      command: ['/app/llama-server'],
      args: ['-m', '/models/mistral-7b.Q4_K_M.gguf', '-a', 'mistral', '--host', '0.0.0.0'],
      ports: [{ containerPort: 8080 }],
    },
  ]),
  // SGLang's launch module as its docs run it, and the same from a shell script.
  shaped('Deployment', 'sglang', [
    {
      name: 'sglang',
      image: 'lmsysorg/sglang:v0.4.9',
      command: ['python3', '-m', 'sglang.launch_server'],
      args: ['--model-path', 'Qwen/Qwen2.5-7B-Instruct', '--port', '30000'],
      resources: gpus(1),
    },
  ]),
  shaped('Deployment', 'sglang-script', [
    {
      name: 'engine',
      image: 'lmsysorg/sglang:latest',
      command: ['/bin/sh', '-c'],
      args: ['python3 -m sglang.launch_server --model-path Qwen/Qwen2.5-1.5B --port 30001'],
      resources: gpus(1),
    },
  ]),
  // Ollama's image with the model named in the environment, and the chart's serve-and-pull.
  shaped('Deployment', 'ollama-env', [
    {
      name: 'ollama',
      image: 'ollama/ollama:0.9.6',
      env: [{ name: 'OLLAMA_MODEL', value: 'llama3.2:latest' }],
      ports: [{ containerPort: 11434 }],
    },
  ]),
  shaped('Deployment', 'ollama-chart', [
    {
      name: 'ollama',
      image: 'docker.io/ollama/ollama:latest',
      command: ['/bin/sh', '-c'],
      args: ['ollama serve & pid=$!; sleep 5; ollama pull qwen2.5:7b && wait $pid'],
      env: [{ name: 'OLLAMA_HOST', value: '0.0.0.0:11500' }],
    },
  ]),
  // Not model servers, whatever they look like.
  shaped('Deployment', 'web', [
    { name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 8000 }] },
  ]),
  shaped('Deployment', 'installer', [
    { name: 'pip', image: 'python:3.12', command: ['pip', 'install', 'vllm'] },
  ]),
];

describe('discovering each runtime from the shapes upstream examples and charts give it', () => {
  let cluster: SimulatedCluster;
  let server: TestServer;
  let viewer: string;

  beforeAll(async () => {
    cluster = await startSimulatedCluster({ namespaces: ['ml-shapes'] });
    const apps = cluster.admin.makeApiClient(AppsV1Api);
    for (const body of SHAPES) {
      if (body.kind === 'StatefulSet') {
        await apps.createNamespacedStatefulSet({ namespace: 'ml-shapes', body });
      } else {
        await apps.createNamespacedDeployment({ namespace: 'ml-shapes', body });
      }
    }
    server = await startTestServer({
      env: { KUBECONFIG: cluster.kubeconfig, BACKLINE_NAMESPACES: 'ml-shapes' },
    });
    const admin = await login(server.url, server.adminEmail, server.adminPassword);
    viewer = (await userWithRole(server.url, admin, 'VIEWER')).cookie;
  });

  afterAll(async () => {
    await server?.stop();
    await cluster?.stop();
  });

  it('finds every model server with its runtime, model and port, and nothing else', async () => {
    const result = await graphql<Discovered>(server.url, DISCOVERED, {}, { cookie: viewer });
    expect(result.errors).toBeUndefined();
    expect(result.data?.discoveredModelServers.problems).toEqual([]);
    expect(
      result.data?.discoveredModelServers.servers.map((s) => [
        s.name,
        s.kind,
        s.runtime,
        s.model,
        s.port,
        s.gpusPerReplica,
      ]),
    ).toEqual([
      ['llamacpp-gguf', 'Deployment', 'LLAMA_CPP', '/models/mistral-7b.Q4_K_M.gguf', 8080, 0],
      [
        'llamacpp-hf',
        'Deployment',
        'LLAMA_CPP',
        'ggml-org/Qwen2.5-1.5B-Instruct-Q8_0-GGUF',
        8080,
        1,
      ],
      ['ollama-chart', 'Deployment', 'OLLAMA', 'qwen2.5:7b', 11500, 0],
      ['ollama-env', 'Deployment', 'OLLAMA', 'llama3.2:latest', 11434, 0],
      ['sglang', 'Deployment', 'SGLANG', 'Qwen/Qwen2.5-7B-Instruct', 30000, 1],
      ['sglang-script', 'Deployment', 'SGLANG', 'Qwen/Qwen2.5-1.5B', 30001, 1],
      ['tgi-args', 'Deployment', 'TGI', 'mistralai/Mistral-7B-Instruct-v0.3', 80, 1],
      ['tgi-chart', 'Deployment', 'TGI', 'HuggingFaceH4/zephyr-7b-beta', 8080, 1],
      ['vllm-stack', 'Deployment', 'VLLM', 'Qwen/Qwen2.5-7B-Instruct', 8000, 1],
      ['vllm-sts', 'StatefulSet', 'VLLM', '/models/llama-3-8b', 9000, 2],
      ['vllm-upstream', 'Deployment', 'VLLM', 'meta-llama/Llama-3.1-8B-Instruct', 8000, 1],
    ]);
  });
});
