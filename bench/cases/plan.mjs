/** Plan viewer cases (PRODUCT.md §7): the viewer against plain DOM of the same tree, in the same run. */
import { ensurePlan } from '../data.mjs';

const call = (fn, n) => ({ inPage }) => inPage('bench/pages/plan.html', async (page) => {
  await page.waitForFunction(() => 'bench' in globalThis);
  return page.evaluate(([f, size]) => globalThis.bench[f](size), [fn, n]);
});

export function planCases({ quick }) {
  const sizes = quick ? [2000] : [2000, 10000];
  return sizes.map((n) => {
    ensurePlan(n);
    return {
      name: `plan viewer, ${n.toLocaleString('en')} nodes`,
      target:
        n === 2000
          ? { 'first render': '≤ 1.3× plain DOM', 'expand all': '≤ 200 ms', 'toggle one': '≤ 16 ms', 'search keystroke': '' }
          : { 'first render': 'no task over 200 ms (longestTask)', 'expand all': 'no task over 200 ms', 'toggle one': '', 'search keystroke': '' },
      runs: quick ? 1 : n === 2000 ? 5 : 3,
      sides: { 'chiiki-plan-viewer': call('viewer', n), 'plain DOM': call('plain', n) },
    };
  });
}
