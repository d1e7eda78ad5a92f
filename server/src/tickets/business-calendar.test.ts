import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  type Calendar,
  calendarProblems,
  dueAt,
  elapsedMs,
  readClock,
  startOfLocalDay,
  type WeeklyWindow,
} from './business-calendar.ts';

const H = 3_600_000;
const M = 60_000;
const at = (iso: string) => new Date(iso);

function weekdays(start: string, end: string, days = [1, 2, 3, 4, 5]): WeeklyWindow[] {
  return days.map((day) => ({ day, start, end }));
}

const ALWAYS: Calendar = { timeZone: 'UTC', alwaysOpen: true, hours: [], holidays: [] };
const BERLIN: Calendar = {
  timeZone: 'Europe/Berlin',
  alwaysOpen: false,
  hours: weekdays('09:00', '17:00'),
  holidays: [],
};
const NEW_YORK: Calendar = { ...BERLIN, timeZone: 'America/New_York' };
const KOLKATA: Calendar = {
  timeZone: 'Asia/Kolkata',
  alwaysOpen: false,
  hours: weekdays('10:00', '18:00', [1, 2, 3, 4, 5, 6]),
  holidays: ['2026-01-26'],
};

describe('a 24×7 calendar', () => {
  it('counts every minute, whatever the zone says about daylight saving', () => {
    expect(elapsedMs(ALWAYS, at('2026-03-28T12:00:00Z'), at('2026-03-29T12:00:00Z'))).toBe(24 * H);
    expect(dueAt(ALWAYS, at('2026-03-28T23:30:00Z'), 4 * H)).toEqual(at('2026-03-29T03:30:00Z'));
  });
});

describe('business hours in Europe/Berlin', () => {
  it('skips the weekend and lands on the Monday after clocks went forward (CET → CEST)', () => {
    // Friday 27 March 16:00 CET = 15:00Z; one hour left on Friday, one on Monday from 09:00 CEST.
    const start = at('2026-03-27T15:00:00Z');
    expect(dueAt(BERLIN, start, 2 * H)).toEqual(at('2026-03-30T08:00:00Z'));
    expect(elapsedMs(BERLIN, start, at('2026-03-30T07:30:00Z'))).toBe(H + 30 * M);
  });

  it('keeps a working day at 8 hours across the autumn change (CEST → CET)', () => {
    // Friday 23 October 17:00 CEST = 15:00Z to Monday 26 October 17:00 CET = 16:00Z.
    expect(elapsedMs(BERLIN, at('2026-10-23T15:00:00Z'), at('2026-10-26T16:00:00Z'))).toBe(8 * H);
    expect(dueAt(BERLIN, at('2026-10-23T14:00:00Z'), 2 * H)).toEqual(at('2026-10-26T09:00:00Z'));
  });

  it('counts an overnight window by the wall clock: 7 hours in March, 9 in October', () => {
    const night: Calendar = { ...BERLIN, hours: [{ day: 6, start: '22:00', end: '06:00' }] };
    // Saturday 28 March 22:00 CET = 21:00Z until Sunday 06:00 CEST = 04:00Z.
    expect(elapsedMs(night, at('2026-03-28T00:00:00Z'), at('2026-03-30T00:00:00Z'))).toBe(7 * H);
    expect(dueAt(night, at('2026-03-28T00:00:00Z'), 7 * H)).toEqual(at('2026-03-29T04:00:00Z'));
    // Saturday 24 October 22:00 CEST = 20:00Z until Sunday 06:00 CET = 05:00Z.
    expect(elapsedMs(night, at('2026-10-24T00:00:00Z'), at('2026-10-26T00:00:00Z'))).toBe(9 * H);
  });

  it('moves a window that starts in the skipped hour to the end of the gap', () => {
    const skipped: Calendar = { ...BERLIN, hours: [{ day: 7, start: '02:30', end: '04:00' }] };
    // 02:30 does not exist on 29 March; the window runs 03:30–04:00 CEST (01:30Z–02:00Z).
    expect(elapsedMs(skipped, at('2026-03-28T00:00:00Z'), at('2026-03-30T00:00:00Z'))).toBe(30 * M);
  });

  it('opens nothing on a holiday, including an overnight window starting that day', () => {
    const holiday: Calendar = {
      ...BERLIN,
      hours: [...BERLIN.hours, { day: 4, start: '22:00', end: '02:00' }],
      holidays: ['2026-12-24'],
    };
    // Thursday 24 December is a holiday; Friday 25 December opens 09:00 CET = 08:00Z.
    expect(dueAt(holiday, at('2026-12-24T07:00:00Z'), H)).toEqual(at('2026-12-25T09:00:00Z'));
  });
});

describe('business hours in America/New_York', () => {
  it('lands on the Monday after clocks went back (EDT → EST)', () => {
    // Friday 30 October 16:30 EDT = 20:30Z; 30 minutes that day, 30 on Monday from 09:00 EST.
    expect(dueAt(NEW_YORK, at('2026-10-30T20:30:00Z'), H)).toEqual(at('2026-11-02T14:30:00Z'));
  });

  it('counts a week of working days as 40 hours across the spring change', () => {
    expect(elapsedMs(NEW_YORK, at('2026-03-06T00:00:00Z'), at('2026-03-13T00:00:00Z'))).toBe(
      40 * H,
    );
  });
});

describe('a six-day calendar in Asia/Kolkata (UTC+05:30) with a holiday', () => {
  it('works Saturday, skips Sunday and the Republic Day holiday', () => {
    // Saturday 24 January 17:00 IST = 11:30Z: one hour; Monday 26 is a holiday;
    // Tuesday 27 opens 10:00 IST = 04:30Z, two more hours.
    expect(dueAt(KOLKATA, at('2026-01-24T11:30:00Z'), 3 * H)).toEqual(at('2026-01-27T06:30:00Z'));
    expect(elapsedMs(KOLKATA, at('2026-01-24T11:30:00Z'), at('2026-01-27T00:00:00Z'))).toBe(H);
  });
});

