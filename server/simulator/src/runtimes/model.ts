import { parseQuantity } from '../store/quantity.ts';
import type { Container } from '../store/types.ts';
import type { RuntimeKind } from './images.ts';

/** What a model server container will load, derived from its command line and environment. */
export interface ModelProfile {
  runtime: RuntimeKind;
  model: string;
  servedName: string;
  /** Billions of parameters. */
  paramsB: number;
  bytesPerParam: number;
  port: number;
  loadSeconds: number;
  /** Host memory the process needs while loading. */
  hostMemoryBytes: number;
  /** GPU memory the weights need. */
  gpuMemoryBytes: number;
  tensorParallel: number;
  metricsEnabled: boolean;
  gated: boolean;
  missingModel: boolean;
}

const DEFAULT_PORT: Record<RuntimeKind, number> = {
  vllm: 8000,
  tgi: 80,
  llamacpp: 8080,
  sglang: 30000,
  ollama: 11434,
};
const GIB = 2 ** 30;

function argv(container: Container): string[] {
  return [...(container.command ?? []), ...(container.args ?? [])].flatMap((a) =>
    a.includes(' ') && a.startsWith('-') ? a.split(/\s+/) : [a],
  );
}

function flag(args: string[], ...names: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    for (const name of names) {
      if (arg === name) return args[i + 1];
      if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
    }
  }
  return undefined;
}

function env(container: Container, name: string): string | undefined {
  return container.env?.find((e) => e.name === name)?.value;
}

export function parameterCount(model: string): number {
  const moe = /(\d+)x(\d+(?:\.\d+)?)[bB]/.exec(model);
  if (moe?.[1] && moe[2]) return Number(moe[1]) * Number(moe[2]);
  const b = /(\d+(?:\.\d+)?)[bB](?![a-zA-Z])/.exec(model) ?? /(\d+(?:\.\d+)?)[bB]/.exec(model);
  if (b?.[1]) return Number(b[1]);
  const m = /(\d+)[mM](?![a-zA-Z])/.exec(model);
  if (m?.[1]) return Number(m[1]) / 1000;
  return 7;
}

function bytesPerParam(model: string, quant: string | undefined): number {
  const text = `${model} ${quant ?? ''}`.toLowerCase();
  if (/q4|awq|gptq|int4|4bit|gguf|q5|bnb/.test(text)) return 0.6;
  if (/fp8|int8|8bit|q8/.test(text)) return 1;
  return 2;
}

const GATED = /^(meta-llama\/|mistralai\/Mistral-Large|google\/gemma)/;

export function modelProfile(runtime: RuntimeKind, container: Container): ModelProfile {
  const args = argv(container);
  let model: string | undefined;
  let missingModel = false;
  switch (runtime) {
    case 'vllm': {
      const serve = args.indexOf('serve');
      const positional = serve >= 0 ? args[serve + 1] : undefined;
      model =
        flag(args, '--model') ??
        (positional && !positional.startsWith('-') ? positional : undefined) ??
        env(container, 'MODEL_NAME') ??
        'facebook/opt-125m';
      break;
    }
    case 'tgi':
      model = flag(args, '--model-id') ?? env(container, 'MODEL_ID') ?? 'bigscience/bloom-560m';
      break;
    case 'sglang':
      model = flag(args, '--model-path', '--model') ?? env(container, 'MODEL_PATH');
      missingModel = model === undefined;
      break;
    case 'llamacpp':
      model =
        flag(args, '-hf', '--hf-repo', '-m', '--model', '-mu', '--model-url') ??
        env(container, 'LLAMA_ARG_HF_REPO') ??
        env(container, 'LLAMA_ARG_MODEL');
      missingModel = model === undefined;
      break;
    case 'ollama':
      model =
        env(container, 'OLLAMA_MODEL') ?? env(container, 'BACKLINE_MODEL') ?? 'llama3.2:latest';
      break;
  }
  const name = model ?? 'models/7B/ggml-model-f16.gguf';
  const paramsB =
    runtime === 'ollama' && !/\d+(\.\d+)?[bB]/.test(name) ? 3.2 : parameterCount(name);
  const bpp =
    runtime === 'ollama' || runtime === 'llamacpp'
      ? Math.min(0.6, bytesPerParam(name, 'gguf'))
      : bytesPerParam(name, flag(args, '--quantization', '--quantize', '-q'));
  const portText =
    flag(args, '--port') ??
    (runtime === 'ollama' ? env(container, 'OLLAMA_HOST')?.split(':')[1] : env(container, 'PORT'));
  const port =
    portText && Number.isInteger(Number(portText)) ? Number(portText) : DEFAULT_PORT[runtime];
  const tp =
    Number(flag(args, '--tensor-parallel-size', '-tp', '--num-shard', '--tp', '--tp-size') ?? 1) ||
    1;
  const weightsGiB = paramsB * bpp;
  const slow = runtime === 'ollama' || runtime === 'llamacpp' ? 2 : 3.5;
  return {
    runtime,
    model: name,
    servedName: flag(args, '--served-model-name', '--alias', '-a') ?? name,
    paramsB,
    bytesPerParam: bpp,
    port,
    loadSeconds: Math.round(8 + paramsB * slow * (bpp / 2) * 1.6),
    hostMemoryBytes: Math.round((2 + weightsGiB * 0.6) * GIB),
    gpuMemoryBytes: Math.round((weightsGiB + 1) * GIB),
    tensorParallel: tp,
    metricsEnabled:
      runtime === 'llamacpp'
        ? args.includes('--metrics') || env(container, 'LLAMA_ARG_ENDPOINT_METRICS') === '1'
        : runtime === 'sglang'
          ? args.includes('--enable-metrics')
          : runtime !== 'ollama',
    gated: GATED.test(name),
    missingModel,
  };
}

/** GPU memory in GiB of a product label such as NVIDIA-A100-SXM4-80GB. */
export function gpuMemoryGiB(product: string | undefined): number {
  if (!product) return 80;
  const m = /(\d+)GB/i.exec(product);
  if (m?.[1]) return Number(m[1]);
  if (/L4/.test(product)) return 24;
  if (/T4/.test(product)) return 16;
  if (/A10G?/.test(product)) return 24;
  if (/H100|H200|A100/.test(product)) return 80;
  return 24;
}

export function memoryLimitBytes(container: Container): number | undefined {
  const raw = container.resources?.limits?.memory;
  return raw === undefined ? undefined : parseQuantity(raw);
}

export function gpuCount(container: Container): number {
  const raw =
    container.resources?.limits?.['nvidia.com/gpu'] ??
    container.resources?.requests?.['nvidia.com/gpu'];
  return raw === undefined ? 0 : (parseQuantity(raw) ?? 0);
}
