import type { Schedule } from '../data/salon.js';
import type { Locale } from '../i18n/locales.js';

/**
 * Schedules (PRODUCT.md §3): recurrence, Japanese holidays, closures, next meetings in Japan time,
 * wording. INTERFACE FROZEN FOR THE WIDGETS; the core schedules work fills in the implementation.
 */

/** One meeting: instants (absolute times); `end` when the schedule has an end time. */
export interface Occurrence {
  start: Date;
  end?: Date;
}

/** The next `count` meetings at or after `from` (a meeting in progress counts). Empty when unknown. */
export function nextOccurrences(schedule: Schedule, from: Date, count = 3): Occurrence[] {
  void schedule;
  void from;
  void count;
  return [];
}

/** Whether a meeting is in progress at `now`. */
export function isOpenNow(schedule: Schedule, now: Date): boolean {
  return nextOccurrences(schedule, now, 1).some((o) => o.start <= now && (!o.end || now < o.end));
}

/** The rule in words for a locale ("毎月 第2火曜日 10:00〜12:00"); the published text when not computable. */
export function describeSchedule(schedule: Schedule, locale: Locale): string {
  void locale;
  return schedule.text ?? '';
}

/** Parses "10:00-12:00" or "月水金 10:00-12:00" (consultation badge `hours`). `undefined` when unsure. */
export function parseHours(text: string): Schedule | undefined {
  void text;
  return undefined;
}

/**
 * Parses a published schedule text ("毎月第2火曜日 10時～12時", "第1・第3水曜", "毎週金曜", "隔週火曜",
 * "毎月15日", "最終金曜") into a rule. `undefined` when unsure: then only the text is shown.
 */
export function parseScheduleText(text: string): Pick<Schedule, 'rrule' | 'start' | 'end'> | undefined {
  void text;
  return undefined;
}

/** Parses 利用可能曜日 such as "月火水", "月～金", "土日祝" into RRULE BYDAY codes (["MO","TU"…]). */
export function parseWeekdays(text: string): string[] | undefined {
  void text;
  return undefined;
}

export interface DateFormatOptions {
  /** Japanese era (令和) in `ja` / `ja-x-easy`. */
  era?: boolean;
  /** Include the time ("12月9日(火) 10:00"). */
  time?: boolean;
}

/** A date in Japan time per locale: "12月9日(火)" in `ja`, each locale's own conventions elsewhere. */
export function formatDate(date: Date, locale: Locale, options: DateFormatOptions = {}): string {
  return new Intl.DateTimeFormat(locale === 'ja-x-easy' ? 'ja' : locale, {
    timeZone: 'Asia/Tokyo',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
    ...(options.time ? { hour: '2-digit', minute: '2-digit' } : {}),
  }).format(date);
}
