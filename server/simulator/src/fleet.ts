import type { Container, Deployment, KubeObject, NodeObject } from './store/types.ts';

/** The simulated machines and the demo workloads. */

export interface NodeShape {
  name: string;
  gpus: number;
  product?: string;
  cpu: number;
  memoryGi: number;
  instanceType: string;
  zone: string;
}

const GPU_TAINT = { key: 'nvidia.com/gpu', value: 'present', effect: 'NoSchedule' };

export const DEMO_IMAGES = [
  'vllm/vllm-openai:v0.9.2',
  'vllm/vllm-openai:v0.10.1',
  'ghcr.io/huggingface/text-generation-inference:3.3.4',
  'ghcr.io/ggml-org/llama.cpp:server-cuda',
  'lmsysorg/sglang:v0.4.9',
  'ollama/ollama:0.9.6',
];

export function demoNodeShapes(count = 4): NodeShape[] {
  const base: NodeShape[] = [
    {
      name: 'gpu-a100-0',
      gpus: 8,
      product: 'NVIDIA-A100-SXM4-80GB',
      cpu: 96,
      memoryGi: 1024,
      instanceType: 'p4de.24xlarge',
      zone: 'us-east-1a',
    },
    {
      name: 'gpu-a100-1',
      gpus: 8,
      product: 'NVIDIA-A100-SXM4-80GB',
      cpu: 96,
      memoryGi: 1024,
      instanceType: 'p4de.24xlarge',
      zone: 'us-east-1b',
    },
    {
      name: 'gpu-l4-0',
      gpus: 4,
      product: 'NVIDIA-L4',
      cpu: 48,
      memoryGi: 192,
      instanceType: 'g6.12xlarge',
      zone: 'us-east-1a',
    },
    {
      name: 'cpu-0',
      gpus: 0,
      cpu: 32,
      memoryGi: 128,
      instanceType: 'm7i.8xlarge',
      zone: 'us-east-1a',
    },
  ];
  const out = base.slice(0, count);
  for (let i = out.length; i < count; i++) {
    out.push({
      name: `gpu-a100-${i - 2}`,
      gpus: 8,
      product: 'NVIDIA-A100-SXM4-80GB',
      cpu: 96,
      memoryGi: 1024,
      instanceType: 'p4de.24xlarge',
      zone: 'us-east-1c',
    });
  }
  return out;
}

export function gpuNodeShapes(count: number): NodeShape[] {
  const out: NodeShape[] = [];
  for (let i = 0; i < count; i++) {
    const l4 = i % 3 === 2;
    out.push({
      name: l4 ? `gpu-l4-${i}` : `gpu-a100-${i}`,
      gpus: l4 ? 4 : 8,
      product: l4 ? 'NVIDIA-L4' : 'NVIDIA-A100-SXM4-80GB',
      cpu: l4 ? 48 : 96,
      memoryGi: l4 ? 192 : 1024,
      instanceType: l4 ? 'g6.12xlarge' : 'p4de.24xlarge',
      zone: ['us-east-1a', 'us-east-1b', 'us-east-1c'][i % 3] ?? 'us-east-1a',
    });
  }
  return out;
}

