import * as v from 'valibot';
import { parseScheduleText, parseWeekdays } from '../schedule/parse.js';
import { checkCoordinates } from './coordinates.js';
import { normalizeHeader, setPath } from './headers.js';
import { stableId } from './ids.js';
import { toIsoDate, toMonthDayOrDate } from '../text/dates.js';
import {
  activitiesFromText,
  audiencesFromText,
  feeAmountFromText,
  flagFromText,
  newcomersFromText,
  numberFromText,
  reservationFromText,
  splitList,
  transportFromText,
} from './keywords.js';
import { loadRecords, type DataSource, type ReadOptions, type RecordKind, type ReportProblem } from './load.js';
import { ACTIVITIES, AUDIENCES, SALON_STATUSES, type Activity, type Audience, type Salon, type Schedule } from './salon.js';
import type { LoadResult } from './types.js';

/*
 * Salons from every published layout of PRODUCT.md §3 into one model:
 *   厚生労働省 通いの場のオープンデータ (38 columns), 自治体標準オープンデータセット 公共施設一覧 (legacy and
 *   正式版) and イベント一覧, our JSON model, GeoJSON properties, and any CSV with a `columns` mapping.
 * Headers arrive normalised by `normalizeHeader` (NFKC, dashes, brackets, no spaces).
 */

/** Column aliases by model field, written as published (normalised at load). First match wins. */
const ALIAS_SOURCE = {
  name: ['名称', 'イベント名', 'サロン名', '通いの場名称', '通いの場の名称', '施設名', '名前'],
  nameKana: ['名称（ふりがな）', '名称_カナ', '名称（カナ）', '名称_かな', 'イベント名_カナ', 'ふりがな', 'フリガナ', 'よみがな'],
  nameEn: ['名称_英語', '名称_英字', 'イベント名_英語', 'イベント名_英字'],
  address: ['所在地（都道府県から番地まで）', '所在地_連結表記', '住所', '所在地'],
  building: ['所在地（建物名・部屋番号等）', '建物名等（方書）', '方書'],
  venue: ['場所名称', '会場', '会場名', '開催場所'],
  district: ['地区', '地区名', '対象エリア'],
  statusText: ['ステータス', '状態', '活動状況'],
  paused: ['休止'],
  lat: ['緯度'],
  lng: ['経度'],
  phone: ['電話番号', '連絡先電話番号', '問い合わせ先電話番号', '問合せ先電話番号'],
  extension: ['内線番号', '連絡先内線番号'],
  email: ['連絡先メールアドレス', 'メールアドレス'],
  url: ['URL', 'url', 'ホームページ'],
  organization: ['法人名称', '団体名', '主催者', '運営団体', '運営主体', '実施主体'],
  audiences: ['対象者', '対象'],
  activities: ['活動内容', '内容'],
  description: ['説明', '概要'],
  fee: ['料金体系', '料金（基本）', '料金', '参加費', '会費', '利用料'],
  feeDetail: ['料金（詳細）'],
  capacity: ['定員'],
  transport: ['送迎の有無', '送迎'],
  reservation: ['予約', '予約の要否', '要予約'],
  newcomers: ['初めての方'],
  accessibility: ['バリアフリー情報', 'バリアフリー'],
  rrule: ['開催ルール'],
  consultation: ['相談窓口'],
  skipHolidays: ['祝日休み'],
  weekdays: ['利用可能曜日', '開催曜日'],
  start: ['開始時間', '開始時刻'],
  end: ['終了時間', '終了時刻'],
  date: ['開始日'],
  scheduleText: ['開催日', '開催日時', '開催頻度', '利用可能日時特記事項', '開始日時特記事項'],
  closed: ['定休日'],
  other: ['その他'],
  note: ['備考'],
  updated: ['更新日', '最終更新日', '更新日時', '情報更新日'],
  municipality: ['市区町村コード', '都道府県コード又は市区町村コード', '全国地方公共団体コード'],
  mhlwNo: ['No'],
  odsId: ['ID', 'NO'],
} as const;
type AliasField = keyof typeof ALIAS_SOURCE;

