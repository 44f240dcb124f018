import type { TOptions } from 'i18next';
import type { Schedule } from '../data/salon.js';
import { i18n } from '../i18n/instance.js';
import type { Locale } from '../i18n/locales.js';
import { intlLocale, monthDay, monthName, ownString, weekdayName } from './format.js';
import { parseRule } from './rrule.js';
import { loadScheduleStrings } from './strings.js';
import { DAY_MS, dayNumber, formatTime, parseDay, parseTime, weekday } from './time.js';

const KANJI_DAYS = '月火水木金土日';

/**
 * The rule in words for a locale ("毎月 第2火曜日 10:00〜12:00", "2nd Tuesday of every month,
 * 10:00–12:00"); the published text when the rule cannot be put in words (or computed). `ja-x-easy`
 * carries furigana marks: render with `renderRuby`, strip with `stripRuby`. Locales other than ja and
 * en load their words on first use (the fallback language shows until then and every element
 * re-renders when they arrive); `await loadScheduleStrings(locale)` to have them at once.
 */
export function describeSchedule(schedule: Schedule, locale: Locale): string {
  try {
    return describe(schedule, locale) ?? schedule?.text ?? '';
  } catch {
    return schedule?.text ?? '';
  }
}

function describe(schedule: Schedule, wanted: Locale): string | undefined {
  const { rrule, start, end } = schedule;
  // Until its words arrive, a locale is worded wholly in its fallback language.
  const locale: Locale = loadScheduleStrings(wanted) ? (wanted === 'ja-x-easy' ? 'ja' : 'en') : wanted;
  const rule = typeof rrule === 'string' ? parseRule(rrule) : undefined;
  if (!rule || rule.bySetPos.length || rule.rdates.length || schedule.dates?.length) return undefined;

  const easy = locale === 'ja-x-easy';
  const intl = intlLocale(locale);
  const t = (key: string | string[], options?: TOptions): string => i18n.t(key, { ...options, lng: locale }) as string;
  /** A key of this very locale only (no fallback to another language), '' when absent. */
  const own = (key: string, options?: TOptions): string => ownString(locale, key, options);
  const list = (items: string[]): string => {
    const sep = own('sep');
    const and = own('and');
    if (sep || items.length < 2) return items.join(sep);
    if (and) return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
    try {
      return new Intl.ListFormat(intl, { type: 'conjunction' }).format(items);
    } catch {
      return items.join(', ');
    }
  };
  const dayName = (w: number, long = true): string =>
    easy
      ? `{${KANJI_DAYS[w]}|${'げつ か すい もく きん ど にち'.split(' ')[w]}}${long ? '{曜日|ようび}' : ''}`
      : weekdayName(w, locale, long);
  const nth = (ord: number, w: number): string | undefined => {
    const weekend = w > 4 ? ['schedule.nthWeekend', 'schedule.lastWeekend'] : [];
    if (ord === -1) return t(weekend[1] && own('lastWeekend') ? weekend[1] : 'schedule.last');
    return ord > 0 ? t(weekend[0] && own('nthWeekend') ? weekend[0] : 'schedule.nth', { count: ord, ordinal: true }) : undefined;
  };

  const { freq, interval, byDay, byMonthDay, byMonth, start: dtstart } = rule;
  let key = ['yearly', 'monthly', 'weekly', 'daily'][freq];
  let days = '';
  const plain = byDay.length > 0 && byDay.every(([ord]) => !ord);
  const weekdays = (ws: number[]): string => {
    const sorted = [...new Set(ws)].sort();
    const n = sorted.length;
    // Three or more days in a row: 月〜金曜日, Monday to Friday.
    const long = !own('dayGroup');
    const range = n > 2 && sorted[n - 1] - sorted[0] === n - 1 ? own('dayRange', { from: dayName(sorted[0], long), to: dayName(sorted[n - 1], long) }) : '';
    if (range) return own('dayGroup', { days: range }) || range;
    const group = sorted.length > 1 ? own('dayGroup', { days: list(sorted.map((w) => dayName(w, false))) }) : '';
    return group || list(sorted.map((w) => dayName(w)));
  };
  if (freq === 3) {
    if (byMonthDay.length || byMonth.length || (byDay.length && interval > 1)) return undefined;
    if (byDay.length) {
      key = 'weekly';
      days = weekdays(byDay.map(([, w]) => w));
    }
  } else if (freq === 2) {
    if (byMonthDay.length || byMonth.length) return undefined;
    days = weekdays(byDay.length ? byDay.map(([, w]) => w) : [weekday(dtstart!)]);
  } else {
    if (byMonth.length > (freq === 0 ? 1 : 0) || (byDay.length && (byMonthDay.length || plain))) return undefined;
    const groups = new Map<number, number[]>();
    for (const [ord, w] of byDay) groups.set(w, [...(groups.get(w) ?? []), ord]);
    const parts: string[] = [];
    for (const [w, ords] of groups) {
      const words = ords.map((o) => nth(o, w));
      if (words.includes(undefined)) return undefined;
      parts.push(t('schedule.nthDay', { nth: list(words as string[]), day: dayName(w) }));
    }
    if (freq === 1) {
      const doms = byMonthDay.length ? byMonthDay : byDay.length ? [] : [new Date(dtstart! * DAY_MS).getUTCDate()];
      if (doms.some((d) => d < -1)) return undefined;
      days = parts.length ? list(parts) : list(doms.map((d) => (d < 0 ? t('schedule.lastDay') : t('schedule.dom', { count: d, ordinal: true }))));
    } else {
      const month = byMonth[0] ?? new Date(dtstart! * DAY_MS).getUTCMonth() + 1;
      if (parts.length) days = t('schedule.inMonth', { month: easy ? `${month}{月|がつ}` : monthName(month, locale), days: list(parts) });
      else {
        const doms = byMonthDay.length ? byMonthDay : [new Date(dtstart! * DAY_MS).getUTCDate()];
        if (doms.some((d) => d < 0)) return undefined;
        days = list(doms.map((d) => monthDay(dayNumber(2024, month, d), locale)));
      }
    }
  }
  const when = t(`schedule.${key}${interval === 1 ? '' : interval === 2 && (freq === 1 || freq === 2) ? '2' : 'N'}`, { days, count: interval });

  const s = parseTime(start) ?? rule.time;
  const e = parseTime(end);
  const time =
    s === undefined
      ? ''
      : e !== undefined && e > s
        ? t('schedule.time', { start: formatTime(s), end: formatTime(e) })
        : t('schedule.from', { start: formatTime(s) });
  let text = time ? t('schedule.rule', { when, time }) : when;
  if (schedule.skipHolidays) text += t('schedule.holidays');
  const ranges = (Array.isArray(schedule.closures) ? schedule.closures : []).flatMap((closure) => {
    const { from, to } = closure ?? {};
    const yearly = (v: string) => /^\d{1,2}-\d{1,2}$/.test(v ?? '');
    const day = (v: string) => (yearly(v) ? parseDay(`2024-${v}`) : parseDay(v));
    const a = day(from);
    const b = day(to);
    if (a === undefined || b === undefined) return [];
    const year = !yearly(from) || !yearly(to);
    return [t('schedule.range', { from: monthDay(a, locale, year), to: monthDay(b, locale, year) })];
  });
  if (ranges.length) text += t('schedule.closed', { ranges: list(ranges) });
  return text;
}
