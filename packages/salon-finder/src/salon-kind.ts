import {
  ACTIVITIES,
  AUDIENCES,
  SALON_STATUSES,
  type Activity,
  type Audience,
  type RecordKind,
  type ReportProblem,
  type Salon,
  type Schedule,
} from '@chiiki/core';
import { inJapan } from './geo.js';

/**
 * How a record of our JSON model (or GeoJSON properties) becomes a `Salon`. A LOCAL STAND-IN for
 * core's `salonKind`, which the core data issue is completing (with MHLW / 自治体標準 CSV mapping);
 * the finder switches to core's as soon as it is exported. Problems are reported as PRODUCT.md §2 says.
 */
export const localSalonKind: RecordKind<Salon> = {
  name: 'salon',
  normalize(raw, report) {
    const name = text(raw.name);
    if (!name) {
      report('name', 'required', raw.name ?? null, 'error');
      return undefined;
    }
    const salon: Salon = { id: text(raw.id) || stableId(name, text(raw.address)), name };
    copyText(raw, salon, ['nameKana', 'nameEn', 'address', 'venue', 'district', 'activitiesText', 'audiencesText', 'updated']);
    Object.assign(salon, coordinates(raw.lat, raw.lng, report));
    const status = text(raw.status);
    if (status) {
      if ((SALON_STATUSES as readonly string[]).includes(status)) salon.status = status as Salon['status'];
      else report('status', 'invalid-value', raw.status, 'warning');
    }
    const schedule = toSchedule(raw.schedule);
    if (schedule) salon.schedule = schedule;
    const audiences = codes(raw.audiences, AUDIENCES, 'audiences', report);
    if (audiences.codes.length) salon.audiences = audiences.codes as Audience[];
    if (audiences.unknown.length) salon.audiencesText = [salon.audiencesText, ...audiences.unknown].filter(Boolean).join('、');
    const activities = codes(raw.activities, ACTIVITIES, 'activities', report);
    if (activities.codes.length) salon.activities = activities.codes as Activity[];
    if (activities.unknown.length) salon.activitiesText = [salon.activitiesText, ...activities.unknown].filter(Boolean).join('、');
    const fee = toFee(raw.fee);
    if (fee) salon.fee = fee;
    const capacity = Number(raw.capacity);
    if (raw.capacity !== undefined && raw.capacity !== null && raw.capacity !== '') {
      if (Number.isFinite(capacity) && capacity >= 0) salon.capacity = capacity;
      else report('capacity', 'invalid-value', raw.capacity);
    }
    for (const key of ['reservation', 'newcomersWelcome', 'transport'] as const) {
      const flag = toBool(raw[key]);
      if (flag !== undefined) salon[key] = flag;
    }
    const accessibility = list(raw.accessibility);
    if (accessibility.length) salon.accessibility = accessibility;
    if (raw.contact && typeof raw.contact === 'object') salon.contact = pickText(raw.contact, ['phone', 'email', 'url', 'organization']);
    if (raw.consultation && typeof raw.consultation === 'object') {
      const c = raw.consultation as Record<string, unknown>;
      salon.consultation = { ...pickText(c, ['hours', 'referTo', 'phone']), ...(list(c.topics).length ? { topics: list(c.topics) } : {}) };
    } else if (toBool(raw.consultation)) salon.consultation = {};
    return salon;
  },
  id: (salon) => salon.id,
  withId: (salon, id) => ({ ...salon, id }),
};

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  return String(value).trim();
}

function copyText(raw: Record<string, unknown>, salon: Salon, keys: (keyof Salon)[]): void {
  for (const key of keys) {
    const value = text(raw[key]);
    if (value) (salon as unknown as Record<string, string>)[key] = value;
  }
}

