import { describe, expect, it } from 'vitest';
import {
  type ContainerSpec,
  commandWords,
  flagValue,
  imageRepository,
  recogniseModelServer,
  type WorkloadObject,
} from './recognise.ts';

/** A workload shaped as manifests and charts write them: one or more containers in a pod template. */
function workload(
  containers: ContainerSpec[],
  extra: {
    kind?: string;
    labels?: Record<string, string>;
    nodeSelector?: Record<string, string>;
    affinity?: unknown;
  } = {},
): WorkloadObject {
  return {
    kind: extra.kind ?? 'Deployment',
    metadata: { name: 'w', namespace: 'ml', labels: extra.labels ?? {} },
    spec: {
      replicas: 1,
      template: {
        metadata: { labels: extra.labels ?? {} },
        spec: {
          containers,
          ...(extra.nodeSelector ? { nodeSelector: extra.nodeSelector } : {}),
          ...(extra.affinity ? { affinity: extra.affinity } : {}),
        },
      },
    },
  };
}

const gpu = (n: number) => ({ limits: { 'nvidia.com/gpu': String(n), memory: '40Gi' } });

describe('recognising vLLM', () => {
  it('from the official image and --model, as the upstream Kubernetes example writes it', () => {
    const r = recogniseModelServer(
      workload(
        [
          {
            name: 'vllm',
            image: 'vllm/vllm-openai:v0.9.2',
            args: ['--model', 'meta-llama/Llama-3.1-8B-Instruct', '--port', '8000'],
            ports: [{ containerPort: 8000 }],
            resources: gpu(1),
          },
        ],
        { nodeSelector: { 'nvidia.com/gpu.product': 'NVIDIA-A100-SXM4-80GB' } },
      ),
    );
    expect(r).toMatchObject({
      runtime: 'VLLM',
      container: 'vllm',
      model: 'meta-llama/Llama-3.1-8B-Instruct',
      modelSource: 'hf://meta-llama/Llama-3.1-8B-Instruct',
      port: 8000,
      gpusPerReplica: 1,
      gpuProduct: 'NVIDIA-A100-SXM4-80GB',
      tensorParallelSize: null,
    });
    expect(r?.evidence).toEqual(['image vllm/vllm-openai', 'port 8000']);
  });

  it('from `vllm serve <model>` in a production-stack style command, on a mirrored image', () => {
    const r = recogniseModelServer(
      workload(
        [
          { name: 'router', image: 'lmcache/lmstack-router:latest', args: ['--port', '8000'] },
          {
            name: 'vllm',
            image: 'registry.internal:5000/mirror/vllm/vllm-openai:latest',
            command: ['vllm', 'serve', 'Qwen/Qwen2.5-72B-Instruct'],
            args: [
              '--host',
              '0.0.0.0',
              '--port=8000',
              '--tensor-parallel-size',
              '4',
              '--served-model-name',
              'qwen-72b',
            ],
            resources: gpu(4),
          },
        ],
        { labels: { 'app.kubernetes.io/name': 'vllm', model: 'qwen-72b' } },
      ),
    );
    expect(r).toMatchObject({
      runtime: 'VLLM',
      container: 'vllm',
      model: 'Qwen/Qwen2.5-72B-Instruct',
      servedModelName: 'qwen-72b',
      gpusPerReplica: 4,
      tensorParallelSize: 4,
      port: 8000,
    });
    expect(r?.evidence).toEqual([
      'command vllm serve',
      'image registry.internal:5000/mirror/vllm/vllm-openai',
      'port 8000',
      'label app.kubernetes.io/name=vllm',
    ]);
  });

  it('from the OpenAI entrypoint module in a shell script on a custom image', () => {
    const r = recogniseModelServer(
      workload([
        {
          name: 'engine',
          image: 'acme/llm-runtime:2024.10',
          command: ['/bin/bash', '-c'],
          args: [
            'pip list && python3 -m vllm.entrypoints.openai.api_server --model "/models/llama-3-8b" --port 9000',
          ],
          resources: { requests: { 'amd.com/gpu': 2 } },
        },
      ]),
    );
    expect(r).toMatchObject({
      runtime: 'VLLM',
      model: '/models/llama-3-8b',
      // Weights on a volume are no repository Backline can name.
      modelSource: null,
      port: 9000,
      gpusPerReplica: 2,
    });
    expect(r?.evidence).toEqual(['command vllm.entrypoints.openai.api_server']);
  });
});

