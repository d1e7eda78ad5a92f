import type { ReleaseSpec, Runtime } from './catalog.types.ts';

export interface RuntimeProfile {
  runtime: Runtime;
  label: string;
  /** Image repositories the runtime is published under. */
  repositories: string[];
  port: number;
  /** Liveness and readiness path. */
  healthPath: string;
  /** Whether the port stays closed while the model loads (else it answers 503). */
  closedWhileLoading: boolean;
  command?: string[];
  args(spec: ReleaseSpec): string[];
  /** Extra environment the runtime needs (cache locations and the like). */
  env(spec: ReleaseSpec): { name: string; value: string }[];
  /** Where downloaded weights are cached, so restarts do not download them again. */
  cachePath: string;
}

/** `hf://Qwen/Qwen2.5-7B-Instruct` → `Qwen/Qwen2.5-7B-Instruct`; `ollama://qwen2.5:7b` → `qwen2.5:7b`. */
export function modelRef(source: string): string {
  return source.replace(/^(hf|ollama):\/\//, '');
}

function optional(flag: string, value: string | number | undefined): string[] {
  return value === undefined ? [] : [flag, String(value)];
}

/** Listen on every interface at `port`. */
const listenOn = (port: number, hostFlag = '--host') => [
  hostFlag,
  '0.0.0.0',
  '--port',
  String(port),
];

type EngineSetting = Exclude<keyof ReleaseSpec['engine'], 'extraArgs'>;

/** The engine settings a release sets, as the runtime's flags in the order given, then its extra args. */
function engineArgs(s: ReleaseSpec, flags: Partial<Record<EngineSetting, string>>): string[] {
  return [
    ...Object.entries(flags).flatMap(([setting, flag]) =>
      optional(flag, s.engine[setting as EngineSetting]),
    ),
    ...(s.engine.extraArgs ?? []),
  ];
}

const HF_CACHE = '/root/.cache/huggingface';

export const RUNTIME_PROFILES: Record<Runtime, RuntimeProfile> = {
  VLLM: {
    runtime: 'VLLM',
    label: 'vLLM',
    repositories: ['vllm/vllm-openai', 'docker.io/vllm/vllm-openai'],
    port: 8000,
    healthPath: '/health',
    closedWhileLoading: true,
    cachePath: HF_CACHE,
    args: (s) => [
      '--model',
      modelRef(s.model.source),
      '--revision',
      s.model.revision,
      '--served-model-name',
      s.modelName,
      ...listenOn(8000),
      ...engineArgs(s, {
        maxModelLength: '--max-model-len',
        tensorParallelSize: '--tensor-parallel-size',
        gpuMemoryUtilization: '--gpu-memory-utilization',
        dtype: '--dtype',
        quantization: '--quantization',
      }),
    ],
    env: () => [{ name: 'HF_HOME', value: HF_CACHE }],
  },
  TGI: {
    runtime: 'TGI',
    label: 'Text Generation Inference',
    repositories: ['ghcr.io/huggingface/text-generation-inference'],
    port: 8080,
    healthPath: '/health',
    closedWhileLoading: true,
    cachePath: '/data',
    args: (s) => [
      '--model-id',
      modelRef(s.model.source),
      '--revision',
      s.model.revision,
      ...listenOn(8080, '--hostname'),
      ...engineArgs(s, {
        maxModelLength: '--max-total-tokens',
        tensorParallelSize: '--num-shard',
        gpuMemoryUtilization: '--cuda-memory-fraction',
        dtype: '--dtype',
        quantization: '--quantize',
      }),
    ],
    env: () => [{ name: 'HF_HOME', value: '/data' }],
  },
  LLAMA_CPP: {
    runtime: 'LLAMA_CPP',
    label: 'llama.cpp server',
    repositories: ['ghcr.io/ggml-org/llama.cpp', 'ghcr.io/ggerganov/llama.cpp'],
    port: 8080,
    healthPath: '/health',
    closedWhileLoading: false,
    cachePath: '/root/.cache/llama.cpp',
    args: (s) => [
      '--hf-repo',
      modelRef(s.model.source),
      '--alias',
      s.modelName,
      ...listenOn(8080),
      '--n-gpu-layers',
      s.resources.gpus > 0 ? '999' : '0',
      // Without it the server answers 501 on /metrics.
      '--metrics',
      ...engineArgs(s, { maxModelLength: '--ctx-size' }),
    ],
    env: () => [{ name: 'LLAMA_CACHE', value: '/root/.cache/llama.cpp' }],
  },
  SGLANG: {
    runtime: 'SGLANG',
    label: 'SGLang',
    repositories: ['lmsysorg/sglang', 'docker.io/lmsysorg/sglang'],
    port: 30000,
    healthPath: '/health',
    closedWhileLoading: true,
    cachePath: HF_CACHE,
    command: ['python3', '-m', 'sglang.launch_server'],
    args: (s) => [
      '--model-path',
      modelRef(s.model.source),
      '--revision',
      s.model.revision,
      '--served-model-name',
      s.modelName,
      ...listenOn(30000),
      // Without it the server has no /metrics.
      '--enable-metrics',
      ...engineArgs(s, {
        maxModelLength: '--context-length',
        tensorParallelSize: '--tp',
        gpuMemoryUtilization: '--mem-fraction-static',
        dtype: '--dtype',
        quantization: '--quantization',
      }),
    ],
    env: () => [{ name: 'HF_HOME', value: HF_CACHE }],
  },
  OLLAMA: {
    runtime: 'OLLAMA',
    label: 'Ollama',
    repositories: ['ollama/ollama', 'docker.io/ollama/ollama'],
    port: 11434,
    healthPath: '/',
    closedWhileLoading: true,
    cachePath: '/root/.ollama',
    // Ollama has no flag to serve one model: start the server, pull the pinned model, keep serving.
    command: ['/bin/sh', '-c'],
    args: (s) => [
      `ollama serve & pid=$!; until ollama list >/dev/null 2>&1; do sleep 1; done; ollama pull ${modelRef(s.model.source)} && wait $pid`,
    ],
    env: (s) => [
      { name: 'OLLAMA_HOST', value: '0.0.0.0:11434' },
      { name: 'OLLAMA_KEEP_ALIVE', value: '-1' },
      ...(s.engine.maxModelLength
        ? [{ name: 'OLLAMA_CONTEXT_LENGTH', value: String(s.engine.maxModelLength) }]
        : []),
    ],
  },
};

/** The runtime an image belongs to, by repository; undefined when it is none of them. */
export function runtimeOfImage(image: string): Runtime | undefined {
  const repository = image.split('@')[0]?.replace(/:[^/]*$/, '') ?? '';
  return Object.values(RUNTIME_PROFILES).find((p) => p.repositories.includes(repository))?.runtime;
}
