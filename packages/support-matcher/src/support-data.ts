import { loadRecords, type DataSource, type Problem, type ReadOptions, type RecordKind } from '@chiiki/core';
import { CATEGORIES, haversineKm, type Day, type MatchProblem, type MatchResult, type Need, type Offer } from './engine/index.js';

/**
 * Rows are read as they are (CSV rows keyed by header, JSON items); the engine validates them, so
 * problems are reported once, with the row numbers of the file.
 */
const rawKind: RecordKind<Record<string, unknown>> = {
  name: 'row',
  normalize: (raw) => raw,
};

/** Reads one source (URL, value, text or the bytes of a dropped file) into raw rows. */
export async function readRows(source: DataSource, options: ReadOptions = {}): Promise<{ rows: unknown[]; total: number }> {
  if (source.kind === 'value' && Array.isArray(source.value)) return { rows: source.value, total: source.value.length };
  const result = await loadRecords(source, rawKind, options);
  return { rows: result.records, total: result.total };
}

/**
 * Counts of §2 for one list after the engine's validation: rejected = rows with an `error`. A
 * `chiiki-load` is about one source, so its problems have exactly the shape of §2 (no `list`).
 */
export function counts(total: number, problems: MatchProblem[], list: 'needs' | 'offers'): { total: number; loaded: number; rejected: number; problems: Problem[] } {
  const own = problems.filter((p) => p.list === list);
  const rejected = new Set(own.filter((p) => p.severity === 'error').map((p) => p.row)).size;
  return { total, loaded: total - rejected, rejected, problems: own.map(({ row, field, reason, value, severity }) => ({ row, field, reason, value, severity })) };
}

/** A resident's search: what, where and when. */
export interface ResidentQuery {
  categories: string[];
  district?: string;
  lat?: number;
  lng?: number;
  days?: Day[];
  /** Limit for offers without their own `maxKm`. */
  maxKm?: number;
  /** Offer-first: organisations to join, not individuals. */
  offerFirst?: boolean;
}

export interface ResidentHit {
  offer: Offer;
  /** Categories of the query this offer covers. */
  categories: string[];
  /** Straight-line km when both places are known; `undefined` when matched by district. */
  km?: number;
}

/** Volunteers are never listed one by one: they are counted behind the channel that connects them. */
export interface ChannelHit {
  channel: string;
  phone?: string;
  url?: string;
  count: number;
  categories: string[];
  km?: number;
}

/**
 * What fits a resident's query under the rules of §5 (categories, place or district, distance limit,
 * days): groups, services and salons, nearest first; volunteers grouped by channel.
 */
export function residentResults(offers: Offer[], query: ResidentQuery): { hits: ResidentHit[]; channels: ChannelHit[] } {
  const hits: ResidentHit[] = [];
  const channels = new Map<string, ChannelHit>();
  const wanted = CATEGORIES.filter((c) => query.categories.includes(c));
  if (!wanted.length) return { hits, channels: [] };
  const located = typeof query.lat === 'number' && typeof query.lng === 'number';
  for (const offer of offers) {
    const categories = wanted.filter((c) => offer.categories.includes(c));
    if (!categories.length) continue;
    if (query.days?.length && offer.days?.length && !query.days.some((d) => offer.days!.includes(d))) continue;
    let km: number | undefined;
    if (located && typeof offer.lat === 'number' && typeof offer.lng === 'number') {
      km = haversineKm({ lat: query.lat!, lng: query.lng! }, { lat: offer.lat, lng: offer.lng });
      if (km > (offer.maxKm ?? query.maxKm ?? Infinity)) continue;
    } else if (!query.district || query.district !== offer.district) continue;
    if (offer.kind === 'volunteer') {
      const channel = offer.contact?.channel || '';
      const hit = channels.get(channel) ?? { channel, count: 0, categories: [], km };
      hit.count++;
      for (const c of categories) if (!hit.categories.includes(c)) hit.categories.push(c);
      if (km !== undefined && (hit.km === undefined || km < hit.km)) hit.km = km;
      channels.set(channel, hit);
    } else hits.push({ offer, categories, km });
  }
  // A channel's phone and website come only from an organisation's own published contact (a service
  // or group listing the same channel), never from a volunteer's record.
  for (const hit of channels.values()) {
    const org = offers.find((o) => o.kind !== 'volunteer' && o.contact?.channel === hit.channel && (o.contact.phone || o.contact.url));
    if (org?.contact?.phone) hit.phone = org.contact.phone;
    if (org?.contact?.url) hit.url = org.contact.url;
  }
  const byKm = (a: { km?: number }, b: { km?: number }) => (a.km ?? 0) - (b.km ?? 0);
  hits.sort((a, b) => byKm(a, b) || b.categories.length - a.categories.length);
  return { hits, channels: [...channels.values()].sort((a, b) => byKm(a, b) || b.count - a.count) };
}

/** Needs and offers per category and per district: the numbers behind the coordinator's chart. */
export function gapTable(needs: Need[], offers: Offer[], by: 'category' | 'district'): { key: string; needs: number; offers: number }[] {
  const rows = new Map<string, { key: string; needs: number; offers: number }>();
  const add = (key: string, side: 'needs' | 'offers') => {
    const row = rows.get(key) ?? { key, needs: 0, offers: 0 };
    row[side]++;
    rows.set(key, row);
  };
  if (by === 'category') {
    for (const c of CATEGORIES) rows.set(c, { key: c, needs: 0, offers: 0 });
    for (const n of needs) for (const c of n.categories) add(c, 'needs');
    for (const o of offers) for (const c of o.categories) add(c, 'offers');
    return [...rows.values()];
  }
  for (const n of needs) add(n.district ?? '', 'needs');
  for (const o of offers) add(o.district ?? '', 'offers');
  return [...rows.values()].sort((a, b) => (a.key === '' ? 1 : b.key === '' ? -1 : a.key.localeCompare(b.key, 'ja')));
}

/** A CSV cell: quoted when needed; a leading = + - @ is neutralised so Excel never runs a formula. */
function cell(value: unknown): string {
  let s = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The result as a CSV Excel opens correctly: UTF-8 with BOM, CRLF line ends. */
export function resultCsv(
  result: MatchResult,
  offers: Offer[],
  fixed: { needId: string; offerId: string; category: string }[],
  t: (key: string) => string,
  categoryLabel: (category: string) => string,
): string {
  const names = new Map(offers.map((o) => [o.id, o.name]));
  const header = ['needId', 'category', 'offerId', 'offerName', 'km', 'status'].map((k) => t(`matcher.coordinator.csv.${k}`));
  const lines = [header];
  const isFixed = (m: { needId: string; offerId: string; category: string }) => fixed.some((f) => f.needId === m.needId && f.offerId === m.offerId && f.category === m.category);
  for (const m of result.matches) {
    lines.push([m.needId, categoryLabel(m.category), m.offerId, names.get(m.offerId) ?? '', m.km.toFixed(3), t(isFixed(m) ? 'matcher.coordinator.csv.fixed' : 'matcher.coordinator.csv.matched')]);
  }
  for (const u of result.unmatched) lines.push([u.needId, categoryLabel(u.category), '', '', '', t(`matcher.coordinator.reasons.${u.excluded ? 'excluded' : u.reason}`)]);
  return '\uFEFF' + lines.map((l) => l.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Offers a file to the user (CSV export, saved work); nothing is sent anywhere. */
export function download(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
