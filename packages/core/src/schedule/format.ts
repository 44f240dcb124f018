import { i18n, registerStrings } from '../i18n/instance.js';
import type { Locale } from '../i18n/locales.js';
import type { Occurrence } from './occurrences.js';
import { loadScheduleStrings, scheduleStrings } from './strings.js';
import { civil, DAY_MS, formatTime, jstDay, weekday } from './time.js';

// The schedule words join the library's strings as soon as the schedule module is used.
registerStrings(scheduleStrings);

export interface DateFormatOptions {
  /** Japanese era (令和) in `ja` / `ja-x-easy`. */
  era?: boolean;
  /** Include the time ("12月9日(火) 10:00"). */
  time?: boolean;
}

/** The tag Intl knows for a locale of ours. */
export const intlLocale = (locale: Locale): string => (locale === 'ja-x-easy' ? 'ja' : locale === 'tl' ? 'fil' : locale);

const isJa = (locale: Locale): boolean => locale === 'ja' || locale === 'ja-x-easy';

/** A `schedule.*` string of this very locale only (no fallback to another language), '' when absent. */
export const ownString = (locale: Locale, key: string, options?: object): string =>
  i18n.t(`schedule.${key}`, { ...options, lngs: [locale], defaultValue: '' }) as string;

/** Names from the locale's strings where the browser's Intl has no data for it (Nepali in Chromium). */
function names(locale: Locale, key: string): string[] | undefined {
  if (Intl.DateTimeFormat.supportedLocalesOf(intlLocale(locale)).length) return undefined;
  void loadScheduleStrings(locale);
  const list = ownString(locale, key).split(',');
  return list.length > 1 ? list : undefined;
}

/** A weekday's name (0 = Monday), long ("火曜日") or short ("火"). */
export function weekdayName(w: number, locale: Locale, long = true): string {
  return (
    names(locale, long ? 'weekdays' : 'weekdaysShort')?.[w] ??
    new Intl.DateTimeFormat(intlLocale(locale), { weekday: long ? 'long' : 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + w))
  );
}

/** A month's name (1–12). */
export const monthName = (m: number, locale: Locale): string =>
  names(locale, 'months')?.[m - 1] ?? new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, m - 1, 1));

/** Month and day of a day number ("12月29日", "December 29"), with the year when asked. */
export function monthDay(day: number, locale: Locale, year = false): string {
  const [y, m, d] = civil(day);
  const list = names(locale, 'months');
  const text = list
    ? ownString(locale, 'monthDay', { month: list[m - 1], day: d }) + (year ? ` ${y}` : '')
    : new Intl.DateTimeFormat(intlLocale(locale), { ...(year ? { year: 'numeric' } : {}), month: 'long', day: 'numeric', timeZone: 'UTC' }).format(day * DAY_MS);
  return locale === 'ja-x-easy' ? easyJapanese(text) : text;
}

const YOMI: Record<string, string> = { 月: 'げつ', 火: 'か', 水: 'すい', 木: 'もく', 金: 'きん', 土: 'ど', 日: 'にち' };

/** やさしい日本語: furigana marks on the kanji of a Japanese date ("12{月|がつ}9{日|にち}({火|か})"). */
export const easyJapanese = (text: string): string =>
  text
    .replace(/令和/g, '{令和|れいわ}')
    .replace(/年/g, '{年|ねん}')
    .replace(/(\d)月/g, '$1{月|がつ}')
    .replace(/(\d)日/g, '$1{日|にち}')
    .replace(/\((.)\)/g, (_, d: string) => `({${d}|${YOMI[d]}})`);

/** "HH:MM" of an instant in Japan time. */
const jstClock = (date: Date): string => formatTime(Math.floor((((date.getTime() + 9 * 36e5) % DAY_MS) + DAY_MS) % DAY_MS / 6e4));

/** Building an Intl.DateTimeFormat costs ~0.4 ms: a list of 1,000 salons formats thousands of dates. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: Locale, options: DateFormatOptions, time: boolean): Intl.DateTimeFormat {
  const era = !!options.era && isJa(locale);
  const key = `${locale}|${era}|${time}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = newDateFormat(locale, era, time)));
  return format;
}

function newDateFormat(locale: Locale, era: boolean, time: boolean): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(era ? 'ja-JP-u-ca-japanese' : intlLocale(locale), {
    timeZone: 'Asia/Tokyo',
    ...(era ? { era: 'long', year: 'numeric' } : {}),
    month: 'long',
    day: 'numeric',
    weekday: 'short',
    ...(time ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
  });
}

/**
 * A date in Japan time per locale, whatever the visitor's time zone: "12月9日(火)" in `ja`
 * ("令和7年12月9日(火)" with `era`, "12月9日(火) 10:00" with `time`); `ja-x-easy` adds furigana marks
 * (render with `renderRuby`); other locales follow their own conventions through Intl, 24-hour clock.
 */
export function formatDate(date: Date, locale: Locale, options: DateFormatOptions = {}): string {
  if (!Number.isFinite(date?.getTime())) return '';
  const day = jstDay(date.getTime());
  const list = names(locale, 'months');
  if (list) {
    const [, m, d] = civil(day);
    const text = ownString(locale, 'date', { month: list[m - 1], day: d, weekday: weekdayName(weekday(day), locale, false) });
    return options.time ? `${text} ${jstClock(date)}` : text;
  }
  if (!isJa(locale)) return dateFormat(locale, options, !!options.time).format(date);
  const text = dateFormat(locale, options, false).format(date) + (options.time ? ` ${jstClock(date)}` : '');
  return locale === 'ja-x-easy' ? easyJapanese(text) : text;
}

/**
 * A meeting in words: "12月9日(火) 10:00〜12:00" in `ja`, "Tue, December 9, 10:00 – 12:00" in `en`;
 * "12月9日(火) 10:00〜" without an end; the date alone when the meeting has no time (starts at 00:00).
 */
export function formatMeeting(occurrence: Occurrence, locale: Locale, options: Pick<DateFormatOptions, 'era'> = {}): string {
  const { start, end } = occurrence;
  const timed = !!end || jstClock(start) !== '00:00';
  if (isJa(locale)) {
    return formatDate(start, locale, { ...options, time: timed }) + (timed ? '〜' : '') + (end ? jstClock(end) : '');
  }
  if (!end) return formatDate(start, locale, { ...options, time: timed });
  if (names(locale, 'months')) return `${formatDate(start, locale)} ${jstClock(start)}–${jstClock(end)}`;
  return dateFormat(locale, options, true).formatRange(start, end);
}
