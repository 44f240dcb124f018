// Named `Worker` on purpose: bundlers find the worker file by the literal `new Worker(new URL(…))`.
// Its script URL goes through the library's Trusted Types policy (pages with `require-trusted-types-for`).
import { TrustedWorker as Worker } from '@chiiki/core';
import type { ClusterEngine } from './cluster-engine.js';

/** Numbers per row of a query result: kind, id, lng, lat, count (see cluster-engine.ts). */
const ROW = 5;

/** One thing to draw: a salon (`index` into the points given to `build`) or a cluster of `count`. */
export type ClusterItem =
  | { kind: 'point'; index: number; lat: number; lng: number }
  | { kind: 'cluster'; id: number; lat: number; lng: number; count: number };

type Pending = (data: { rows?: Float64Array; zoom?: number }) => void;

/**
 * Up to this many points the index is built on the main thread in one go (a few ms for supercluster):
 * starting a worker costs more than the build (measured in bench/: 50–90 ms of main-thread time for the
 * Worker and its module, against under 10 ms for 3,000 points).
 */
const MAIN_THREAD_LIMIT = 3000;

/** Gives the browser a turn (a task boundary) between slices of main-thread work. */
export const pause = (): Promise<void> =>
  new Promise((resolve) => {
    const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    if (scheduler?.yield) void scheduler.yield().then(resolve);
    else setTimeout(resolve, 0);
  });

/**
 * The clustering index of the salons on the map. Small sets (`MAIN_THREAD_LIMIT`) are built on the
 * main thread at once; larger ones in a module Worker loaded from a same-origin URL where the page
 * allows one (CSP `worker-src` / `script-src 'self'`), otherwise on the main thread in slices.
 * Queries are asynchronous either way.
 */
export class ClusterIndex {
  #worker?: Worker;
  #local?: ClusterEngine;
  #pending = new Map<number, Pending>();
  #next = 0;

  /** Builds an index of `coords` (`[lng, lat, …]`). Rejects with an AbortError when `signal` aborts. */
  static async build(coords: Float64Array, signal?: AbortSignal): Promise<ClusterIndex> {
    const index = new ClusterIndex();
    // Nothing to cluster (the map shows before the data arrives): no worker, whose script load a
    // superseding build would cut off mid-request.
    if (coords.length === 0) return index;
    if (coords.length / 2 <= MAIN_THREAD_LIMIT) {
      const { ClusterEngine } = await import('./cluster-engine.js');
      signal?.throwIfAborted();
      index.#local = new ClusterEngine();
      await index.#local.build(coords);
      return index;
    }
    const viaWorker = await index.#tryWorker(coords, signal);
    if (!viaWorker) {
      // Only pages that forbid workers download supercluster into the main thread.
      const { ClusterEngine } = await import('./cluster-engine.js');
      index.#local = new ClusterEngine();
      await index.#local.build(coords, async () => {
        await pause();
        signal?.throwIfAborted();
      });
    }
    signal?.throwIfAborted();
    return index;
  }

  /** Whether the index was built off the main thread. */
  get inWorker(): boolean {
    return !!this.#worker;
  }

  async query(bbox: [number, number, number, number], zoom: number): Promise<ClusterItem[]> {
    const rows = this.#local
      ? this.#local.query(bbox, zoom)
      : this.#worker
        ? ((await this.#ask({ type: 'query', bbox, zoom })).rows ?? new Float64Array())
        : new Float64Array();
    const items: ClusterItem[] = [];
    for (let k = 0; k < rows.length; k += ROW) {
      const [kind, id, lng, lat, count] = rows.subarray(k, k + ROW) as unknown as number[];
      items.push(kind === 1 ? { kind: 'cluster', id: id!, lat: lat!, lng: lng!, count: count! } : { kind: 'point', index: id!, lat: lat!, lng: lng! });
    }
    return items;
  }

  async expansionZoom(clusterId: number): Promise<number> {
    if (this.#local) return this.#local.expansionZoom(clusterId);
    if (!this.#worker) return 17;
    return (await this.#ask({ type: 'expand', cluster: clusterId })).zoom ?? 17;
  }

  dispose(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    for (const resolve of this.#pending.values()) resolve({});
    this.#pending.clear();
  }

  #ask(message: Record<string, unknown>): Promise<{ rows?: Float64Array; zoom?: number }> {
    const id = ++this.#next;
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      this.#worker?.postMessage({ ...message, id });
    });
  }

  /** Starts the worker and builds there; resolves false when no worker can run (CSP, file missing). */
  #tryWorker(coords: Float64Array, signal?: AbortSignal): Promise<boolean> {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./cluster-worker.ts', import.meta.url), { type: 'module', name: 'chiiki-clusters' });
    } catch {
      return Promise.resolve(false);
    }
    return new Promise<boolean>((resolve) => {
      const fail = () => {
        worker.terminate();
        resolve(false);
      };
      const onAbort = () => {
        worker.terminate();
        resolve(true);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.addEventListener('error', fail, { once: true });
      worker.addEventListener('message', (event: MessageEvent<{ type: string; id?: number; rows?: Float64Array; zoom?: number }>) => {
        const data = event.data;
        if (data.type === 'ready') {
          worker.removeEventListener('error', fail);
          signal?.removeEventListener('abort', onAbort);
          this.#worker = worker;
          resolve(true);
        } else if (data.type === 'result' && data.id !== undefined) {
          this.#pending.get(data.id)?.(data);
          this.#pending.delete(data.id);
        }
      });
      const copy = coords.slice();
      worker.postMessage({ type: 'build', coords: copy }, [copy.buffer]);
    });
  }
}
