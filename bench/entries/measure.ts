/** In-page measuring helpers shared by the bench entries. */

/** Resolves after the next frame was produced (rAF, then a task after it): "painted". */
export function painted(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))));
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface LongTasks {
  /** Number of tasks over 50 ms, the longest (ms) and the total blocking time (sum of the part over 50 ms). */
  stop(): Promise<{ longTasks: number; longestTask: number; tbt: number }>;
}

/** Records main-thread long tasks (PerformanceObserver 'longtask') until `stop()`. */
export function watchLongTasks(): LongTasks {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => durations.push(e.duration)));
  observer.observe({ type: 'longtask', buffered: false });
  return {
    async stop() {
      await sleep(0);
      durations.push(...observer.takeRecords().map((e) => e.duration));
      observer.disconnect();
      return {
        longTasks: durations.length,
        longestTask: durations.length ? Math.max(...durations) : 0,
        tbt: durations.reduce((s, d) => s + Math.max(0, d - 50), 0),
      };
    },
  };
}

/** Gaps between animation frames while `work` runs: the longest gap and how many exceeded 50 ms. */
export async function frameGaps<T>(work: Promise<T>): Promise<{ result: T; longestFrameGap: number; framesOver50: number; frames: number }> {
  let running = true;
  let last = performance.now();
  let longest = 0;
  let over = 0;
  let frames = 0;
  const tick = (now: number) => {
    const gap = now - last;
    last = now;
    frames++;
    if (gap > longest) longest = gap;
    if (gap > 50) over++;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const result = await work;
  running = false;
  // A main thread blocked until the end shows no frame at all: count the gap up to now as well.
  const tail = performance.now() - last;
  if (tail > longest) longest = tail;
  if (tail > 50) over++;
  return { result, longestFrameGap: longest, framesOver50: over, frames };
}

/** Resolves once `root` (or its subtree) changes and a frame is painted, or after `timeout` ms. */
export function nextChange(root: Node, timeout = 3000): Promise<boolean> {
  return new Promise((resolve) => {
    let done = false;
    const observer = new MutationObserver(() => {
      if (done) return;
      done = true;
      observer.disconnect();
      void painted().then(() => resolve(true));
    });
    observer.observe(root, { childList: true, subtree: true });
    setTimeout(() => {
      if (done) return;
      done = true;
      observer.disconnect();
      resolve(false);
    }, timeout);
  });
}

/** Loads JSON once per page. */
const cache = new Map<string, Promise<unknown>>();
export function json<T>(url: string): Promise<T> {
  if (!cache.has(url)) cache.set(url, fetch(url).then((r) => r.json()));
  return cache.get(url) as Promise<T>;
}