const ALIASES = Object.fromEntries(
  Object.entries(ALIAS_SOURCE).map(([field, headers]) => [field, headers.map(normalizeHeader)]),
) as unknown as Record<AliasField, string[]>;

/** MHLW 運営日 columns: (平日|土曜|日曜|祝日) × (開始|終了). */
const MHLW_DAYS: [string, string[]][] = [
  ['平日', ['MO', 'TU', 'WE', 'TH', 'FR']],
  ['土曜', ['SA']],
  ['日曜', ['SU']],
  ['祝日', []],
];
const MHLW_COLUMNS = new Map(
  MHLW_DAYS.flatMap(([day]) => (['開始', '終了'] as const).map((edge) => [`${day}${edge}`, normalizeHeader(`運営日（${day}）－${edge}`)])),
);
const mhlwColumn = (day: string, edge: '開始' | '終了') => MHLW_COLUMNS.get(`${day}${edge}`)!;
const MHLW_CODE = normalizeHeader('市区町村コード');

const MODEL_KEYS = new Set([
  'id', 'name', 'nameKana', 'nameEn', 'lat', 'lng', 'address', 'venue', 'district', 'status', 'schedule', 'audiences',
  'audiencesText', 'activities', 'activitiesText', 'fee', 'capacity', 'reservation', 'newcomersWelcome', 'transport',
  'accessibility', 'contact', 'consultation', 'updated',
]);

function cell(raw: Record<string, unknown>, field: AliasField): string | undefined {
  for (const header of ALIASES[field]) {
    const value = raw[header];
    if (value !== undefined && value !== null && value !== '') return String(value).trim() || undefined;
  }
  return undefined;
}

/* ---------- valibot: the model's shape, checked field by field so that one bad field drops only itself ---------- */

