import { RUNTIME_PROFILES, type Runtime } from '../catalog/index.ts';
import type { ObservedWorkload } from '../deployments/index.ts';

/**
 * Recognising a model server in a workload Backline did not deploy: a Deployment or StatefulSet
 * written by hand, by a Helm chart (vLLM production-stack, the TGI and Ollama charts) or by GitOps.
 * Pure functions of the object as the API server returns it; no cluster, no store.
 *
 * A workload is a model server when one of its containers runs a known runtime, recognised by a
 * strong sign (the image's repository, or the command that starts the engine) and supported by weak
 * ones (its port, its labels). Weak signs alone never make a model server: a container on port 8000
 * labelled `app: vllm` may be a proxy in front of one.
 */

export interface ContainerSpec {
  name: string;
  image?: string;
  command?: string[];
  args?: string[];
  env?: { name: string; value?: string }[];
  ports?: { containerPort: number; name?: string }[];
  resources?: {
    limits?: Record<string, string | number>;
    requests?: Record<string, string | number>;
  };
}

export interface WorkloadObject {
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  spec?: {
    replicas?: number;
    template?: {
      metadata?: { labels?: Record<string, string> };
      spec?: {
        containers?: ContainerSpec[];
        nodeSelector?: Record<string, string>;
        affinity?: unknown;
      };
    };
  };
}

/** What a workload's containers say it runs; where it runs is added by discovery. */
export type RecognisedServer = Omit<ObservedWorkload, 'kind' | 'selector'>;

const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet']);

/** Image repositories of each runtime's common builds, beyond the official ones in the catalog. */
const IMAGE_NAMES: Record<Runtime, RegExp> = {
  VLLM: /(^|\/)vllm(-openai)?(-[a-z0-9]+)*$|(^|\/)vllm-(cpu|rocm|tpu|neuron)[-a-z]*$/,
  TGI: /(^|\/)(text-generation-inference|tgi)(-[a-z0-9]+)*$/,
  LLAMA_CPP: /(^|\/)llama\.?cpp(-[a-z0-9]+)*$|(^|\/)llama-(cpp-)?server$/,
  SGLANG: /(^|\/)sglang(-[a-z0-9]+)*$/,
  OLLAMA: /(^|\/)ollama$/,
};

/** Commands (or module paths) that start each runtime's server. */
const COMMANDS: Record<Runtime, RegExp> = {
  VLLM: /(^|\/)vllm$|^vllm\.entrypoints\.openai\.api_server$/,
  TGI: /(^|\/)text-generation-launcher$/,
  LLAMA_CPP: /(^|\/)llama-server$/,
  SGLANG: /^sglang\.launch_server$/,
  OLLAMA: /(^|\/)ollama$/,
};

