import type { Placement, ReleaseSpec, Runtime } from './catalog.types.ts';

const IMAGES: Record<Runtime, string> = {
  VLLM: 'vllm/vllm-openai:v0.8.5@sha256:0f0e0a4a2d0c8f3b1b3f0e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a493',
  TGI: 'ghcr.io/huggingface/text-generation-inference:3.3.1@sha256:1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809',
  LLAMA_CPP:
    'ghcr.io/ggml-org/llama.cpp:server-b5200@sha256:2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a',
  SGLANG:
    'lmsysorg/sglang:v0.4.6-cu124@sha256:3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b',
  OLLAMA:
    'ollama/ollama:0.6.8@sha256:4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c',
};

/** A realistic release of Qwen2.5-7B-Instruct for each runtime. */
export function sampleSpec(runtime: Runtime): ReleaseSpec {
  const ollama = runtime === 'OLLAMA';
  const gguf = runtime === 'LLAMA_CPP';
  return {
    modelName: 'qwen2-5-7b-instruct',
    runtime,
    image: IMAGES[runtime],
    model: ollama
      ? { source: 'ollama://qwen2.5:7b-instruct', revision: '845dbda0ea48' }
      : {
          source: gguf ? 'hf://Qwen/Qwen2.5-7B-Instruct-GGUF' : 'hf://Qwen/Qwen2.5-7B-Instruct',
          revision: 'a09a35458c702b33eeacc393d103063234e8bc28',
        },
    engine:
      ollama || gguf
        ? { maxModelLength: 8192 }
        : {
            maxModelLength: 16384,
            tensorParallelSize: 1,
            gpuMemoryUtilization: 0.9,
            dtype: 'bfloat16',
          },
    resources: { gpus: 1, gpuProduct: 'NVIDIA-L4', cpu: '4', memory: '32Gi' },
    env: ollama ? [] : [{ name: 'HF_TOKEN', secretRef: { name: 'huggingface', key: 'token' } }],
    expectedLoadSeconds: 120,
  };
}

export const samplePlacement: Placement = {
  namespace: 'ml-prod',
  name: 'chat',
  environment: 'PROD',
  replicas: 2,
  track: 'stable',
  releaseId: 'rel-0123456789abcdef',
};