const HHMM = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/));
const YMD = v.pipe(
  v.string(),
  v.check((s) => toDate(s) === s, 'a calendar date YYYY-MM-DD'),
);
const MONTH_DAY = v.pipe(v.string(), v.regex(/^(\d{4}-)?(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/));
const TEXT = v.pipe(v.string(), v.minLength(1));
const WEB_URL = v.pipe(v.string(), v.regex(/^https?:\/\/\S+$/i));

type Entries = Record<string, v.GenericSchema>;

const SCHEDULE: Entries = {
  rrule: v.pipe(v.string(), v.regex(/(^|[;:\n])FREQ=(DAILY|WEEKLY|MONTHLY|YEARLY)/i)),
  text: TEXT,
  start: HHMM,
  end: HHMM,
  skipHolidays: v.boolean(),
  closures: v.array(v.object({ from: MONTH_DAY, to: MONTH_DAY })),
  dates: v.array(YMD),
};
const CONTACT: Entries = { phone: TEXT, email: v.pipe(v.string(), v.email()), url: WEB_URL, organization: TEXT };
const CONSULTATION: Entries = { topics: v.array(TEXT), hours: TEXT, referTo: TEXT, phone: TEXT };
const FEE: Entries = { amount: v.pipe(v.number(), v.minValue(0)), text: TEXT };
const SCALARS: Entries = {
  id: TEXT,
  name: TEXT,
  nameKana: TEXT,
  nameEn: TEXT,
  address: TEXT,
  venue: TEXT,
  district: TEXT,
  audiencesText: TEXT,
  activitiesText: TEXT,
  capacity: v.pipe(v.number(), v.integer(), v.minValue(0)),
  reservation: v.boolean(),
  newcomersWelcome: v.boolean(),
  transport: v.boolean(),
  accessibility: v.array(TEXT),
  updated: YMD,
};

/** Light coercions before the check: published text for times, dates, flags, numbers. */
function coerce(path: string, value: unknown): unknown {
  if (typeof value === 'number' && /^(id|name|address|venue|district|phone|contact\.phone|consultation\.phone)$/.test(path)) return String(value);
  if (path === 'schedule.closures' && Array.isArray(value)) return value.map(closureDates);
  if (path === 'schedule.dates' && Array.isArray(value)) return value.map((d) => (typeof d === 'string' ? (toDate(d) ?? d) : d));
  if (typeof value !== 'string') return value;
  const text = value.trim();
  switch (path) {
    case 'schedule.start':
    case 'schedule.end':
      return toTime(text) ?? value;
    case 'updated':
      return toDate(text) ?? value;
    case 'capacity':
      return numberFromText(text) ?? value;
    case 'reservation':
    case 'newcomersWelcome':
    case 'transport':
    case 'schedule.skipHolidays':
      return flagFromText(text) ?? value;
    case 'accessibility':
    case 'consultation.topics':
      return splitList(text);
    case 'schedule.dates':
      return splitList(text).map((d) => toDate(d) ?? d);
    case 'fee.amount':
      return feeAmountFromText(text) ?? value;
    case 'contact.url':
      return /^www\./i.test(text) ? `https://${text}` : text;
    default:
      return text;
  }
}

/** A closure with published dates ("12月29日", "令和7年8月13日") read as "MM-DD" / "YYYY-MM-DD". */
function closureDates(item: unknown): unknown {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return item;
  const { from, to } = item as { from?: unknown; to?: unknown };
  const read = (v: unknown) => (typeof v === 'string' ? (toMonthDayOrDate(v) ?? v) : v);
  return { from: read(from), to: read(to) };
}

function checkField(schema: v.GenericSchema, path: string, value: unknown, report: ReportProblem): unknown {
  // Fast path for the common case (published text): a non-empty string where any text will do.
  if (schema === TEXT && typeof value === 'string') {
    const text = value.trim();
    if (text) return text;
  }
  const result = v.safeParse(schema, coerce(path, value));
  if (result.success) return result.output;
  const typeIssue = result.issues.some((i) => i.kind === 'schema' && i.path === undefined);
  report(path, typeIssue && typeof value !== 'string' ? 'invalid-type' : 'invalid-value', value);
  return undefined;
}

function checkObject(entries: Entries, path: string, value: unknown, report: ReportProblem): Record<string, unknown> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    report(path, 'invalid-type', value);
    return undefined;
  }
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(entries)) {
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined || item === null || item === '') continue;
    const checked = checkField(schema, `${path}.${key}`, item, report);
    if (checked !== undefined) out[key] = checked;
  }
  return Object.keys(out).length ? out : undefined;
}

/* ---------- published wording ---------- */

