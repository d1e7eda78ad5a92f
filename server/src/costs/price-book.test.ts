import { describe, expect, it } from 'vitest';
import type { GpuPrice } from './costs.types.ts';
import { defaultPrices, PriceBook, versionAt } from './price-book.ts';

const gpu = (
  gpuProduct: string,
  usdPerGpuHour: number,
  effectiveFrom: string,
  extra: Partial<GpuPrice> = {},
): GpuPrice => ({
  id: `${gpuProduct}@${effectiveFrom}`,
  gpuProduct,
  capacity: 'ON_DEMAND',
  usdPerGpuHour,
  effectiveFrom: new Date(effectiveFrom),
  isDefault: false,
  source: 'test',
  sourceUrl: null,
  readOn: null,
  setBy: 'admin',
  setAt: new Date(effectiveFrom),
  ...extra,
});

describe('the price book', () => {
  it('ships defaults for common GPUs and APIs, each with its source and the day it was read', () => {
    const { gpus, apis } = defaultPrices();
    expect(gpus.map((g) => g.gpuProduct)).toEqual(
      expect.arrayContaining([
        'NVIDIA-A100-SXM4-80GB',
        'NVIDIA-H100-80GB-HBM3',
        'NVIDIA-L4',
        'NVIDIA-A10G',
      ]),
    );
    expect(apis.map((a) => a.api)).toEqual(
      expect.arrayContaining(['openai/gpt-4o', 'openai/gpt-4o-mini', 'anthropic/claude-sonnet']),
    );
    for (const p of [...gpus, ...apis]) {
      expect(p.isDefault).toBe(true);
      expect(p.sourceUrl).toMatch(/^https:\/\//);
      expect(p.effectiveFrom.toISOString().slice(0, 10)).toBe(p.readOn);
    }
    expect(apis.find((a) => a.api === 'openai/gpt-4o')).toMatchObject({
      usdPerMillionInput: 2.5,
      usdPerMillionOutput: 10,
    });
  });

  it('applies each version from its date until the next, and the first one before it', () => {
    const schedule = [gpu('L4', 1, '2025-03-01T00:00:00Z'), gpu('L4', 2, '2025-04-01T00:00:00Z')];
    expect(versionAt(schedule, new Date('2025-01-01T00:00:00Z'))?.usdPerGpuHour).toBe(1);
    expect(versionAt(schedule, new Date('2025-03-31T23:59:59Z'))?.usdPerGpuHour).toBe(1);
    expect(versionAt(schedule, new Date('2025-04-01T00:00:00Z'))?.usdPerGpuHour).toBe(2);
    expect(versionAt([], new Date())).toBeNull();
  });

  it('prices spot GPUs at the on-demand price when there is no spot price, and unknown products at *', () => {
    const book = new PriceBook({
      gpus: [
        gpu('L4', 1, '2025-01-01T00:00:00Z'),
        gpu('L4', 0.4, '2025-01-01T00:00:00Z', { capacity: 'SPOT' }),
        gpu('A100', 4, '2025-01-01T00:00:00Z'),
        gpu('*', 3, '2025-01-01T00:00:00Z'),
      ],
      apis: [],
    });
    expect(book.gpuSchedule('L4', 'SPOT')[0]?.usdPerGpuHour).toBe(0.4);
    expect(book.gpuSchedule('A100', 'SPOT')[0]?.usdPerGpuHour).toBe(4);
    expect(book.gpuSchedule('B200', 'ON_DEMAND')[0]?.usdPerGpuHour).toBe(3);
    expect(book.gpuSchedule(null, 'ON_DEMAND')[0]?.usdPerGpuHour).toBe(3);
    expect(new PriceBook({ gpus: [], apis: [] }).gpuSchedule('B200', 'ON_DEMAND')).toEqual([]);
  });

  it('drops the defaults of what an admin has priced, before and after the admin price', () => {
    const book = new PriceBook({
      gpus: [
        gpu('L4', 0.8, '2025-01-15T00:00:00Z', { isDefault: true, id: null }),
        gpu('L4', 0.5, '2024-06-01T00:00:00Z'),
        gpu('A10G', 1, '2025-01-15T00:00:00Z', { isDefault: true, id: null }),
      ],
      apis: [],
    });
    expect(book.gpusAt(new Date('2026-01-01T00:00:00Z'))).toMatchObject([
      { gpuProduct: 'A10G', usdPerGpuHour: 1, isDefault: true },
      { gpuProduct: 'L4', usdPerGpuHour: 0.5, isDefault: false },
    ]);
    expect(book.gpuHistory()).toHaveLength(2);
  });
});
