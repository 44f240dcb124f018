/**
 * Data loading (PRODUCT.md §7, issue #3): 100,000 MHLW CSV rows in Shift_JIS through core's loader on
 * each path — the parse worker, parse in the worker + normalise in main-thread slices (what a kind of
 * another package gets), main-thread time slices only (the fallback where no worker may start) —
 * against the floor of decode + split on the main thread.
 *
 * Rows: total time; the longest main-thread task while loading (PerformanceObserver longtask, wall
 * clock); and the longest main-thread task by the thread's CPU time (a Chromium trace: `RunTask` events
 * of the renderer's main thread between the entry's `console.timeStamp` marks). On a busy machine a
 * task is preempted and its wall time grows with the load; its CPU time does not. Details (last run):
 * long-task count, TBT, the longest gap between frames, tasks over 50 ms of CPU, the loader's path.
 */
import { ensureMhlwCsv } from '../data.mjs';

/** The renderer main thread's tasks between the `bench:start` and `bench:end` marks, from a trace. */
function mainThreadTasks(events) {
  const marks = events.filter((e) => e.name === 'TimeStamp' && /^bench:(start|end)$/.test(e.args?.data?.message ?? ''));
  const start = marks.find((e) => e.args.data.message === 'bench:start');
  const end = marks.find((e) => e.args.data.message === 'bench:end');
  if (!start || !end) return [];
  // The marks are made by the page's script: their thread is the renderer's main thread.
  const thread = `${start.pid}:${start.tid}`;
  return events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && `${e.pid}:${e.tid}` === thread && e.ts + e.dur >= start.ts && e.ts <= end.ts);
}

async function traced(page, work) {
  const cdp = await page.context().newCDPSession(page);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] }, transferMode: 'ReturnAsStream' });
  const out = await work();
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  let text = '';
  for (;;) {
    const { data, eof, base64Encoded } = await cdp.send('IO.read', { handle: stream, size: 1 << 22 });
    text += base64Encoded ? Buffer.from(data, 'base64').toString('utf8') : data;
    if (eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  await cdp.detach();
  const parsed = JSON.parse(text);
  const tasks = mainThreadTasks(Array.isArray(parsed) ? parsed : parsed.traceEvents);
  const cpu = tasks.map((t) => (t.tdur ?? 0) / 1000);
  const longestCpu = cpu.length ? Math.max(...cpu) : NaN;
  return {
    ...out,
    metrics: { ...out.metrics, 'longest main-thread task, CPU time': longestCpu },
    cpuTasksOver50: cpu.filter((ms) => ms > 50).length,
    mainThreadCpuMs: Math.round(cpu.reduce((s, ms) => s + ms, 0)),
  };
}

const call = (fn, n) => ({ inPage }) => inPage('bench/pages/loading.html', async (page) => {
  await page.waitForFunction(() => 'bench' in globalThis);
  await page.evaluate((size) => globalThis.bench.prepare(size), n);
  return traced(page, () => page.evaluate(([f, size]) => globalThis.bench[f](size), [fn, n]));
});

export function loadingCases({ quick }) {
  const n = quick ? 10000 : 100000;
  ensureMhlwCsv(n);
  return [
    {
      name: `data loading, MHLW CSV ${n.toLocaleString('en')} rows, Shift_JIS bytes → validated salons`,
      target: {
        total: '',
        'longest main-thread task': 'no main-thread task over 50 ms',
        'longest main-thread task, CPU time': 'no main-thread task over 50 ms',
      },
      runs: quick ? 1 : 3,
      sides: {
        'parse worker (loadSalons)': call('worker', n),
        'worker parse + main-thread normalise (other kinds)': call('workerParse', n),
        'main-thread slices (fallback)': call('sliced', n),
        'decode + split only (floor)': call('decodeOnly', n),
      },
    },
  ];
}
