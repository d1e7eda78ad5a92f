import { describe, expect, it } from 'vitest';
import { FALLBACK_INTERVAL_MINUTES, fire, type PolicyShape } from './escalation-policy.ts';

const policy: PolicyShape = {
  steps: [
    { timeoutMinutes: 5, targets: [{ type: 'USER', id: 'u1' }] },
    { timeoutMinutes: 10, targets: [{ type: 'CHANNEL', id: 'c1' }] },
  ],
  repeat: 1,
};
const t0 = new Date('2026-11-27T09:00:00Z');
const minutes = (m: number) => new Date(t0.getTime() + m * 60_000);

describe('fire', () => {
  it('walks the steps, each after the previous one’s timeout, repeats, then falls back for good', () => {
    let position = { step: 0, round: 0 };
    let now = t0;
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      const f = fire(policy, position, now);
      seen.push(`${f.kind}:${f.step}:${f.round}@${(f.nextAt.getTime() - t0.getTime()) / 60_000}`);
      position = f.next;
      now = f.nextAt;
    }
    expect(seen).toEqual([
      'STEP:0:0@5',
      'STEP:1:0@15',
      'STEP:0:1@20',
      'STEP:1:1@30',
      // Every pass done: the fallback, again each last-step timeout until acknowledged.
      'FALLBACK:2:1@40',
      'FALLBACK:2:1@50',
    ]);
  });

  it('names the targets of the step it fires', () => {
    expect(fire(policy, { step: 1, round: 0 }, t0).targets).toEqual([
      { type: 'CHANNEL', id: 'c1' },
    ]);
    expect(fire(policy, { step: 2, round: 1 }, t0).targets).toEqual([]);
  });

  it('without a policy goes to the fallback at once and every interval after', () => {
    const f = fire(null, { step: 0, round: 0 }, t0);
    expect(f.kind).toBe('FALLBACK');
    expect(f.nextAt).toEqual(minutes(FALLBACK_INTERVAL_MINUTES));
  });
});
