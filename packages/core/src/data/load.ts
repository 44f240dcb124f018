import { ChiikiError, type DataEncoding, type DataFormat, type LoadResult, type Problem } from './types.js';
import { decodeBytes } from './decode.js';
import { CsvReader } from './csv.js';
import { parseJsonSliced } from './json.js';
import { cleanCell, normalizeHeader, setPath, uniqueHeaders } from './headers.js';
import { Slicer, throwIfAborted } from './slice.js';

/**
 * Where records come from. Elements build one with `sourceFromElement`; the coordinator view also
 * reads local files as bytes. (Frozen interface: the widgets are built on it.)
 */
export type DataSource =
  | { kind: 'url'; url: string }
  | { kind: 'value'; value: unknown }
  | { kind: 'text'; text: string; name?: string }
  | { kind: 'bytes'; bytes: ArrayBuffer; name?: string };

export interface ReadOptions {
  /** `auto` (default): JSON when the text starts with `{` or `[` or the name / content type says so, else CSV. */
  format?: DataFormat;
  /** `auto` (default): byte-order mark, then strict UTF-8, then Shift_JIS (CP932). */
  encoding?: DataEncoding;
  /** `{ field: header }` for CSVs in no known layout; dot paths for nested fields. */
  columns?: Record<string, string>;
  signal?: AbortSignal;
  /** Fetch timeout; default 15 s. */
  timeoutMs?: number;
  /** Called between time slices while records are normalised (and once at the end). */
  onProgress?: (done: number, total: number) => void;
}

/** Collects problems for one record: `report(field, reason, value, severity)`. */
export type ReportProblem = (field: string, reason: Problem['reason'], value: unknown, severity?: Problem['severity']) => void;

/**
 * How one kind of record (salon, need, offer, plan node…) is normalised. `normalize` returns the
 * record, or `undefined` to reject it (after reporting at least one `error` problem).
 * Receives a plain object: a CSV row keyed by normalised header (see `normalizeHeader`), or a JSON
 * array item (a GeoJSON Feature arrives as its properties plus `lat` / `lng` of a Point).
 */
export interface RecordKind<T> {
  /** Used in messages and ids. */
  name: string;
  normalize(raw: Record<string, unknown>, report: ReportProblem): T | undefined;
  /** The record's id, for duplicate detection; ids are made unique with a suffix and a warning. */
  id?: (record: T) => string;
  withId?: (record: T, id: string) => T;
  /**
   * Records with the same group key are one record (イベント一覧: one row per meeting). The row still
   * counts as loaded; `merge` folds it into the record met first. `undefined`: not grouped.
   */
  groupKey?: (record: T) => string | undefined;
  merge?: (first: T, next: T) => T;
}

