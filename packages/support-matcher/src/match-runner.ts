// Named `Worker` on purpose: bundlers find the worker file by the literal `new Worker(new URL(…))`.
// Its script URL goes through the library's Trusted Types policy (pages with `require-trusted-types-for`).
import { TrustedWorker as Worker } from '@chiiki/core';
import { matchSupport, matchSupportSteps, type MatchOptions, type MatchResult } from './engine/index.js';

/** Inputs with fewer (need × category) pairs than this are solved with a plain call. */
const SMALL = 300;

export interface RunHandlers {
  onProgress?: (done: number, total: number) => void;
}

/**
 * Runs the engine off the main thread: in a module worker when the page allows one (same-origin
 * script URL; a strict CSP with `script-src 'self'` does), else on the main thread in time slices of
 * about 12 ms (so the page stays responsive), else — for small inputs — with a plain call.
 * `cancel()` terminates the worker or stops the slices; the pending `run` then resolves `undefined`.
 */
export class MatchRunner {
  #worker?: Worker;
  #workerBroken = false;
  #cancel?: () => void;
  /** How the last run was made: `worker`, `slices` or `direct` (for tests and diagnostics). */
  lastMode: 'worker' | 'slices' | 'direct' | undefined;

  /** Creating the worker may be refused (CSP, file://, old browser): then we remember and slice. */
  #createWorker(): Worker | undefined {
    if (this.#workerBroken || typeof Worker === 'undefined') return undefined;
    try {
      return new Worker(new URL('./engine/worker.ts', import.meta.url), { type: 'module' });
    } catch {
      this.#workerBroken = true;
      return undefined;
    }
  }

  run(needs: unknown[], offers: unknown[], options: MatchOptions, handlers: RunHandlers = {}): Promise<MatchResult | undefined> {
    this.cancel();
    const pairs = needs.reduce<number>((n, need) => n + (Array.isArray((need as { categories?: unknown })?.categories) ? (need as { categories: unknown[] }).categories.length : 1), 0);
    if (pairs < SMALL) {
      this.lastMode = 'direct';
      return Promise.resolve(matchSupport(needs, offers, options));
    }
    const worker = (this.#worker ??= this.#createWorker());
    if (worker) return this.#inWorker(worker, needs, offers, options, handlers);
    return this.#inSlices(needs, offers, options, handlers);
  }

  /** Stops the running solve, if any. */
  cancel(): void {
    this.#cancel?.();
    this.#cancel = undefined;
  }

  dispose(): void {
    this.cancel();
    this.#worker?.terminate();
    this.#worker = undefined;
  }

  #inWorker(worker: Worker, needs: unknown[], offers: unknown[], options: MatchOptions, handlers: RunHandlers): Promise<MatchResult | undefined> {
    this.lastMode = 'worker';
    return new Promise((resolve) => {
      let settled = false;
      const finish = (result: MatchResult | undefined) => {
        if (settled) return;
        settled = true;
        worker.onmessage = null;
        worker.onerror = null;
        this.#cancel = undefined;
        resolve(result);
      };
      this.#cancel = () => {
        worker.terminate();
        if (this.#worker === worker) this.#worker = undefined;
        finish(undefined);
      };
      worker.onmessage = (event: MessageEvent<{ type: string; done: number; total: number; result: MatchResult }>) => {
        const data = event.data;
        if (data.type === 'progress') handlers.onProgress?.(data.done, data.total);
        else if (data.type === 'result') finish(data.result);
        else finish(matchSupport(needs, offers, options));
      };
      // The worker script could not be loaded (blocked by CSP, 404…): fall back to slices.
      worker.onerror = (event) => {
        event.preventDefault?.();
        if (settled) return;
        this.#workerBroken = true;
        worker.terminate();
        this.#worker = undefined;
        settled = true;
        this.#cancel = undefined;
        this.#inSlices(needs, offers, options, handlers).then(resolve);
      };
      worker.postMessage({ needs, offers, options });
    });
  }

  #inSlices(needs: unknown[], offers: unknown[], options: MatchOptions, handlers: RunHandlers): Promise<MatchResult | undefined> {
    this.lastMode = 'slices';
    let cancelled = false;
    this.#cancel = () => (cancelled = true);
    const steps = matchSupportSteps(needs, offers, options);
    return new Promise((resolve) => {
      const slice = () => {
        if (cancelled) return resolve(undefined);
        const end = performance.now() + 12;
        let step = steps.next();
        while (!step.done && performance.now() < end) step = steps.next();
        if (step.done) {
          this.#cancel = undefined;
          resolve(step.value);
          return;
        }
        handlers.onProgress?.(step.value.done, step.value.total);
        setTimeout(slice, 0);
      };
      setTimeout(slice, 0);
    });
  }
}
