/**
 * `node bench/engine-cpu.mjs [--runs N] [--only dense1000|dense300|full5000|munkres300|...]`: the matcher
 * engine (DOM-free) in Node, timed by process.cpuUsage() (user + system CPU of this process), so the
 * figures hold on a loaded machine where wall-clock times are inflated. Same instances as the browser
 * bench (bench/entries/matcher.ts), bundled with esbuild into a temporary file. Prints medians and the
 * load average it ran under. Not part of `npm run bench`; for working on the engine.
 * `--second`: as the browser bench times it, each run in a fresh process: one warm-up call on another
 * instance of the same size (seed 99), then the timed call (JIT warm-up included).
 */
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const runs = Number(arg('--runs', 5));
const only = arg('--only', '');
const second = process.argv.includes('--second');

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
if (second) {
  // Fresh processes: the second call of each, as bench/entries/matcher.ts times it.
  const script = `const mod = await import(${JSON.stringify(pathToFileURL(out).href)}); const n = Number(process.argv[1]);
const w = mod.denseInstance(n, 99); mod.matchSupport(w.needs, w.offers);
const { needs, offers } = mod.denseInstance(n); const t0 = process.cpuUsage(); const w0 = performance.now();
const r = mod.matchSupport(needs, offers); const t = process.cpuUsage(t0);
console.log(JSON.stringify({ cpu: (t.user + t.system) / 1000, wall: performance.now() - w0, totalKm: r.stats.totalKm }));`;
  console.log(`load average before: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  for (const n of (only || 'dense300,dense1000').split(',').map((x) => Number(x.replace('dense', '')))) {
    const res = [];
    for (let i = 0; i < runs; i++) res.push(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script, String(n)], { encoding: 'utf8' })));
    console.log(`dense${n} second call (fresh process): cpu median ${median(res.map((r) => r.cpu)).toFixed(1)} ms (min ${Math.min(...res.map((r) => r.cpu)).toFixed(1)}), wall median ${median(res.map((r) => r.wall)).toFixed(1)} ms; totalKm ${res[0].totalKm}`);
  }
  console.log(`load average after: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  await rm(dir, { recursive: true, force: true });
  process.exit(0);
}
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
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

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