/** "10:00", "10：00", "10時", "10時30分", "午後1時", "10:00:00", "1000" → "HH:MM"; undefined when not a time. */
export function toTime(text: string): string | undefined {
  const t = text.normalize('NFKC').trim();
  let m = /^(午前|午後|AM|PM)?\s*(\d{1,2})(?::(\d{2})(?::\d{2})?|時(?:(\d{1,2})分|半)?)$/i.exec(t);
  if (!m && /^\d{4}$/.test(t)) m = ['', '', t.slice(0, 2), t.slice(2)] as unknown as RegExpExecArray;
  if (!m) return undefined;
  let hour = Number(m[2]);
  const minute = m[3] ?? m[4] ?? (t.endsWith('半') ? '30' : '00');
  if (/午後|PM/i.test(m[1] ?? '') && hour < 12) hour += 12;
  if (hour > 23 || Number(minute) > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * "2025-04-08", "2025/4/8", "2025年4月8日", "20250408", "2025-04-08T10:00", and the era: "令和7年4月8日", "R7.4.8",
 * "令和元年5月1日" → "YYYY-MM-DD"; undefined otherwise (text/dates.ts).
 */
export const toDate = toIsoDate;

/** A recurrence written in words that we may fail to parse: then we must not guess a date. */
const RECURRENCE_WORDING = /第\s*[1-5１-５一二三四五]|毎月|隔週|毎週|月\s*[1-9１-９一二三四]\s*回|週\s*[1-9１-９一二三]\s*回|最終|[0-9０-９]+\s*日|不定期|[月火水木金土日]曜/;

function statusFrom(text: string, report: ReportProblem): Salon['status'] {
  const t = text.normalize('NFKC').trim().toLowerCase();
  if ((SALON_STATUSES as readonly string[]).includes(t)) return t as Salon['status'];
  if (/休止|中止|休会|paused/.test(t)) return 'paused';
  if (/終了|廃止|閉鎖|解散|閉所|closed/.test(t)) return 'closed';
  if (/活動中|実施中|開催中|運営中|稼働|開設|継続|有効|^1$|active/.test(t)) return 'active';
  report('status', 'unknown-code', text);
  return undefined;
}

/** Codes from a list or text: known codes kept, Japanese words mapped by keyword, the rest kept as text (`unknown-code`). */
function codes<T extends string>(
  field: 'audiences' | 'activities',
  value: unknown,
  known: readonly T[],
  fromText: (text: string) => T[],
  report: ReportProblem,
): { codes?: T[]; text?: string } {
  const items = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? splitList(value) : undefined;
  if (!items) {
    report(field, 'invalid-type', value);
    return {};
  }
  const out = new Set<T>();
  const unknown: string[] = [];
  for (const item of items) {
    const code = item.trim().toLowerCase() as T;
    if (known.includes(code)) out.add(code);
    else {
      const mapped = fromText(item);
      mapped.forEach((c) => out.add(c));
      if (!mapped.length) unknown.push(item);
    }
  }
  if (unknown.length) report(field, 'unknown-code', unknown.join('、'));
  return { codes: out.size ? [...out] : undefined, text: typeof value === 'string' ? value : unknown.length ? unknown.join('、') : undefined };
}

/* ---------- schedules ---------- */

const ALL_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

function scheduleFromTable(raw: Record<string, unknown>, report: ReportProblem, event: boolean): Schedule | undefined {
  const schedule: Schedule = {};
  let start = timeCell(raw, 'start', report);
  let end = timeCell(raw, 'end', report);
  let days: Set<string> | undefined;
  let unsureText: string | undefined;

  // 利用可能曜日 / 開催曜日 (ODS): weekday letters.
  const weekdays = cell(raw, 'weekdays');
  if (weekdays) {
    const parsed = parseWeekdays(weekdays);
    if (parsed?.length) days = new Set(parsed);
    else unsureText = weekdays;
  }

  // MHLW 運営日（平日|土曜|日曜|祝日）－開始/終了.
  let mhlw = false;
  let holidays: boolean | undefined;
  for (const [day, codes] of MHLW_DAYS) {
    const from = raw[mhlwColumn(day, '開始')];
    const to = raw[mhlwColumn(day, '終了')];
    if (from === undefined && to === undefined) {
      if (mhlwColumn(day, '開始') in raw || mhlwColumn(day, '終了') in raw) mhlw = true;
      continue;
    }
    mhlw = true;
    const flag = flagFromText(from);
    if (flag === false) continue;
    if (codes.length) {
      days ??= new Set();
      codes.forEach((c) => days!.add(c));
    } else holidays = true;
    const a = typeof from === 'string' && flag === undefined ? toTime(from) : undefined;
    const b = typeof to === 'string' && flagFromText(to) === undefined ? toTime(to) : undefined;
    if (a && !start) start = a;
    if (b && !end) end = b;
  }
  if (mhlw && days && holidays === undefined) schedule.skipHolidays = true;

  // 定休日: days and holidays closed, 年末年始.
  const closed = cell(raw, 'closed');
  if (closed && !/第|毎月|隔週|開催/.test(closed)) {
    const off = parseWeekdays(closed.replace(/祝日?|休日/g, ''));
    if (off && days) off.forEach((d) => days!.delete(d));
    if (/祝/.test(closed)) schedule.skipHolidays = true;
  }
  if (closed && /年末年始/.test(closed)) schedule.closures = [{ from: '12-29', to: '01-03' }];
  const skip = flagFromText(cell(raw, 'skipHolidays'));
  if (skip !== undefined) schedule.skipHolidays = skip;

  // A pattern stated in text wins (その他, 備考, 定休日 and the schedule columns).
  const texts = [cell(raw, 'scheduleText'), cell(raw, 'other'), cell(raw, 'note'), closed && /第|毎月|隔週|開催/.test(closed) ? closed : undefined];
  let stated = false;
  for (const text of texts) {
    if (!text) continue;
    const parsed = parseScheduleText(text);
    if (parsed?.rrule) {
      schedule.rrule = parsed.rrule;
      schedule.text = text;
      start = parsed.start ?? start;
      end = parsed.end ?? end;
      stated = true;
      break;
    }
    if (!unsureText && RECURRENCE_WORDING.test(text.normalize('NFKC'))) unsureText = text;
  }

  const rule = cell(raw, 'rrule');
  if (rule) {
    const rrule = rule.replace(/^RRULE:/i, '').trim().toUpperCase();
    if (v.is(SCHEDULE.rrule!, rrule)) {
      schedule.rrule = rrule;
      stated = true;
    } else report('schedule.rrule', 'invalid-value', rule);
  }

  // イベント一覧: each row is one dated meeting.
  const date = event ? cell(raw, 'date') : undefined;
  if (date) {
    const day = toDate(date);
    if (day) schedule.dates = [day];
    else report('schedule.dates', 'invalid-value', date);
  }

  if (!stated && !schedule.dates) {
    if (unsureText) {
      // Doubt means no computed date: the published text is shown.
      schedule.text = unsureText;
      report('schedule', 'schedule-unparsed', unsureText);
    } else if (days?.size) {
      schedule.rrule = `FREQ=WEEKLY;BYDAY=${ALL_DAYS.filter((d) => days!.has(d)).join(',')}`;
    }
  }
  if (start) schedule.start = start;
  if (end) schedule.end = end;
  return Object.keys(schedule).length ? schedule : undefined;
}

function timeCell(raw: Record<string, unknown>, field: 'start' | 'end', report: ReportProblem): string | undefined {
  const text = cell(raw, field);
  if (!text) return undefined;
  const time = toTime(text);
  if (!time) report(`schedule.${field}`, 'invalid-value', text);
  return time;
}

/* ---------- the kind ---------- */

const eventRows = new WeakSet<Salon>();
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** Builds the model-shaped candidate of a row in any table layout (strings as published). */
function fromTable(raw: Record<string, unknown>, report: ReportProblem): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const put = (key: string, value: unknown) => {
    if (value !== undefined && value !== '') out[key] = value;
  };
  put('name', cell(raw, 'name'));
  put('nameKana', cell(raw, 'nameKana'));
  put('nameEn', cell(raw, 'nameEn'));
  const address = cell(raw, 'address');
  const building = cell(raw, 'building');
  put('address', address && building ? `${address} ${building}` : (address ?? building));
  put('venue', cell(raw, 'venue'));
  put('district', cell(raw, 'district'));
  put('lat', cell(raw, 'lat'));
  put('lng', cell(raw, 'lng'));

  const statusText = cell(raw, 'statusText');
  if (flagFromText(cell(raw, 'paused'))) out.status = 'paused';
  else if (statusText) put('status', statusText);

  const texts = [cell(raw, 'other'), cell(raw, 'note'), cell(raw, 'description'), cell(raw, 'scheduleText')].filter(Boolean).join('\n');
  const audiencesText = cell(raw, 'audiences');
  if (audiencesText) {
    out.audiencesText = audiencesText;
    const found = audiencesFromText(audiencesText);
    if (found.length) out.audiences = found;
  }
  const activitiesText = cell(raw, 'activities') ?? cell(raw, 'description');
  if (activitiesText) {
    out.activitiesText = activitiesText;
    const found = activitiesFromText(activitiesText);
    if (found.length) out.activities = found;
  }

  const feeText = [cell(raw, 'fee'), cell(raw, 'feeDetail')].filter(Boolean).join(' ');
  if (feeText) {
    const amount = feeAmountFromText(feeText);
    out.fee = amount === undefined ? { text: feeText } : { amount, text: feeText };
  }
  put('capacity', cell(raw, 'capacity'));

  const transport = cell(raw, 'transport');
  put('transport', transport !== undefined ? (flagFromText(transport) ?? transportFromText(transport) ?? transport) : transportFromText(texts));
  const reservation = cell(raw, 'reservation');
  put('reservation', reservation !== undefined ? (flagFromText(reservation) ?? reservationFromText(reservation) ?? reservation) : reservationFromText(texts));
  const newcomers = cell(raw, 'newcomers');
  put('newcomersWelcome', newcomers !== undefined ? (flagFromText(newcomers) ?? newcomersFromText(newcomers) ?? newcomers) : newcomersFromText(`${texts}\n${audiencesText ?? ''}`));
  const accessibility = cell(raw, 'accessibility');
  if (accessibility) out.accessibility = splitList(accessibility);

  const contact: Record<string, string> = {};
  const phone = cell(raw, 'phone');
  const extension = cell(raw, 'extension');
  if (phone) contact.phone = extension ? `${phone} 内線${extension}` : phone;
  const email = cell(raw, 'email');
  if (email) contact.email = email;
  const url = cell(raw, 'url');
  if (url) contact.url = url;
  const organization = cell(raw, 'organization');
  if (organization) contact.organization = organization;
  if (Object.keys(contact).length) out.contact = contact;

  const consultation = cell(raw, 'consultation');
  if (consultation) {
    const flag = flagFromText(consultation);
    if (flag === undefined) out.consultation = { topics: splitList(consultation) };
    else if (flag) out.consultation = {};
  }
  put('updated', cell(raw, 'updated'));

  const event = cell(raw, 'date') !== undefined;
  const schedule = scheduleFromTable(raw, report, event);
  if (schedule) out.schedule = schedule;

  // Ids: MHLW No with 市区町村コード; ODS ID or NO.
  const municipality = cell(raw, 'municipality');
  const no = cell(raw, 'mhlwNo');
  const odsId = cell(raw, 'odsId');
  if (no && municipality && MHLW_CODE in raw) put('id', `${municipality}-${no}`);
  else put('id', odsId ?? no);
  return out;
}

/**
 * Normalises one record of any supported layout into a `Salon`, reporting every defect: a record
 * without a name is rejected; everything else is repaired, dropped field by field, or kept as text.
 */
export function normalizeSalon(raw: Record<string, unknown>, report: ReportProblem): Salon | undefined {
  // The table layouts first, then our model's own keys (also `schedule.rrule`-style dot paths) on top.
  const candidate = fromTable(raw, report);
  for (const [key, value] of Object.entries(raw)) {
    const root = key.split('.')[0]!;
    if (!MODEL_KEYS.has(root) || value === undefined || value === null || value === '') continue;
    if (key.includes('.')) {
      const base = candidate[root];
      if (!base || typeof base !== 'object' || Array.isArray(base)) candidate[root] = {};
      setPath(candidate, key, value);
    } else candidate[key] = value;
  }

  // A name of only zero-width / bidi control characters is no name (inside a name they are kept as text).
  if (typeof candidate.name === 'string' && !candidate.name.replace(INVISIBLE, '').trim()) candidate.name = '';
  const salon = { id: '', name: '' } as Salon;
  for (const [key, schema] of Object.entries(SCALARS)) {
    const value = candidate[key];
    if (value === undefined || value === null || value === '') continue;
    const checked = checkField(schema, key, value, report);
    if (checked !== undefined) (salon as unknown as Record<string, unknown>)[key] = checked;
  }
  if (!salon.name) {
    report('name', 'required', candidate.name, 'error');
    return undefined;
  }

  Object.assign(salon, checkCoordinates(candidate.lat, candidate.lng, report));

  if (candidate.status !== undefined) {
    const status = typeof candidate.status === 'string' ? statusFrom(candidate.status, report) : undefined;
    if (typeof candidate.status !== 'string') report('status', 'invalid-type', candidate.status);
    if (status) salon.status = status;
  }

  if (candidate.audiences !== undefined) {
    const found = codes<Audience>('audiences', candidate.audiences, AUDIENCES, audiencesFromText, report);
    if (found.codes) salon.audiences = found.codes;
    if (found.text && !salon.audiencesText) salon.audiencesText = found.text;
  }
  if (candidate.activities !== undefined) {
    const found = codes<Activity>('activities', candidate.activities, ACTIVITIES, activitiesFromText, report);
    if (found.codes) salon.activities = found.codes;
    if (found.text && !salon.activitiesText) salon.activitiesText = found.text;
  }

  if (candidate.schedule !== undefined) {
    if (typeof candidate.schedule === 'string') {
      const text = candidate.schedule.trim();
      const parsed = parseScheduleText(text);
      salon.schedule = parsed?.rrule ? { ...parsed, text } : { text };
      if (!parsed?.rrule) report('schedule', 'schedule-unparsed', text);
    } else {
      const schedule = checkObject(SCHEDULE, 'schedule', candidate.schedule, report);
      if (schedule) {
        if (typeof schedule.rrule === 'string') schedule.rrule = schedule.rrule.replace(/^RRULE:/i, '');
        salon.schedule = schedule as Schedule;
      }
    }
  }

  const fee = candidate.fee;
  if (fee !== undefined) {
    const checked =
      typeof fee === 'number' ? checkObject(FEE, 'fee', { amount: fee }, report)
      : typeof fee === 'string' ? checkObject(FEE, 'fee', { amount: feeAmountFromText(fee), text: fee }, report)
      : checkObject(FEE, 'fee', fee, report);
    if (checked) salon.fee = checked;
  }
  if (candidate.contact !== undefined) {
    const contact = checkObject(CONTACT, 'contact', candidate.contact, report);
    if (contact) salon.contact = contact;
  }
  if (candidate.consultation !== undefined) {
    const value = candidate.consultation;
    const flag = typeof value === 'object' ? undefined : flagFromText(value);
    if (flag === true) salon.consultation = {};
    else if (flag === undefined) {
      const consultation =
        typeof value === 'string' ? { topics: splitList(value) } : value === true ? {} : checkObject(CONSULTATION, 'consultation', value, report);
      if (consultation) salon.consultation = consultation;
      else if (value && typeof value === 'object' && !Array.isArray(value)) salon.consultation = {};
    }
  }

  salon.id ||= stableId(salon.name, salon.address ?? salon.venue);
  if (cell(raw, 'date') !== undefined) eventRows.add(salon);
  return salon;
}

/** The salon kind for `loadRecords` / `DataController`. */
export const salonKind: RecordKind<Salon> = {
  name: 'salon',
  // Known to the parse worker (parse-worker.ts): large sources are normalised there.
  worker: 'salon',
  normalize: normalizeSalon,
  id: (salon) => salon.id,
  withId: (salon, id) => {
    const copy = { ...salon, id };
    if (eventRows.has(salon)) eventRows.add(copy);
    return copy;
  },
  // イベント一覧: rows with the same name and place are one salon meeting on several dates.
  groupKey: (salon) => (eventRows.has(salon) ? `${salon.name}\u0000${salon.venue ?? salon.address ?? ''}` : undefined),
  merge: (first, next) => {
    const dates = new Set([...(first.schedule?.dates ?? []), ...(next.schedule?.dates ?? [])]);
    const merged: Salon = { ...first, schedule: { ...first.schedule, dates: [...dates].sort() } };
    eventRows.add(merged);
    return merged;
  },
};

/** Reads salons from any supported source and layout (PRODUCT.md §3). */
export function loadSalons(source: DataSource, options: ReadOptions = {}): Promise<LoadResult<Salon>> {
  return loadRecords(source, salonKind, options);
}