describe('recognising Text Generation Inference', () => {
  it('from the image and --model-id', () => {
    const r = recogniseModelServer(
      workload([
        {
          name: 'tgi',
          image: 'ghcr.io/huggingface/text-generation-inference:3.3.4',
          args: ['--model-id', 'mistralai/Mistral-7B-Instruct-v0.3', '--num-shard', '2'],
          ports: [{ containerPort: 80, name: 'http' }],
          resources: gpu(2),
        },
      ]),
    );
    expect(r).toMatchObject({
      runtime: 'TGI',
      model: 'mistralai/Mistral-7B-Instruct-v0.3',
      modelSource: 'hf://mistralai/Mistral-7B-Instruct-v0.3',
      port: 80,
      tensorParallelSize: 2,
      gpusPerReplica: 2,
    });
  });

  it('from the MODEL_ID variable the chart sets, with the launcher as the command', () => {
    const r = recogniseModelServer(
      workload(
        [
          {
            name: 'server',
            image: 'ghcr.io/huggingface/text-generation-inference:latest-intel',
            command: ['text-generation-launcher'],
            env: [
              { name: 'MODEL_ID', value: 'HuggingFaceH4/zephyr-7b-beta' },
              { name: 'PORT', value: '8080' },
            ],
          },
        ],
        {
          affinity: {
            nodeAffinity: {
              requiredDuringSchedulingIgnoredDuringExecution: {
                nodeSelectorTerms: [
                  {
                    matchExpressions: [
                      { key: 'nvidia.com/gpu.product', operator: 'In', values: ['NVIDIA-L4'] },
                    ],
                  },
                ],
              },
            },
          },
        },
      ),
    );
    expect(r).toMatchObject({
      runtime: 'TGI',
      model: 'HuggingFaceH4/zephyr-7b-beta',
      port: 8080,
      gpuProduct: 'NVIDIA-L4',
    });
    expect(r?.evidence[0]).toBe('command text-generation-launcher');
  });
});

describe('recognising llama.cpp', () => {
  it('from the server image and -hf, as the demo fleet runs it', () => {
    const r = recogniseModelServer(
      workload([
        {
          name: 'llama-cpp',
          image: 'ghcr.io/ggml-org/llama.cpp:server-cuda',
          args: ['-hf', 'ggml-org/Qwen2.5-1.5B-Instruct-Q8_0-GGUF', '--port', '8080', '--metrics'],
        },
      ]),
    );
    expect(r).toMatchObject({
      runtime: 'LLAMA_CPP',
      model: 'ggml-org/Qwen2.5-1.5B-Instruct-Q8_0-GGUF',
      modelSource: 'hf://ggml-org/Qwen2.5-1.5B-Instruct-Q8_0-GGUF',
      port: 8080,
      gpusPerReplica: 0,
    });
  });

  it('from llama-server with a GGUF file on a volume and an alias', () => {
    const r = recogniseModelServer(
      workload([
        {
          name: 'llm',
          image: 'ghcr.io/ggerganov/llama.cpp:server',
          command: ['/app/llama-server'],
          args: ['-m', '/models/mistral-7b.Q4_K_M.gguf', '-a', 'mistral', '--host', '0.0.0.0'],
          ports: [{ containerPort: 8080 }],
        },
      ]),
    );
    expect(r).toMatchObject({
      runtime: 'LLAMA_CPP',
      model: '/models/mistral-7b.Q4_K_M.gguf',
      modelSource: null,
      servedModelName: 'mistral',
      port: 8080,
    });
    expect(r?.evidence).toEqual([
      'command /app/llama-server',
      'image ghcr.io/ggerganov/llama.cpp',
      'port 8080',
    ]);
  });
});

