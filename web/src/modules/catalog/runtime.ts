import type { Runtime } from '../../generated/graphql';

export const RUNTIMES: readonly Runtime[] = ['VLLM', 'TGI', 'LLAMA_CPP', 'SGLANG', 'OLLAMA'];

export const RUNTIME_STYLE: Record<Runtime, { label: string; color: string }> = {
  VLLM: { label: 'vLLM', color: 'indigo' },
  TGI: { label: 'TGI', color: 'yellow' },
  LLAMA_CPP: { label: 'llama.cpp', color: 'teal' },
  SGLANG: { label: 'SGLang', color: 'pink' },
  OLLAMA: { label: 'Ollama', color: 'gray' },
};

export function isRuntime(value: string | null | undefined): value is Runtime {
  return typeof value === 'string' && (RUNTIMES as readonly string[]).includes(value);
}
