/** Data loading (PRODUCT.md §7): an MHLW CSV in Shift_JIS through core's loadSalons, main-thread blocking. */
import { ensureMhlwCsv } from '../data.mjs';

const call = (fn, n) => ({ inPage }) => inPage('bench/pages/loading.html', async (page) => {
  await page.waitForFunction(() => 'bench' in globalThis);
  return page.evaluate(([f, size]) => globalThis.bench[f](size), [fn, n]);
});

export function loadingCases({ quick }) {
  const n = quick ? 10000 : 150000;
  ensureMhlwCsv(n);
  return [
    {
      name: `data loading, MHLW CSV ${n.toLocaleString('en')} rows, Shift_JIS bytes → validated salons (loadSalons)`,
      target: 'no main-thread task over 50 ms (longestTask, tbt)',
      runs: quick ? 1 : 3,
      sides: { 'loadSalons': call('ours', n), 'decode + split only (floor)': call('decodeOnly', n) },
    },
  ];
}
