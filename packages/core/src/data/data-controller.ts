import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ChiikiErrorEvent, ChiikiLoadEvent, ChiikiProgressEvent } from '../events/events.js';
import { loadRecords, type DataSource, type ReadOptions, type RecordKind } from './load.js';
import { ChiikiError, type LoadResult } from './types.js';

export type DataState = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Loads an element's records and keeps its state: starts a read, aborts the previous one (only the
 * latest result wins), aborts on disconnect, dispatches `chiiki-load` / `chiiki-error` (and
 * `chiiki-progress` between the time slices of a large read), and retries.
 */
export class DataController<T> implements ReactiveController {
  state: DataState = 'idle';
  result?: LoadResult<T>;
  error?: ChiikiError;
  #abort?: AbortController;
  #last?: { source: DataSource; options: ReadOptions };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly kind: RecordKind<T>,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  /** Starts reading `source` (nothing to read: back to idle). Resolves when this read has settled. */
  async load(source: DataSource | undefined, options: ReadOptions = {}): Promise<void> {
    this.#abort?.abort();
    if (!source) {
      this.state = 'idle';
      this.result = undefined;
      this.host.requestUpdate();
      return;
    }
    const abort = (this.#abort = new AbortController());
    this.#last = { source, options };
    this.state = 'loading';
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const onProgress = (done: number, total: number) => {
        options.onProgress?.(done, total);
        if (!abort.signal.aborted) this.host.dispatchEvent(new ChiikiProgressEvent(done, total));
      };
      const result = await loadRecords(source, this.kind, { ...options, signal: abort.signal, onProgress });
      if (abort.signal.aborted) return;
      this.result = result;
      this.state = 'ready';
      const { total, loaded, rejected, problems } = result;
      this.host.dispatchEvent(
        new ChiikiLoadEvent({ total, loaded, rejected, problems, ...(source.kind === 'url' ? { source: source.url } : {}) }),
      );
    } catch (error) {
      if (abort.signal.aborted) return;
      this.error = error instanceof ChiikiError ? error : new ChiikiError('parse-failed', String(error));
      this.state = 'error';
      this.host.dispatchEvent(new ChiikiErrorEvent({ error: { code: this.error.code, message: this.error.message }, problems: this.error.problems }));
    } finally {
      if (!abort.signal.aborted) this.host.requestUpdate();
    }
  }

  /** Reads the last source again (the retry button). */
  retry(): Promise<void> {
    return this.#last ? this.load(this.#last.source, this.#last.options) : Promise.resolve();
  }
}