describe('pauses', () => {
  const start = at('2026-11-27T09:00:00Z');
  const closed = [{ from: at('2026-11-27T10:00:00Z'), to: at('2026-11-27T12:00:00Z') }];

  it('stop the clock while they last and resume after', () => {
    expect(elapsedMs(ALWAYS, start, at('2026-11-27T13:00:00Z'), closed)).toBe(2 * H);
    expect(dueAt(ALWAYS, start, 4 * H, closed)).toEqual(at('2026-11-27T15:00:00Z'));
  });

  it('leave no due time while one is still open', () => {
    const open = [{ from: at('2026-11-27T10:00:00Z'), to: null }];
    const reading = readClock({
      calendar: ALWAYS,
      startedAt: start,
      targetMs: 4 * H,
      stoppedAt: null,
      pauses: open,
      now: at('2026-11-28T10:00:00Z'),
      riskFraction: 0.25,
    });
    expect(reading).toMatchObject({ elapsedMs: H, remainingMs: 3 * H, dueAt: null, paused: true });
    expect(reading.state).toBe('ON_TRACK');
  });

  it('count overlapping pauses once, and outside business hours not at all', () => {
    const overlapping = [
      { from: at('2026-11-27T10:00:00Z'), to: at('2026-11-27T12:00:00Z') },
      { from: at('2026-11-27T11:00:00Z'), to: at('2026-11-27T12:30:00Z') },
    ];
    expect(elapsedMs(ALWAYS, start, at('2026-11-27T13:00:00Z'), overlapping)).toBe(H + 30 * M);
    // Paused over the weekend in Berlin: Friday 27 November 17:00 CET to Monday 08:00 CET.
    const weekend = [{ from: at('2026-11-27T16:00:00Z'), to: at('2026-11-30T07:00:00Z') }];
    expect(elapsedMs(BERLIN, at('2026-11-27T15:00:00Z'), at('2026-11-30T09:00:00Z'), weekend)).toBe(
      2 * H,
    );
  });
});

describe('clock states', () => {
  const base = {
    calendar: ALWAYS,
    startedAt: at('2026-11-27T09:00:00Z'),
    targetMs: 4 * H,
    stoppedAt: null,
    pauses: [],
    riskFraction: 0.25,
  };
  const read = (now: string, stoppedAt: string | null = null) =>
    readClock({ ...base, now: at(now), stoppedAt: stoppedAt ? at(stoppedAt) : null });

  it('is on track, at risk under a quarter left, then breached at the target', () => {
    expect(read('2026-11-27T11:00:00Z').state).toBe('ON_TRACK');
    expect(read('2026-11-27T12:00:00Z').state).toBe('ON_TRACK');
    expect(read('2026-11-27T12:15:00Z').state).toBe('AT_RISK');
    expect(read('2026-11-27T13:00:00Z').state).toBe('BREACHED');
    expect(read('2026-11-27T13:00:00Z').dueAt).toEqual(at('2026-11-27T13:00:00Z'));
  });

  it('is met when stopped in time and stays breached when stopped late', () => {
    expect(read('2026-11-28T09:00:00Z', '2026-11-27T10:00:00Z').state).toBe('MET');
    expect(read('2026-11-28T09:00:00Z', '2026-11-27T14:00:00Z').state).toBe('BREACHED');
  });

  it('breaches across days on business hours, not in wall-clock hours', () => {
    const reading = readClock({
      ...base,
      calendar: BERLIN,
      startedAt: at('2026-11-27T15:00:00Z'), // Friday 16:00 CET
      now: at('2026-11-30T09:00:00Z'), // Monday 10:00 CET: 1 + 1 = 2 hours of 4
    });
    expect(reading).toMatchObject({ state: 'ON_TRACK', elapsedMs: 2 * H });
    expect(reading.dueAt).toEqual(at('2026-11-30T11:00:00Z'));
  });
});

describe('calendarProblems', () => {
  it('names an unknown zone, a bad day, a bad time and a bad date', () => {
    expect(
      calendarProblems({
        timeZone: 'Mars/Olympus',
        alwaysOpen: false,
        hours: [{ day: 8, start: '9:00', end: '25:00' }],
        holidays: ['24.12.2026'],
      }),
    ).toEqual([
      'timeZone: Mars/Olympus is not an IANA time zone',
      'hours[0].day: must be 1 (Monday) to 7 (Sunday)',
      'hours[0].start: must be a time HH:MM',
      'hours[0].end: must be a time HH:MM',
      'holidays[0]: must be a date YYYY-MM-DD',
    ]);
    expect(calendarProblems(KOLKATA)).toEqual([]);
  });
});

describe('the start of a local day', () => {
  // Half- and quarter-hour offsets, a half-hour DST shift, DST at midnight, and plain DST.
  const zones = [
    'Asia/Kathmandu',
    'Asia/Kolkata',
    'Australia/Lord_Howe',
    'America/Santiago',
    'America/New_York',
    'Europe/Berlin',
  ];

  it.each(zones)('is what the zone says for every instant, across DST changes, in %s', (zone) => {
    // Every 23 minutes 7 seconds through a year, so the instants fall all over the quarter hours.
    const from = Date.UTC(2026, 0, 1);
    for (let ms = from; ms < from + 366 * 86_400_000; ms += 23 * 60_000 + 7_000) {
      const expected = DateTime.fromMillis(ms, { zone }).startOf('day').toMillis();
      expect(startOfLocalDay(zone, ms), new Date(ms).toISOString()).toBe(expected);
    }
  });
});
