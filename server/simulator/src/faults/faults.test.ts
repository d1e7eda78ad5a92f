import { describe, expect, it } from 'vitest';
import { FaultError, faultMatches, parseFaultSpec } from './faults.ts';
import { parseDuration, parseScenario } from './scenario.ts';

describe('fault specs', () => {
  it('accepts a targeted fault and rejects bad bodies with a reason', () => {
    expect(parseFaultSpec({ type: 'latency', deployment: 'chat', params: { factor: 3 } })).toEqual({
      type: 'latency',
      deployment: 'chat',
      params: { factor: 3 },
    });
    expect(() => parseFaultSpec({ type: 'nope', deployment: 'chat' })).toThrow(FaultError);
    expect(() => parseFaultSpec({ type: 'crash-loop' })).toThrow(/at least one of/);
    expect(() => parseFaultSpec({ type: 'error-rate', deployment: 'chat' })).toThrow(
      /params.percent/,
    );
    expect(
      parseFaultSpec({ type: 'past-termination', deployment: 'chat', params: { agoSeconds: 60 } }),
    ).toEqual({ type: 'past-termination', deployment: 'chat', params: { agoSeconds: 60 } });
    expect(() =>
      parseFaultSpec({
        type: 'past-termination',
        deployment: 'chat',
        params: { reason: 'Evicted' },
      }),
    ).toThrow(/params.reason OOMKilled or Error/);
    expect(() =>
      parseFaultSpec({ type: 'past-termination', deployment: 'chat', params: { agoSeconds: -1 } }),
    ).toThrow(/params.agoSeconds/);
  });

  it('matches a whole release by image, with or without the registry prefix', () => {
    const target = {
      namespace: 'ml-prod',
      pod: 'chat-1',
      deployment: 'chat',
      images: ['vllm/vllm-openai:v0.9.9-bad'],
    };
    expect(
      faultMatches({ type: 'crash-loop', image: 'docker.io/vllm/vllm-openai:v0.9.9-bad' }, target),
    ).toBe(true);
    expect(faultMatches({ type: 'crash-loop', image: 'vllm/vllm-openai' }, target)).toBe(true);
    expect(faultMatches({ type: 'crash-loop', image: 'vllm/vllm-openai:v0.9.2' }, target)).toBe(
      false,
    );
    expect(
      faultMatches({ type: 'crash-loop', namespace: 'ml-staging', deployment: 'chat' }, target),
    ).toBe(false);
  });
});

describe('scenarios', () => {
  it('parses a game day with inject and clear steps', () => {
    const steps = parseScenario(
      'steps:\n  - at: 30s\n    name: crash\n    inject: {type: crash-loop, namespace: ml-prod, deployment: chat}\n  - at: 2m\n    clear: crash\n',
    );
    expect(steps).toEqual([
      {
        atMs: 30_000,
        name: 'crash',
        inject: { type: 'crash-loop', namespace: 'ml-prod', deployment: 'chat' },
      },
      { atMs: 120_000, clear: 'crash' },
    ]);
    expect(parseDuration('1h')).toBe(3_600_000);
    expect(() => parseScenario('steps:\n  - at: 1s\n')).toThrow(FaultError);
  });
});
