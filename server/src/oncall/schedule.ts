import { DateTime } from 'luxon';

/** How long each person's turn in a layer lasts. DAILY and WEEKLY follow the wall clock. */
export const SHIFT_KINDS = ['DAILY', 'WEEKLY', 'CUSTOM'] as const;
export type ShiftKind = (typeof SHIFT_KINDS)[number];

export interface Restriction {
  /** Local time of day, `HH:mm`; the layer covers [from, to), across midnight when to < from. */
  from: string;
  to: string;
}

export interface Layer {
  name: string;
  /** The rotation, in order. */
  userIds: string[];
  /** Local date and time in the schedule's zone (`2026-11-02T09:00`) when the first turn begins. */
  start: string;
  shift: ShiftKind;
  /** Length of a CUSTOM turn, in hours. */
  shiftHours?: number | null;
  restriction?: Restriction | null;
}

export interface ScheduleShape {
  /** IANA time zone, such as Europe/Berlin. */
  timeZone: string;
  /** Lowest first: a higher layer that covers a moment overrides the ones below it. */
  layers: Layer[];
}

export interface OverrideShape {
  userId: string;
  startsAt: Date;
  endsAt: Date;
}

export interface OnCall {
  userId: string;
  /** The layer's name, or null for an override. */
  layer: string | null;
}

export interface Shift extends OnCall {
  start: Date;
  end: Date;
}

export function isTimeZone(zone: string): boolean {
  return DateTime.now().setZone(zone).isValid;
}

function localStart(layer: Layer, zone: string): DateTime {
  return DateTime.fromISO(layer.start, { zone });
}

/** Which turn of the rotation `at` falls in (negative before the start). */
function turnIndex(layer: Layer, start: DateTime, at: DateTime): number {
  if (layer.shift === 'CUSTOM') {
    const ms = (layer.shiftHours ?? 24) * 3_600_000;
    return Math.floor((at.toMillis() - start.toMillis()) / ms);
  }
  const unit = layer.shift === 'DAILY' ? 'days' : 'weeks';
  // Calendar arithmetic: a day with a DST change is still one turn, starting at the same wall time.
  let k = Math.floor(at.diff(start, unit).as(unit));
  while (start.plus({ [unit]: k + 1 }) <= at) k++;
  while (start.plus({ [unit]: k }) > at) k--;
  return k;
}

function turnStart(layer: Layer, start: DateTime, k: number): DateTime {
  if (layer.shift === 'CUSTOM') {
    return start.plus({ milliseconds: k * (layer.shiftHours ?? 24) * 3_600_000 });
  }
  return start.plus({ [layer.shift === 'DAILY' ? 'days' : 'weeks']: k });
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

function withinRestriction(restriction: Restriction, at: DateTime): boolean {
  const from = minutesOf(restriction.from);
  const to = minutesOf(restriction.to);
  const now = at.hour * 60 + at.minute;
  if (from === to) return true;
  return from < to ? now >= from && now < to : now >= from || now < to;
}

function layerAt(layer: Layer, zone: string, at: DateTime): string | null {
  if (!layer.userIds.length) return null;
  const start = localStart(layer, zone);
  if (!start.isValid || at < start) return null;
  if (layer.restriction && !withinRestriction(layer.restriction, at)) return null;
  const k = turnIndex(layer, start, at);
  return layer.userIds[k % layer.userIds.length] ?? null;
}

/** Who is on call at `at`: an override covering it, else the highest layer that covers it. */
export function onCallAt(
  schedule: ScheduleShape,
  overrides: OverrideShape[],
  at: Date,
): OnCall | null {
  const t = at.getTime();
  // The most recently added override wins where several overlap.
  for (let i = overrides.length - 1; i >= 0; i--) {
    const o = overrides[i] as OverrideShape;
    if (o.startsAt.getTime() <= t && t < o.endsAt.getTime())
      return { userId: o.userId, layer: null };
  }
  const local = DateTime.fromJSDate(at, { zone: schedule.timeZone });
  for (let i = schedule.layers.length - 1; i >= 0; i--) {
    const layer = schedule.layers[i] as Layer;
    const userId = layerAt(layer, schedule.timeZone, local);
    if (userId) return { userId, layer: layer.name };
  }
  return null;
}

/** Every moment in [from, to) where who is on call may change. */
function boundaries(
  schedule: ScheduleShape,
  overrides: OverrideShape[],
  from: Date,
  to: Date,
): number[] {
  const lo = from.getTime();
  const hi = to.getTime();
  const points = new Set<number>([lo]);
  const add = (t: number) => {
    if (t > lo && t < hi) points.add(t);
  };
  for (const o of overrides) {
    add(o.startsAt.getTime());
    add(o.endsAt.getTime());
  }
  const zone = schedule.timeZone;
  for (const layer of schedule.layers) {
    const start = localStart(layer, zone);
    if (!start.isValid) continue;
    add(start.toMillis());
    const first = Math.max(0, turnIndex(layer, start, DateTime.fromMillis(lo, { zone })));
    for (let k = first; ; k++) {
      const t = turnStart(layer, start, k).toMillis();
      if (t >= hi) break;
      add(t);
    }
    if (layer.restriction) {
      let day = DateTime.fromMillis(lo, { zone }).startOf('day').minus({ days: 1 });
      while (day.toMillis() < hi) {
        for (const hhmm of [layer.restriction.from, layer.restriction.to]) {
          const m = minutesOf(hhmm);
          add(day.set({ hour: Math.floor(m / 60), minute: m % 60 }).toMillis());
        }
        day = day.plus({ days: 1 });
      }
    }
  }
  return [...points].sort((a, b) => a - b);
}

/** The turns over [from, to), merged where the same person stays on call; gaps are left out. */
export function shiftsBetween(
  schedule: ScheduleShape,
  overrides: OverrideShape[],
  from: Date,
  to: Date,
): Shift[] {
  const points = boundaries(schedule, overrides, from, to);
  const shifts: Shift[] = [];
  points.forEach((t, i) => {
    const end = new Date(points[i + 1] ?? to.getTime());
    const who = onCallAt(schedule, overrides, new Date(t));
    const last = shifts[shifts.length - 1];
    if (!who) return;
    if (
      last &&
      last.userId === who.userId &&
      last.layer === who.layer &&
      last.end.getTime() === t
    ) {
      last.end = end;
      return;
    }
    shifts.push({ ...who, start: new Date(t), end });
  });
  return shifts;
}
