/** Data types shared by every element (PRODUCT.md §2 and §3). Frozen public interface. */

/** Codes of `chiiki-error`. */
export const ERROR_CODES = [
  'fetch-failed',
  'http-status',
  'timeout',
  'parse-failed',
  'empty',
  'geolocation-denied',
  'geolocation-unavailable',
  'geocoder-failed',
  'submit-failed',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error with one of the codes of §2; what loaders throw and elements report. */
export class ChiikiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'ChiikiError';
  }
}

/**
 * Why a field of a record was reported. `error` problems reject the record; the others are warnings
 * and the record is loaded.
 */
export const PROBLEM_REASONS = [
  'required', // a field the record cannot do without (error)
  'invalid-record', // not an object / not a row (error)
  'invalid-type', // wrong JSON type; the field is dropped
  'invalid-value', // value out of range or not in an enum; kept as text where possible
  'unknown-code', // a code we do not know; kept as text
  'coordinates-swapped', // lat/lng given the wrong way round; fixed
  'coordinates-missing', // no coordinates; listed without a map pin
  'coordinates-out-of-japan', // outside lat 20–46, lng 122–154; listed without a map pin
  'coordinates-placeholder', // 0 or 999 used as "unknown"; listed without a map pin
  'schedule-unparsed', // published schedule text kept, no computed date
  'duplicate-id', // the id was used before; a suffix was added
  'too-deep', // nesting beyond the supported depth (plans)
] as const;
export type ProblemReason = (typeof PROBLEM_REASONS)[number];

export type Severity = 'error' | 'warning';

/** One problem per (row, field). `row` is the 1-based record number (JSON: 1-based array index). */
export interface Problem {
  row: number;
  field: string;
  reason: ProblemReason;
  value: unknown;
  severity: Severity;
}

/** The result of reading one source: `loaded + rejected === total`, always. */
export interface LoadResult<T> {
  records: T[];
  problems: Problem[];
  total: number;
  loaded: number;
  rejected: number;
}

/** Detail of `chiiki-load`. */
export interface LoadDetail {
  total: number;
  loaded: number;
  rejected: number;
  problems: Problem[];
  source?: string;
}

export type DataFormat = 'auto' | 'json' | 'geojson' | 'csv';
export type DataEncoding = 'auto' | 'utf-8' | 'shift_jis' | 'utf-16';
