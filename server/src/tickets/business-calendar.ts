import { DateTime } from 'luxon';

/**
 * SLA arithmetic: pure functions of a calendar, the pauses and an instant. No store, no clock.
 *
 * A calendar opens windows in its IANA time zone: each weekly window starts at its local start time
 * on its weekday and ends at its local end time (the next day when the end is not after the start,
 * so overnight hours belong to the day they start). A holiday is a local date on which no window
 * starts. Local times are converted with luxon, so windows are as long as the wall clock says,
 * whatever daylight-saving change falls inside them: 09:00–17:00 is 8 hours on the day clocks go
 * forward; 22:00–06:00 across that night is 7 hours. A local start time that does not exist (the
 * skipped hour) moves forward by the gap, as luxon does.
 */
export interface WeeklyWindow {
  /** ISO weekday: Monday = 1 … Sunday = 7. */
  day: number;
  /** Local "HH:MM"; an end of "24:00" is midnight at the end of the day. */
  start: string;
  end: string;
}

export interface Calendar {
  timeZone: string;
  alwaysOpen: boolean;
  hours: readonly WeeklyWindow[];
  /** Local dates, YYYY-MM-DD. */
  holidays: readonly string[];
}

/** A period in which a clock stops; `to` null while it lasts. */
export interface Pause {
  from: Date;
  to: Date | null;
}

type Span = [number, number];

const DAY_MS = 86_400_000;
/** How far ahead `dueAt` looks for open time before it gives up (a calendar with no hours). */
const HORIZON_MS = 400 * DAY_MS;

