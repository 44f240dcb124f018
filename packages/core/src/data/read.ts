/**
 * How a source is read (PRODUCT.md §2), in steps that run on the main thread in time slices or in the
 * parse worker (`parse-worker.ts`): `readInput` (fetch) → `tableOf` (decode, CSV / JSON) →
 * `normalizeAll` (the kind's normaliser, counts, problems, ids, groups). The same code on both paths,
 * so a result never depends on where it was made.
 */
import { ChiikiError, type DataFormat, type LoadResult, type Problem } from './types.js';
import { decodePieces } from './decode.js';
import { CsvReader } from './csv.js';
import { parseJsonSliced } from './json.js';
import { cleanCell, normalizeHeader, setPath, uniqueHeaders } from './headers.js';
import { Slicer } from './slice.js';
import type { DataSource, ReadOptions, RecordKind, ReportProblem } from './load.js';
import { fetchBytes } from './fetch-bytes.js';

export { DEFAULT_TIMEOUT_MS } from './fetch-bytes.js';

/** What a source holds before normalisation: JSON items, or CSV records with their header. */
export type Table = { kind: 'items'; items: unknown[] } | { kind: 'csv'; headers: string[]; reader: CsvReader };

/**
 * A source once it is in memory: a value (parsed already), a text, or bytes (given, or fetched with
 * the timeout and abort of `fetchBytes`). `name` and `contentType` help to tell JSON from CSV.
 */
export type Input =
  | { kind: 'value'; value: unknown }
  | { kind: 'text'; text: string; name: string; contentType: string }
  | { kind: 'bytes'; bytes: ArrayBuffer; name: string; contentType: string };

/** What `tableOf` needs of the read options (all of it can be posted to a worker but the signal). */
export type TableOptions = Pick<ReadOptions, 'format' | 'encoding' | 'signal'>;

/** Brings a source into memory: fetches a URL (errors with the codes of §2); nothing else is done yet. */
export async function readInput(source: DataSource, options: ReadOptions): Promise<Input> {
  if (source.kind === 'value') return { kind: 'value', value: source.value };
  if (source.kind === 'text') return { kind: 'text', text: source.text, name: source.name ?? '', contentType: '' };
  if (source.kind === 'bytes') return { kind: 'bytes', bytes: source.bytes, name: source.name ?? '', contentType: '' };
  const { bytes, contentType } = await fetchBytes(source.url, options);
  return { kind: 'bytes', bytes, name: new URL(source.url, globalThis.location?.href).pathname, contentType };
}

/** Decodes and parses an input into a table (JSON items, or a CSV reader past its header). */
export async function tableOf(input: Input, options: TableOptions): Promise<Table> {
  if (input.kind === 'value') return { kind: 'items', items: itemsOf(input.value, options.format) };
  const { name, contentType } = input;
  // Bytes stay in decoded pieces as long as they can: a CSV reader takes them as they are.
  const pieces = input.kind === 'text' ? [input.text] : await decodePieces(input.bytes, options.encoding, options.signal);
  if (pieces[0]?.charCodeAt(0) === 0xfeff) pieces[0] = pieces[0].slice(1);
  const start = pieces.find((piece) => piece.trimStart())?.trimStart();
  if (!start) throw new ChiikiError('empty', 'The source is empty.');
  const format = detectFormat(start.slice(0, 1), options.format, name, contentType);
  if (format === 'csv') {
    // Parsed while normalising (one pass, no copy of every row kept), in the same time slices.
    const reader = new CsvReader(pieces);
    const header = reader.next();
    if (!header) throw new ChiikiError('empty', 'The CSV has no header row.');
    return { kind: 'csv', headers: uniqueHeaders(header.fields), reader };
  }
  const text = pieces.length === 1 ? pieces[0]! : pieces.join('');
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

export function csvRow(headers: string[], fields: string[]): Record<string, unknown> {
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

export async function normalizeAll<T>(table: Table, kind: RecordKind<T>, options: Pick<ReadOptions, 'columns' | 'signal' | 'onProgress'>): Promise<LoadResult<T>> {
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
