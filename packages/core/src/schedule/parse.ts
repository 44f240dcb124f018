import type { Schedule } from '../data/salon.js';
import { formatTime, WEEKDAY_CODES } from './time.js';

/**
 * Parsing of the schedule forms that municipal data and salon leaflets publish. Every parser says
 * `undefined` when it is not sure: the published text is then shown and no date is computed.
 */

const DAYS = '月火水木金土日';
const DASH = '[~〜\\-–—―ー−]';
const CLOCK = '(?:午前|午後)?\\d{1,2}(?::\\d{2}|時(?:\\d{1,2}分|半)?)|正午';
const HOLIDAY_NOTE = /平日|祝.*(?:除|休)/;

/** NFKC (full-width digits and colons, ～ → ~), collapsed spaces. */
const norm = (text: string): string => String(text ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim();

/** Minutes of a clock token; `pm` carries 午後 over to an end time written without it. */
function clock(token: string, pm = false): number | undefined {
  if (token === '正午') return 720;
  const m = /^(午前|午後)?(\d{1,2})(?::(\d{2})|時(?:(\d{1,2})分|(半))?)$/.exec(token);
  if (!m) return undefined;
  let h = +m[2];
  const min = m[5] ? 30 : +(m[3] ?? m[4] ?? 0);
  if ((m[1] === '午後' || (!m[1] && pm)) && h < 12) h += 12;
  return h <= 24 && min < 60 && h * 60 + min <= 1440 ? h * 60 + min : undefined;
}

/** [start, end?] minutes of a time range match (groups: start, end); undefined when inconsistent. */
function range(startText: string, endText?: string): [number, number | undefined] | undefined {
  const start = clock(startText);
  const end = endText ? clock(endText, startText.startsWith('午後')) : undefined;
  if (start === undefined || (endText && (end === undefined || end <= start))) return undefined;
  return [start, end];
}

/** Parses 利用可能曜日 such as "月火水", "月～金", "土日祝" into RRULE BYDAY codes (["MO","TU"…]). */
export function parseWeekdays(text: string): string[] | undefined {
  const s = norm(text)
    .replace(/[(（][^)）]*祝[^)）]*[)）]/g, '') // "（祝日を除く）"
    .replace(/平日/g, '月~金')
    .replace(/毎日|全日/g, '月~日')
    .replace(/祝祭日|祝日|休日|祝/g, '') // holidays are not a weekday: 土日祝 → 土日
    .replace(/曜日?/g, '')
    .replace(/から/g, '~')
    .replace(/まで|及び|および|と/g, '・');
  const set = new Set<number>();
  let prev = -1;
  let dash = false;
  for (const ch of s) {
    const i = DAYS.indexOf(ch);
    if (i >= 0) {
      if (dash) for (let k = prev; k !== i; k = (k + 1) % 7) set.add(k);
      set.add(i);
      prev = i;
      dash = false;
    } else if (new RegExp(DASH).test(ch)) {
      if (prev < 0 || dash) return undefined;
      dash = true;
    } else if (!/[・、,/ ]/.test(ch) || dash) return undefined;
  }
  return set.size && !dash ? [...set].sort().map((i) => WEEKDAY_CODES[i]) : undefined;
}

/** Parses "10:00-12:00" or "月水金 10:00-12:00" (consultation badge `hours`). `undefined` when unsure. */
export function parseHours(text: string): Schedule | undefined {
  const m = new RegExp(`^(.*?) ?(${CLOCK}) ?(?:${DASH}|から) ?(${CLOCK})(?:まで)? ?([(（][^)）]*祝[^)）]*[)）])?$`).exec(norm(text));
  const times = m && range(m[2], m[3]);
  if (!m || !times) return undefined;
  const days = m[1] ? parseWeekdays(m[1]) : undefined;
  if (m[1] && !days) return undefined;
  return {
    rrule: days ? `FREQ=WEEKLY;BYDAY=${days.join(',')}` : 'FREQ=DAILY',
    start: formatTime(times[0]),
    end: formatTime(times[1]!),
    ...(HOLIDAY_NOTE.test(m[1] + (m[4] ?? '')) ? { skipHolidays: true } : {}),
  };
}

/**
 * Parses a published schedule text ("毎月第2火曜日 10時～12時", "第1・第3水曜", "毎週金曜", "隔週火曜",
 * "毎月15日", "最終金曜") into a rule. `undefined` when unsure: then only the text is shown.
 */
