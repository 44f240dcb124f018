import { nextOccurrences, searchText as foldFields, type Occurrence, type Salon } from '@chiiki/core';

/**
 * The finder's working copy of the data: one entry per salon with what filtering, sorting and the
 * map need, computed once (search text) or lazily and cached per day (next meetings).
 */
export interface SalonEntry {
  salon: Salon;
  /** Position in the data, the last tie-breaker of every sort. */
  index: number;
  /** Folded name, kana, venue, address, district and activities for the free-text filter. */
  search?: string;
  /** Whether it has a usable map position. */
  pinned: boolean;
  /** Straight-line distance from the origin, km (set while an origin is known). */
  km?: number;
  /** The cached next meeting and the time span it is valid for (see `nextMeeting`). */
  next?: { from: number; until?: number; meeting: Occurrence | null };
}

const DAY = 86_400_000;
const JST = 9 * 3_600_000;

/** Midnight in Japan time of the day containing `date`, as an instant. */
export function jstDayStart(date: Date): Date {
  const t = date.getTime() + JST;
  return new Date(t - (((t % DAY) + DAY) % DAY) - JST);
}

/** 0 = Sunday … 6 = Saturday, in Japan time. */
export function jstWeekday(date: Date): number {
  return new Date(date.getTime() + JST).getUTCDay();
}

/** The first instant of the next month in Japan time. */
export function jstMonthEnd(date: Date): Date {
  const local = new Date(date.getTime() + JST);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 1) - JST);
}

/** What the filter form offers: the districts, audiences and activities present in the data. */
export interface Facets {
  districts: Set<string>;
  audiences: Set<string>;
  activities: Set<string>;
}

export const emptyFacets = (): Facets => ({ districts: new Set(), audiences: new Set(), activities: new Set() });

export function addFacets(facets: Facets, salon: Salon): void {
  if (salon.district) facets.districts.add(salon.district);
  if (salon.audiences) for (const a of salon.audiences) facets.audiences.add(a);
  if (salon.activities) for (const a of salon.activities) facets.activities.add(a);
}

export function makeEntries(salons: Salon[]): SalonEntry[] {
  const out: SalonEntry[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < salons.length; i++) out.push(makeEntry(salons[i]!, i, seen));
  return out;
}

/**
 * The same in slices of about 8 ms (large data), collecting the facets on the way;
 * `undefined` when `isCurrent()` turned false.
 */
export async function makeEntriesSliced(
  salons: Salon[],
  pause: () => Promise<void>,
  isCurrent: () => boolean,
): Promise<{ entries: SalonEntry[]; facets: Facets } | undefined> {
  const out: SalonEntry[] = [];
  const facets = emptyFacets();
  const seen = new Set<string>();
  let start = performance.now();
  for (let i = 0; i < salons.length; i++) {
    const entry = makeEntry(salons[i]!, i, seen);
    out.push(entry);
    addFacets(facets, entry.salon);
    if ((i & 255) === 255 && performance.now() - start > 8) {
      await pause();
      if (!isCurrent()) return undefined;
      start = performance.now();
    }
  }
  return { entries: out, facets };
}

function makeEntry(salon: Salon, index: number, seen: Set<string>): SalonEntry {
  // The loader makes ids unique (with a warning); this only guards selection against a loader that did not.
  let id = salon.id;
  for (let n = 2; seen.has(id); n++) id = `${salon.id}-${n}`;
  seen.add(id);
  const s = id === salon.id ? salon : { ...salon, id };
  return { salon: s, index, pinned: typeof s.lat === 'number' && typeof s.lng === 'number' };
}

export function searchText(entry: SalonEntry): string {
  if (entry.search === undefined) {
    const s = entry.salon;
    entry.search = foldFields(s.name, s.nameKana, s.nameEn, s.venue, s.address, s.district, s.activitiesText, s.audiencesText, s.contact?.organization);
  }
  return entry.search;
}

/** Whether the salon is meeting at all (paused and closed salons never show a next date). */
export function isActive(salon: Salon): boolean {
  return (salon.status ?? 'active') === 'active';
}

/**
 * The next meeting at or after `now` (one in progress counts), cached: the answer stays right for
 * every later `now` until that meeting ends. `null` when the schedule gives no computable date or
 * the salon is not active (paused and closed salons never get a date).
 */
export function nextMeeting(entry: SalonEntry, now: Date): Occurrence | null {
  const t = now.getTime();
  const cached = entry.next;
  if (cached && t >= cached.from && (cached.until === undefined || t < cached.until)) return cached.meeting;
  const { salon } = entry;
  let meeting: Occurrence | null = null;
  if (isActive(salon) && salon.schedule) {
    try {
      meeting = nextOccurrences(salon.schedule, now, 1)[0] ?? null;
    } catch {
      meeting = null;
    }
  }
  // No meeting: recheck the next day (a rule may start later); else when this meeting is over.
  const until = meeting ? (meeting.end ?? new Date(meeting.start.getTime() + 1)).getTime() : jstDayStart(now).getTime() + 86_400_000;
  entry.next = { from: t, until, meeting };
  return meeting;
}

/** The next `count` meetings (details panel): not cached, one salon at a time. */
export function nextMeetings(entry: SalonEntry, now: Date, count = 3): Occurrence[] {
  const { salon } = entry;
  if (!isActive(salon) || !salon.schedule) return [];
  try {
    return nextOccurrences(salon.schedule, now, count);
  } catch {
    return [];
  }
}

/** Sort key for "next meeting first": the start of the next meeting, else +∞. */
export function nextKey(entry: SalonEntry, now: Date): number {
  return nextMeeting(entry, now)?.start.getTime() ?? Number.POSITIVE_INFINITY;
}
