import { describe, expect, it } from 'vitest';
import type { ApiPrice, GpuPrice, PodReading, UsageSample } from './costs.types.ts';
import { PriceBook } from './price-book.ts';
import { viewOf } from './report.ts';
import { computeUsage, counterDelta } from './usage.ts';

const T = (hhmm: string, date = '2025-06-01') => new Date(`${date}T${hhmm}:00Z`);

const origin = (effectiveFrom: Date, isDefault = false) => ({
  id: null,
  effectiveFrom,
  isDefault,
  source: 'test',
  sourceUrl: null,
  readOn: null,
  setBy: null,
  setAt: null,
});

const gpuPrice = (gpuProduct: string, usdPerGpuHour: number, at: Date): GpuPrice => ({
  ...origin(at),
  gpuProduct,
  capacity: 'ON_DEMAND',
  usdPerGpuHour,
});

const apiPrice = (input: number, output: number, at: Date, isDefault = false): ApiPrice => ({
  ...origin(at, isDefault),
  api: 'test/api',
  displayName: 'Test API',
  usdPerMillionInput: input,
  usdPerMillionOutput: output,
});

/** L4 at $1 per GPU-hour, $2 from 00:30 on 1 June; the API at $1 in and $2 out per million. */
const book = new PriceBook({
  gpus: [gpuPrice('NVIDIA-L4', 1, T('00:00', '2025-01-01')), gpuPrice('NVIDIA-L4', 2, T('00:30'))],
  apis: [apiPrice(1, 2, T('00:00', '2025-01-01'))],
});

const pod = (
  name: string,
  createdAt: Date,
  counters: [number | null, number | null],
  running = 0,
  extra: Partial<PodReading> = {},
): PodReading => ({
  pod: name,
  createdAt: createdAt.toISOString(),
  gpus: 2,
  product: 'NVIDIA-L4',
  capacity: 'ON_DEMAND',
  promptTokens: counters[0],
  generationTokens: counters[1],
  running,
  ...extra,
});

const sample = (at: Date, pods: PodReading[], id = 'd1'): UsageSample => ({
  deploymentId: id,
  at,
  namespace: 'ml-prod',
  name: id,
  environment: 'PROD',
  pods,
});

const options = {
  from: T('00:00'),
  to: T('02:00'),
  maxStepMs: 30 * 60_000,
  book,
  compareWith: 'test/api',
};

describe('counting what a counter counted', () => {
  it('takes the difference, a drop as a restart from zero, and a first reading as a baseline', () => {
    expect(counterDelta(100, 250, false)).toBe(150);
    expect(counterDelta(1000, 300, false)).toBe(300);
    expect(counterDelta(undefined, 500, false)).toBe(0);
    expect(counterDelta(undefined, 500, true)).toBe(500);
  });
});

