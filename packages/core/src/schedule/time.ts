/**
 * Calendar arithmetic in Japan time without the visitor's time zone: a calendar day is a "day
 * number" (days since 1970-01-01) and every conversion goes through UTC milliseconds shifted by
 * +9 h (Asia/Tokyo has had no daylight saving time since 1951).
 */

export const DAY_MS = 864e5;
const JST_MS = 9 * 36e5;

/** RRULE weekday codes, Monday first (the index is the weekday number used here). */
export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekdayCode = (typeof WEEKDAY_CODES)[number];

/** The day number of an instant, in Japan time. */
export const jstDay = (ms: number): number => Math.floor((ms + JST_MS) / DAY_MS);

const floor = Math.floor;

/** The day number of a calendar date (month 1–12; months and days out of range roll over). */
export function dayNumber(year: number, month: number, day: number): number {
  // H. Hinnant's days_from_civil: plain arithmetic, no Date object (this runs for every candidate day).
  year += floor((month - 1) / 12);
  month = ((((month - 1) % 12) + 12) % 12) + 1;
  if (month < 3) year--;
  const era = floor(year / 400);
  const yoe = year - era * 400;
  const doy = floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + floor(yoe / 4) - floor(yoe / 100) + doy - 719468;
}

/** [year, month 1–12, day] of a day number. */
export function civil(day: number): [number, number, number] {
  const z = day + 719468;
  const era = floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = floor((doe - floor(doe / 1460) + floor(doe / 36524) - floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + floor(yoe / 4) - floor(yoe / 100));
  const mp = floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month < 3 ? 1 : 0), month, doy - floor((153 * mp + 2) / 5) + 1];
}

/** Weekday of a day number: 0 = Monday … 6 = Sunday. */
export const weekday = (day: number): number => (((day + 3) % 7) + 7) % 7;

/** Days in a month (1–12). */
export const daysInMonth = (year: number, month: number): number => dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);

/** The instant of `minutes` after midnight, Japan time, on a day. */
export const jstInstant = (day: number, minutes = 0): number => day * DAY_MS + minutes * 6e4 - JST_MS;

/** "YYYY-MM-DD" of a day number. */
export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Minutes after midnight of "HH:MM" (or "H:MM"; "24:00" allowed as an end); undefined when invalid. */
export function parseTime(text: string | undefined): number | undefined {
  const m = /^\s*(\d{1,2}):(\d{2})\s*$/.exec(text ?? '');
  if (!m) return undefined;
  const minutes = +m[1] * 60 + +m[2];
  return +m[2] < 60 && minutes <= 1440 ? minutes : undefined;
}

/** "HH:MM" of minutes after midnight. */
export const formatTime = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The day number of "YYYY-MM-DD" (also "YYYY/M/D"); undefined when it is not a real date. */
export function parseDay(text: string | undefined): number | undefined {
  const m = /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})\s*$/.exec(text ?? '');
  if (!m) return undefined;
  const day = dayNumber(+m[1], +m[2], +m[3]);
  const [, month, date] = civil(day);
  return month === +m[2] && date === +m[3] ? day : undefined;
}
