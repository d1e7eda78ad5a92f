import { describe, expect, it } from 'vitest';
import { type Layer, onCallAt, type ScheduleShape, shiftsBetween } from './schedule.ts';

const A = 'a';
const B = 'b';
const C = 'c';

function daily(start: string, userIds = [A, B], extra: Partial<Layer> = {}): Layer {
  return { name: 'primary', userIds, start, shift: 'DAILY', ...extra };
}

const at = (iso: string) => new Date(iso);

describe('onCallAt', () => {
  it('rotates a daily layer at the start wall-clock time', () => {
    const s: ScheduleShape = { timeZone: 'UTC', layers: [daily('2026-11-02T09:00')] };
    expect(onCallAt(s, [], at('2026-11-02T08:59:00Z'))).toBeNull();
    expect(onCallAt(s, [], at('2026-11-02T09:00:00Z'))?.userId).toBe(A);
    expect(onCallAt(s, [], at('2026-11-03T08:59:59Z'))?.userId).toBe(A);
    expect(onCallAt(s, [], at('2026-11-03T09:00:00Z'))?.userId).toBe(B);
    expect(onCallAt(s, [], at('2026-11-04T09:00:00Z'))?.userId).toBe(A);
  });

  it('rotates weekly and in custom lengths', () => {
    const weekly: ScheduleShape = {
      timeZone: 'UTC',
      layers: [{ name: 'w', userIds: [A, B, C], start: '2026-11-02T09:00', shift: 'WEEKLY' }],
    };
    expect(onCallAt(weekly, [], at('2026-11-08T23:00:00Z'))?.userId).toBe(A);
    expect(onCallAt(weekly, [], at('2026-11-09T09:00:00Z'))?.userId).toBe(B);
    expect(onCallAt(weekly, [], at('2026-11-23T09:00:00Z'))?.userId).toBe(A);
    const custom: ScheduleShape = {
      timeZone: 'UTC',
      layers: [
        { name: 'c', userIds: [A, B], start: '2026-11-02T00:00', shift: 'CUSTOM', shiftHours: 12 },
      ],
    };
    expect(onCallAt(custom, [], at('2026-11-02T11:59:00Z'))?.userId).toBe(A);
    expect(onCallAt(custom, [], at('2026-11-02T12:00:00Z'))?.userId).toBe(B);
    expect(onCallAt(custom, [], at('2026-11-03T00:00:00Z'))?.userId).toBe(A);
  });

  it('lets a higher layer override a lower one only within its hours', () => {
    const s: ScheduleShape = {
      timeZone: 'Europe/Berlin',
      layers: [
        daily('2026-11-02T09:00', [A]),
        daily('2026-11-02T00:00', [C], {
          name: 'office',
          restriction: { from: '09:00', to: '17:00' },
        }),
      ],
    };
    // 10:00 in Berlin (UTC+1 in November) is office hours.
    expect(onCallAt(s, [], at('2026-11-04T09:00:00Z'))).toEqual({ userId: C, layer: 'office' });
    expect(onCallAt(s, [], at('2026-11-04T16:30:00Z'))).toEqual({ userId: A, layer: 'primary' });
  });

  it('handles restrictions across midnight', () => {
    const s: ScheduleShape = {
      timeZone: 'UTC',
      layers: [daily('2026-11-02T00:00', [A], { restriction: { from: '22:00', to: '06:00' } })],
    };
    expect(onCallAt(s, [], at('2026-11-03T23:00:00Z'))?.userId).toBe(A);
    expect(onCallAt(s, [], at('2026-11-04T05:59:00Z'))?.userId).toBe(A);
    expect(onCallAt(s, [], at('2026-11-04T12:00:00Z'))).toBeNull();
  });

  it('gives an override precedence over every layer, the newest override first', () => {
    const s: ScheduleShape = { timeZone: 'UTC', layers: [daily('2026-11-02T09:00')] };
    const overrides = [
      { userId: C, startsAt: at('2026-11-02T12:00:00Z'), endsAt: at('2026-11-02T18:00:00Z') },
      { userId: B, startsAt: at('2026-11-02T13:00:00Z'), endsAt: at('2026-11-02T14:00:00Z') },
    ];
    expect(onCallAt(s, overrides, at('2026-11-02T12:30:00Z'))).toEqual({ userId: C, layer: null });
    expect(onCallAt(s, overrides, at('2026-11-02T13:30:00Z'))).toEqual({ userId: B, layer: null });
    expect(onCallAt(s, overrides, at('2026-11-02T18:00:00Z'))?.userId).toBe(A);
  });

  it('keeps the handover at the same wall-clock time across DST changes', () => {
    const s: ScheduleShape = {
      timeZone: 'America/New_York',
      layers: [daily('2026-10-30T09:00')],
    };
    // DST ends on 2026-11-01: 09:00 is 13:00Z before and 14:00Z after.
    expect(onCallAt(s, [], at('2026-10-31T13:00:00Z'))?.userId).toBe(B);
    expect(onCallAt(s, [], at('2026-11-01T13:00:00Z'))?.userId).toBe(B);
    expect(onCallAt(s, [], at('2026-11-01T14:00:00Z'))?.userId).toBe(A);
    expect(onCallAt(s, [], at('2026-11-02T13:59:00Z'))?.userId).toBe(A);
    expect(onCallAt(s, [], at('2026-11-02T14:00:00Z'))?.userId).toBe(B);
    // And in spring: DST begins 2027-03-14, 09:00 moves from 14:00Z to 13:00Z.
    const spring: ScheduleShape = {
      timeZone: 'America/New_York',
      layers: [daily('2027-03-12T09:00')],
    };
    expect(onCallAt(spring, [], at('2027-03-13T14:00:00Z'))?.userId).toBe(B);
    expect(onCallAt(spring, [], at('2027-03-14T13:00:00Z'))?.userId).toBe(A);
  });

  it('makes a DST day a shorter or longer turn, not a shifted one', () => {
    const s: ScheduleShape = { timeZone: 'Europe/Berlin', layers: [daily('2026-10-24T09:00')] };
    const shifts = shiftsBetween(s, [], at('2026-10-24T07:00:00Z'), at('2026-10-27T08:00:00Z'));
    const hours = shifts.map((x) => (x.end.getTime() - x.start.getTime()) / 3_600_000);
    // Clocks go back at 03:00 on 2026-10-25, inside the first turn: it lasts 25 hours.
    expect(shifts.map((x) => x.userId)).toEqual([A, B, A]);
    expect(hours).toEqual([25, 24, 24]);
  });
});

describe('shiftsBetween', () => {
  it('merges consecutive turns of one person and cuts out overrides', () => {
    const s: ScheduleShape = { timeZone: 'UTC', layers: [daily('2026-11-02T00:00', [A])] };
    const overrides = [
      { userId: B, startsAt: at('2026-11-03T10:00:00Z'), endsAt: at('2026-11-03T12:00:00Z') },
    ];
    const shifts = shiftsBetween(
      s,
      overrides,
      at('2026-11-02T00:00:00Z'),
      at('2026-11-05T00:00:00Z'),
    );
    expect(
      shifts.map((x) => [x.userId, x.layer, x.start.toISOString(), x.end.toISOString()]),
    ).toEqual([
      [A, 'primary', '2026-11-02T00:00:00.000Z', '2026-11-03T10:00:00.000Z'],
      [B, null, '2026-11-03T10:00:00.000Z', '2026-11-03T12:00:00.000Z'],
      [A, 'primary', '2026-11-03T12:00:00.000Z', '2026-11-05T00:00:00.000Z'],
    ]);
  });
});
