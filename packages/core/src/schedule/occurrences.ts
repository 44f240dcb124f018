import type { Closure, Schedule } from '../data/salon.js';
import { isHolidayDay } from './holidays.js';
import { parseRule, ruleDays, type Rule } from './rrule.js';
import { civil, jstDay, jstInstant, parseDay, parseTime } from './time.js';

/** One meeting: instants (absolute times); `end` when the schedule has an end time. */
export interface Occurrence {
  start: Date;
  end?: Date;
}

/** How far ahead a rule is searched (8 years: a 29 February rule always finds its day). */
const HORIZON_DAYS = 2922;

/** A closure as a test on day numbers; undefined when malformed (then it is ignored). */
function closureTest(closure: Closure): ((day: number) => boolean) | undefined {
  const { from, to } = closure ?? {};
  const md = /^\s*(\d{1,2})-(\d{1,2})\s*$/;
  const a = md.exec(from ?? '');
  const b = md.exec(to ?? '');
  if (a && b) {
    // Every year; from > to crosses the new year (12-29 … 01-03).
    const lo = +a[1] * 100 + +a[2];
    const hi = +b[1] * 100 + +b[2];
    return (day) => {
      const [, m, d] = civil(day);
      const x = m * 100 + d;
      return lo <= hi ? lo <= x && x <= hi : x >= lo || x <= hi;
    };
  }
  const lo = parseDay(from);
  let hi = parseDay(to);
  if (lo === undefined) return undefined;
  if (hi === undefined && b) {
    // "2025-12-29" … "01-03": the first such day on or after `from`.
    const [y] = civil(lo);
    hi = parseDay(`${y}-${b[1]}-${b[2]}`);
    if (hi !== undefined && hi < lo) hi = parseDay(`${y + 1}-${b[1]}-${b[2]}`);
  }
  return hi === undefined ? undefined : (day) => lo <= day && day <= hi;
}

/**
 * The next `count` meetings at or after `from` (a meeting in progress counts). Empty when unknown.
 *
 * Dates come from `rrule` (with DTSTART / EXDATE / RDATE lines if any) and the explicit `dates`; a
 * published `text` alone gives none (the loader turns the texts it understands into `rrule` with
 * `parseScheduleText`, and the badge its `hours` with `parseHours`). Rule dates that
 * fall on a Japanese public holiday (with `skipHolidays`) or within a closure are left out; explicit
 * dates are always kept. Times are `start`/`end` in Japan time (else DTSTART's time); a meeting with
 * no end time counts until the end of its day. The visitor's time zone never matters.
 *
 * Widgets must not call this for a salon whose status is `paused` or `closed`.
 */
export function nextOccurrences(schedule: Schedule, from: Date, count = 3): Occurrence[] {
  const out: Occurrence[] = [];
  const now = from?.getTime();
  if (!schedule || !(count > 0) || !Number.isFinite(now)) return out;
  const { rrule, start, end } = schedule;
  const rule = typeof rrule === 'string' && rrule.trim() ? parseRule(rrule) : undefined;
  const startMin = parseTime(start) ?? rule?.time;
  let endMin = parseTime(end);
  if (startMin === undefined || endMin === undefined || endMin <= startMin) endMin = undefined;
  // Only today's meeting can have ended already: one day more than asked is always enough.
  for (const day of meetingDays(schedule, rule, jstDay(now), count + 1)) {
    const s = jstInstant(day, startMin ?? 0);
    const e = endMin === undefined ? undefined : jstInstant(day, endMin);
    if ((e ?? jstInstant(day + 1)) > now && out.push(e === undefined ? { start: new Date(s) } : { start: new Date(s), end: new Date(e) }) === count) break;
  }
  return out;
}

/**
 * Meeting days from `fromDay` on (at most `count`). Memoised by everything they depend on, since a
 * salon finder asks for thousands of salons that share a handful of rules.
 */
const memo = new Map<string, number[]>();

function meetingDays(schedule: Schedule, rule: Rule | undefined, fromDay: number, count: number): number[] {
  const { skipHolidays } = schedule;
  const closures = Array.isArray(schedule.closures) ? schedule.closures : [];
  const dates = Array.isArray(schedule.dates) ? schedule.dates : [];
  const key = `${fromDay} ${count} ${schedule.rrule} ${skipHolidays === true} ${closures.length ? JSON.stringify(closures) : ''} ${dates}`;
  let out = memo.get(key);
  if (out) return out;
  out = [];
  const tests = closures.map(closureTest).filter((t) => t !== undefined);
  const excluded = (day: number): boolean =>
    (skipHolidays === true && isHolidayDay(day)) || !!rule?.exdates.includes(day) || tests.some((t) => t(day));
  const extra = [...dates.map(parseDay), ...(rule?.rdates ?? [])]
    .filter((d): d is number => d !== undefined && d >= fromDay)
    .sort((a, b) => a - b);
  const days = rule ? ruleDays(rule, fromDay, fromDay + HORIZON_DAYS) : undefined;
  let next = days?.next();
  while (out.length < count) {
    while (next && !next.done && excluded(next.value)) next = days!.next();
    const ruleDay = next && !next.done ? next.value : Infinity;
    const day = Math.min(ruleDay, extra[0] ?? Infinity);
    if (day === Infinity) break;
    if (day === ruleDay) next = days!.next();
    while (extra[0] === day) extra.shift();
    out.push(day);
  }
  if (memo.size > 5000) memo.clear();
  memo.set(key, out);
  return out;
}

/** Whether a meeting is in progress at `now` (only schedules with start and end times can say so). */
export function isOpenNow(schedule: Schedule, now: Date): boolean {
  return nextOccurrences(schedule, now, 1).some((o) => o.end !== undefined && o.start <= now && now < o.end);
}