export function parseScheduleText(text: string): Pick<Schedule, 'rrule' | 'start' | 'end'> | undefined {
  let s = norm(text).replace(/ /g, '');
  let times: [number, number | undefined] | undefined;
  const t = new RegExp(`(${CLOCK})(?:(?:${DASH}|から)(${CLOCK})?)?(?:まで)?`).exec(s);
  if (t) {
    times = range(t[1], t[2]);
    if (!times) return undefined;
    s = `${s.slice(0, t.index)}・${s.slice(t.index + t[0].length)}`;
  }
  s = s
    .replace(/[()（）「」【】[\]。]|開催|実施|予定|頃|ごろ|より|です|ます|に|で|の|は/g, '')
  const monthly = s.includes('毎月');
  const weekly = s.includes('毎週');
  const daily = s.includes('毎日');
  s = s
    .replace(/毎月|毎週|毎日/g, '')
    .replace(/月末|末日/g, '末')
    .replace(/最終|最後/g, 'L')
    .replace(/平日/g, '月~金')
    // "第2・4" → "第2・第4"
    .replace(/第(\d)((?:[・、,と]\d(?!日))+)/g, (_, a: string, rest: string) => `第${a}${rest.replace(/\d/g, '第$&')}`);

  const groups: { ords: number[]; days: number[] }[] = [];
  const doms: number[] = [];
  let group: { ords: number[]; days: number[] } | undefined;
  let prevDay = -1;
  let dash = false;
  const token = /第([1-5])|(L)|(\d{1,2})日|(末)|([月火水木金土日])(?:曜日?)?|([・、,と]|及び|および)|(~|〜|-|–|ー)/y;
  while (token.lastIndex < s.length) {
    const m = token.exec(s);
    if (!m) return undefined;
    if (m[1] || m[2]) {
      if (!group || group.days.length) groups.push((group = { ords: [], days: [] }));
      group.ords.push(m[2] ? -1 : +m[1]);
    } else if (m[3] || m[4]) {
      const dom = m[4] ? -1 : +m[3];
      if (!dom || dom > 31) return undefined;
      doms.push(dom);
    } else if (m[5]) {
      // A bare 日 is Sunday only right after another weekday (土日, 土・日).
      if (m[5] === '日' && m[0] === '日' && prevDay < 0) return undefined;
      const i = DAYS.indexOf(m[5]);
      if (!group) groups.push((group = { ords: [], days: [] }));
      if (dash) for (let k = prevDay; k !== i; k = (k + 1) % 7) group.days.push(k);
      group.days.push(i);
      prevDay = i;
      dash = false;
    } else if (m[7]) {
      if (prevDay < 0 || dash) return undefined;
      dash = true;
    } else if (!m[6]) return undefined;
    if (!m[5] && !m[7]) prevDay = m[6] ? prevDay : -1;
  }
  if (dash || groups.some((g) => !g.days.length)) return undefined;
  let rrule: string;
  const hasOrd = groups.some((g) => g.ords.length);
  if (daily) {
    if (groups.length || doms.length || monthly || weekly) return undefined;
    rrule = 'FREQ=DAILY';
  } else if (doms.length) {
    if (groups.length || weekly) return undefined;
    rrule = `FREQ=MONTHLY;BYMONTHDAY=${[...new Set(doms)].join(',')}`;
  } else if (hasOrd) {
    if (weekly || groups.some((g) => !g.ords.length)) return undefined;
    const codes = groups.flatMap((g) => g.ords.flatMap((o) => g.days.map((d) => `${o}${WEEKDAY_CODES[d]}`)));
    rrule = `FREQ=MONTHLY;BYDAY=${[...new Set(codes)].join(',')}`;
  } else if (groups.length) {
    if (monthly) return undefined; // 毎月火曜日: every Tuesday, or one a month? Unsure.
    rrule = `FREQ=WEEKLY;BYDAY=${[...new Set(groups.flatMap((g) => g.days))].sort().map((d) => WEEKDAY_CODES[d]).join(',')}`;
  } else return undefined;
  return {
    rrule,
    ...(times ? { start: formatTime(times[0]) } : {}),
    ...(times?.[1] !== undefined ? { end: formatTime(times[1]) } : {}),
  };
}
