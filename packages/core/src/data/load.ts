import { ChiikiError, type DataEncoding, type DataFormat, type LoadResult, type Problem } from './types.js';

/**
 * Where records come from. Elements build one with `sourceFromElement`; the coordinator view also
 * reads local files as bytes.
 *
 * INTERFACE FROZEN FOR THE WIDGETS; the implementation below is a first JSON-only version that the
 * core data issue completes (CSV, encodings, aliases, validation, time slicing / worker).
 */
export type DataSource =
  | { kind: 'url'; url: string }
  | { kind: 'value'; value: unknown }
  | { kind: 'text'; text: string; name?: string }
  | { kind: 'bytes'; bytes: ArrayBuffer; name?: string };

export interface ReadOptions {
  format?: DataFormat;
  encoding?: DataEncoding;
  /** `{ field: header }` for CSVs in no known layout; dot paths for nested fields. */
  columns?: Record<string, string>;
  signal?: AbortSignal;
  /** Fetch timeout; default 15 s. */
  timeoutMs?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Collects problems for one record: `report(field, reason, value, severity)`. */
export type ReportProblem = (field: string, reason: Problem['reason'], value: unknown, severity?: Problem['severity']) => void;

/**
 * How one kind of record (salon, need, offer, plan node…) is normalised. `normalize` returns the
 * record, or `undefined` to reject it (after reporting at least one `error` problem).
 * Receives a plain object: a CSV row keyed by normalised header, or a JSON array item.
 */
export interface RecordKind<T> {
  /** Used in messages and ids. */
  name: string;
  normalize(raw: Record<string, unknown>, report: ReportProblem): T | undefined;
  /** The record's id, for duplicate detection; ids are made unique with a suffix and a warning. */
  id?: (record: T) => string;
  withId?: (record: T, id: string) => T;
}

/** Reads a source into normalised records with exact counts (PRODUCT.md §2). Never throws for bad records. */
export async function loadRecords<T>(source: DataSource, kind: RecordKind<T>, options: ReadOptions = {}): Promise<LoadResult<T>> {
  const value = await readValue(source, options);
  const items = Array.isArray(value) ? value : (value as { features?: unknown[] } | null)?.features ?? [value];
  return normalizeAll(items as unknown[], kind);
}

async function readValue(source: DataSource, options: ReadOptions): Promise<unknown> {
  if (source.kind === 'value') return source.value;
  let text: string;
  if (source.kind === 'text') text = source.text;
  else if (source.kind === 'bytes') text = new TextDecoder().decode(source.bytes);
  else {
    let response: Response;
    try {
      response = await fetch(source.url, { signal: options.signal, credentials: 'omit' });
    } catch (error) {
      throw new ChiikiError('fetch-failed', String(error));
    }
    if (!response.ok) throw new ChiikiError('http-status', `HTTP ${response.status}`);
    text = await response.text();
  }
  if (!text.trim()) throw new ChiikiError('empty', 'The source is empty.');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ChiikiError('parse-failed', String(error));
  }
}

function normalizeAll<T>(items: unknown[], kind: RecordKind<T>): LoadResult<T> {
  const records: T[] = [];
  const problems: Problem[] = [];
  items.forEach((item, index) => {
    const row = index + 1;
    const report: ReportProblem = (field, reason, value, severity = 'warning') =>
      problems.push({ row, field, reason, value, severity });
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      report('', 'invalid-record', item, 'error');
      return;
    }
    const raw = (item as { type?: string }).type === 'Feature' ? featureToRaw(item as GeoFeature) : (item as Record<string, unknown>);
    const record = kind.normalize(raw, report);
    if (record) records.push(record);
  });
  return { records, problems, total: items.length, loaded: records.length, rejected: items.length - records.length };
}

interface GeoFeature {
  properties?: Record<string, unknown>;
  geometry?: { type?: string; coordinates?: unknown[] };
}

function featureToRaw(feature: GeoFeature): Record<string, unknown> {
  const [lng, lat] = feature.geometry?.coordinates ?? [];
  return { ...feature.properties, lat, lng };
}
