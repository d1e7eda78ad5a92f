import { describe, expect, it } from 'vitest';
import { pagingReadiness } from './paging-readiness.ts';

const step = (targets: number) => ({
  timeoutMinutes: 5,
  targets: Array.from({ length: targets }, (_, i) => ({ type: 'USER' as const, id: `u${i}` })),
});

describe('paging readiness', () => {
  it('names every environment that pages nobody when there is no policy and no fallback', () => {
    const readiness = pagingReadiness([], 0);
    expect(readiness.ready).toBe(false);
    expect(readiness.problems.map((p) => p.environment)).toEqual(['DEV', 'STAGING', 'PROD']);
    expect(readiness.problems[2]?.message).toBe(
      'PROD incidents page nobody: no escalation policy applies to PROD and there is no fallback channel.',
    );
  });

  it('is ready with a fallback channel alone: it is told when no policy applies', () => {
    expect(pagingReadiness([], 1)).toEqual({ ready: true, problems: [] });
  });

  it('takes the policy naming an environment before the default one', () => {
    const policies = [
      { name: 'Default', steps: [step(1)], isDefault: true, environments: [] },
      { name: 'Prod', steps: [step(0)], isDefault: false, environments: ['PROD'] },
    ];
    expect(pagingReadiness(policies, 0).problems).toEqual([
      {
        environment: 'PROD',
        message:
          'PROD incidents page nobody: the escalation policy Prod names no one, and there is no fallback channel.',
        fixPath: '/oncall/policies',
      },
    ]);
  });
});