describe('recognising SGLang', () => {
  it('from sglang.launch_server and --model-path', () => {
    const r = recogniseModelServer(
      workload(
        [
          {
            name: 'sglang',
            image: 'lmsysorg/sglang:v0.4.9',
            command: ['python3', '-m', 'sglang.launch_server'],
            args: ['--model-path', 'Qwen/Qwen2.5-7B-Instruct', '--port', '30000', '--tp', '2'],
            resources: gpu(2),
          },
        ],
        { kind: 'StatefulSet' },
      ),
    );
    expect(r).toMatchObject({
      runtime: 'SGLANG',
      model: 'Qwen/Qwen2.5-7B-Instruct',
      port: 30000,
      tensorParallelSize: 2,
    });
    expect(r?.evidence.slice(0, 2)).toEqual([
      'command sglang.launch_server',
      'image lmsysorg/sglang',
    ]);
  });
});

describe('recognising Ollama', () => {
  it('from the image alone, with the model the fleet names in its environment', () => {
    const r = recogniseModelServer(
      workload([
        {
          name: 'ollama',
          image: 'ollama/ollama:0.9.6',
          env: [{ name: 'OLLAMA_MODEL', value: 'llama3.2:latest' }],
          ports: [{ containerPort: 11434 }],
        },
      ]),
    );
    expect(r).toMatchObject({
      runtime: 'OLLAMA',
      model: 'llama3.2:latest',
      modelSource: 'ollama://llama3.2:latest',
      port: 11434,
    });
  });

  it('from a script that serves and pulls, as Backline and the ollama chart start it', () => {
    const r = recogniseModelServer(
      workload([
        {
          name: 'ollama',
          image: 'docker.io/ollama/ollama:latest',
          command: ['/bin/sh', '-c'],
          args: ['ollama serve & pid=$!; sleep 5; ollama pull qwen2.5:7b && wait $pid'],
          env: [{ name: 'OLLAMA_HOST', value: '0.0.0.0:11500' }],
        },
      ]),
    );
    expect(r).toMatchObject({ runtime: 'OLLAMA', model: 'qwen2.5:7b', port: 11500 });
    expect(r?.evidence.slice(0, 2)).toEqual(['command ollama', 'image ollama/ollama']);
  });
});

describe('what is not a model server', () => {
  it('is null for an ordinary web service, whatever its port and labels say', () => {
    expect(
      recogniseModelServer(
        workload([{ name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 8000 }] }], {
          labels: { app: 'vllm-gateway' },
        }),
      ),
    ).toBeNull();
  });

  it('is null for a job that installs vLLM or pulls a model without serving it', () => {
    expect(
      recogniseModelServer(
        workload([
          { name: 'setup', image: 'python:3.12', command: ['sh', '-c', 'pip install vllm'] },
          { name: 'pull', image: 'curlimages/curl', command: ['sh', '-c', 'ollama pull llama3'] },
        ]),
      ),
    ).toBeNull();
  });

  it('is null for kinds that do not run a server of their own', () => {
    expect(
      recogniseModelServer(
        workload([{ name: 'vllm', image: 'vllm/vllm-openai:v0.9.2' }], { kind: 'Job' }),
      ),
    ).toBeNull();
  });
});

describe('reading command lines and images', () => {
  it('splits a shell script into words, quotes grouped and separators apart', () => {
    expect(commandWords({ command: ['sh', '-c', 'a "b c" && d;e'] })).toEqual([
      'a',
      'b c',
      '&&',
      'd',
      ';',
      'e',
    ]);
  });

  it('reads flags written with a space or an equals sign, and not a flag as a value', () => {
    expect(flagValue(['--port=9', '--model', 'm'], '--port')).toBe('9');
    expect(flagValue(['--model', 'm'], '--model')).toBe('m');
    expect(flagValue(['--model', '--port', '1'], '--model')).toBeNull();
  });

  it('takes the repository of an image with a registry port, a tag and a digest', () => {
    expect(imageRepository('registry:5000/a/vllm-openai:v1@sha256:abc')).toBe(
      'registry:5000/a/vllm-openai',
    );
    expect(imageRepository('docker.io/library/ollama')).toBe('ollama');
  });
});