/** The repository of an image reference, without registry port confusion, tag or digest. */
export function imageRepository(image: string): string {
  const withoutDigest = image.split('@')[0] ?? '';
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.indexOf(':', lastSlash + 1);
  const repo = colon === -1 ? withoutDigest : withoutDigest.slice(0, colon);
  return repo.replace(/^docker\.io\//, '').replace(/^library\//, '');
}

/**
 * The words of a container's command line: `command` then `args`, with a shell's `-c` script split
 * into words and its `&&`, `;` and `&` separators kept as words of their own.
 */
export function commandWords(c: Pick<ContainerSpec, 'command' | 'args'>): string[] {
  const all = [...(c.command ?? []), ...(c.args ?? [])];
  const words: string[] = [];
  for (let i = 0; i < all.length; i++) {
    const word = all[i] ?? '';
    const shell = /(^|\/)(ba)?sh$/.test(word) && all[i + 1] === '-c';
    if (shell) {
      words.push(...shellWords(all.slice(i + 2).join(' ')));
      break;
    }
    words.push(word);
  }
  return words;
}

/** Splits a shell script into words, roughly: quotes grouped, separators as words of their own. */
function shellWords(script: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(&&|\|\||[;&|])|([^\s"';&|]+)/g;
  for (const m of script.matchAll(re)) out.push(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
  return out;
}

/** The value of `--flag value` or `--flag=value` (any of the names), else null. */
export function flagValue(words: string[], ...names: string[]): string | null {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    for (const name of names) {
      if (word === name) {
        const next = words[i + 1];
        return next !== undefined && !next.startsWith('-') ? next : null;
      }
      if (word.startsWith(`${name}=`)) return word.slice(name.length + 1);
    }
  }
  return null;
}

function envValue(c: ContainerSpec, name: string): string | null {
  return c.env?.find((e) => e.name === name)?.value ?? null;
}

/** The runtime a container's command line starts, with the word that says so. */
function runtimeOfCommand(words: string[]): { runtime: Runtime; word: string } | null {
  for (const [i, word] of words.entries()) {
    for (const runtime of Object.keys(COMMANDS) as Runtime[]) {
      if (!COMMANDS[runtime].test(word)) continue;
      // `vllm` and `ollama` start a server only with `serve` (`pip install vllm`, `ollama pull`).
      if (runtime === 'VLLM' && /(^|\/)vllm$/.test(word) && words[i + 1] !== 'serve') continue;
      if (runtime === 'OLLAMA' && words[i + 1] !== 'serve') continue;
      return { runtime, word: runtime === 'VLLM' && /vllm$/.test(word) ? `${word} serve` : word };
    }
  }
  return null;
}

function runtimeOfImageName(image: string): Runtime | null {
  const repo = imageRepository(image);
  for (const runtime of Object.keys(IMAGE_NAMES) as Runtime[]) {
    if (RUNTIME_PROFILES[runtime].repositories.includes(repo)) return runtime;
  }
  for (const runtime of Object.keys(IMAGE_NAMES) as Runtime[]) {
    if (IMAGE_NAMES[runtime].test(repo)) return runtime;
  }
  return null;
}

/** The model each runtime serves, as its arguments or environment name it. */
function modelOf(
  runtime: Runtime,
  words: string[],
  c: ContainerSpec,
): { model: string | null; served: string | null } {
  switch (runtime) {
    case 'VLLM': {
      const serve = words.indexOf('serve');
      const positional =
        serve !== -1 && words[serve + 1] && !words[serve + 1]?.startsWith('-')
          ? (words[serve + 1] ?? null)
          : null;
      return {
        model: flagValue(words, '--model') ?? positional ?? envValue(c, 'MODEL_NAME'),
        served: flagValue(words, '--served-model-name'),
      };
    }
    case 'TGI':
      return {
        model: flagValue(words, '--model-id') ?? envValue(c, 'MODEL_ID'),
        served: flagValue(words, '--served-model-name'),
      };
    case 'LLAMA_CPP':
      return {
        model:
          flagValue(words, '-hf', '--hf-repo', '-hfr') ??
          flagValue(words, '-m', '--model') ??
          envValue(c, 'LLAMA_ARG_HF_REPO') ??
          envValue(c, 'LLAMA_ARG_MODEL'),
        served: flagValue(words, '-a', '--alias') ?? envValue(c, 'LLAMA_ARG_ALIAS'),
      };
    case 'SGLANG':
      return {
        model: flagValue(words, '--model-path', '--model'),
        served: flagValue(words, '--served-model-name'),
      };
    case 'OLLAMA': {
      // Ollama serves whatever was pulled: a `pull` or `run` in its script, or the chart's variable.
      const pull = words.findIndex(
        (w, i) => (w === 'pull' || w === 'run') && words[i - 1]?.endsWith('ollama'),
      );
      const pulled = pull === -1 ? null : (words[pull + 1] ?? null);
      return { model: pulled ?? envValue(c, 'OLLAMA_MODEL'), served: null };
    }
  }
}

/** `Qwen/Qwen2.5-7B-Instruct` → `hf://Qwen/Qwen2.5-7B-Instruct`; a local path is no source. */
function sourceOf(runtime: Runtime, model: string | null): string | null {
  if (!model) return null;
  if (runtime === 'OLLAMA') return /^[\w.-]+(:[\w.-]+)?$/.test(model) ? `ollama://${model}` : null;
  // A path or a file is weights on a volume, not a repository Backline can name.
  if (model.startsWith('/') || model.startsWith('.') || /\.gguf$/i.test(model)) return null;
  const repo = model.replace(/^hf:\/\//, '').replace(/:[^/]+$/, '');
  return /^[\w.-]+\/[\w.-]+$/.test(repo) ? `hf://${repo}` : null;
}

function quantity(v: string | number | undefined): number {
  const n = typeof v === 'number' ? v : Number.parseInt(v ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

function gpusOf(c: ContainerSpec): number {
  let most = 0;
  for (const list of [c.resources?.limits, c.resources?.requests]) {
    for (const [key, value] of Object.entries(list ?? {})) {
      if (/^(nvidia\.com|amd\.com)\/gpu$|^gpu\.intel\.com\//.test(key))
        most = Math.max(most, quantity(value));
    }
  }
  return most;
}

const GPU_PRODUCT_KEYS = ['nvidia.com/gpu.product', 'cloud.google.com/gke-accelerator'];

/** The GPU product from a node selector, or the first value of a required node affinity on it. */
function gpuProductOf(
  spec: NonNullable<NonNullable<WorkloadObject['spec']>['template']>['spec'],
): string | null {
  for (const key of GPU_PRODUCT_KEYS) {
    const v = spec?.nodeSelector?.[key];
    if (v) return v;
  }
  const terms =
    (
      spec?.affinity as {
        nodeAffinity?: {
          requiredDuringSchedulingIgnoredDuringExecution?: {
            nodeSelectorTerms?: {
              matchExpressions?: { key: string; operator: string; values?: string[] }[];
            }[];
          };
        };
      }
    )?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  for (const term of terms) {
    for (const e of term.matchExpressions ?? []) {
      if (GPU_PRODUCT_KEYS.includes(e.key) && e.operator === 'In' && e.values?.[0])
        return e.values[0];
    }
  }
  return null;
}

function portOf(runtime: Runtime, words: string[], c: ContainerSpec): number {
  const flag = Number(flagValue(words, '--port'));
  if (Number.isInteger(flag) && flag > 0) return flag;
  const env = Number(envValue(c, 'PORT') ?? envValue(c, 'LLAMA_ARG_PORT'));
  if (Number.isInteger(env) && env > 0) return env;
  const host = envValue(c, 'OLLAMA_HOST')?.split(':')[1];
  if (runtime === 'OLLAMA' && host && Number(host) > 0) return Number(host);
  const ports = c.ports ?? [];
  const named = ports.find((p) => /^(http|api|serve|openai)/.test(p.name ?? ''));
  return named?.containerPort ?? ports[0]?.containerPort ?? RUNTIME_PROFILES[runtime].port;
}

/** Labels that name a runtime, as charts and hand-written manifests set them (a weak sign). */
function labelSign(labels: Record<string, string>, runtime: Runtime): string | null {
  const names: Record<Runtime, RegExp> = {
    VLLM: /vllm/i,
    TGI: /text-generation-inference|^tgi$/i,
    LLAMA_CPP: /llama[.-]?cpp/i,
    SGLANG: /sglang/i,
    OLLAMA: /ollama/i,
  };
  for (const key of [
    'app.kubernetes.io/name',
    'app.kubernetes.io/component',
    'app',
    'model-server',
  ]) {
    const value = labels[key];
    if (value && names[runtime].test(value)) return `label ${key}=${value}`;
  }
  return null;
}

/**
 * The model server a workload runs, or null when none of its containers runs a known runtime.
 * Objects Backline manages itself are recognised too; the caller tells them apart by their labels.
 */
export function recogniseModelServer(obj: WorkloadObject): RecognisedServer | null {
  if (!WORKLOAD_KINDS.has(obj.kind)) return null;
  const pod = obj.spec?.template?.spec;
  const labels = {
    ...(obj.metadata.labels ?? {}),
    ...(obj.spec?.template?.metadata?.labels ?? {}),
  };
  for (const c of pod?.containers ?? []) {
    const words = commandWords(c);
    const byCommand = runtimeOfCommand(words);
    const byImage = c.image ? runtimeOfImageName(c.image) : null;
    // The command decides when both speak: a custom image that runs `vllm serve` is vLLM.
    const runtime = byCommand?.runtime ?? byImage;
    if (!runtime) continue;
    const evidence: string[] = [];
    if (byCommand) evidence.push(`command ${byCommand.word}`);
    if (byImage === runtime && c.image) evidence.push(`image ${imageRepository(c.image)}`);
    const { model, served } = modelOf(runtime, words, c);
    const port = portOf(runtime, words, c);
    if (port === RUNTIME_PROFILES[runtime].port) evidence.push(`port ${port}`);
    const sign = labelSign(labels, runtime);
    if (sign) evidence.push(sign);
    const tp = Number(
      flagValue(words, '--tensor-parallel-size', '-tp', '--tp', '--tp-size', '--num-shard'),
    );
    return {
      runtime,
      container: c.name,
      image: c.image ?? '',
      model,
      modelSource: sourceOf(runtime, model),
      servedModelName: served,
      port,
      gpusPerReplica: gpusOf(c),
      gpuProduct: gpuProductOf(pod),
      tensorParallelSize: Number.isInteger(tp) && tp > 0 ? tp : null,
      evidence,
    };
  }
  return null;
}
