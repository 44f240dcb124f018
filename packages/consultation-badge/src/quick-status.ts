import { isJapaneseHoliday, type Closure, type Locale, type Schedule } from '@chiiki/core';
import type { BadgeInfo } from './info.js';
import type { BadgeStatus } from './status.js';

/**
 * The badge's first paint: its status computed by a small engine sized to what salons publish, so
 * that a badge page shows "開催中" / "次回 12月9日(火) 10:00〜" without core's full schedule code
 * (PRODUCT.md §7: the badge page's first load ≤ 30 KB gzip). It understands
 * - `hours` written "10:00-12:00" or "月水金 10:00-12:00" (weekday characters and `・、,/`), and
 * - RRULEs `FREQ=WEEKLY|MONTHLY` with `BYDAY` (ordinals such as `2TU`, `-1FR` when monthly) and
 *   at most `INTERVAL=1`,
 * with `skip-holidays` (core's holiday table) and closures ("12-29/01-03", "2026-08-13/2026-08-16").
 * Anything else (DTSTART, COUNT, UNTIL, BYMONTHDAY, intervals, 午後1時, explicit dates…) answers `undefined`: the
 * badge then waits for the card code, whose core schedules decide. Where it answers, it answers
 * exactly what core's `nextOccurrences` / `isOpenNow` / `formatDate` do (tests check both against
 * each other and against rrule.js).
 */

const DAY = 864e5;
const JST = 324e5;
/** How far ahead the first paint looks (a monthly rule always finds its day within a year). */
const HORIZON = 400;

/** A rule or a closure as a test on Japan-time day numbers (days since 1970-01-01). */
type DayTest = (day: number) => boolean;

/** "YYYY-MM-DD" of a day number. */
const iso = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

/** Minutes after midnight of "HH:MM" (24:00 allowed), as core's schedules read `start` / `end`. */
function minutes(text: string | undefined): number | undefined {
  const m = /^\s*(\d{1,2}):(\d{2})\s*$/.exec(text ?? '');
  const value = m ? +m[1] * 60 + +m[2] : NaN;
  return m && +m[2] < 60 && value <= 1440 ? value : undefined;
}

/** BYDAY as a test: [ordinal in the month (0 = every), weekday 0 = Monday]. */
const byDay =
  (items: number[][]): DayTest =>
  (day) => {
    const d = new Date(day * DAY);
    const date = d.getUTCDate();
    const length = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
    return items.some(
      ([ord, w]) => w === (d.getUTCDay() + 6) % 7 && (!ord || (ord! > 0 ? Math.ceil(date / 7) : -Math.ceil((length - date + 1) / 7)) === ord),
    );
  };

/** "月水金 10:00-12:00" / "10:00-12:00" → its days and times; `undefined` for any other wording. */
function quickHours(text: string): { test: DayTest; from: number; to: number } | undefined {
  const m = /^(?:([月火水木金土日・、,/ ]+?) ?)?(\d{1,2}:\d\d) ?[~〜\-–—―ー−] ?(\d{1,2}:\d\d)$/.exec(
    text.normalize('NFKC').replace(/\s+/g, ' ').trim(),
  );
  const from = minutes(m?.[2]);
  const to = minutes(m?.[3]);
  const days = [...(m?.[1] ?? '')].map((c) => [0, '月火水木金土日'.indexOf(c)]).filter(([, w]) => w! >= 0);
  if (!m || from === undefined || to === undefined || to <= from || (m[1] && !days.length)) return undefined;
  return { test: days.length ? byDay(days) : () => true, from, to };
}

/** `FREQ=WEEKLY|MONTHLY;BYDAY=…` (ordinals 1–5 or -1…-5 when monthly; `INTERVAL=1`); `undefined` for anything else. */
function quickRule(text: string): DayTest | undefined {
  const parts = text.trim().toUpperCase().replace(/^RRULE:/, '').split(';').filter(Boolean);
  const rule = new Map(parts.map((part) => part.split('=') as [string, string]));
  const freq = rule.get('FREQ');
  const items = (rule.get('BYDAY') ?? '').split(',').map((item) => /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item));
  const ok =
    rule.size === parts.length &&
    rule.size === (rule.has('INTERVAL') ? 3 : 2) &&
    (rule.get('INTERVAL') ?? '1') === '1' &&
    (freq === 'MONTHLY' || (freq === 'WEEKLY' && items.every((item) => !item?.[1])));
  return ok && items.every(Boolean) ? byDay(items.map((item) => [+(item![1] ?? 0), 'MOTUWETHFRSASU'.indexOf(item![2]!) / 2])) : undefined;
}

