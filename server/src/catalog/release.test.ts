import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.ts';
import { diffReleases, parseReleaseSpec, releaseId, releaseWarnings } from './release.ts';
import { sampleSpec } from './testdata.ts';

function fieldsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return (error.fields ?? []).map((f) => f.path.join('.'));
    throw error;
  }
  return [];
}

describe('releases', () => {
  it('derive their id from their content, whatever the key order', () => {
    const spec = sampleSpec('VLLM');
    const reordered = {
      ...spec,
      resources: { memory: '32Gi', cpu: '4', gpuProduct: 'NVIDIA-L4', gpus: 1 },
    };
    expect(releaseId(spec)).toMatch(/^rel-[0-9a-f]{16}$/);
    expect(releaseId(reordered)).toBe(releaseId(spec));
    expect(releaseId({ ...spec, engine: { ...spec.engine, maxModelLength: 8192 } })).not.toBe(
      releaseId(spec),
    );
  });

  it('diff field by field', () => {
    const a = sampleSpec('VLLM');
    const b = {
      ...a,
      image: 'vllm/vllm-openai:v0.9.0',
      engine: { ...a.engine, gpuMemoryUtilization: 0.85 },
    };
    expect(diffReleases(a, b)).toEqual([
      { path: 'engine.gpuMemoryUtilization', from: 0.9, to: 0.85 },
      { path: 'image', from: a.image, to: 'vllm/vllm-openai:v0.9.0' },
    ]);
    expect(diffReleases(a, a)).toEqual([]);
  });

  it('warn when an image is pinned by tag only, or not at all', () => {
    expect(releaseWarnings(sampleSpec('TGI'))).toEqual([]);
    expect(releaseWarnings({ ...sampleSpec('VLLM'), image: 'vllm/vllm-openai:v0.8.5' })[0]).toMatch(
      /pinned by tag only \(v0\.8\.5\)/,
    );
    expect(releaseWarnings({ ...sampleSpec('VLLM'), image: 'vllm/vllm-openai:latest' })[0]).toMatch(
      /not pinned/,
    );
  });

  it('name every bad field: name, image, quantities, GPU count, runtime', () => {
    const bad = {
      ...sampleSpec('VLLM'),
      modelName: 'Qwen_7B',
      image: 'not a valid image!',
      runtime: 'TRITON',
      resources: { gpus: 2.5, cpu: 'lots', memory: '32Gi' },
    };
    expect(fieldsOf(() => parseReleaseSpec(bad)).sort()).toEqual([
      'input.image',
      'input.modelName',
      'input.resources.cpu',
      'input.resources.gpus',
      'input.runtime',
    ]);
  });

  it('refuse an image of another runtime', () => {
    expect(
      fieldsOf(() => parseReleaseSpec({ ...sampleSpec('TGI'), image: 'vllm/vllm-openai:v0.8.5' })),
    ).toEqual(['input.image']);
  });

  it('accept a well-formed spec unchanged', () => {
    const spec = sampleSpec('OLLAMA');
    expect(parseReleaseSpec(spec)).toEqual(spec);
  });
});
