import {
  CATEGORIES,
  CATEGORY_LABELS_JA,
  DAYS,
  OFFER_KINDS,
  type Category,
  type Day,
  type MatchProblem,
  type Need,
  type Offer,
  type OfferKind,
} from './model.js';

/** `report(field, reason, value, severity)`: the same shape as `@chiiki/core`'s `ReportProblem`. */
export type Report = (field: string, reason: MatchProblem['reason'], value: unknown, severity?: MatchProblem['severity']) => void;

const nfkc = (text: string) => text.normalize('NFKC').trim();
/** Keys compared loosely: NFKC, lower case, no spaces, no brackets. */
const loose = (text: string) => nfkc(text).toLowerCase().replace(/[\s\u3000_()（）「」]/g, '');

const CATEGORY_BY_TEXT = new Map<string, Category>();
for (const code of CATEGORIES) {
  CATEGORY_BY_TEXT.set(loose(code), code);
  CATEGORY_BY_TEXT.set(loose(CATEGORY_LABELS_JA[code]), code);
}
// Short forms staff type in spreadsheets.
for (const [text, code] of [
  ['安否確認', 'safety-check'],
  ['見守り', 'safety-check'],
  ['声かけ', 'safety-check'],
  ['相談', 'consultation'],
  ['相談相手', 'consultation'],
  ['子どもの預かり', 'childcare'],
  ['子供の預かり', 'childcare'],
  ['預かり', 'childcare'],
  ['学習支援', 'study-support'],
  ['買い物', 'shopping'],
  ['家事', 'housework'],
  ['外出', 'outing'],
  ['ごみ出し', 'garbage'],
  ['ゴミ出し', 'garbage'],
  ['看病', 'sick-care'],
  ['介護の預かり', 'care-respite'],
  ['災害', 'disaster'],
  ['災害時', 'disaster'],
  ['話し相手', 'conversation'],
] as const) {
  CATEGORY_BY_TEXT.set(loose(text), code);
}

const DAY_BY_TEXT = new Map<string, Day>();
const DAY_JA = ['月', '火', '水', '木', '金', '土', '日'];
const DAY_EN = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
DAYS.forEach((day, i) => {
  for (const text of [day, DAY_EN[i], DAY_JA[i], `${DAY_JA[i]}曜`, `${DAY_JA[i]}曜日`]) DAY_BY_TEXT.set(loose(text), day);
});

const KIND_BY_TEXT = new Map<string, OfferKind>([
  ...OFFER_KINDS.map((kind) => [kind, kind] as [string, OfferKind]),
  ['ボランティア', 'volunteer'],
  ['個人', 'volunteer'],
  ['個人ボランティア', 'volunteer'],
  ['団体', 'group'],
  ['グループ', 'group'],
  ['住民団体', 'group'],
  ['サービス', 'service'],
  ['事業所', 'service'],
  ['事業者', 'service'],
  ['サロン', 'salon'],
  ['通いの場', 'salon'],
]);

/** Separators of list cells in CSV: `;`, `、`, `・`, `,` (and their full-width forms after NFKC). */
const LIST_SEPARATORS = /[;、・,，；\n]+/;

/** Splits a list cell, or passes an array through; drops empty items. */
export function splitList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return value.split(LIST_SEPARATORS).map((s) => s.trim()).filter(Boolean);
  if (value === undefined || value === null || value === '') return [];
  return [value];
}

/** A category code for a code or a Japanese label; `undefined` when unknown. */
export function categoryCode(text: string): Category | undefined {
  return CATEGORY_BY_TEXT.get(loose(text));
}

/** A day code for `mon`, `Monday`, `月`, `月曜`, `月曜日`; `undefined` when unknown. */
export function dayCode(text: string): Day | undefined {
  return DAY_BY_TEXT.get(loose(text));
}

/**
 * Columns of a CSV row or keys of a JSON object, by alias (headers are compared after NFKC, lower
 * case, without spaces). The first alias present wins.
 */
const ALIASES: Record<string, string[]> = {
  id: ['id', 'no', '番号', '整理番号', 'ID'],
  categories: ['categories', 'category', 'カテゴリ', 'カテゴリー', '分類', '支援してほしいこと', '支援できること', '内容'],
  lat: ['lat', 'latitude', '緯度'],
  lng: ['lng', 'lon', 'longitude', '経度'],
  district: ['district', '地区', '地域', '校区', '自治会'],
  days: ['days', 'day', '曜日', '希望曜日', '活動曜日'],
  note: ['note', '備考', 'メモ'],
  name: ['name', '名称', '名前', '団体名'],
  kind: ['kind', 'type', '種別', '区分'],
  capacity: ['capacity', '定員', '受け入れ数', '件数'],
  maxKm: ['maxkm', 'max_km', '範囲km', '範囲', '最大距離km', '最大距離'],
  channel: ['contact.channel', 'channel', '窓口', '連絡窓口', 'つなぎ先'],
  phone: ['contact.phone', 'phone', '電話', '電話番号', '窓口電話'],
  url: ['contact.url', 'url', 'ホームページ'],
};
const ALIAS_KEYS = Object.fromEntries(Object.entries(ALIASES).map(([field, names]) => [field, names.map(loose)]));

