import { describe, expect, it } from 'vitest';
import {
  canaryReplicas,
  defaultCanarySteps,
  effectiveWeight,
  isShadow,
  planCanarySteps,
  planTrafficSteps,
  split,
  stepReplicas,
} from './steps.ts';

describe('rollout step arithmetic', () => {
  it('gives the canary at least one replica and never more than all, rounding up', () => {
    expect(canaryReplicas(4, 1)).toBe(1);
    expect(canaryReplicas(4, 25)).toBe(1);
    expect(canaryReplicas(4, 26)).toBe(2);
    expect(canaryReplicas(4, 50)).toBe(2);
    expect(canaryReplicas(4, 100)).toBe(4);
    expect(canaryReplicas(3, 50)).toBe(2);
    expect(canaryReplicas(1, 10)).toBe(1);
    expect(canaryReplicas(0, 50)).toBe(0);
  });

  it('keeps the total constant: stable has what the canary does not', () => {
    for (const total of [1, 2, 3, 5, 8, 64])
      for (const weight of [1, 10, 33, 50, 99, 100]) {
        const { canary, stable } = split(total, weight);
        expect(canary + stable).toBe(total);
        expect(canary).toBeGreaterThanOrEqual(1);
      }
  });

  it('by default runs one replica, then half, then all', () => {
    const counts = (total: number) =>
      defaultCanarySteps(total, 60).map((s) => canaryReplicas(total, s.weightPercent));
    expect(counts(4)).toEqual([1, 2, 4]);
    expect(counts(10)).toEqual([1, 5, 10]);
    expect(counts(3)).toEqual([1, 2, 3]);
    // With two replicas "one" and "half" are the same step.
    expect(counts(2)).toEqual([1, 2]);
    expect(counts(1)).toEqual([1]);
    expect(defaultCanarySteps(4, 30).every((s) => s.analysisSeconds === 30)).toBe(true);
  });

  it('drops steps that would show the new release to no more replicas', () => {
    const steps = planCanarySteps(2, [
      { weightPercent: 10, analysisSeconds: 5 },
      { weightPercent: 20, analysisSeconds: 5 },
      { weightPercent: 100, analysisSeconds: 5 },
    ]);
    expect(steps.map((s) => s.weightPercent)).toEqual([10, 100]);
  });

  it('reports the share the replicas really give', () => {
    expect(effectiveWeight(4, 1)).toBe(25);
    expect(effectiveWeight(3, 1)).toBe(33);
    expect(effectiveWeight(0, 0)).toBe(0);
  });
});

describe('traffic steps', () => {
  it('keeps every stable replica and sizes the canary by its share of the requests', () => {
    expect(stepReplicas('TRAFFIC', 1, { weightPercent: 5 })).toEqual({ canary: 1, stable: 1 });
    expect(stepReplicas('TRAFFIC', 4, { weightPercent: 50 })).toEqual({ canary: 2, stable: 4 });
    expect(stepReplicas('TRAFFIC', 4, { weightPercent: 0, mirrorPercent: 100 })).toEqual({
      canary: 4,
      stable: 4,
    });
    expect(stepReplicas('REPLICAS', 4, { weightPercent: 50 })).toEqual({ canary: 2, stable: 2 });
  });

  it('takes the steps as asked, even ones a replica split could not tell apart', () => {
    const asked = [1, 5, 25, 50, 100].map((weightPercent) => ({
      weightPercent,
      analysisSeconds: 30,
    }));
    expect(planTrafficSteps(asked, 60)).toEqual(asked);
    expect(planTrafficSteps(null, 45).map((s) => s.weightPercent)).toEqual([5, 50, 100]);
  });

  it('tells a shadow step from a live one', () => {
    expect(isShadow({ weightPercent: 0, mirrorPercent: 20 })).toBe(true);
    expect(isShadow({ weightPercent: 5 })).toBe(false);
  });
});
