/**
 * Data loading: an MHLW 通いの場 CSV (38 columns, Shift_JIS) from bytes in memory through @chiiki/core's
 * `loadSalons` (decode, parse, map the layout, validate), with the main thread's long tasks meanwhile.
 * Baseline: the bare platform floor — TextDecoder('shift_jis') and a line split, no validation.
 */
import { loadSalons } from '@chiiki/core';
import { painted, watchLongTasks } from './measure.js';

const bytes = (n: number) => fetch(`/.cache/bench/mhlw-${n}.csv`).then((r) => r.arrayBuffer());

export async function ours(n: number) {
  const buffer = await bytes(n);
  await painted();
  const tasks = watchLongTasks();
  const t0 = performance.now();
  const result = await loadSalons({ kind: 'bytes', bytes: buffer, name: 'tsuinoba.csv' });
  const ms = performance.now() - t0;
  return { ms, ...(await tasks.stop()), records: result.loaded, rejected: result.rejected, problems: result.problems.length, mb: buffer.byteLength / 2 ** 20 };
}

export async function decodeOnly(n: number) {
  const buffer = await bytes(n);
  await painted();
  const tasks = watchLongTasks();
  const t0 = performance.now();
  const text = new TextDecoder('shift_jis').decode(buffer);
  const lines = text.split('\r\n').map((l) => l.split(','));
  const ms = performance.now() - t0;
  return { ms, ...(await tasks.stop()), records: lines.length - 2 };
}

Object.assign(globalThis, { bench: { ours, decodeOnly } });
