/** Matcher cases (PRODUCT.md §7): dense one-category n = m against munkres-js and greedy; the full problem. */
const call = (fn, n) => ({ inPage }) => inPage('bench/pages/matcher.html', async (page) => {
  await page.waitForFunction(() => 'bench' in globalThis);
  return page.evaluate(([f, size]) => globalThis.bench[f](size), [fn, n]);
});

export function matcherCases({ quick }) {
  const runs = quick ? 1 : 5;
  const dense = quick ? [100] : [100, 300, 1000];
  const cases = dense.map((n) => ({
    name: `matcher, dense one-category n = m = ${n}`,
    target: n === 1000 ? '≤ 150 ms' : n === 300 ? 'ours ≥ 100× faster than munkres-js' : '',
    runs,
    sides: {
      ours: call('runOurs', n),
      // munkres-js takes about 100 s at n = 1,000: it runs up to 300 only.
      ...(n <= 300 ? { 'munkres-js': call('runMunkres', n) } : {}),
      greedy: call('runGreedy', n),
    },
  }));
  for (const n of quick ? [1000] : [1000, 5000]) {
    cases.push({
      name: `matcher, full problem ${n.toLocaleString('en')} × ${n.toLocaleString('en')}, 3 categories, capacities, 3 km limit`,
      target: n === 5000 ? '≤ 2 s off the main thread, UI responsive throughout (longestFrameGap, longestTask)' : '',
      runs: quick ? 1 : 3,
      sides: { 'ours, engine worker': call('runFullWorker', n), 'same solve on the main thread': call('runFullMain', n) },
    });
  }
  return cases;
}