/** Default fetch timeout (ms). */
export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Reads a source into normalised records with exact counts (PRODUCT.md §2): `total` data records
 * (a CSV's header and blank lines are not records), `loaded + rejected === total`, one problem per
 * (row, field), `row` the 1-based record number. Throws a `ChiikiError` (`fetch-failed`,
 * `http-status`, `timeout`, `parse-failed`, `empty`) only when the source cannot be read at all, and
 * the signal's `AbortError` when aborted. Long inputs are processed in time slices.
 */
export async function loadRecords<T>(source: DataSource, kind: RecordKind<T>, options: ReadOptions = {}): Promise<LoadResult<T>> {
  throwIfAborted(options.signal);
  const table = await readTable(source, options);
  return normalizeAll(table, kind, options);
}

/** What a source holds before normalisation: JSON items, or CSV records with their header. */
type Table = { kind: 'items'; items: unknown[] } | { kind: 'csv'; headers: string[]; reader: CsvReader };

async function readTable(source: DataSource, options: ReadOptions): Promise<Table> {
  if (source.kind === 'value') return { kind: 'items', items: itemsOf(source.value, options.format) };
  let text: string;
  let name = '';
  let contentType = '';
  if (source.kind === 'text') {
    text = source.text;
    name = source.name ?? '';
  } else {
    let bytes: ArrayBuffer;
    if (source.kind === 'bytes') {
      bytes = source.bytes;
      name = source.name ?? '';
    } else {
      ({ bytes, contentType } = await fetchBytes(source.url, options));
      name = new URL(source.url, globalThis.location?.href).pathname;
    }
    text = await decodeBytes(bytes, options.encoding, options.signal);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new ChiikiError('empty', 'The source is empty.');
  const format = detectFormat(text, options.format, name, contentType);
  if (format === 'csv') {
    // Parsed while normalising (one pass, no copy of every row kept), in the same time slices.
    const reader = new CsvReader(text);
    const header = reader.next();
    if (!header) throw new ChiikiError('empty', 'The CSV has no header row.');
    return { kind: 'csv', headers: uniqueHeaders(header.fields), reader };
  }
  let value: unknown;
  try {
    value = await parseJsonSliced(text, options.signal);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ChiikiError('parse-failed', `Not valid JSON: ${(error as Error).message}`);
  }
  if (value === null) throw new ChiikiError('empty', 'The source is empty (null).');
  return { kind: 'items', items: itemsOf(value, format === 'geojson' ? 'geojson' : options.format) };
}

/** JSON when forced, or the text starts with `{` / `[`, or the name or content type says JSON; else CSV. */
export function detectFormat(text: string, format: DataFormat = 'auto', name = '', contentType = ''): 'json' | 'geojson' | 'csv' {
  if (format !== 'auto') return format;
  const first = text.trimStart()[0];
  if (first === '{' || first === '[') return /\.geojson$/i.test(name) || /geo\+json/i.test(contentType) ? 'geojson' : 'json';
  if (/\.(geo)?json$/i.test(name) || /json/i.test(contentType)) return 'json';
  return 'csv';
}

const WRAPPER_KEYS = ['records', 'items', 'data', 'salons', 'rows', 'results', 'features'];

/** The records of a JSON value: an array; a FeatureCollection's features; an object's array (`records`, `items`…); else the object itself. */
function itemsOf(value: unknown, format: DataFormat = 'auto'): unknown[] {
  if (Array.isArray(value)) {
    if (format === 'geojson') throw new ChiikiError('parse-failed', 'Not a GeoJSON FeatureCollection.');
    return value;
  }
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (object.type === 'FeatureCollection' && Array.isArray(object.features)) return object.features;
    if (object.type === 'Feature') return [object];
    if (format === 'geojson') throw new ChiikiError('parse-failed', 'Not a GeoJSON FeatureCollection.');
    if (!('id' in object || 'name' in object || 'title' in object)) {
      const key = WRAPPER_KEYS.find((k) => Array.isArray(object[k])) ?? Object.keys(object).find((k) => Array.isArray(object[k]));
      if (key) return object[key] as unknown[];
    }
    return [object];
  }
  throw new ChiikiError('parse-failed', `Expected an array or an object, got ${value === undefined ? 'nothing' : typeof value}.`);
}

async function fetchBytes(url: string, options: ReadOptions): Promise<{ bytes: ArrayBuffer; contentType: string }> {
  const controller = new AbortController();
  const outer = options.signal;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  // Raced against the fetch, so that even a fetch that ignores its signal cannot hang the element.
  const stop = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new ChiikiError('timeout', `No answer from ${url} within ${timeoutMs} ms.`));
      controller.abort();
    }, timeoutMs);
    onAbort = () => {
      reject(outer?.reason ?? new DOMException('The read was aborted.', 'AbortError'));
      controller.abort();
    };
    outer?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    let response: Response;
    try {
      response = await Promise.race([fetch(url, { signal: controller.signal, credentials: 'omit' }), stop]);
    } catch (error) {
      if (error instanceof ChiikiError || outer?.aborted) throw error;
      throw new ChiikiError('fetch-failed', `Could not fetch ${url}: ${String(error)}`);
    }
    if (!response.ok) throw new ChiikiError('http-status', `HTTP ${response.status} for ${url}`);
    try {
      const bytes = await Promise.race([response.arrayBuffer(), stop]);
      return { bytes, contentType: response.headers.get('content-type') ?? '' };
    } catch (error) {
      if (error instanceof ChiikiError || outer?.aborted) throw error;
      throw new ChiikiError('fetch-failed', `Could not read ${url}: ${String(error)}`);
    }
  } finally {
    clearTimeout(timer);
    if (onAbort) outer?.removeEventListener('abort', onAbort);
  }
}

