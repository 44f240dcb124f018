/**
 * `node bench/engine-cpu.mjs [--runs N] [--only dense1000|dense300|full5000|munkres300|...]`: the matcher
 * engine (DOM-free) in Node, timed by process.cpuUsage() (user + system CPU of this process), so the
 * figures hold on a loaded machine where wall-clock times are inflated. Same instances as the browser
 * bench (bench/entries/matcher.ts), bundled with esbuild into a temporary file. Prints medians and the
 * load average it ran under. Not part of `npm run bench`; for working on the engine.
 */
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const runs = Number(arg('--runs', 5));
const only = arg('--only', '');

const dir = await mkdtemp(join(tmpdir(), 'engine-cpu-'));
const out = join(dir, 'matcher.mjs');
await build({
  stdin: {
    contents: "export * from './bench/entries/matcher.ts'; export { matchSupport, lapjv, toMetres, haversineKm } from '@chiiki/support-matcher/engine'; export { default as munkres } from 'munkres-js';",
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outfile: out,
  logLevel: 'error',
});
const mod = await import(pathToFileURL(out).href);
await rm(dir, { recursive: true, force: true });
const { matchSupport } = mod;

/** CPU milliseconds (user + system) of one call. */
function cpu(fn) {
  const t0 = process.cpuUsage();
  const w0 = performance.now();
  const value = fn();
  const t = process.cpuUsage(t0);
  return { cpu: (t.user + t.system) / 1000, wall: performance.now() - w0, value };
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const cases = {
  dense100: () => mod.denseInstance(100),
  dense300: () => mod.denseInstance(300),
  dense1000: () => mod.denseInstance(1000),
  full1000: () => mod.fullInstance(1000),
  full5000: () => mod.fullInstance(5000),
};
console.log(`load average before: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
for (const [name, make] of Object.entries(cases)) {
  if (only && !only.split(',').includes(name)) continue;
  const input = make();
  const options = input.maxKm !== undefined ? { maxKm: input.maxKm } : {};
  matchSupport(input.needs, input.offers, options); // warm-up (JIT)
  const cpus = [];
  const walls = [];
  let stats;
  for (let i = 0; i < runs; i++) {
    const r = cpu(() => matchSupport(input.needs, input.offers, options));
    cpus.push(r.cpu);
    walls.push(r.wall);
    stats = r.value.stats;
  }
  console.log(`${name}: cpu median ${median(cpus).toFixed(1)} ms (min ${Math.min(...cpus).toFixed(1)}, max ${Math.max(...cpus).toFixed(1)}), wall median ${median(walls).toFixed(1)} ms; served ${stats.served}/${stats.total}, totalKm ${stats.totalKm}`);
}
if (!only || only.includes('munkres300')) {
  // Solver against solver on the same n = 300 metres matrix: LAPJV (warm, median of `runs`) and munkres-js (one run).
  const { needs, offers } = mod.denseInstance(300);
  const metres = needs.map((need) => offers.map((offer) => mod.toMetres(mod.haversineKm(need, offer))));
  const flat = new Float32Array(metres.flat());
  mod.lapjv(300, flat);
  const ours = [];
  for (let i = 0; i < runs; i++) ours.push(cpu(() => mod.lapjv(300, flat)).cpu);
  const theirs = cpu(() => mod.munkres(metres.map((row) => row.slice())));
  console.log(`solver only, n = 300 metres matrix: LAPJV cpu median ${median(ours).toFixed(2)} ms (min ${Math.min(...ours).toFixed(2)}); munkres-js cpu ${theirs.cpu.toFixed(1)} ms (one run): ×${(theirs.cpu / median(ours)).toFixed(0)}`);
}
console.log(`load average after: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
