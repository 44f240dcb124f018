import {
  ChiikiError,
  ChiikiErrorEvent,
  ChiikiLoadEvent,
  loadSalons,
  sourceFromElement,
  type DataSource,
  type LoadResult,
  type ReadOptions,
  type Salon,
} from '@chiiki/core';

/**
 * Reading one salon for `src` + `salon-id`. Loaded with a dynamic `import()` only when the badge has a
 * data source, so the data loading code (CSV reader, encodings, column aliases of every salon dataset
 * of PRODUCT.md §3) and the load / error events never weigh on a page whose badges are written with
 * attributes.
 */
export interface SalonLookup extends Omit<LoadResult<Salon>, 'records'> {
  /** The record with the id; with no id, the only record of a one-record source. */
  salon?: Salon;
}

/** Reads the source (core's `loadSalons`) and finds the salon whose id is `id` (compared as trimmed text). */
export async function findSalon(source: DataSource, id: string, options: ReadOptions): Promise<SalonLookup> {
  const { records, ...counts } = await loadSalons(source, options);
  const wanted = id.trim();
  const salon = wanted ? records.find((record) => String(record.id).trim() === wanted) : records.length === 1 ? records[0] : undefined;
  return { ...counts, salon };
}

/** What the badge's source gave: the record (if found), the badge's load state and the event to fire. */
export interface SalonRead {
  salon?: Salon;
  load: 'ready' | 'missing' | 'error' | 'idle';
  event?: ChiikiLoadEvent | ChiikiErrorEvent;
}

/**
 * The badge's source (`data`, else `src`, else inline JSON: core's `sourceFromElement`) read and
 * searched for its `salon-id`: `chiiki-load` with the exact counts, or `chiiki-error` (never thrown).
 */
export async function readSalon(
  badge: HTMLElement & { src: string; salonId: string; data?: unknown },
  options: ReadOptions,
): Promise<SalonRead> {
  const source = sourceFromElement(badge, badge.src, badge.data);
  if (!source) return { load: 'idle' };
  try {
    const { salon, total, loaded, rejected, problems } = await findSalon(source, badge.salonId, options);
    return { salon, load: salon ? 'ready' : 'missing', event: new ChiikiLoadEvent({ total, loaded, rejected, problems, ...(badge.src ? { source: badge.src } : {}) }) };
  } catch (error) {
    const e = error instanceof ChiikiError ? error : new ChiikiError('parse-failed', String(error));
    return { load: 'error', event: new ChiikiErrorEvent({ error: { code: e.code, message: e.message }, problems: e.problems }) };
  }
}
