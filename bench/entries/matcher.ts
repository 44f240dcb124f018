/**
 * Matcher cases: our exact engine against munkres-js (the usual npm pick) and a greedy assignment
 * (what a spreadsheet workflow does), on the same generated instances.
 */
import { lapjv, matchSupport, toMetres, type Need, type Offer } from '@chiiki/support-matcher/engine';
import munkres from 'munkres-js';
import { frameGaps, painted, watchLongTasks } from './measure.js';
import { seeded } from './random.js';

const CENTRE = { lat: 32.879, lng: 130.868 };

function point(random: () => number, spreadKm: number) {
  return { lat: CENTRE.lat + ((random() - 0.5) * spreadKm) / 111, lng: CENTRE.lng + ((random() - 0.5) * spreadKm) / 93 };
}

/** Dense one-category instance: every need can be served by every offer (n × n edges). */
export function denseInstance(n: number, seed = 1): { needs: Need[]; offers: Offer[] } {
  const random = seeded(seed);
  const needs = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, categories: ['shopping'], ...point(random, 20) }));
  const offers = Array.from({ length: n }, (_, i) => ({ id: `o${i}`, name: `o${i}`, kind: 'volunteer' as const, categories: ['shopping'], ...point(random, 20) }));
  return { needs, offers };
}

/** The full problem: 3 categories each, capacities 1–3, a distance limit. */
export function fullInstance(n: number, seed = 2): { needs: Need[]; offers: Offer[]; maxKm: number } {
  const random = seeded(seed);
  const categories = ['safety-check', 'consultation', 'shopping', 'housework', 'outing', 'garbage', 'conversation'];
  const pick = () => {
    const set = new Set<string>();
    while (set.size < 3) set.add(categories[Math.floor(random() * categories.length)]);
    return [...set];
  };
  const needs = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, categories: pick(), ...point(random, 30) }));
  const offers = Array.from({ length: n }, (_, i) => ({
    id: `o${i}`, name: `o${i}`, kind: 'volunteer' as const, categories: pick(), capacity: 1 + Math.floor(random() * 3), ...point(random, 30),
  }));
  return { needs, offers, maxKm: 3 };
}

