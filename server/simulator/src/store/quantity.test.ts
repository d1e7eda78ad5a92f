import { describe, expect, it } from 'vitest';
import { parseQuantity } from './quantity.ts';

describe('parseQuantity', () => {
  it('parses decimal, binary and exponent suffixes', () => {
    expect(parseQuantity('500m')).toBeCloseTo(0.5);
    expect(parseQuantity('16Gi')).toBe(16 * 2 ** 30);
    expect(parseQuantity('2k')).toBe(2000);
    expect(parseQuantity('1e3')).toBe(1000);
    expect(parseQuantity(4)).toBe(4);
  });

  it('rejects what the API server rejects', () => {
    expect(parseQuantity('abc')).toBeUndefined();
    expect(parseQuantity('1Gb')).toBeUndefined();
  });
});
