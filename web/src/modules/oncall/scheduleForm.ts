import type { ShiftKind } from '../../generated/graphql';

export interface LayerDraft {
  /** Identifies the row while it is edited. */
  key: string;
  name: string;
  userIds: string[];
  /** Local date and time, as a datetime-local input gives it. */
  start: string;
  shift: ShiftKind;
  shiftHours: number;
  restricted: boolean;
  from: string;
  to: string;
}

export interface ScheduleDraft {
  name: string;
  description: string;
  timeZone: string;
  layers: LayerDraft[];
}

export function newLayer(index: number): LayerDraft {
  const monday = new Date();
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
  const day = `${monday.getFullYear()}-${String(monday.getMonth() + 1).padStart(2, '0')}-${String(monday.getDate()).padStart(2, '0')}`;
  return {
    key: crypto.randomUUID(),
    name: index === 0 ? 'Primary' : `Layer ${index + 1}`,
    userIds: [],
    start: `${day}T09:00`,
    shift: 'WEEKLY',
    shiftHours: 12,
    restricted: false,
    from: '09:00',
    to: '17:00',
  };
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * The time zones to pick from, with UTC first and `current` among them: browsers leave UTC out of
 * their list, and a select whose value is not an option shows blank.
 */
export function timeZones(current?: string): string[] {
  let zones: string[];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  const extra = ['UTC', current].filter(
    (zone): zone is string => Boolean(zone) && !zones.includes(zone as string),
  );
  return [...new Set([...extra, ...zones])];
}

/** What the API takes from a draft. */
export function scheduleInput(draft: ScheduleDraft) {
  return {
    name: draft.name.trim(),
    description: draft.description.trim() || null,
    timeZone: draft.timeZone,
    layers: draft.layers.map((l) => ({
      name: l.name.trim(),
      userIds: l.userIds,
      start: l.start,
      shift: l.shift,
      shiftHours: l.shift === 'CUSTOM' ? l.shiftHours : null,
      restriction: l.restricted ? { from: l.from, to: l.to } : null,
    })),
  };
}

export const SHIFT_LABELS: Record<ShiftKind, string> = {
  DAILY: 'Daily',
  WEEKLY: 'Weekly',
  CUSTOM: 'Custom hours',
};
