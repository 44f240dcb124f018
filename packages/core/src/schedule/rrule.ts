import { civil, dayNumber, daysInMonth, weekday, WEEKDAY_CODES } from './time.js';

/**
 * A compact RFC 5545 recurrence engine sized to what salons publish: FREQ=YEARLY|MONTHLY|WEEKLY|DAILY,
 * INTERVAL, COUNT, UNTIL, BYDAY (with ordinals such as 2TU and -1FR in MONTHLY/YEARLY), BYMONTHDAY,
 * BYMONTH, BYSETPOS, WKST, and DTSTART / EXDATE / RDATE lines. Anything else (BYHOUR, BYWEEKNO,
 * BYYEARDAY, HOURLY …) makes the rule unknown rather than wrong. Works on Japan-time day numbers;
 * checked against rrule.js in the tests.
 */

export const FREQS = ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY'] as const;

export interface Rule {
  /** Index in {@link FREQS}. */
  freq: number;
  interval: number;
  count?: number;
  /** [day number, minutes] of UNTIL in Japan time (a date-only UNTIL is the end of that day). */
  until?: [number, number];
  /** [ordinal (0 = every), weekday 0 = Monday]. */
  byDay: [number, number][];
  byMonthDay: number[];
  byMonth: number[];
  bySetPos: number[];
  wkst: number;
  /** DTSTART day number, Japan time. */
  start?: number;
  /** DTSTART time of day (minutes) when it had one. */
  time?: number;
  exdates: number[];
  rdates: number[];
}

/** [day, minutes?] of an iCalendar DATE or DATE-TIME (UTC "Z" converted; floating = Japan time). */
function dateTime(value: string): [number, number | undefined] | undefined {
  const m = /^(\d{4})(\d\d)(\d\d)(?:T(\d\d)(\d\d)(\d\d)?(Z)?)?$/.exec(value);
  if (!m) return undefined;
  let day = dayNumber(+m[1], +m[2], +m[3]);
  if (!m[4]) return [day, undefined];
  let minutes = +m[4] * 60 + +m[5] + (m[7] ? 540 : 0);
  day += Math.floor(minutes / 1440);
  minutes %= 1440;
  return [day, minutes];
}

function ints(list: string[], max: number): number[] | undefined {
  const out = list.map(Number);
  return out.every((n) => Number.isInteger(n) && n && Math.abs(n) <= max) ? out : undefined;
}

function parseRRule(rule: Rule, value: string): boolean {
  for (const part of value.split(';')) {
    if (!part) continue;
    const [key, v = ''] = part.split('=');
    const list = v.split(',');
    let ok: unknown = true;
    if (key === 'FREQ') ok = (rule.freq = FREQS.indexOf(v as (typeof FREQS)[number])) >= 0;
    else if (key === 'INTERVAL') ok = (rule.interval = +v) >= 1 && Number.isInteger(rule.interval);
    else if (key === 'COUNT') ok = (rule.count = +v) >= 1 && Number.isInteger(rule.count);
    else if (key === 'UNTIL') {
      const dt = dateTime(v);
      ok = dt && (rule.until = [dt[0], dt[1] ?? 1440]);
    } else if (key === 'BYDAY')
      ok = list.every((item) => {
        const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item);
        const ord = m?.[1] ? +m[1] : 0;
        return m && (!m[1] || (ord && Math.abs(ord) <= 53)) && rule.byDay.push([ord, WEEKDAY_CODES.indexOf(m[2] as 'MO')]);
      });
    else if (key === 'BYMONTHDAY') ok = (rule.byMonthDay = ints(list, 31)!);
    else if (key === 'BYMONTH') ok = (rule.byMonth = ints(list, 12)!) && rule.byMonth.every((n) => n > 0);
    else if (key === 'BYSETPOS') ok = (rule.bySetPos = ints(list, 366)!);
    else if (key === 'WKST') ok = (rule.wkst = WEEKDAY_CODES.indexOf(v as 'MO')) >= 0;
    else ok = false;
    if (!ok) return false;
  }
  return true;
}

function parse(text: string): Rule | undefined {
  const rule: Rule = { freq: -1, interval: 1, byDay: [], byMonthDay: [], byMonth: [], bySetPos: [], wkst: 0, exdates: [], rdates: [] };
  for (const line of text.trim().toUpperCase().split(/\s+/)) {
    const m = /^(?:([A-Z-]+)(?:;[^:]*)?:)?(.+)$/.exec(line);
    const name = m?.[1] ?? 'RRULE';
    const value = m?.[2] ?? '';
    if (name === 'RRULE') {
      if (!parseRRule(rule, value)) return undefined;
    } else if (name === 'DTSTART') {
      const dt = dateTime(value);
      if (!dt) return undefined;
      [rule.start, rule.time] = dt;
    } else if (name === 'EXDATE' || name === 'RDATE') {
      for (const v of value.split(',')) {
        const dt = dateTime(v);
        if (!dt) return undefined;
        (name === 'EXDATE' ? rule.exdates : rule.rdates).push(dt[0]);
      }
    } else return undefined;
  }
  const { freq, byDay, byMonthDay } = rule;
  if (freq < 0) return undefined;
  // Ordinals only make sense within a month or a year.
  if (freq > 1 && byDay.some(([ord]) => ord)) return undefined;
  if (freq === 1 && byDay.some(([ord]) => Math.abs(ord) > 5)) return undefined;
  // Without DTSTART the phase of INTERVAL, the start of COUNT and the default day are unknown.
  const needsStart = rule.interval > 1 || rule.count || (freq < 3 && !byDay.length && !byMonthDay.length);
  return needsStart && rule.start === undefined ? undefined : rule;
}

