import type { DataEncoding, DataFormat, LoadResult, Problem } from './types.js';
import { normalizeAll, readInput, tableOf, type Input } from './read.js';
import { throwIfAborted } from './slice.js';

export { detectFormat, DEFAULT_TIMEOUT_MS } from './read.js';

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
  /**
   * Where a text or bytes source is parsed: `undefined` (default) in the parse worker from
   * `WORKER_MIN_SIZE` up, `true` in the worker whatever the size, `false` on the main thread. Without a
   * worker (a page that forbids it, `file:`) the main thread reads in time slices; the result is the same.
   */
  worker?: boolean;
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
  /**
   * The name under which the parse worker knows this kind (core's own kinds: `salon`): then the worker
   * normalises too and only finished records come back. Other kinds are parsed in the worker and
   * normalised on the main thread in time slices.
   */
  worker?: string;
}

/**
 * Reads a source into normalised records with exact counts (PRODUCT.md §2): `total` data records
 * (a CSV's header and blank lines are not records), `loaded + rejected === total`, one problem per
 * (row, field), `row` the 1-based record number. Throws a `ChiikiError` (`fetch-failed`,
 * `http-status`, `timeout`, `parse-failed`, `empty`) only when the source cannot be read at all, and
 * the signal's `AbortError` when aborted. Large texts and bytes are read in the parse worker (see
 * `ReadOptions.worker`), else — and always for values — in time slices; the result is the same.
 */
export async function loadRecords<T>(source: DataSource, kind: RecordKind<T>, options: ReadOptions = {}): Promise<LoadResult<T>> {
  throwIfAborted(options.signal);
  const input = await readInput(source, options);
  if (input.kind !== 'value' && wantsWorker(input, options)) {
    const { readInWorker } = await import('./worker-client.js');
    // Fetched bytes are ours to hand over; a caller's bytes are copied (a retry reads them again).
    const result = await readInWorker(input, kind, options, source.kind === 'url');
    if (result) {
      lastPath = kind.worker ? 'worker' : 'worker+slices';
      return result;
    }
  }
  lastPath = 'slices';
  return normalizeAll(await tableOf(input, options), kind, options);
}

/** How the last read in this page was made (bench and tests): in the worker, parsed there and normalised here, or in time slices. */
export let lastPath: 'worker' | 'worker+slices' | 'slices' | undefined;

/**
 * From this many bytes (or characters) a source is read in the parse worker by default: about 3,500
 * rows of the MHLW CSV. Below it the main thread's time slices finish sooner than a worker starts.
 */
export const WORKER_MIN_SIZE = 1 << 20;

function wantsWorker(input: Exclude<Input, { kind: 'value' }>, options: ReadOptions): boolean {
  if (options.worker === false || typeof Worker === 'undefined') return false;
  // A worker's script cannot be loaded from a file: page (Chrome logs an error): do not try.
  if (globalThis.location?.protocol === 'file:') return false;
  return options.worker === true || (input.kind === 'text' ? input.text.length : input.bytes.byteLength) >= WORKER_MIN_SIZE;
}

