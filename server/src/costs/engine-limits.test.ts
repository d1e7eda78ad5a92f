import { describe, expect, it } from 'vitest';
import { maxRunningOf } from './engine-limits.ts';

const pod = (args: string[], command?: string[]) => ({
  spec: { containers: [{ name: 'server', args, ...(command ? { command } : {}) }] },
});

describe('the most requests an engine runs at once', () => {
  it('reads each runtime its own flag, with a space or an equals sign', () => {
    expect(maxRunningOf(pod(['--model', 'x', '--max-num-seqs', '64']), 'VLLM')).toBe(64);
    expect(maxRunningOf(pod(['--max-num-seqs=32']), 'VLLM')).toBe(32);
    expect(maxRunningOf(pod(['--max-concurrent-requests', '128']), 'TGI')).toBe(128);
    expect(maxRunningOf(pod(['-np', '4']), 'LLAMA_CPP')).toBe(4);
    expect(maxRunningOf(pod(['--max-running-requests', '48']), 'SGLANG')).toBe(48);
  });

  it('does not guess a default, nor read another runtime’s flag or a bad value', () => {
    expect(maxRunningOf(pod(['--model', 'x']), 'VLLM')).toBeNull();
    expect(maxRunningOf(pod(['--max-num-seqs', '64']), 'TGI')).toBeNull();
    expect(maxRunningOf(pod(['--max-num-seqs', '0']), 'VLLM')).toBeNull();
    expect(maxRunningOf(pod(['--max-num-seqs', 'many']), 'VLLM')).toBeNull();
    expect(maxRunningOf({ spec: {} }, 'VLLM')).toBeNull();
    expect(maxRunningOf(pod(['--parallel', '2']), 'OLLAMA')).toBeNull();
  });

  it('finds the flag inside a shell script', () => {
    expect(
      maxRunningOf(pod(['exec vllm serve x --max-num-seqs 16'], ['/bin/sh', '-c']), 'VLLM'),
    ).toBe(16);
  });
});