function minutesOf(text: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  if (!match) throw new Error(`not a time of day: ${text}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Whether every part of the calendar can be used: a known zone, HH:MM times, ISO dates. */
export function calendarProblems(calendar: Calendar): string[] {
  const problems: string[] = [];
  if (!DateTime.now().setZone(calendar.timeZone).isValid) {
    problems.push(`timeZone: ${calendar.timeZone} is not an IANA time zone`);
  }
  calendar.hours.forEach((w, i) => {
    if (!Number.isInteger(w.day) || w.day < 1 || w.day > 7)
      problems.push(`hours[${i}].day: must be 1 (Monday) to 7 (Sunday)`);
    for (const key of ['start', 'end'] as const) {
      const m = /^(\d{2}):(\d{2})$/.exec(w[key]);
      const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : -1;
      if (!m || Number(m[2]) > 59 || minutes > 24 * 60 || (key === 'start' && minutes >= 24 * 60))
        problems.push(`hours[${i}].${key}: must be a time HH:MM`);
    }
  });
  calendar.holidays.forEach((d, i) => {
    if (!DateTime.fromISO(d, { zone: calendar.timeZone }).isValid || !/^\d{4}-\d{2}-\d{2}$/.test(d))
      problems.push(`holidays[${i}]: must be a date YYYY-MM-DD`);
  });
  return problems;
}

/** The calendar's open time within [from, to), as sorted, disjoint spans of epoch milliseconds. */
export function openSpans(calendar: Calendar, from: number, to: number): Span[] {
  if (to <= from) return [];
  if (calendar.alwaysOpen) return [[from, to]];
  const spans: Span[] = [];
  // Start a day early: an overnight window of the previous day may reach into the range.
  let day = startOfLocalDay(calendar.timeZone, startOfLocalDay(calendar.timeZone, from) - 1);
  const last = startOfLocalDay(calendar.timeZone, to);
  while (day <= last) {
    const local = localDay(calendar, day);
    for (const [opens, closes] of local.windows) {
      const s = Math.max(opens, from);
      const e = Math.min(closes, to);
      if (e > s) spans.push([s, e]);
    }
    day = local.next;
  }
  return merge(spans);
}

/** Every UTC offset in use is a whole number of quarter hours, and so is every local midnight. */
const QUARTER_HOUR_MS = 15 * 60 * 1000;
const dayStarts = new Map<string, number>();

/**
 * The start (epoch ms) of the local day `ms` falls on in `zone`. Local midnights and offset
 * changes fall on quarter-hour boundaries of UTC, so every instant of one UTC quarter hour is on
 * the same local day: the answer is worked out once per quarter hour, not for every clock of
 * every ticket (converting through the zone is most of the cost of reading SLA clocks).
 */
export function startOfLocalDay(zone: string, ms: number): number {
  const quarter = Math.floor(ms / QUARTER_HOUR_MS);
  const key = `${zone}|${quarter}`;
  const known = dayStarts.get(key);
  if (known !== undefined) return known;
  const start = DateTime.fromMillis(quarter * QUARTER_HOUR_MS, { zone })
    .startOf('day')
    .toMillis();
  if (dayStarts.size >= LOCAL_DAYS_KEPT) dayStarts.clear();
  dayStarts.set(key, start);
  return start;
}

interface LocalDay {
  /** The windows that start on the day, whole. */
  windows: Span[];
  /** The start of the next local day. */
  next: number;
}

/**
 * The days already worked out, by calendar and day: converting local times is most of the cost
 * of reading SLA clocks, and a page of tickets reads its clocks over the same few weeks.
 */
const localDays = new Map<string, LocalDay>();
const LOCAL_DAYS_KEPT = 5_000;
const calendarKeys = new WeakMap<Calendar, string>();

/** The windows of the local day that starts at `dayStart` (epoch ms), and where the next starts. */
function localDay(calendar: Calendar, dayStart: number): LocalDay {
  let calendarKey = calendarKeys.get(calendar);
  if (calendarKey === undefined) {
    calendarKey = JSON.stringify([calendar.timeZone, calendar.hours, calendar.holidays]);
    calendarKeys.set(calendar, calendarKey);
  }
  const key = `${dayStart}|${calendarKey}`;
  const known = localDays.get(key);
  if (known) return known;
  const day = DateTime.fromMillis(dayStart, { zone: calendar.timeZone });
  const windows: Span[] = [];
  if (!calendar.holidays.includes(day.toISODate() ?? '')) {
    for (const window of calendar.hours) {
      if (window.day !== day.weekday) continue;
      const start = minutesOf(window.start);
      const end = minutesOf(window.end);
      const opens = localTime(day, start);
      const closes = end > start ? localTime(day, end) : localTime(day.plus({ days: 1 }), end);
      windows.push([opens, closes]);
    }
  }
  const worked: LocalDay = { windows, next: day.plus({ days: 1 }).toMillis() };
  if (localDays.size >= LOCAL_DAYS_KEPT) localDays.clear();
  localDays.set(key, worked);
  return worked;
}

function localTime(day: DateTime, minutes: number): number {
  return day
    .set({ hour: Math.floor(minutes / 60) % 24, minute: minutes % 60 })
    .plus({ days: minutes >= 24 * 60 ? 1 : 0 })
    .toMillis();
}

function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: Span[] = [];
  for (const span of sorted) {
    const prev = out[out.length - 1];
    if (prev && span[0] <= prev[1]) prev[1] = Math.max(prev[1], span[1]);
    else out.push([span[0], span[1]]);
  }
  return out;
}

/** `spans` without the time covered by `holes` (both sorted and disjoint after merging). */
function subtract(spans: Span[], holes: Span[]): Span[] {
  const cut = merge(holes);
  const out: Span[] = [];
  for (const [s, e] of spans) {
    let cursor = s;
    for (const [hs, he] of cut) {
      if (he <= cursor || hs >= e) continue;
      if (hs > cursor) out.push([cursor, hs]);
      cursor = Math.max(cursor, he);
      if (cursor >= e) break;
    }
    if (cursor < e) out.push([cursor, e]);
  }
  return out;
}

function pauseSpans(pauses: readonly Pause[]): Span[] {
  return pauses.map((p) => [p.from.getTime(), p.to ? p.to.getTime() : Number.POSITIVE_INFINITY]);
}

const total = (spans: Span[]) => spans.reduce((n, [s, e]) => n + (e - s), 0);

/** Open calendar time between `from` and `to`, less the pauses, in milliseconds. */
export function elapsedMs(
  calendar: Calendar,
  from: Date,
  to: Date,
  pauses: readonly Pause[] = [],
): number {
  return total(subtract(openSpans(calendar, from.getTime(), to.getTime()), pauseSpans(pauses)));
}

/**
 * The instant at which `targetMs` of open, unpaused time has passed since `from`; null when a
 * pause still lasts before it is reached (the clock is stopped) or the calendar has no open
 * time within the horizon.
 */
export function dueAt(
  calendar: Calendar,
  from: Date,
  targetMs: number,
  pauses: readonly Pause[] = [],
): Date | null {
  const holes = pauseSpans(pauses);
  let remaining = targetMs;
  let cursor = from.getTime();
  const horizon = cursor + HORIZON_MS;
  if (remaining <= 0) return new Date(cursor);
  while (cursor < horizon) {
    const chunkEnd = cursor + 14 * DAY_MS;
    for (const [s, e] of subtract(openSpans(calendar, cursor, chunkEnd), holes)) {
      if (e - s >= remaining) return new Date(s + remaining);
      remaining -= e - s;
    }
    const endless = holes.find(([s, e]) => e === Number.POSITIVE_INFINITY && s < chunkEnd);
    if (endless) return null;
    cursor = chunkEnd;
  }
  return null;
}

export type ClockState = 'ON_TRACK' | 'AT_RISK' | 'BREACHED' | 'MET';

export interface ClockInput {
  calendar: Calendar;
  startedAt: Date;
  targetMs: number;
  /** When the clock's goal was reached (the first reply, resolution); null while it runs. */
  stoppedAt: Date | null;
  pauses: readonly Pause[];
  now: Date;
  /** AT_RISK when less than this share of the target is left (0.25 = 25 %). */
  riskFraction: number;
}

export interface ClockReading {
  state: ClockState;
  elapsedMs: number;
  remainingMs: number;
  /** When it breaches (or breached); null while paused indefinitely. */
  dueAt: Date | null;
  /** A pause lasts at `now`, and the clock is still running otherwise. */
  paused: boolean;
}

/** Reads one SLA clock at `now`. */
export function readClock(input: ClockInput): ClockReading {
  const until = input.stoppedAt ?? input.now;
  const elapsed = elapsedMs(input.calendar, input.startedAt, until, input.pauses);
  const due = dueAt(input.calendar, input.startedAt, input.targetMs, input.pauses);
  const remaining = input.targetMs - elapsed;
  const paused =
    !input.stoppedAt &&
    input.pauses.some(
      (p) =>
        p.from.getTime() <= input.now.getTime() &&
        (p.to === null || p.to.getTime() > input.now.getTime()),
    );
  let state: ClockState;
  if (remaining <= 0) state = 'BREACHED';
  else if (input.stoppedAt) state = 'MET';
  else if (remaining < input.targetMs * input.riskFraction) state = 'AT_RISK';
  else state = 'ON_TRACK';
  return { state, elapsedMs: elapsed, remainingMs: remaining, dueAt: due, paused };
}
