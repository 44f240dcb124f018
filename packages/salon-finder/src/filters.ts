import type { Activity, Audience } from '@chiiki/core';
import { isActive, jstDayStart, jstMonthEnd, jstWeekday, nextKey, searchText, upcoming, type SalonEntry } from './salon-entries.js';
import { foldText } from './text.js';

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
  for (const o of upcoming(entry, now) ?? []) days.add(jstWeekday(o.start));
  return days;
}

/** The end of the date window of `when`, from the start of today (Japan time). */
function windowEnd(when: When, now: Date): number {
  const day = jstDayStart(now).getTime();
  if (when === 'today') return day + 86_400_000;
  if (when === 'week') return day + 7 * 86_400_000;
  return jstMonthEnd(now).getTime();
}

/** Applies every filter; returns the matching entries in data order. */
export function applyFilters(entries: SalonEntry[], f: FilterState, now: Date): SalonEntry[] {
  const needle = foldText(f.text);
  const end = f.when === 'any' ? 0 : windowEnd(f.when, now);
  const weekdays = new Set(f.weekdays);
  return entries.filter((entry) => {
    const s = entry.salon;
    if (f.activeOnly && !isActive(s)) return false;
    if (f.district && s.district !== f.district) return false;
    if (f.consultation && !s.consultation) return false;
    if (f.transport && !s.transport) return false;
    if (f.free && s.fee?.amount !== 0) return false;
    if (f.audience && !s.audiences?.includes(f.audience) && !(f.audience !== 'everyone' && s.audiences?.includes('everyone'))) return false;
    if (f.activity && !s.activities?.includes(f.activity)) return false;
    if (needle && !needle.split(' ').every((word) => searchText(entry).includes(word))) return false;
    if (end) {
      const first = upcoming(entry, now)?.[0];
      if (!first || first.start.getTime() >= end) return false;
    }
    if (weekdays.size) {
      const days = meetingWeekdays(entry, now);
      if (![...weekdays].some((d) => days.has(d))) return false;
    }
    return true;
  });
}

/** Sort: nearest first when an origin is known, else the next meeting first; data order breaks ties. */
export function sortEntries(entries: SalonEntry[], byDistance: boolean, now: Date): SalonEntry[] {
  if (byDistance) {
    return entries.sort((a, b) => (a.km ?? Infinity) - (b.km ?? Infinity) || a.index - b.index);
  }
  const keys = new Map<SalonEntry, number>();
  for (const e of entries) keys.set(e, nextKey(e, now));
  return entries.sort((a, b) => keys.get(a)! - keys.get(b)! || a.index - b.index);
}
