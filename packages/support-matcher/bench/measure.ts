/**
 * Quick measurements of the engine (not a timed unit test). Run:
 *   npx esbuild packages/support-matcher/bench/measure.ts --bundle --platform=node --format=esm --outfile=/tmp/measure.mjs && node /tmp/measure.mjs
 * Prints medians of several runs: dense one-category n = m = 1,000 (and munkres-js at n = 300 as the
 * baseline), 5,000 needs × 5,000 offers with 3 categories each, capacities and a distance limit, and
 * the gap of a greedy assignment (nearest pair first) against the optimum.
 */
import munkres from 'munkres-js';
import { matchSupport, haversineKm, type Need, type Offer } from '../src/engine/index.js';
// @ts-expect-error plain JS generator
import { generateMatching } from '../../../scripts/generate-matching.mjs';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cpuMedians: number[] = [];
/** Median wall time of `runs` calls; the median CPU time (user + system) is kept in `lastCpu`. */
function time(fn: () => void, runs: number): number {
  const out: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
    const u = process.cpuUsage(c);
    cpu.push((u.user + u.system) / 1000);
  }
  cpuMedians.push(median(cpu));
  return median(out);
}
const lastCpu = () => cpuMedians[cpuMedians.length - 1].toFixed(0);

function dense(n: number, seed: number): { needs: Need[]; offers: Offer[] } {
  let a = seed;
  const r = () => ((a = (a * 1103515245 + 12345) % 2147483648) / 2147483648);
  const needs: Need[] = [];
  const offers: Offer[] = [];
  for (let i = 0; i < n; i++) needs.push({ id: `n${i}`, categories: ['shopping'], lat: 32.85 + r() * 0.06, lng: 130.83 + r() * 0.07 });
  for (let i = 0; i < n; i++) offers.push({ id: `o${i}`, name: `o${i}`, kind: 'group', categories: ['shopping'], lat: 32.85 + r() * 0.06, lng: 130.83 + r() * 0.07 });
  return { needs, offers };
}

/** Greedy: all allowed pairs by km, take a pair when the need's category is unserved and the offer has room. */
function greedy(needs: Need[], offers: Offer[], maxKm?: number) {
  const pairs: [number, number, string, number][] = [];
  needs.forEach((n, ni) => {
    for (const c of n.categories)
      offers.forEach((o, oi) => {
        if (!o.categories.includes(c)) return;
        if (n.days?.length && o.days?.length && !n.days.some((d) => o.days!.includes(d))) return;
        let km: number;
        if (n.lat === undefined || o.lat === undefined) {
          if (!n.district || n.district !== o.district) return;
          km = 0;
        } else km = haversineKm({ lat: n.lat, lng: n.lng! }, { lat: o.lat, lng: o.lng! });
        if (km > (o.maxKm ?? maxKm ?? Infinity)) return;
        pairs.push([ni, oi, c, Math.round(km * 1000)]);
      });
  });
  pairs.sort((a, b) => a[3] - b[3]);
  const served = new Set<string>();
  const used = new Map<number, number>();
  let count = 0;
  let metres = 0;
  for (const [ni, oi, c, m] of pairs) {
    const key = `${ni}|${c}`;
    if (served.has(key) || (used.get(oi) ?? 0) >= (offers[oi].capacity ?? 1)) continue;
    served.add(key);
    used.set(oi, (used.get(oi) ?? 0) + 1);
    count++;
    metres += m;
  }
  return { served: count, totalKm: metres / 1000 };
}

const d1000 = dense(1000, 7);
const denseMs = time(() => matchSupport(d1000.needs, d1000.offers), 5);
const cpuDense = lastCpu();
const d300 = dense(300, 11);
const engine300 = time(() => matchSupport(d300.needs, d300.offers), 5);
const cpu300 = lastCpu();
const matrix = d300.needs.map((n) => d300.offers.map((o) => Math.round(haversineKm({ lat: n.lat!, lng: n.lng! }, { lat: o.lat!, lng: o.lng! }) * 1000)));
const munkres300 = time(() => munkres(matrix.map((row) => [...row])), 3);
const cpuMunkres = lastCpu();
const check300 = munkres(matrix.map((row) => [...row])).reduce((s: number, [i, j]: number[]) => s + matrix[i][j], 0);
const ours300 = Math.round(matchSupport(d300.needs, d300.offers).stats.totalKm * 1000);
console.log(`dense n = m = 1,000: wall ${denseMs.toFixed(0)} ms, CPU ${cpuDense} ms (medians of 5)`);
console.log(`dense n = m = 300: engine wall ${engine300.toFixed(1)} ms / CPU ${cpu300} ms, munkres-js wall ${munkres300.toFixed(0)} ms / CPU ${cpuMunkres} ms (×${(munkres300 / engine300).toFixed(0)} wall, ×${(Number(cpuMunkres) / Number(cpu300)).toFixed(0)} CPU); same optimum: ${check300 === ours300} (${ours300} m)`);

const big = generateMatching({ needs: 5000, offers: 5000, per: 3, seed: 3 });
const bigOptions = { maxKm: 2 };
let bigResult = matchSupport(big.needs, big.offers, bigOptions);
const bigMs = time(() => (bigResult = matchSupport(big.needs, big.offers, bigOptions)), 3);
const cpuBig = lastCpu();
const cap = big.offers.reduce((s: number, o: Offer) => s + (o.capacity ?? 1), 0);
console.log(`5,000 × 5,000, 3 categories each, capacity total ${cap}, maxKm 2: wall ${bigMs.toFixed(0)} ms, CPU ${cpuBig} ms (medians of 3); served ${bigResult.stats.served}/${bigResult.stats.total}, ${bigResult.stats.totalKm} km`);
const g = greedy(big.needs, big.offers, 2);
console.log(`greedy (nearest first) on the same: served ${g.served} (${g.served - bigResult.stats.served}), ${g.totalKm.toFixed(3)} km; optimum serves ${bigResult.stats.served - g.served} more pairs (${(((bigResult.stats.served - g.served) / g.served) * 100).toFixed(2)} %)`);
const gd = greedy(d1000.needs, d1000.offers);
const od = matchSupport(d1000.needs, d1000.offers).stats;
console.log(`greedy on dense 1,000: ${gd.totalKm.toFixed(1)} km vs optimum ${od.totalKm.toFixed(1)} km (+${(((gd.totalKm - od.totalKm) / od.totalKm) * 100).toFixed(1)} %)`);
const sample = generateMatching({ needs: 40, offers: 30, seed: 4 }); // = demo/data/matching
const so = matchSupport(sample.needs, sample.offers, { maxKm: 3 }).stats;
const sg = greedy(sample.needs, sample.offers, 3);
console.log(`sample (40 needs, 30 offers, maxKm 3): optimum ${so.served}/${so.total} ${so.totalKm} km; greedy ${sg.served} ${sg.totalKm} km`);