export function nodeObject(
  shape: NodeShape,
  index: number,
  now: string,
  images: string[],
): NodeObject {
  const capacity: Record<string, string> = {
    cpu: String(shape.cpu),
    memory: `${shape.memoryGi * 1024 * 1024}Ki`,
    pods: '110',
    'ephemeral-storage': '524288000Ki',
  };
  if (shape.gpus > 0) capacity['nvidia.com/gpu'] = String(shape.gpus);
  const allocatable = {
    ...capacity,
    cpu: `${shape.cpu * 1000 - 100}m`,
    memory: `${shape.memoryGi * 1024 * 1024 - 1024 * 1024}Ki`,
  };
  const labels: Record<string, string> = {
    'kubernetes.io/hostname': shape.name,
    'kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'beta.kubernetes.io/arch': 'amd64',
    'node.kubernetes.io/instance-type': shape.instanceType,
    'topology.kubernetes.io/zone': shape.zone,
    'topology.kubernetes.io/region': 'us-east-1',
  };
  if (shape.product) {
    labels['nvidia.com/gpu.product'] = shape.product;
    labels['nvidia.com/gpu.count'] = String(shape.gpus);
    labels['nvidia.com/gpu.present'] = 'true';
  }
  const condition = (type: string, status: 'True' | 'False', reason: string, message: string) => ({
    type,
    status,
    lastHeartbeatTime: now,
    lastTransitionTime: now,
    reason,
    message,
  });
  const ip = `10.0.${Math.floor(index / 250)}.${(index % 250) + 4}`;
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: shape.name,
      labels,
      annotations: {
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: {
      podCIDR: `10.244.${index % 256}.0/24`,
      podCIDRs: [`10.244.${index % 256}.0/24`],
      ...(shape.gpus > 0 ? { taints: [GPU_TAINT] } : {}),
    },
    status: {
      capacity,
      allocatable,
      conditions: [
        condition(
          'MemoryPressure',
          'False',
          'KubeletHasSufficientMemory',
          'kubelet has sufficient memory available',
        ),
        condition(
          'DiskPressure',
          'False',
          'KubeletHasNoDiskPressure',
          'kubelet has no disk pressure',
        ),
        condition(
          'PIDPressure',
          'False',
          'KubeletHasSufficientPID',
          'kubelet has sufficient PID available',
        ),
        condition('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
      ],
      addresses: [
        { type: 'InternalIP', address: ip },
        { type: 'Hostname', address: shape.name },
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        machineID: `ec2${index.toString(16).padStart(29, '0')}`,
        systemUUID: `ec2${index.toString(16).padStart(5, '0')}-0000-0000-0000-000000000000`,
        bootID: `b00710${index.toString(16).padStart(2, '0')}-0000-0000-0000-000000000000`,
        kernelVersion: '5.15.0-1084-aws',
        osImage: 'Ubuntu 22.04.5 LTS',
        containerRuntimeVersion: 'containerd://1.7.27',
        kubeletVersion: 'v1.32.4',
        kubeProxyVersion: 'v1.32.4',
        operatingSystem: 'linux',
        architecture: 'amd64',
      },
      images: images.map((name) => ({ names: [name], sizeBytes: 5_000_000_000 })),
    },
  };
}

const GPU_TOLERATION = [{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }];

function probes(path: string, port: number, loadBudgetSeconds: number): Partial<Container> {
  return {
    startupProbe: {
      httpGet: { path, port },
      periodSeconds: 10,
      failureThreshold: Math.ceil(loadBudgetSeconds / 10),
    },
    readinessProbe: { httpGet: { path, port }, periodSeconds: 5, failureThreshold: 3 },
    livenessProbe: { httpGet: { path, port }, periodSeconds: 10, failureThreshold: 3 },
  };
}

interface Workload {
  namespace: string;
  name: string;
  replicas: number;
  container: Container;
  gpus: number;
  nodeSelector?: Record<string, string>;
  port: number;
}

function deployment(w: Workload): Deployment {
  const labels = {
    app: w.name,
    'backline.dev/deployment': w.name,
    'app.kubernetes.io/name': w.name,
  };
  const resources: { requests: Record<string, string>; limits: Record<string, string> } =
    w.gpus > 0
      ? {
          requests: { cpu: '4', memory: '32Gi', 'nvidia.com/gpu': String(w.gpus) },
          limits: { memory: '48Gi', 'nvidia.com/gpu': String(w.gpus) },
        }
      : { requests: { cpu: '4', memory: '8Gi' }, limits: { memory: '16Gi' } };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: w.name, namespace: w.namespace, labels },
    spec: {
      replicas: w.replicas,
      selector: { matchLabels: { app: w.name } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      template: {
        metadata: { labels },
        spec: {
          containers: [
            { ...w.container, ports: [{ name: 'http', containerPort: w.port }], resources },
          ],
          ...(w.gpus > 0 ? { tolerations: GPU_TOLERATION } : {}),
          ...(w.nodeSelector ? { nodeSelector: w.nodeSelector } : {}),
        },
      },
    },
  };
}

