/**
 * Dates as municipalities publish them: the Western calendar ("2025-04-01", "2025/4/1", "2025年4月1日",
 * "20250401") and the Japanese era (和暦: "令和7年4月1日", "令和元年5月1日", "R7.4.1", "H31/4/30", "令7.4.1",
 * "㋿7年4月1日"). Full-width digits and brackets are folded (NFKC); a trailing weekday ("(火)") or time is
 * allowed. An era date outside its era (令和元年4月30日, 平成31年5月1日) is not a real date. No DOM, no Intl.
 */

/** An era: its names (kanji, one-kanji and Latin abbreviations) and its first day. */
type Era = readonly [names: string, year: number, month: number, day: number];

/** Eras from 明治 (the first day of 明治 taken as 1868-01-25, Gregorian for 明治元年1月1日). */
const ERAS: readonly Era[] = [
  ['明治|明|M', 1868, 1, 25],
  ['大正|大|T', 1912, 7, 30],
  ['昭和|昭|S', 1926, 12, 25],
  ['平成|平|H', 1989, 1, 8],
  ['令和|令|R', 2019, 5, 1],
];

const SEP = String.raw`\s*(?:[-/.]|年|月)\s*`;
const TAIL = String.raw`\s*日?\s*(?:\((?:[月火水木金土日](?:曜日?)?|[a-z]{3})\))?(?:(?:T|\s).*)?$`;
const ERA = String.raw`^(明治|大正|昭和|平成|令和|[明大昭平令MTSHR])\s*(元|\d{1,2})`;
const ERA_DATE = new RegExp(`${ERA}${SEP}(\\d{1,2})${SEP}(\\d{1,2})${TAIL}`, 'i');
const ERA_MONTH = new RegExp(`${ERA}${SEP}(\\d{1,2})\\s*月?\\s*$`, 'i');
const WESTERN_DATE = new RegExp(`^(\\d{4})${SEP}(\\d{1,2})${SEP}(\\d{1,2})${TAIL}`, 'i');
const WESTERN_MONTH = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*月?\s*$/;

/** A comparable number of a date (not a day count). */
const key = (y: number, m: number, d: number) => y * 10000 + m * 100 + d;

/** Whether y-m-d is a real Gregorian date. */
function real(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1000 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The era a name belongs to and the era after it; undefined for an unknown name. */
function eraOf(name: string): [Era, Era | undefined] | undefined {
  const upper = name.toUpperCase();
  const index = ERAS.findIndex(([names]) => names.split('|').includes(upper));
  return index < 0 ? undefined : [ERAS[index]!, ERAS[index + 1]];
}

/** The Western year of an era year, or undefined when the era is unknown or the year is 0. */
function westernYear(name: string, year: string): { year: number; from: number; until: number } | undefined {
  const eras = eraOf(name);
  const n = year === '元' ? 1 : Number(year);
  if (!eras || !(n >= 1)) return undefined;
  const [[, y, m, d], next] = eras;
  return { year: y + n - 1, from: key(y, m, d), until: next ? key(next[1], next[2], next[3]) : Infinity };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A published date → "YYYY-MM-DD"; undefined when it is not a real date (2025-02-30, 令和元年4月1日).
 * @example toIsoDate('令和7年4月1日(火)') // '2025-04-01'
 * @example toIsoDate('R1.5.1') // '2019-05-01'
 */
export function toIsoDate(text: string): string | undefined {
  const t = text.normalize('NFKC').trim();
  let y: number;
  let m: number;
  let d: number;
  const era = ERA_DATE.exec(t);
  if (era) {
    const w = westernYear(era[1]!, era[2]!);
    if (!w) return undefined;
    [y, m, d] = [w.year, Number(era[3]), Number(era[4])];
    if (key(y, m, d) < w.from || key(y, m, d) >= w.until) return undefined;
  } else {
    const western = WESTERN_DATE.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
    if (!western) return undefined;
    [y, m, d] = [Number(western[1]), Number(western[2]), Number(western[3])];
  }
  return real(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : undefined;
}

/**
 * A published month (or a date, whose day is dropped) → "YYYY-MM"; undefined otherwise. For plan periods
 * and publication months ("令和7年4月", "R7.4", "2025年4月", "2025/04").
 * @example toYearMonth('令和7年4月') // '2025-04'
 */
export function toYearMonth(text: string): string | undefined {
  const date = toIsoDate(text);
  if (date) return date.slice(0, 7);
  const t = text.normalize('NFKC').trim();
  let y: number;
  let m: number;
  const era = ERA_MONTH.exec(t);
  if (era) {
    const w = westernYear(era[1]!, era[2]!);
    if (!w) return undefined;
    [y, m] = [w.year, Number(era[3])];
    // The month must hold at least one day of the era (平成31年4月 yes, 平成31年5月 no).
    if (key(y, m, 31) < w.from || key(y, m, 1) >= w.until) return undefined;
  } else {
    const western = WESTERN_MONTH.exec(t);
    if (!western) return undefined;
    [y, m] = [Number(western[1]), Number(western[2])];
  }
  return y >= 1000 && m >= 1 && m <= 12 ? `${y}-${pad(m)}` : undefined;
}

/**
 * A day of every year ("12月29日", "12/29", "12-29") → "MM-DD", or a full date (also 和暦) → "YYYY-MM-DD";
 * undefined otherwise. For closures such as 年末年始 (12月29日〜1月3日).
 */
export function toMonthDayOrDate(text: string): string | undefined {
  const date = toIsoDate(text);
  if (date) return date;
  const m = /^(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/.exec(text.normalize('NFKC').trim());
  if (!m || !real(2024, Number(m[1]), Number(m[2]))) return undefined;
  return `${pad(Number(m[1]))}-${pad(Number(m[2]))}`;
}
