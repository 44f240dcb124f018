import { loadSalons, type DataSource, type LoadResult, type ReadOptions, type Salon } from '@chiiki/core';

/**
 * Reading one salon for `src` + `salon-id`. Loaded with a dynamic `import()` only when the badge has a
 * data source, so the data loading code (CSV reader, encodings, column aliases of every salon dataset
 * of PRODUCT.md §3) never weighs on a page whose badges are written with attributes.
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
