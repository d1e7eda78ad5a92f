import type { Runtime } from '../catalog/index.ts';

/**
 * The flag by which each runtime caps the requests it runs at once. A flag missing means the
 * engine's default, which depends on the GPU (vLLM's grows with the GPU's memory) or on other
 * flags, so Backline does not guess it.
 */
const MAX_RUNNING_FLAGS: Record<Runtime, string[]> = {
  VLLM: ['--max-num-seqs'],
  TGI: ['--max-concurrent-requests'],
  LLAMA_CPP: ['--parallel', '-np'],
  SGLANG: ['--max-running-requests'],
  OLLAMA: [],
};

interface ContainerLike {
  args?: unknown;
  command?: unknown;
}

/** The value of `flag` in an argument list, as `--flag value` or `--flag=value`. */
function flagValue(args: readonly string[], flag: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === flag) return args[i + 1];
    if (a.startsWith(`${flag}=`)) return a.slice(flag.length + 1);
  }
  return undefined;
}

/**
 * The most requests a pod's engine runs at once, from its first container's command and
 * arguments; null when the flag is not set or not a positive whole number.
 */
export function maxRunningOf(raw: Record<string, unknown>, runtime: Runtime): number | null {
  const spec = (raw.spec ?? {}) as { containers?: ContainerLike[] };
  const container = spec.containers?.[0];
  if (!container) return null;
  const words = [container.command, container.args]
    .flatMap((x) => (Array.isArray(x) ? x : []))
    .filter((x): x is string => typeof x === 'string')
    // A shell's script (Ollama's, or a wrapper) is one argument: split it into words.
    .flatMap((x) => x.split(/\s+/))
    .filter(Boolean);
  for (const flag of MAX_RUNNING_FLAGS[runtime]) {
    const value = flagValue(words, flag);
    if (value !== undefined && /^\d+$/.test(value) && Number(value) > 0) return Number(value);
  }
  return null;
}