const cache = new Map<string, Rule | null>();

/** Parses an RRULE (with or without DTSTART / EXDATE / RDATE lines); undefined when not understood. */
export function parseRule(text: string): Rule | undefined {
  let rule = cache.get(text);
  if (rule === undefined) {
    rule = parse(text) ?? null;
    if (cache.size > 2000) cache.clear();
    cache.set(text, rule);
  }
  return rule ?? undefined;
}

/** The days of one period [a, b) that the rule's BYxxx parts (or DTSTART defaults) select, ascending. */
function expand(rule: Rule, a: number, b: number): number[] {
  const { freq, byDay, byMonthDay, byMonth, bySetPos, start = 0 } = rule;
  const [, startMonth, startDom] = civil(start);
  const startWeekday = weekday(start);
  const defaults = !byDay.length && !byMonthDay.length;
  const yearScope = freq === 0 && !byMonth.length;
  let out: number[] = [];
  let [y, m, dom] = civil(a);
  let dim = daysInMonth(y, m);
  // A yearly period starts on 1 January: ordinals counted in the year use its day of the year.
  const diy = dayNumber(y + 1, 1, 1) - a;
  for (let d = a, wd = weekday(a); d < b; d++, wd = (wd + 1) % 7) {
    const pos = yearScope ? d - a + 1 : dom;
    const len = yearScope ? diy : dim;
    if (
      (!byMonth.length || byMonth.includes(m)) &&
      (!byMonthDay.length || byMonthDay.some((v) => (v > 0 ? v : dim + 1 + v) === dom)) &&
      (!byDay.length || byDay.some(([ord, w]) => w === wd && (!ord || (ord > 0 ? Math.ceil(pos / 7) : -Math.ceil((len - pos + 1) / 7)) === ord))) &&
      (!defaults ||
        (freq === 2 ? wd === startWeekday : freq === 1 ? dom === startDom : freq === 0 ? dom === startDom && (byMonth.length > 0 || m === startMonth) : true))
    )
      out.push(d);
    if (++dom > dim) {
      dom = 1;
      if (++m > 12) {
        m = 1;
        y++;
      }
      dim = daysInMonth(y, m);
    }
  }
  if (bySetPos.length) {
    const n = out.length;
    out = [...new Set(bySetPos.map((p) => out[p > 0 ? p - 1 : n + p]).filter((d) => d !== undefined))].sort((x, z) => x - z);
  }
  return out;
}

/**
 * The rule's occurrence days (Japan time day numbers) at or after `fromDay`, ascending, looking no
 * further than `limitDay`. EXDATE and RDATE are not applied here.
 */
export function* ruleDays(rule: Rule, fromDay: number, limitDay: number): Generator<number> {
  const { freq, interval, count, until, start, wkst, time = 0 } = rule;
  const periodStart = (d: number): number => {
    if (freq === 3) return d;
    if (freq === 2) return d - ((weekday(d) - wkst + 7) % 7);
    const [y, m] = civil(d);
    return freq ? dayNumber(y, m, 1) : dayNumber(y, 1, 1);
  };
  const advance = (p: number, n: number): number => {
    if (freq > 1) return p + n * (freq === 2 ? 7 : 1);
    const [y, m] = civil(p);
    return freq ? dayNumber(y, m + n, 1) : dayNumber(y + n, 1, 1);
  };
  const index = (p: number): number => {
    if (freq > 1) return freq === 2 ? Math.floor(p / 7) : p;
    const [y, m] = civil(p);
    return freq ? y * 12 + m : y;
  };
  let p = periodStart(count || start === undefined ? (start ?? fromDay) : Math.max(fromDay, start));
  if (interval > 1) {
    const k = (((index(p) - index(periodStart(start!))) % interval) + interval) % interval;
    if (k) p = advance(p, interval - k);
  }
  let n = 0;
  for (; p <= limitDay; p = advance(p, interval)) {
    for (const d of expand(rule, p, advance(p, 1))) {
      if (start !== undefined && d < start) continue;
      if (until && (d > until[0] || (d === until[0] && time > until[1]))) return;
      if (count && ++n > count) return;
      if (d >= fromDay) yield d;
    }
  }
}
