import { describe, expect, it } from 'vitest';
import { SimClock } from './clock.ts';

describe('SimClock', () => {
  it('fires timers in order when advanced by hand', () => {
    const clock = new SimClock(1, Date.parse('2025-01-01T00:00:00Z'));
    const fired: string[] = [];
    clock.setTimeout(() => fired.push('b'), 20_000);
    clock.setTimeout(() => fired.push('a'), 10_000);
    const cancelled = clock.setTimeout(() => fired.push('never'), 15_000);
    clock.clearTimeout(cancelled);
    clock.advance(12_000);
    expect(fired).toEqual(['a']);
    clock.advance(10_000);
    expect(fired).toEqual(['a', 'b']);
    expect(clock.pending).toBe(0);
    clock.stop();
  });

  it('runs faster than real time with an acceleration factor', async () => {
    const clock = new SimClock(1000);
    const start = clock.now();
    await new Promise<void>((resolve) => clock.setTimeout(resolve, 5_000));
    expect(clock.now() - start).toBeGreaterThanOrEqual(5_000);
    clock.stop();
  });
});
