import { isOpenNow, nextOccurrences, parseHours, type Closure, type Schedule, type SalonStatus } from '@chiiki/core';

export { parseClosures } from './quick-status.js';

/** What the badge says about "now": computed in Japan time by core's schedules. */
export type BadgeStatus =
  | { kind: 'open'; end?: Date }
  | { kind: 'next'; start: Date; end?: Date; hasTime: boolean }
  | { kind: 'paused' }
  | { kind: 'closed' }
  /** A schedule was given but no date can be computed from it (or none is left). */
  | { kind: 'none' }
  /** Only published text ("10:00-12:00" without days, "第2火曜日の午後"): shown as written. */
  | { kind: 'text'; text: string }
  /** Nothing is known about when. */
  | { kind: 'unknown' };

export interface ScheduleInput {
  /** "10:00-12:00" or "月水金 10:00-12:00". */
  hours?: string;
  /** RFC 5545 RRULE (with or without DTSTART). */
  rrule?: string;
  skipHolidays?: boolean;
  closures?: Closure[];
}

/**
 * The schedule the badge works from: a salon record's schedule (`base`), then `hours` (times, and
 * weekdays when written: they win), then `schedule` (an RRULE: it wins for the recurrence).
 * `undefined` when nothing is given; `text` keeps the published hours when they cannot be read.
 */
export function buildSchedule(base: Schedule | undefined, input: ScheduleInput): Schedule | undefined {
  const hours = input.hours?.trim();
  const rrule = input.rrule?.trim();
  if (!base && !hours && !rrule) return undefined;
  const parsed = hours ? safe(() => parseHours(hours)) : undefined;
  const schedule: Schedule = { ...base, ...parsed };
  if (hours) schedule.text = hours;
  if (rrule) schedule.rrule = rrule;
  if (input.skipHolidays) schedule.skipHolidays = true;
  if (input.closures?.length) schedule.closures = [...(schedule.closures ?? []), ...input.closures];
  return schedule;
}

/** Whether the schedule can give dates at all (a rule or explicit dates), or is text only. */
function computable(schedule: Schedule): boolean {
  return Boolean(schedule.rrule || schedule.dates?.length);
}

/** The status at `now`: paused and closed win; else open now, else the next meeting. Never throws. */
export function computeStatus(status: SalonStatus | undefined, schedule: Schedule | undefined, now: Date): BadgeStatus {
  if (status === 'paused') return { kind: 'paused' };
  if (status === 'closed') return { kind: 'closed' };
  if (!schedule) return { kind: 'unknown' };
  if (!computable(schedule)) return schedule.text?.trim() ? { kind: 'text', text: schedule.text.trim() } : { kind: 'unknown' };
  const next = safe(() => nextOccurrences(schedule, now, 1)[0]);
  if (!next) return { kind: 'none' };
  const open = safe(() => isOpenNow(schedule, now)) ?? false;
  if (open) return { kind: 'open', end: next.end };
  return { kind: 'next', start: next.start, end: next.end, hasTime: Boolean(schedule.start) };
}

/** Bad input must never throw into the page: schedule code that fails gives "unknown". */
function safe<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}
