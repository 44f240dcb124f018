// Named `Worker` on purpose: bundlers find the worker file by the literal `new Worker(new URL(…))`.
// Its script URL goes through the library's Trusted Types policy (pages with `require-trusted-types-for`).
import { TrustedWorker as Worker } from '../trusted-types.js';
import type { ReadOptions, RecordKind } from './load.js';
import { normalizeAll, type Input } from './read.js';
import { ChiikiError, type LoadResult, type Problem } from './types.js';
import { yieldToMain } from './slice.js';
import type { PieceMessage, ReadRequest, WorkerReply } from './worker-messages.js';

/**
 * Records (or raw rows) per message from the worker. The main thread deserialises each message in a
 * task of its own: 1,000 salons were 9–15 ms of main-thread CPU there on a loaded machine, plus a
 * young-generation GC now and then (5–30 ms); 500 keeps the sum well below 50 ms (bench/cases/loading.mjs).
 */
export const BATCH = 500;

/**
 * How the parse worker is started, and whether it could be. `unavailable` is set once a worker could
 * not start (CSP, missing file): later reads go straight to the time slices. Tests replace `create`.
 */
export const parseWorker = {
  create: (): Worker => new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module', name: 'chiiki-data' }),
  unavailable: false,
};

/**
 * Characters or bytes per piece of input sent: copying (or cloning) 27 MB at once took 160–215 ms of
 * the main thread on a busy machine; 1 MB is a few milliseconds, one task each.
 */
const PIECE = 1 << 20;

/** Hands the input to the worker: fetched bytes transferred at once, anything else copied piece by piece. */
async function send(worker: Worker, input: Exclude<Input, { kind: 'value' }>, owned: boolean, closed: () => boolean): Promise<void> {
  if (input.kind === 'bytes' && owned) {
    worker.postMessage({ type: 'piece', data: input.bytes } satisfies PieceMessage, [input.bytes]);
    return;
  }
  const size = input.kind === 'bytes' ? input.bytes.byteLength : input.text.length;
  const step = input.kind === 'bytes' ? PIECE : PIECE / 2;
  for (let at = 0; at < size && !closed(); at += step) {
    if (at) await yieldToMain();
    if (closed()) return;
    if (input.kind === 'bytes') {
      const piece = input.bytes.slice(at, at + step);
      worker.postMessage({ type: 'piece', data: piece } satisfies PieceMessage, [piece]);
    } else worker.postMessage({ type: 'piece', data: input.text.slice(at, at + step) } satisfies PieceMessage);
  }
}

/**
 * Reads a text or bytes input in the parse worker. A kind the worker knows (`kind.worker`) is normalised
 * there; any other kind gets its rows from the worker and is normalised here in time slices. Resolves
 * `undefined`, with the input untouched, when no worker can start (the caller then reads on the main
 * thread). The input is handed to the worker once it runs: bytes transferred when `owned` (fetched
 * here; the input's ArrayBuffer is detached then), else copied in pieces.
 */
export async function readInWorker<T>(
  input: Exclude<Input, { kind: 'value' }>,
  kind: RecordKind<T>,
  options: ReadOptions,
  owned = false,
): Promise<LoadResult<T> | undefined> {
  if (parseWorker.unavailable) return undefined;
  let worker: Worker;
  try {
    worker = parseWorker.create();
  } catch {
    // A script URL the page does not allow (cross-origin distribution, Trusted Types refusing it…).
    parseWorker.unavailable = true;
    return undefined;
  }
  const signal = options.signal;
  const batches: T[][] = [];
  const problems: Problem[] = [];
  const rows: unknown[] = [];
  const started = await new Promise<{ done?: { total: number; loaded: number; rejected: number } } | undefined>((resolve, reject) => {
    let running = false;
    let closed = false;
    const finish = () => {
      closed = true;
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(signal!.reason ?? new DOMException('The read was aborted.', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish();
      if (running) reject(new ChiikiError('parse-failed', `The data could not be read: ${event.message || 'worker error'}`));
      else {
        // The module did not load (a CSP without worker-src for us, a missing file): slices instead.
        parseWorker.unavailable = true;
        resolve(undefined);
      }
    });
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      switch (reply.type) {
        case 'ready':
          running = true;
          void send(worker, input, owned, () => closed).then(() => {
            if (closed) return;
            const { format, encoding, columns } = options;
            const request: ReadRequest = { type: 'read', name: input.name, contentType: input.contentType, options: { format, encoding, columns }, kind: kind.worker, batch: BATCH };
            worker.postMessage(request);
          });
          break;
        case 'progress':
          if (!signal?.aborted) options.onProgress?.(reply.done, reply.total);
          break;
        case 'records':
          // Kept as the arrays they arrive in, joined once at the end: no old array written per record.
          batches.push(reply.records as T[]);
          break;
        case 'problems':
          for (const problem of reply.problems) problems.push(problem);
          break;
        case 'rows':
          for (const row of reply.rows) rows.push(row);
          break;
        case 'done':
          finish();
          resolve({ done: reply.counts });
          break;
        case 'error':
          finish();
          reject(new ChiikiError(reply.code, reply.message, reply.problems));
          break;
        case 'failed':
          finish();
          reject(new ChiikiError('parse-failed', `The data could not be read: ${reply.message}`));
          break;
      }
    });
    if (signal?.aborted) onAbort();
  });
  if (!started) return undefined;
  if (started.done) return { records: ([] as T[]).concat(...batches), problems, ...started.done };
  // A kind whose normaliser lives in another package: its rows, normalised here in time slices.
  return normalizeAll({ kind: 'items', items: rows }, kind, options);
}