interface GeoFeature {
  type: 'Feature';
  id?: string | number;
  properties?: Record<string, unknown> | null;
  geometry?: { type?: string; coordinates?: unknown[] } | null;
}

function featureToRaw(feature: GeoFeature): Record<string, unknown> {
  const raw: Record<string, unknown> = { ...(feature.properties ?? {}) };
  if (raw.id === undefined && feature.id !== undefined) raw.id = feature.id;
  if (feature.geometry?.type === 'Point' && Array.isArray(feature.geometry.coordinates)) {
    const [lng, lat] = feature.geometry.coordinates;
    raw.lat = lat;
    raw.lng = lng;
  }
  return raw;
}

function csvRow(headers: string[], fields: string[]): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (let i = 0; i < headers.length; i++) {
    const value = cleanCell(fields[i]);
    if (value !== undefined) raw[headers[i]!] = value;
  }
  return raw;
}

/** `columns` `{ field: header }`: the value under `header` is set at the model path `field`. */
function applyColumns(raw: Record<string, unknown>, columns: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...raw };
  for (const [field, header] of Object.entries(columns)) {
    const value = raw[normalizeHeader(header)] ?? raw[header];
    if (value !== undefined) setPath(out, field, value);
  }
  return out;
}

async function normalizeAll<T>(table: Table, kind: RecordKind<T>, options: ReadOptions): Promise<LoadResult<T>> {
  const records: T[] = [];
  const problems: Problem[] = [];
  const ids = new Set<string>();
  const groups = new Map<string, number>();
  const slicer = new Slicer(undefined, options.signal);
  let rejected = 0;
  let index = 0;
  for (; ; index++) {
    if (slicer.due()) {
      options.onProgress?.(index, estimateTotal(table, index));
      await slicer.next();
    }
    let item: unknown;
    if (table.kind === 'csv') {
      const next = table.reader.next();
      if (!next) break;
      item = csvRow(table.headers, next.fields);
    } else {
      if (index >= table.items.length) break;
      item = table.items[index];
    }
    const row = index + 1;
    let found: Map<string, Problem> | undefined;
    const report: ReportProblem = (field, reason, value, severity = 'warning') => {
      found ??= new Map();
      const before = found.get(field);
      if (!before || (severity === 'error' && before.severity !== 'error')) found.set(field, { row, field, reason, value, severity });
    };
    let record: T | undefined;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      report('', 'invalid-record', item, 'error');
    } else {
      let raw = (item as { type?: unknown }).type === 'Feature' ? featureToRaw(item as GeoFeature) : (item as Record<string, unknown>);
      if (options.columns) raw = applyColumns(raw, options.columns);
      try {
        record = kind.normalize(raw, report);
      } catch (error) {
        // Bad input never throws into the page: the record is rejected with a reason.
        record = undefined;
        report('', 'invalid-record', String(error), 'error');
      }
      if (!record && ![...(found?.values() ?? [])].some((p) => p.severity === 'error')) report('', 'invalid-record', undefined, 'error');
    }
    if (!record) {
      rejected++;
    } else {
      const key = kind.groupKey?.(record);
      const at = key === undefined ? undefined : groups.get(key);
      if (at !== undefined && kind.merge) {
        records[at] = kind.merge(records[at]!, record);
      } else {
        if (kind.id && kind.withId) {
          const id = kind.id(record);
          if (ids.has(id)) {
            let n = 2;
            while (ids.has(`${id}-${n}`)) n++;
            record = kind.withId(record, `${id}-${n}`);
            report('id', 'duplicate-id', id, 'warning');
            ids.add(`${id}-${n}`);
          } else ids.add(id);
        }
        if (key !== undefined) groups.set(key, records.length);
        records.push(record);
      }
    }
    if (found) for (const problem of found.values()) problems.push(problem);
  }
  const total = index;
  options.onProgress?.(total, total);
  return { records, problems, total, loaded: total - rejected, rejected };
}

/** Records in all: exact for JSON; for CSV estimated from how far the reader is. */
function estimateTotal(table: Table, done: number): number {
  if (table.kind === 'items') return table.items.length;
  const progress = table.reader.progress;
  return progress > 0 ? Math.max(done, Math.round(done / progress)) : done;
}