describe('usage and cost of a deployment', () => {
  // p1 (2 GPUs) is there from before the first sample; its server restarts before 01:00;
  // Backline is stopped from 01:00 to 01:40, while p2 (2 GPUs) starts at 01:30.
  const p1 = T('23:00', '2025-05-31');
  const p2 = T('01:30');
  // p1 runs at most 4 requests at once (--max-num-seqs 4); p2 at most 4 too. KV-cache usage
  // is read at every sample.
  const kv = (kvCacheUsage: number, maxRunning = 4) => ({ kvCacheUsage, maxRunning });
  const samples = [
    sample(T('00:00'), [pod('p1', p1, [1000, 500], 1, kv(0.6))]),
    sample(T('00:20'), [pod('p1', p1, [2000, 1500], 0, kv(0.2))]),
    sample(T('00:40'), [pod('p1', p1, [2000, 1500], 0, kv(0))]),
    sample(T('01:00'), [pod('p1', p1, [300, 200], 0, kv(0))]),
    sample(T('01:40'), [
      pod('p1', p1, [1300, 1200], 0, kv(0.5)),
      pod('p2', p2, [100, 100], 2, kv(0.3)),
    ]),
    sample(T('02:00'), [
      pod('p1', p1, [1300, 1200], 0, kv(0.5)),
      pod('p2', p2, [100, 100], 2, kv(0.3)),
    ]),
  ];

  it('counts tokens through a counter reset and across a restart of Backline', () => {
    const [usage] = computeUsage(samples, options);
    // p1: +1000/+1000, 0, the reset +300/+200, +1000/+1000 across the gap; p2 from zero +100/+100.
    expect(usage?.total.promptTokens).toBe(2400);
    expect(usage?.total.generationTokens).toBe(2300);
  });

  it('counts GPU time across the gap for pods seen on both sides, and new pods from their start', () => {
    const [usage] = computeUsage(samples, options);
    // p1: 120 min × 2 GPUs; p2: 01:30 to 02:00 × 2 GPUs = 300 GPU-minutes.
    expect(usage?.total.gpuSeconds).toBe(300 * 60);
    // Busy: p1 00:00–00:20 (in flight), 00:40–01:40 (served); p1 01:40–02:00 and p2
    // 01:30–02:00 (in flight at 01:40 or 02:00).
    expect(usage?.total.busyGpuSeconds).toBe(220 * 60);
  });

  it('weights GPU time by how full the engine was: the fuller of its batch slots and KV cache', () => {
    const [usage] = computeUsage(samples, options);
    // p1: 00:00 max(1/4, 0.6) = 0.6 → 00:20 0.2: 0.4 × 20 min × 2 GPUs = 16; then 0.1 × 40 = 4;
    // 0 × 40 = 0; 0.25 × 80 = 20 (01:00–01:40); 0.5 × 40 = 20. p2: max(2/4, 0.3) = 0.5 from its
    // start at 01:30: 0.5 × 10 × 2 = 10, then 0.5 × 20 × 2 = 20. 90 GPU-minutes in all.
    expect(usage?.total.usedGpuSeconds).toBeCloseTo(90 * 60, 9);
  });

  it('falls back to the busy rule where the engine reports no occupancy', () => {
    const p = T('23:00', '2025-05-31');
    const [usage] = computeUsage(
      [
        // No KV cache and no limit: busy counts whole.
        sample(T('00:00'), [pod('p', p, [0, 0], 3)]),
        sample(T('00:10'), [pod('p', p, [0, 0])]),
        // One end reports occupancy: it stands for the stretch.
        sample(T('00:20'), [pod('p', p, [10, 10], 0, { kvCacheUsage: 0.25 })]),
        sample(T('00:30'), [pod('p', p, [10, 10])]),
      ],
      options,
    );
    // 00:00–00:10 busy (in flight): 1 × 10 × 2 = 20; 00:10–00:20 0.25 × 20 = 5; 00:20–00:30
    // 0.25 × 20 = 5. Busy (serving at all) is 00:00–00:20 only.
    expect(usage?.total.usedGpuSeconds).toBeCloseTo(30 * 60, 9);
    expect(usage?.total.busyGpuSeconds).toBe(20 * 2 * 60);
  });

  it('prices each interval at the price in force then', () => {
    const [usage] = computeUsage(samples, options);
    // 60 GPU-minutes before 00:30 at $1, 240 after at $2.
    expect(usage?.total.costUsd).toBeCloseTo(1 + 8, 10);
    expect(usage?.total.apiCostUsd).toBeCloseTo((2400 * 1 + 2300 * 2) / 1e6, 12);
    expect(usage?.total.usedDefaultPrices).toBe(false);
  });

  it('derives the per-day cost, cost per million tokens, utilisation and saving of docs/costs.md', () => {
    const [usage] = computeUsage(samples, options);
    const view = viewOf(usage?.total as NonNullable<typeof usage>['total'], 2 * 3600);
    expect(view.gpuHours).toBe(5);
    expect(view.busyGpuHours).toBeCloseTo(220 / 60, 12);
    expect(view.idleGpuHours).toBeCloseTo(80 / 60, 12);
    expect(view.usedGpuHours).toBeCloseTo(1.5, 12);
    expect(view.utilisation).toBeCloseTo(0.3, 12);
    expect(view.tokens).toBe(4700);
    expect(view.costPerDayUsd).toBeCloseTo(108, 10);
    expect(view.costPerMillionTokensUsd).toBeCloseTo(9e6 / 4700, 8);
    expect(view.savingUsd).toBeCloseTo(0.007 - 9, 10);
  });

  it('keeps to the range: a shorter one counts only its part', () => {
    const [usage] = computeUsage(samples, { ...options, from: T('00:10'), to: T('00:50') });
    expect(usage?.total.gpuSeconds).toBe(80 * 60);
    // 40 GPU-minutes at $1 before 00:30, 40 at $2 after.
    expect(usage?.total.costUsd).toBeCloseTo(40 / 60 + 80 / 60, 10);
    // Only the sample at 00:20 counted tokens within it.
    expect(usage?.total.promptTokens).toBe(1000);
  });

  it('does not count a pod gone during a gap beyond its last sample, but does within a step', () => {
    const p3 = T('23:00', '2025-05-31');
    const [usage] = computeUsage(
      [
        sample(T('00:00'), [pod('p3', p3, [0, 0])]),
        sample(T('00:20'), [pod('p3', p3, [0, 0])]),
        sample(T('01:20'), []),
        sample(T('01:30'), [pod('p4', T('01:25'), [null, null])]),
        sample(T('01:40'), []),
      ],
      options,
    );
    // p3 00:00–00:20 and nothing for the 60-minute gap after; p4 from its start at 01:25,
    // and on to the next sample at 01:40 that no longer saw it.
    expect(usage?.total.gpuSeconds).toBe((20 + 5 + 10) * 2 * 60);
    expect(usage?.total.busyGpuSeconds).toBe(0);
  });

  it('splits by UTC day and says which days used default prices', () => {
    const defaults = new PriceBook({
      gpus: [{ ...gpuPrice('NVIDIA-L4', 1, T('00:00', '2025-01-01')), isDefault: true }],
      apis: [apiPrice(1, 2, T('00:00', '2025-01-01'), true)],
    });
    const p = T('20:00', '2025-05-31');
    const [usage] = computeUsage(
      [
        sample(T('23:30', '2025-05-31'), [pod('p', p, [0, 0])]),
        sample(T('00:30'), [pod('p', p, [600, 400])]),
      ],
      { ...options, from: T('00:00', '2025-05-31'), to: T('00:00', '2025-06-02'), book: defaults },
    );
    expect(usage?.days.get('2025-05-31')?.gpuSeconds).toBe(30 * 2 * 60);
    expect(usage?.days.get('2025-06-01')?.gpuSeconds).toBe(30 * 2 * 60);
    expect(usage?.days.get('2025-06-01')?.promptTokens).toBe(600);
    expect(usage?.total.costUsd).toBeCloseTo(2, 10);
    expect(usage?.total.usedDefaultPrices).toBe(true);
  });

  it('leaves GPUs of a product without a price unpriced rather than guessing', () => {
    const p = T('23:00', '2025-05-31');
    const [usage] = computeUsage(
      [
        sample(T('00:00'), [pod('p', p, [0, 0], 0, { product: 'NVIDIA-B200' })]),
        sample(T('01:00'), [pod('p', p, [0, 0], 0, { product: 'NVIDIA-B200' })]),
      ],
      options,
    );
    expect(usage?.total.unpricedGpuSeconds).toBe(120 * 60);
    expect(usage?.total.costUsd).toBe(0);
    expect(usage?.total.gpuProducts).toEqual(['NVIDIA-B200']);
  });
});
