/**
 * Data loading: an MHLW 通いの場 CSV (38 columns, Shift_JIS) from bytes in memory through @chiiki/core
 * (decode, parse, map the layout, validate), with the main thread's long tasks and frame gaps meanwhile,
 * on each path of the loader: the parse worker (everything off the main thread, salons posted back in
 * batches), parse in the worker + normalise in main-thread slices (what a kind of another package
 * gets), and the main thread's time slices alone (the fallback where no worker may start).
 * Baseline: the bare platform floor — TextDecoder('shift_jis') and a line split, no validation.
 */
import { loadRecords, salonKind, type ReadOptions, type RecordKind, type Salon } from '@chiiki/core';
import { lastPath } from '../../packages/core/src/data/load.js';
import { frameGaps, painted, watchLongTasks } from './measure.js';

let cached: { n: number; buffer: ArrayBuffer } | undefined;

/** Fetches the file before the measured part (the trace starts after this). */
export async function prepare(n: number) {
  cached = { n, buffer: await fetch(`/.cache/bench/mhlw-${n}.csv`).then((r) => r.arrayBuffer()) };
}

async function bytes(n: number): Promise<ArrayBuffer> {
  if (cached?.n !== n) await prepare(n);
  return cached!.buffer;
}

/** Marks for the trace (bench/cases/loading.mjs counts the main thread's tasks between them). */
const mark = (name: 'start' | 'end') => console.timeStamp(`bench:${name}`);

/** salonKind as a kind the worker does not know: parsed there, normalised here. */
const foreignKind: RecordKind<Salon> = { ...salonKind, worker: undefined };

async function load(n: number, kind: RecordKind<Salon>, options: ReadOptions) {
  const buffer = await bytes(n);
  await painted();
  const tasks = watchLongTasks();
  mark('start');
  const t0 = performance.now();
  const { result, longestFrameGap, framesOver50 } = await frameGaps(loadRecords({ kind: 'bytes', bytes: buffer, name: 'tsuinoba.csv' }, kind, options));
  const ms = performance.now() - t0;
  mark('end');
  const long = await tasks.stop();
  return {
    ms,
    metrics: { total: ms, 'longest main-thread task': long.longestTask },
    ...long,
    longestFrameGap,
    framesOver50,
    path: lastPath,
    records: result.loaded,
    rejected: result.rejected,
    problems: result.problems.length,
    mb: buffer.byteLength / 2 ** 20,
  };
}

export const worker = (n: number) => load(n, salonKind, { worker: true });
export const workerParse = (n: number) => load(n, foreignKind, { worker: true });
export const sliced = (n: number) => load(n, salonKind, { worker: false });

export async function decodeOnly(n: number) {
  const buffer = await bytes(n);
  await painted();
  const tasks = watchLongTasks();
  mark('start');
  const t0 = performance.now();
  const text = new TextDecoder('shift_jis').decode(buffer);
  const lines = text.split('\r\n').map((l) => l.split(','));
  const ms = performance.now() - t0;
  await painted();
  mark('end');
  const long = await tasks.stop();
  return { ms, metrics: { total: ms, 'longest main-thread task': long.longestTask }, ...long, records: lines.length - 2 };
}

Object.assign(globalThis, { bench: { prepare, worker, workerParse, sliced, decodeOnly } });
