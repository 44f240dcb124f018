/** Messages between the main thread (`worker-client.ts`) and the parse worker (`parse-worker.ts`). */
import type { ErrorCode, Problem } from './types.js';
import type { ReadOptions } from './load.js';

/** Main → worker, once the worker said `ready`: a piece of the input (bytes, or text), in order. */
export interface PieceMessage {
  type: 'piece';
  data: ArrayBuffer | string;
}

/** Main → worker after the pieces: read the input they make. */
export interface ReadRequest {
  type: 'read';
  name: string;
  contentType: string;
  options: Pick<ReadOptions, 'format' | 'encoding' | 'columns'>;
  /** A kind the worker knows (`RecordKind.worker`): normalise there; else send the table's rows. */
  kind?: string;
  /** Records (or rows) per message. */
  batch: number;
}

/** Worker → main. */
export type WorkerReply =
  /** The worker's module is evaluated: the input can be sent. */
  | { type: 'ready' }
  | { type: 'progress'; done: number; total: number }
  /** Normalised records (a known kind), in order. */
  | { type: 'records'; records: unknown[] }
  | { type: 'problems'; problems: Problem[] }
  /** Raw rows for the main thread's normaliser (CSV rows keyed by header, or JSON items), in order. */
  | { type: 'rows'; rows: unknown[] }
  /** All sent: the counts of a known kind (`undefined` for rows). */
  | { type: 'done'; counts?: { total: number; loaded: number; rejected: number } }
  /** The source cannot be read: a `ChiikiError` to rethrow as it is. */
  | { type: 'error'; code: ErrorCode; message: string; problems: Problem[] }
  /** Something unexpected (a bug): the main thread reads the source itself. */
  | { type: 'failed'; message: string };
