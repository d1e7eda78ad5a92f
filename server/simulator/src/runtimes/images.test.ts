import { describe, expect, it } from 'vitest';
import { resolveImage, versionAtLeast } from './images.ts';
import { modelProfile } from './model.ts';

describe('simulated registry', () => {
  it('knows the runtime images by tag and by digest', () => {
    const vllm = resolveImage('vllm/vllm-openai:v0.9.2');
    expect(vllm).toMatchObject({ ok: true, runtime: 'vllm', version: '0.9.2' });
    expect(
      resolveImage(`ghcr.io/huggingface/text-generation-inference@sha256:${'a'.repeat(64)}`),
    ).toMatchObject({ ok: true, runtime: 'tgi' });
    expect(resolveImage('ghcr.io/ggml-org/llama.cpp:server-cuda')).toMatchObject({
      ok: true,
      runtime: 'llamacpp',
    });
  });

  it('fails unknown tags and repositories with the containerd messages', () => {
    const tag = resolveImage('vllm/vllm-openai:nope');
    expect(tag.ok).toBe(false);
    expect(!tag.ok && tag.message).toBe(
      'failed to pull and unpack image "docker.io/vllm/vllm-openai:nope": failed to resolve reference "docker.io/vllm/vllm-openai:nope": docker.io/vllm/vllm-openai:nope: not found',
    );
    const repo = resolveImage('example/unknown:1.0');
    expect(!repo.ok && repo.message).toMatch(/pull access denied, repository does not exist/);
    expect(resolveImage('Bad Image')).toMatchObject({ ok: false, reason: 'InvalidImageName' });
  });

  it('derives load time from the model size', () => {
    const small = modelProfile('vllm', {
      name: 'c',
      args: ['--model', 'Qwen/Qwen2.5-7B-Instruct'],
    });
    const large = modelProfile('vllm', {
      name: 'c',
      args: ['serve', 'meta-llama/Llama-3.1-70B-Instruct'],
    });
    expect(small.loadSeconds).toBeGreaterThanOrEqual(10);
    expect(small.loadSeconds).toBeLessThan(100);
    expect(large.loadSeconds).toBeGreaterThan(120);
    expect(large.model).toBe('meta-llama/Llama-3.1-70B-Instruct');
    expect(versionAtLeast('0.10.1', '0.8.0')).toBe(true);
    expect(versionAtLeast('0.7.3', '0.8.0')).toBe(false);
  });
});
