/**
 * Time slicing for long loops on the main thread: work in slices of a few milliseconds and give the
 * page back between them, so that no task runs over 50 ms (PRODUCT.md §2, §7).
 */

/** Milliseconds of work before yielding; small enough to stay far below the 50 ms long-task line. */
export const SLICE_MS = 5;

let budget = SLICE_MS;

/**
 * Sets the slice length of the Slicers made from now on. The parse worker uses long slices: no page
 * waits on its thread, and each slice ends with a progress message.
 */
export function setSliceBudget(ms: number): void {
  budget = ms;
}

interface SchedulerLike {
  yield?: () => Promise<void>;
}

let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

/** Gives the event loop a turn: `scheduler.yield()` where there is one, else a message-channel task (no 4 ms clamp). */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  // Node (scripts, benches): setImmediate, which does not keep a finished process alive.
  const immediate = (globalThis as { setImmediate?: (fn: () => void) => unknown }).setImmediate;
  if (typeof immediate === 'function') return new Promise((resolve) => void immediate(resolve));
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel!.port2.postMessage(null);
  });
}

/** A clock for one loop: `due()` is true when the current slice is used up; `next()` yields and starts a new slice. */
export class Slicer {
  #start = performance.now();

  constructor(
    private readonly budgetMs = budget,
    private readonly signal?: AbortSignal,
  ) {}

  due(): boolean {
    return performance.now() - this.#start > this.budgetMs;
  }

  async next(): Promise<void> {
    await yieldToMain();
    throwIfAborted(this.signal);
    this.#start = performance.now();
  }
}

/** Throws the signal's reason (an `AbortError`) when it was aborted. */
export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw signal.reason ?? new DOMException('The read was aborted.', 'AbortError');
}