function service(w: Workload): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: w.name, namespace: w.namespace, labels: { app: w.name } },
    spec: { selector: { app: w.name }, ports: [{ name: 'http', port: 80, targetPort: w.port }] },
  };
}

/** The demo fleet's model servers under traffic in ml-prod and ml-staging. */
export function demoWorkloads(): { namespaces: string[]; objects: KubeObject[] } {
  const workloads: Workload[] = [
    {
      namespace: 'ml-prod',
      name: 'chat',
      replicas: 2,
      gpus: 1,
      port: 8000,
      container: {
        name: 'vllm',
        image: 'vllm/vllm-openai:v0.9.2',
        args: ['--model', 'meta-llama/Llama-3.1-8B-Instruct', '--port', '8000'],
        ...probes('/health', 8000, 600),
      },
      nodeSelector: { 'nvidia.com/gpu.product': 'NVIDIA-A100-SXM4-80GB' },
    },
    {
      namespace: 'ml-prod',
      name: 'assistant',
      replicas: 1,
      gpus: 1,
      port: 80,
      container: {
        name: 'tgi',
        image: 'ghcr.io/huggingface/text-generation-inference:3.3.4',
        args: ['--model-id', 'mistralai/Mistral-7B-Instruct-v0.3'],
        ...probes('/health', 80, 600),
      },
    },
    {
      namespace: 'ml-staging',
      name: 'chat',
      replicas: 1,
      gpus: 1,
      port: 8000,
      container: {
        name: 'vllm',
        image: 'vllm/vllm-openai:v0.10.1',
        args: ['--model', 'Qwen/Qwen2.5-7B-Instruct'],
        ...probes('/health', 8000, 600),
      },
    },
    {
      namespace: 'ml-staging',
      name: 'edge',
      replicas: 1,
      gpus: 1,
      port: 8080,
      container: {
        name: 'llama-cpp',
        image: 'ghcr.io/ggml-org/llama.cpp:server-cuda',
        args: [
          '-hf',
          'ggml-org/Qwen2.5-1.5B-Instruct-Q8_0-GGUF',
          '--host',
          '0.0.0.0',
          '--port',
          '8080',
          '--metrics',
        ],
        ...probes('/health', 8080, 300),
      },
      nodeSelector: { 'nvidia.com/gpu.product': 'NVIDIA-L4' },
    },
    {
      namespace: 'ml-staging',
      name: 'reasoner',
      replicas: 1,
      gpus: 1,
      port: 30000,
      container: {
        name: 'sglang',
        image: 'lmsysorg/sglang:v0.4.9',
        command: ['python3', '-m', 'sglang.launch_server'],
        args: [
          '--model-path',
          'Qwen/Qwen2.5-7B-Instruct',
          '--host',
          '0.0.0.0',
          '--port',
          '30000',
          '--enable-metrics',
        ],
        ...probes('/health', 30000, 600),
      },
    },
    {
      namespace: 'ml-staging',
      name: 'ollama',
      replicas: 1,
      gpus: 0,
      port: 11434,
      container: {
        name: 'ollama',
        image: 'ollama/ollama:0.9.6',
        env: [{ name: 'OLLAMA_MODEL', value: 'llama3.2:latest' }],
        ...probes('/', 11434, 300),
      },
    },
  ];
  return {
    namespaces: ['ml-prod', 'ml-staging'],
    objects: workloads.flatMap((w) => [deployment(w), service(w)]),
  };
}
