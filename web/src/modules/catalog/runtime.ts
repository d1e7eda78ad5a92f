import type { Runtime } from '../../generated/graphql';
import { isOneOf, stateStyles, statesOf } from '../../ui/stateStyle';

export const RUNTIME_STYLE = stateStyles<Runtime>(
  { VLLM: 'indigo', TGI: 'yellow', LLAMA_CPP: 'teal', SGLANG: 'pink', OLLAMA: 'gray' },
  { VLLM: 'vLLM', TGI: 'TGI', LLAMA_CPP: 'llama.cpp', SGLANG: 'SGLang' },
);

export const RUNTIMES = statesOf(RUNTIME_STYLE);

export function isRuntime(value: string | null | undefined): value is Runtime {
  return isOneOf(RUNTIMES, value);
}