/** A closure as a test: both ends "MM-DD" (every year, maybe across the new year) or both real dates. */
function quickClosure({ from = '', to = '' }: Partial<Closure>): DayTest | undefined {
  if (/^\d\d-\d\d$/.test(from) && /^\d\d-\d\d$/.test(to)) {
    return (day) => {
      const md = iso(day).slice(5);
      return from <= to ? from <= md && md <= to : md >= from || md <= to;
    };
  }
  const real = (text: string) => /^\d{4}-\d\d-\d\d$/.test(text) && Date.parse(text) === Date.parse(text) && iso(Date.parse(text) / DAY) === text;
  return real(from) && real(to) ? (day) => from <= iso(day) && iso(day) <= to : undefined;
}

/**
 * "12-29/01-03, 2026-08-13/2026-08-16, 2026-05-05": closures written in an attribute (one day or a
 * range per comma). Items that are not dates are ignored.
 */
export function parseClosures(text: string | undefined): Closure[] {
  const DATE = /^(\d{4}-)?\d{2}-\d{2}$/;
  const out: Closure[] = [];
  for (const item of (text ?? '').split(/[,，、]/)) {
    const [from, to = from] = item.split(/[/〜~]/).map((s) => s.trim());
    if (from && DATE.test(from) && DATE.test(to)) out.push({ from, to });
  }
  return out;
}

/**
 * The status at `now` for the first paint, or `undefined` when the full schedules must decide (the
 * schedule the badge would build is merged the same way as `buildSchedule` in status.ts).
 */
export function quickStatus(info: BadgeInfo, now: Date): BadgeStatus | undefined {
  if (info.status === 'paused' || info.status === 'closed') return { kind: info.status };
  const base: Schedule | undefined = info.record?.schedule;
  const hours = info.hours.trim();
  const rrule = info.rrule.trim();
  if (!base && !hours && !rrule) return { kind: 'unknown' };
  const parsed = hours ? quickHours(hours) : undefined;
  const text = rrule || (parsed ? '' : base?.rrule);
  if ((hours && !parsed) || !(text || parsed) || base?.dates?.length || (base?.closures && !Array.isArray(base.closures))) return undefined;
  const rule = text ? quickRule(text) : parsed?.test;
  const tests = [...(base?.closures ?? []), ...parseClosures(info.closures)].map((closure) => quickClosure(closure ?? {}));
  if (!rule || tests.some((test) => !test)) return undefined;
  const skip = info.skipHolidays || base?.skipHolidays === true;
  const from = parsed ? parsed.from : minutes(base?.start);
  let to = parsed ? parsed.to : minutes(base?.end);
  if (from === undefined || to === undefined || to <= from) to = undefined;
  const time = now.getTime();
  const today = Math.floor((time + JST) / DAY);
  for (let day = today; day < today + HORIZON; day++) {
    if (!rule(day) || (skip && isJapaneseHoliday(new Date(day * DAY))) || tests.some((test) => test!(day))) continue;
    const s = day * DAY + (from ?? 0) * 6e4 - JST;
    const e = to === undefined ? undefined : day * DAY + to * 6e4 - JST;
    if ((e ?? (day + 1) * DAY - JST) <= time) continue;
    if (e !== undefined && s <= time && time < e) return { kind: 'open', end: new Date(e) };
    return { kind: 'next', start: new Date(s), ...(e === undefined ? {} : { end: new Date(e) }), hasTime: Boolean(parsed || base?.start) };
  }
  return undefined;
}

/**
 * `formatDate(date, locale, { time })` of core for the first paint, in Japanese and English (Japan
 * time, through Intl); `undefined` for the other locales, whose pages wait for core's own.
 */
export function quickDate(date: Date, locale: Locale, time: boolean): string | undefined {
  const en = locale === 'en';
  if (locale !== 'ja' && !en) return undefined;
  const day = new Intl.DateTimeFormat(locale, {
    timeZone: 'Asia/Tokyo',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
    ...(time && en ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
  }).format(date);
  return time && !en ? `${day} ${new Date(date.getTime() + JST).toISOString().slice(11, 16)}` : day;
}
