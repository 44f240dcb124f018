/**
 * Salon finder cases (PRODUCT.md §7): <chiiki-salon-finder> against plain Leaflet markers (to 10,000),
 * Leaflet.markercluster (to 10,000, and once at 100,000) and a bare supercluster, in the same run.
 * Each side: a fresh page; data parsed in memory; then render → heap → zoom step → pan → filter change.
 */
import { ensureSalons } from '../data.mjs';

/** Main-thread JS heap in MiB after a forced GC (CDP). Workers are not included. */
async function heap(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 2 ** 20;
  } finally {
    await cdp.detach();
  }
}

const side = (kind, n, file) => ({ inPage }) =>
  inPage(kind === 'ours' ? 'bench/pages/salons.html' : 'bench/pages/salons-baselines.html', async (page) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.waitForFunction(() => 'bench' in globalThis);
    await page.evaluate(([k, size, f]) => globalThis.bench.prepare(k, size, f), [kind, n, file]);
    const before = await heap(page);
    const render = await page.evaluate(() => globalThis.bench.render());
    const heapMiB = (await heap(page)) - before;
    const zoom = await page.evaluate(() => globalThis.bench.zoom());
    const start = await page.evaluate(() => globalThis.bench.dragStart());
    await page.evaluate(() => globalThis.bench.arm());
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 160, start.y + 90, { steps: 8 });
    await page.waitForTimeout(120); // no inertia: the map moves once, on release
    await page.mouse.up();
    const pan = await page.evaluate(() => globalThis.bench.armed());
    const filter = await page.evaluate(() => globalThis.bench.filter());
    return {
      ms: render.ms,
      metrics: { 'data ready → map and list painted': render.ms, 'zoom step': zoom.ms, pan: pan.ms, 'filter change': filter.ms },
      heapMiB,
      longTasks: render.longTasks,
      longestTask: render.longestTask,
      tbt: render.tbt,
      filterLongestTask: filter.longestTask,
      markers: render.markers,
      ...(zoom.changed && pan.changed ? {} : { note: `no marker change seen after ${zoom.changed ? 'pan' : 'zoom'}` }),
    };
  });

export function salonCases({ quick }) {
  const runs = quick ? 1 : 5;
  const sizes = quick ? [1000] : [1000, 10000, 100000, 150000];
  return sizes.map((n) => {
    const file = n === 100000 ? 150000 : n;
    ensureSalons(file);
    const sides = { 'chiiki-salon-finder': side('ours', n, file) };
    // Plain markers: one zoom step at 10,000 takes over a minute, so once at that size (the full run fits in 10 min).
    if (n <= 10000) sides['Leaflet markers'] = Object.assign(side('leaflet', n, file), n >= 10000 ? { maxRuns: 1 } : {});
    if (n <= 100000) sides['Leaflet.markercluster'] = side('markercluster', n, file);
    sides.supercluster = side('supercluster', n, file);
    return {
      name: `salon finder, ${n.toLocaleString('en')} salons`,
      target:
        n === 10000
          ? { 'data ready → map and list painted': '≤ 150 ms, ≥ 3× faster than markercluster' }
          : n === 100000
            ? { 'data ready → map and list painted': '≥ 10× faster than markercluster; heap ≤ 1/5 of markercluster' }
            : n === 150000
              ? { 'data ready → map and list painted': 'no main-thread task over 50 ms after the data arrives', 'zoom step': '≤ 50 ms' }
              : {},
      // markercluster at 100,000 takes many seconds: once at that size (and 150,000 three times).
      runs: quick ? 1 : n >= 100000 ? (n === 100000 ? 1 : 3) : runs,
      sides,
    };
  });
}
