/**
 * The parse worker (a module worker started by `worker-client.ts`): decodes and parses a source off the
 * main thread with the same code as the main thread's time slices (`read.ts`), normalises it when the
 * record kind is one of core's (salons), and posts the outcome back in batches small enough that the
 * main thread's structured-clone reading of one message stays far below a long task. Loads no Lit and
 * no i18next.
 */
import { csvRow, normalizeAll, tableOf, type Input } from './read.js';
import { salonKind } from './salon-kind.js';
import { setSliceBudget } from './slice.js';
import { ChiikiError } from './types.js';
import type { RecordKind } from './load.js';
import type { PieceMessage, ReadRequest, WorkerReply } from './worker-messages.js';

/** The kinds whose normaliser can run here, by `RecordKind.worker`. */
const KINDS: Record<string, RecordKind<unknown>> = { salon: salonKind as RecordKind<unknown> };

// Nothing waits on this thread: long slices, each ending with a progress message.
setSliceBudget(40);

const post = (reply: WorkerReply) => postMessage(reply);

function sendInBatches(type: 'records' | 'rows', items: unknown[], batch: number): void {
  for (let at = 0; at < items.length; at += batch) {
    const part = items.slice(at, at + batch);
    post(type === 'records' ? { type, records: part } : { type, rows: part });
  }
}

/** The pieces of the input so far (see `worker-client.ts`). */
let pieces: (ArrayBuffer | string)[] = [];

/** The input the pieces make: bytes put together, or text joined. */
function inputOf({ name, contentType }: ReadRequest): Input {
  const parts = pieces;
  pieces = [];
  if (parts.every((p) => typeof p === 'string')) return { kind: 'text', text: parts.join(''), name, contentType };
  const buffers = parts as ArrayBuffer[];
  if (buffers.length === 1) return { kind: 'bytes', bytes: buffers[0]!, name, contentType };
  const bytes = new Uint8Array(buffers.reduce((n, b) => n + b.byteLength, 0));
  let at = 0;
  for (const b of buffers) {
    bytes.set(new Uint8Array(b), at);
    at += b.byteLength;
  }
  return { kind: 'bytes', bytes: bytes.buffer, name, contentType };
}

async function read(request: ReadRequest): Promise<void> {
  const { options, kind: kindName, batch } = request;
  const table = await tableOf(inputOf(request), options);
  const kind = kindName ? KINDS[kindName] : undefined;
  if (!kind) {
    // Rows for the main thread's normaliser: CSV records keyed by header, or the JSON items.
    let rows: unknown[];
    if (table.kind === 'items') rows = table.items;
    else {
      rows = [];
      for (let next = table.reader.next(); next; next = table.reader.next()) rows.push(csvRow(table.headers, next.fields));
    }
    sendInBatches('rows', rows, batch);
    post({ type: 'done' });
    return;
  }
  const onProgress = (done: number, total: number) => post({ type: 'progress', done, total });
  const { records, problems, total, loaded, rejected } = await normalizeAll(table, kind, { columns: options.columns, onProgress });
  sendInBatches('records', records, batch);
  for (let at = 0; at < problems.length; at += batch) post({ type: 'problems', problems: problems.slice(at, at + batch) });
  post({ type: 'done', counts: { total, loaded, rejected } });
}

addEventListener('message', (event: MessageEvent<PieceMessage | ReadRequest>) => {
  const message = event.data;
  if (message.type === 'piece') {
    pieces.push(message.data);
    return;
  }
  read(message).catch((error: unknown) => {
    if (error instanceof ChiikiError) post({ type: 'error', code: error.code, message: error.message, problems: error.problems });
    else post({ type: 'failed', message: String(error) });
  });
});

post({ type: 'ready' });