const FIELD_OF_KEY = new Map<string, string | null>();
/** The field a key stands for (cached: CSV headers repeat on every row). */
function fieldOf(key: string): string | null {
  let field = FIELD_OF_KEY.get(key);
  if (field === undefined) {
    const k = loose(key);
    field = Object.keys(ALIAS_KEYS).find((f) => ALIAS_KEYS[f].includes(k)) ?? null;
    if (FIELD_OF_KEY.size < 10000) FIELD_OF_KEY.set(key, field);
  }
  return field;
}

/**
 * The record being normalised has only canonical keys (each key is its own field's name, or
 * `contact`): then no other key can stand for a missing field and `pick` skips the alias scan.
 * Set by `normalizeNeed` / `normalizeOffer` for the record they read (records as the engine's own
 * callers and the JSON format write them: every optional field absent costs one scan otherwise).
 */
let canonicalRecord = false;

/** Whether every key `for…in` visits is its own field's name or `contact` (see `canonicalRecord`). */
function isCanonical(raw: Record<string, unknown>): boolean {
  for (const key in raw) {
    if (key !== 'contact' && fieldOf(key) !== key) return false;
  }
  return true;
}

/** Reads `field` from a record whose keys may be any alias. */
function pick(raw: Record<string, unknown>, field: string): unknown {
  if (field in raw) return raw[field];
  if (!canonicalRecord) {
    for (const key in raw) {
      if (fieldOf(key) === field) return raw[key];
    }
  }
  if (field === 'channel' || field === 'phone' || field === 'url') {
    const contact = raw.contact;
    if (contact && typeof contact === 'object') return (contact as Record<string, unknown>)[field];
  }
  return undefined;
}

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function text(value: unknown): string | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === 'string') return nfkc(value) || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function num(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(nfkc(value).replace(/km$/i, ''));
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

const inJapan = (lat: number, lng: number) => lat >= 20 && lat <= 46 && lng >= 122 && lng <= 154;
const placeholder = (n: number) => n === 0 || n === 999 || n === -999;

/** Coordinates after the checks of §2 (swapped fixed; placeholders, half pairs, out of Japan dropped). */
function coordinates(raw: Record<string, unknown>, report: Report, hasDistrict: boolean): { lat?: number; lng?: number } {
  const rawLat = pick(raw, 'lat');
  const rawLng = pick(raw, 'lng');
  if (isBlank(rawLat) && isBlank(rawLng)) {
    if (!hasDistrict) report('lat', 'coordinates-missing', null);
    return {};
  }
  const lat = num(rawLat);
  const lng = num(rawLng);
  if (lat === undefined || lng === undefined) {
    report(lat === undefined ? 'lat' : 'lng', isBlank(lat === undefined ? rawLat : rawLng) ? 'coordinates-missing' : 'invalid-type', lat === undefined ? rawLat : rawLng);
    return {};
  }
  if (placeholder(lat) || placeholder(lng)) {
    report('lat', 'coordinates-placeholder', [lat, lng]);
    return {};
  }
  if (inJapan(lat, lng)) return { lat, lng };
  if (inJapan(lng, lat)) {
    report('lat', 'coordinates-swapped', [lat, lng]);
    return { lat: lng, lng: lat };
  }
  report('lat', 'coordinates-out-of-japan', [lat, lng]);
  return {};
}

/** `text(item)` and its category code by the item's string (cached: the same few texts repeat on every row). */
const CATEGORY_OF_ITEM = new Map<string, { t: string | undefined; code: Category | undefined }>();

function categoryOfItem(item: unknown): { t: string | undefined; code: Category | undefined } {
  if (typeof item !== 'string') {
    const t = text(item);
    return { t, code: t ? categoryCode(t) : undefined };
  }
  let hit = CATEGORY_OF_ITEM.get(item);
  if (!hit) {
    const t = text(item);
    hit = { t, code: t ? categoryCode(t) : undefined };
    if (CATEGORY_OF_ITEM.size < 10000) CATEGORY_OF_ITEM.set(item, hit);
  }
  return hit;
}

function categories(raw: Record<string, unknown>, report: Report): string[] | undefined {
  const value = pick(raw, 'categories');
  const out: string[] = [];
  const unknown: string[] = [];
  for (const item of splitList(value)) {
    const { t, code } = categoryOfItem(item);
    if (!t) continue;
    if (!code && !unknown.includes(t)) unknown.push(t);
    const kept = code ?? t;
    if (!out.includes(kept)) out.push(kept);
  }
  if (out.length === 0) {
    report('categories', 'required', value ?? null, 'error');
    return undefined;
  }
  // One problem per (row, field) (§2): every unknown text of the cell in one value, as the salon loader does.
  if (unknown.length) report('categories', 'unknown-code', unknown.join('、'));
  return out;
}

function days(raw: Record<string, unknown>, report: Report): Day[] | undefined {
  const value = pick(raw, 'days');
  const out: Day[] = [];
  let unknown = false;
  for (const item of splitList(value)) {
    const t = text(item);
    const code = t ? dayCode(t) : undefined;
    if (!code) unknown = true;
    else if (!out.includes(code)) out.push(code);
  }
  if (unknown) report('days', 'unknown-code', value);
  return out.length ? DAYS.filter((d) => out.includes(d)) : undefined;
}

function id(raw: Record<string, unknown>, report: Report): string {
  const value = text(pick(raw, 'id'));
  if (value) return value;
  report('id', 'required', null);
  return '';
}

/**
 * Normalises one need. Returns `undefined` (after an `error` problem) when it cannot be used: no
 * category. A missing id is filled in by `normalizeNeeds` from the row number.
 */
export function normalizeNeed(raw: Record<string, unknown>, report: Report): Need | undefined {
  canonicalRecord = isCanonical(raw);
  const needId = id(raw, report);
  const cats = categories(raw, report);
  if (!cats) return undefined;
  const district = text(pick(raw, 'district'));
  const need: Need = { id: needId, categories: cats, ...coordinates(raw, report, !!district) };
  if (district) need.district = district;
  const d = days(raw, report);
  if (d) need.days = d;
  const note = text(pick(raw, 'note'));
  if (note) need.note = note;
  return need;
}

/** Normalises one offer; `undefined` (after an `error` problem) when it has no category. */
export function normalizeOffer(raw: Record<string, unknown>, report: Report): Offer | undefined {
  canonicalRecord = isCanonical(raw);
  const offerId = id(raw, report);
  const cats = categories(raw, report);
  if (!cats) return undefined;
  const district = text(pick(raw, 'district'));
  let name = text(pick(raw, 'name'));
  if (!name) {
    report('name', 'required', null);
    name = offerId;
  }
  const rawKind = pick(raw, 'kind');
  let kind: OfferKind = 'volunteer';
  if (!isBlank(rawKind)) {
    const k = KIND_BY_TEXT.get(loose(String(rawKind)));
    // Unknown kinds are treated as individual volunteers: the most private reading.
    if (k) kind = k;
    else report('kind', 'invalid-value', rawKind);
  }
  const offer: Offer = { id: offerId, name, kind, categories: cats, ...coordinates(raw, report, !!district) };
  if (district) offer.district = district;
  const d = days(raw, report);
  if (d) offer.days = d;
  const rawCapacity = pick(raw, 'capacity');
  if (!isBlank(rawCapacity)) {
    const c = num(rawCapacity);
    if (c !== undefined && Number.isInteger(c) && c >= 0) offer.capacity = c;
    else report('capacity', 'invalid-value', rawCapacity);
  }
  const rawMax = pick(raw, 'maxKm');
  if (!isBlank(rawMax)) {
    const m = num(rawMax);
    if (m !== undefined && m >= 0) offer.maxKm = m;
    else report('maxKm', 'invalid-value', rawMax);
  }
  const channel = text(pick(raw, 'channel'));
  const phone = text(pick(raw, 'phone'));
  const url = text(pick(raw, 'url'));
  if (channel || phone || url) {
    offer.contact = { channel: channel ?? '' };
    if (phone) offer.contact.phone = phone;
    if (url) offer.contact.url = url;
  }
  return offer;
}

/**
 * Normalises a whole list: rows that are not objects are rejected, missing ids become `need-<row>`
 * / `offer-<row>`, a repeated id gets a suffix (`-2`, `-3`…) and a warning.
 */
export function normalizeList<T extends { id: string }>(
  items: unknown,
  list: 'needs' | 'offers',
  normalize: (raw: Record<string, unknown>, report: Report) => T | undefined,
  problems: MatchProblem[],
): T[] {
  const out: T[] = [];
  if (items === undefined || items === null) return out;
  if (!Array.isArray(items)) {
    problems.push({ list, row: 0, field: '', reason: 'invalid-type', value: typeof items, severity: 'error' });
    return out;
  }
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const row = index + 1;
    // One problem per (row, field) (§2): a later report on a field already reported replaces it only
    // when it rejects the record (an error outranks a warning).
    const reported = new Map<string, MatchProblem>();
    const report: Report = (field, reason, value, severity = 'warning') => {
      const before = reported.get(field);
      if (before) {
        if (severity === 'error' && before.severity !== 'error') Object.assign(before, { reason, value, severity });
        return;
      }
      const problem: MatchProblem = { list, row, field, reason, value, severity };
      reported.set(field, problem);
      problems.push(problem);
    };
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      report('', 'invalid-record', item, 'error');
      return;
    }
    const record = normalize(item as Record<string, unknown>, report);
    if (!record) return;
    if (!record.id) record.id = `${list === 'needs' ? 'need' : 'offer'}-${row}`;
    if (seen.has(record.id)) {
      let n = 2;
      while (seen.has(`${record.id}-${n}`)) n++;
      report('id', 'duplicate-id', record.id);
      record.id = `${record.id}-${n}`;
    }
    seen.add(record.id);
    out.push(record);
  });
  return out;
}