function pickText<K extends string>(source: object, keys: K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = text((source as Record<string, unknown>)[key]);
    if (value) out[key] = value;
  }
  return out;
}

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(text).filter(Boolean);
  return text(value)
    .split(/[;、・,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function toBool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const t = text(value).toLowerCase();
  if (['1', 'true', 'yes', 'あり', '有', '要', 'はい'].includes(t)) return true;
  if (['0', 'false', 'no', 'なし', '無', '不要', 'いいえ'].includes(t)) return false;
  return undefined;
}

function codes(value: unknown, known: readonly string[], field: string, report: ReportProblem): { codes: string[]; unknown: string[] } {
  const out = { codes: [] as string[], unknown: [] as string[] };
  for (const item of list(value)) {
    if (known.includes(item)) {
      if (!out.codes.includes(item)) out.codes.push(item);
    } else out.unknown.push(item);
  }
  if (out.unknown.length) report(field, 'unknown-code', out.unknown.join(','));
  return out;
}

function toFee(value: unknown): Salon['fee'] | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number') return { amount: value };
  if (typeof value === 'object') {
    const f = value as { amount?: unknown; text?: unknown };
    const amount = Number(f.amount);
    return { ...(f.amount !== undefined && Number.isFinite(amount) ? { amount } : {}), ...(text(f.text) ? { text: text(f.text) } : {}) };
  }
  const t = text(value);
  if (/^(無料|0円?)$/.test(t)) return { amount: 0, text: t };
  const yen = /^(\d+)円?$/.exec(t.normalize('NFKC'));
  return yen ? { amount: Number(yen[1]), text: t } : { text: t };
}

function toSchedule(value: unknown): Schedule | undefined {
  if (!value) return undefined;
  if (typeof value === 'string') return { text: value };
  if (typeof value !== 'object') return undefined;
  const s = value as Record<string, unknown>;
  const out: Schedule = {};
  for (const key of ['rrule', 'text', 'start', 'end'] as const) if (text(s[key])) out[key] = text(s[key]);
  if (toBool(s.skipHolidays) !== undefined) out.skipHolidays = toBool(s.skipHolidays);
  if (Array.isArray(s.closures)) {
    out.closures = s.closures
      .filter((c): c is { from: unknown; to: unknown } => !!c && typeof c === 'object')
      .map((c) => ({ from: text(c.from), to: text(c.to) || text(c.from) }))
      .filter((c) => c.from);
  }
  if (Array.isArray(s.dates)) out.dates = s.dates.map(text).filter(Boolean);
  return out;
}

type Coordinates = Pick<Salon, 'lat' | 'lng'>;

function coordinates(rawLat: unknown, rawLng: unknown, report: ReportProblem): Coordinates {
  const empty = (v: unknown) => v === undefined || v === null || text(v) === '';
  if (empty(rawLat) || empty(rawLng)) {
    report('lat', 'coordinates-missing', empty(rawLat) ? (rawLat ?? null) : rawLng ?? null);
    return {};
  }
  const lat = Number(text(rawLat).normalize('NFKC'));
  const lng = Number(text(rawLng).normalize('NFKC'));
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) {
    report('lat', 'invalid-value', `${text(rawLat)},${text(rawLng)}`);
    return {};
  }
  if ([lat, lng].some((n) => n === 0 || Math.abs(n) === 999 || Math.abs(n) === 9999)) {
    report('lat', 'coordinates-placeholder', `${lat},${lng}`);
    return {};
  }
  if (inJapan(lat, lng)) return { lat, lng };
  if (inJapan(lng, lat)) {
    report('lat', 'coordinates-swapped', `${lat},${lng}`);
    return { lat: lng, lng: lat };
  }
  report('lat', 'coordinates-out-of-japan', `${lat},${lng}`);
  return {};
}

/** A stable id from name + address (FNV-1a), for records without their own. */
export function stableId(name: string, address: string): string {
  let h = 0x811c9dc5;
  for (const ch of `${name}\u0000${address}`) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `s-${h.toString(36)}`;
}
