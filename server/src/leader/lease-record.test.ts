import { describe, expect, it } from 'vitest';
import {
  claimLease,
  isLeaseFree,
  type LeaseRecord,
  leaseDurationSeconds,
  leaseExpiresAtMs,
  newLease,
  parseMicroTime,
  releasedLease,
} from './lease-record.ts';

const T0 = Date.parse('2026-11-27T09:00:00.000Z');

function held(overrides: Partial<LeaseRecord> = {}): LeaseRecord {
  return { ...newLease('replica-a', 15, T0), ...overrides };
}

describe('lease expiry', () => {
  it('holds the lease until the duration has passed since the renewal, and frees it after', () => {
    const record = held();
    expect(leaseExpiresAtMs(record, T0)).toBe(T0 + 15_000);
    expect(isLeaseFree(record, T0, T0 + 15_000)).toBe(false);
    expect(isLeaseFree(record, T0, T0 + 15_001)).toBe(true);
  });

  it('counts from when the candidate first saw the lease when that is later than the renewal', () => {
    // A holder whose clock lags (or a candidate that has only just arrived) cannot be
    // deposed before a full lease duration of silence has been observed.
    const record = held();
    expect(isLeaseFree(record, T0 + 10_000, T0 + 20_000)).toBe(false);
    expect(isLeaseFree(record, T0 + 10_000, T0 + 25_001)).toBe(true);
  });

  it('frees a released lease at once', () => {
    const released = releasedLease(held({ leaseTransitions: 3 }), T0);
    expect(released).toMatchObject({ holderIdentity: '', leaseTransitions: 3 });
    expect(isLeaseFree(released, T0, T0)).toBe(true);
  });

  it('treats a lease without a renew time as counted from its observation', () => {
    const record = held({ renewTimeMs: null });
    expect(isLeaseFree(record, T0, T0 + 15_000)).toBe(false);
    expect(isLeaseFree(record, T0, T0 + 15_001)).toBe(true);
  });

  it('stores the duration in whole seconds, rounding up so no holder outlives its lease', () => {
    expect(leaseDurationSeconds(15_000)).toBe(15);
    expect(leaseDurationSeconds(1_500)).toBe(2);
    expect(leaseDurationSeconds(200)).toBe(1);
  });
});

describe('claiming a lease', () => {
  it('keeps the acquire time and transitions when the holder renews', () => {
    const record = held({ leaseTransitions: 2 });
    expect(claimLease(record, 'replica-a', 15, T0 + 2_000)).toEqual({
      holderIdentity: 'replica-a',
      leaseDurationSeconds: 15,
      acquireTimeMs: T0,
      renewTimeMs: T0 + 2_000,
      leaseTransitions: 2,
    });
  });

  it('counts a transition when another candidate takes over', () => {
    const record = held({ leaseTransitions: 2 });
    expect(claimLease(record, 'replica-b', 15, T0 + 20_000)).toEqual({
      holderIdentity: 'replica-b',
      leaseDurationSeconds: 15,
      acquireTimeMs: T0 + 20_000,
      renewTimeMs: T0 + 20_000,
      leaseTransitions: 3,
    });
  });
});

describe('MicroTime', () => {
  it('reads any precision and offset, to the millisecond', () => {
    expect(parseMicroTime('2026-11-27T09:00:00.123456Z')).toBe(T0 + 123);
    expect(parseMicroTime('2026-11-27T09:00:00Z')).toBe(T0);
    expect(parseMicroTime('2026-11-27T10:00:00.5+01:00')).toBe(T0 + 500);
    expect(parseMicroTime('yesterday')).toBeNull();
  });
});