function km(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The metres matrix of a dense instance (row-major), as both solvers get it in the solver-only timing. */
function metresMatrix(needs: Need[], offers: Offer[]): Float64Array {
  const n = needs.length;
  const matrix = new Float64Array(n * offers.length);
  needs.forEach((need, i) => offers.forEach((offer, j) => (matrix[i * n + j] = toMetres(km(need as never, offer as never)))));
  return matrix;
}

/**
 * Our engine end to end (records checked, distances, exact assignment), timed on a warm engine: one
 * solve of another instance of the same size runs first, as in a page that solves more than once
 * (the first call of a fresh page also pays for V8 compiling the engine: reported as `firstCallMs`).
 * `solverMs`: the assignment alone (LAPJV on the prebuilt metres matrix), to compare solver with
 * solver (munkres-js's `solverMs`).
 */
export function runOurs(n: number) {
  const warmup = denseInstance(n, 99);
  let t0 = performance.now();
  matchSupport(warmup.needs, warmup.offers);
  const firstCallMs = performance.now() - t0;
  const { needs, offers } = denseInstance(n);
  t0 = performance.now();
  const result = matchSupport(needs, offers);
  const ms = performance.now() - t0;
  const matrix = new Float32Array(metresMatrix(needs, offers));
  t0 = performance.now();
  lapjv(n, matrix);
  const solverMs = performance.now() - t0;
  return { ms, firstCallMs, solverMs, served: result.stats.served, totalKm: result.stats.totalKm };
}

/**
 * munkres-js as a page would use it: a km matrix of nested arrays, then munkres (timed together in
 * `ms`, after a warm-up solve at n = 30: a warm-up at full size would double its minutes). `solverMs`:
 * munkres alone on the same metres matrix our solver gets, timed apart.
 */
export function runMunkres(n: number) {
  const warmup = denseInstance(30, 99);
  munkres(warmup.needs.map((need) => warmup.offers.map((offer) => km(need as never, offer as never))));
  const { needs, offers } = denseInstance(n);
  let t0 = performance.now();
  const matrix = needs.map((need) => offers.map((offer) => km(need as never, offer as never)));
  const pairs = munkres(matrix) as [number, number][];
  const ms = performance.now() - t0;
  let totalKm = 0;
  for (const [i, j] of pairs) totalKm += matrix[i][j];
  const metres = metresMatrix(needs, offers);
  const rowsOfMetres = Array.from({ length: n }, (_, i) => Array.from(metres.subarray(i * n, (i + 1) * n)));
  t0 = performance.now();
  munkres(rowsOfMetres);
  const solverMs = performance.now() - t0;
  return { ms, solverMs, served: pairs.length, totalKm };
}

/** Greedy: each need in turn takes the nearest free offer. */
export function runGreedy(n: number) {
  const { needs, offers } = denseInstance(n);
  const t0 = performance.now();
  const taken = new Uint8Array(offers.length);
  let totalKm = 0;
  let served = 0;
  for (const need of needs) {
    let best = -1;
    let bestKm = Infinity;
    offers.forEach((offer, j) => {
      if (taken[j]) return;
      const d = km(need as never, offer as never);
      if (d < bestKm) [best, bestKm] = [j, d];
    });
    if (best >= 0) {
      taken[best] = 1;
      totalKm += bestKm;
      served++;
    }
  }
  return { ms: performance.now() - t0, served, totalKm };
}

export function runFull(n: number) {
  const { needs, offers, maxKm } = fullInstance(n);
  const t0 = performance.now();
  const result = matchSupport(needs, offers, { maxKm });
  return { ms: performance.now() - t0, served: result.stats.served, total: result.stats.total, totalKm: result.stats.totalKm };
}

/**
 * The full problem off the main thread in the engine's module worker (engine/worker.ts, the protocol
 * MatchRunner speaks: { needs, offers, options } in, progress messages and one result out), with the
 * main thread's frames and long tasks recorded meanwhile. Worker start-up is inside the timing.
 */
export async function runFullWorker(n: number) {
  const { needs, offers, maxKm } = fullInstance(n);
  await painted();
  const tasks = watchLongTasks();
  const t0 = performance.now();
  const worker = new Worker(new URL('../../packages/support-matcher/src/engine/worker.ts', import.meta.url), { type: 'module' });
  const solved = new Promise<ReturnType<typeof matchSupport> | undefined>((resolve) => {
    worker.onmessage = (event: MessageEvent<{ type: string; result?: ReturnType<typeof matchSupport> }>) => {
      if (event.data.type === 'result') resolve(event.data.result);
      else if (event.data.type === 'error') resolve(undefined);
    };
    worker.onerror = () => resolve(undefined);
  });
  worker.postMessage({ needs, offers, options: { maxKm } });
  const { result, ...frames } = await frameGaps(solved);
  const ms = performance.now() - t0;
  const mode = result ? 'worker' : 'worker failed';
  worker.terminate();
  return { ms, mode, served: result?.stats.served, totalKm: result?.stats.totalKm, ...frames, ...(await tasks.stop()) };
}

/** The same solve called directly on the main thread: what the page would feel without the worker. */
export async function runFullMain(n: number) {
  const { needs, offers, maxKm } = fullInstance(n);
  await painted();
  const tasks = watchLongTasks();
  const t0 = performance.now();
  const { result, ...frames } = await frameGaps(new Promise<ReturnType<typeof matchSupport>>((resolve) => setTimeout(() => resolve(matchSupport(needs, offers, { maxKm })), 20)));
  const ms = performance.now() - t0;
  return { ms, mode: 'main thread', served: result.stats.served, totalKm: result.stats.totalKm, ...frames, ...(await tasks.stop()) };
}

Object.assign(globalThis, { bench: { runOurs, runMunkres, runGreedy, runFull, runFullWorker, runFullMain } });
