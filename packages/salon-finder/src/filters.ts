import { normalizeForSearch, type Activity, type Audience } from '@chiiki/core';
import { isActive, jstDayStart, jstMonthEnd, jstWeekday, nextKey, nextMeeting, nextMeetings, searchText, type SalonEntry } from './salon-entries.js';

/** When the resident wants to go. */
export const WHEN = ['any', 'today', 'week', 'month'] as const;
export type When = (typeof WHEN)[number];

/** The filters of PRODUCT.md §3; all combine (AND). */
export interface FilterState {
  text: string;
  when: When;
  /** 0 = Sunday … 6 = Saturday; any of them (OR). Empty: any day. */
  weekdays: number[];
  audience: Audience | '';
  activity: Activity | '';
  free: boolean;
  transport: boolean;
  district: string;
  consultation: boolean;
  activeOnly: boolean;
}

export const DEFAULT_FILTERS: Readonly<FilterState> = Object.freeze({
  text: '',
  when: 'any',
  weekdays: [],
  audience: '',
  activity: '',
  free: false,
  transport: false,
  district: '',
  consultation: false,
  activeOnly: true,
});

/** How many filters differ from the defaults (shown on the filter summary). */
export function activeFilterCount(f: FilterState): number {
  return (
    Number(!!f.text.trim()) +
    Number(f.when !== 'any') +
    Number(f.weekdays.length > 0) +
    Number(!!f.audience) +
    Number(!!f.activity) +
    Number(f.free) +
    Number(f.transport) +
    Number(!!f.district) +
    Number(f.consultation) +
    Number(!f.activeOnly)
  );
}

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The weekdays a salon meets on: from its RRULE's BYDAY, else from its computed meetings. */
export function meetingWeekdays(entry: SalonEntry, now: Date): Set<number> {
  const days = new Set<number>();
  const rule = /BYDAY=([^;\s]+)/i.exec(entry.salon.schedule?.rrule ?? '');
  if (rule) {
    for (const part of rule[1]!.split(',')) {
      const index = BYDAY.indexOf(part.replace(/^[+-]?\d+/, '').toUpperCase());
      if (index >= 0) days.add(index);
    }
    if (days.size) return days;
  }
  for (const o of nextMeetings(entry, now, 6)) days.add(jstWeekday(o.start));
  return days;
}

/** The end of the date window of `when` (Japan time); the window starts now (meetings already over do not count). */
function windowEnd(when: When, now: Date): number {
  const day = jstDayStart(now).getTime();
  if (when === 'today') return day + 86_400_000;
  if (when === 'week') return day + 7 * 86_400_000;
  return jstMonthEnd(now).getTime();
}

/** Applies every filter; returns the matching entries in data order. */
export function applyFilters(entries: SalonEntry[], f: FilterState, now: Date): SalonEntry[] {
  return entries.filter(filterPredicate(f, now));
}

/** One salon against every filter (used directly by the sliced filtering of large data). */
export function filterPredicate(f: FilterState, now: Date): (entry: SalonEntry) => boolean {
  const needle = normalizeForSearch(f.text);
  const words = needle ? needle.split(' ') : [];
  const end = f.when === 'any' ? 0 : windowEnd(f.when, now);
  const weekdays = new Set(f.weekdays);
  return (entry) => {
    const s = entry.salon;
    if (f.activeOnly && !isActive(s)) return false;
    if (f.district && s.district !== f.district) return false;
    if (f.consultation && !s.consultation) return false;
    if (f.transport && !s.transport) return false;
    if (f.free && s.fee?.amount !== 0) return false;
    if (f.audience && !s.audiences?.includes(f.audience) && !(f.audience !== 'everyone' && s.audiences?.includes('everyone'))) return false;
    if (f.activity && !s.activities?.includes(f.activity)) return false;
    if (words.length) {
      const text = searchText(entry);
      if (!words.every((word) => text.includes(word))) return false;
    }
    if (end) {
      const next = nextMeeting(entry, now);
      if (!next || next.start.getTime() >= end) return false;
    }
    if (weekdays.size) {
      const days = meetingWeekdays(entry, now);
      if (![...weekdays].some((d) => days.has(d))) return false;
    }
    return true;
  };
}

/**
 * The sort key: nearest first when an origin is known, else the next meeting first (`byNext`; large
 * data uses it once the keys are prepared in the background), else data order.
 */
export function sortKey(byDistance: boolean, byNext: boolean, now: Date): (entry: SalonEntry) => number {
  if (byDistance) return (e) => e.km ?? Number.POSITIVE_INFINITY;
  if (byNext) return (e) => nextKey(e, now);
  return (e) => e.index;
}

const compare = (key: (e: SalonEntry) => number) => (a: SalonEntry, b: SalonEntry) => key(a) - key(b) || a.index - b.index;

/** All entries in order (a copy). */
export function sortEntries(entries: SalonEntry[], key: (entry: SalonEntry) => number): SalonEntry[] {
  const keys = new Map<SalonEntry, number>();
  for (const e of entries) keys.set(e, key(e));
  return [...entries].sort(compare((e) => keys.get(e)!));
}

/**
 * Keeps the best `k` entries seen so far, in order (key, then data order): one pass over 150,000
 * salons, O(n log k), instead of a sort that would block the page. Fed entry by entry, so a sliced
 * pass can rank as it filters.
 */
export class TopK {
  readonly #best: { e: SalonEntry; v: number }[] = [];

  constructor(
    private readonly k: number,
    private readonly key: (entry: SalonEntry) => number,
  ) {}

  add(e: SalonEntry): void {
    const best = this.#best;
    const v = this.key(e);
    const last = best[best.length - 1];
    if (best.length === this.k && last && (v > last.v || (v === last.v && e.index > last.e.index))) return;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = best[mid]!;
      if (m.v < v || (m.v === v && m.e.index < e.index)) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, { e, v });
    if (best.length > this.k) best.pop();
  }

  get entries(): SalonEntry[] {
    return this.#best.map((b) => b.e);
  }
}

/** The first `k` entries in order without sorting them all (see `TopK`). */
export function topEntries(entries: SalonEntry[], k: number, key: (entry: SalonEntry) => number): SalonEntry[] {
  if (entries.length <= 4 * k || entries.length <= 2000) return sortEntries(entries, key).slice(0, k);
  const top = new TopK(k, key);
  for (const e of entries) top.add(e);
  return top.entries;
}
