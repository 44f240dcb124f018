/**
 * `npm run bench [-- --quick]`: the quality bar of PRODUCT.md §7, measured side by side with the
 * baselines in the same run, in headless Chromium over production bundles. Each case runs several
 * times, interleaved with its baseline (A B A B …); we report the median and the range.
 * Writes docs/benchmarks.md and bench/results/latest.json. Never asserts: the figures are the output.
 * `--only <text>` runs only the cases whose name contains the text (e.g. `--only matcher`) and prints
 * the figures without writing the report files, for working on one widget.
 */
import { chromium } from 'playwright';
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import { launchOptions } from '../scripts/chromium.mjs';
import { sizeRows } from './sizes.mjs';
import { matcherCases } from './cases/matcher.mjs';
import { planCases } from './cases/plan.mjs';
import { salonCases } from './cases/salons.mjs';
import { loadingCases } from './cases/loading.mjs';

if (process.argv.includes('--help')) {
  console.log('node bench/run.mjs [--quick] [--md] [--only <text in case names>]  (npm run bench builds first)');
  process.exit(0);
}
const quick = process.argv.includes('--quick');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? process.argv[onlyAt + 1]?.toLowerCase() : undefined;
const port = 4391;
const sideTimeout = quick ? 45_000 : 180_000;
const base = `http://127.0.0.1:${port}`;

const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 600));
const browser = await chromium.launch({ ...launchOptions, headless: true });

/** Runs `fn(page)` in a fresh page of `path`; returns what it returns. */
async function inPage(path, fn) {
  const page = await browser.newPage();
  try {
    await page.goto(`${base}/${path}`);
    // A side that hangs fails its case instead of the whole run.
    let timer;
    const limit = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${sideTimeout / 1000} s in ${path}`)), sideTimeout)));
    try {
      return await Promise.race([fn(page), limit]);
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await page.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * A comparison: `sides` run interleaved `runs` times (a side with `maxRuns` stops earlier); each side returns { ms, ...extra } or
 * { metrics: { name: ms, … }, ...extra } (several timings from one page, e.g. first render then
 * expand all). Result: one row per metric; per side the median, min, max and the extras of the last run.
 * `target` is a string, or an object per metric.
 */
async function compare({ name, target, runs, sides }) {
  const samples = {};
  const extras = {};
  for (let i = 0; i < runs; i++) {
    for (const [side, run] of Object.entries(sides)) {
      if (run.maxRuns !== undefined && i >= run.maxRuns) continue;
      const { metrics = { '': undefined }, ...out } = await run({ inPage });
      for (const [metric, ms] of Object.entries(metrics)) ((samples[metric] ??= {})[side] ??= []).push(ms ?? out.ms);
      extras[side] = out;
    }
  }
  return Object.entries(samples).map(([metric, bySide]) => {
    const summary = Object.fromEntries(
      Object.entries(bySide).map(([side, xs]) => [side, { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length, ...extras[side], ms: undefined }]),
    );
    const rowName = metric ? `${name}: ${metric}` : name;
    process.stdout.write(`${rowName}: ${Object.entries(summary).map(([s, v]) => `${s} ${v.median.toFixed(1)} ms`).join(', ')}\n`);
    return { name: rowName, target: typeof target === 'object' ? target?.[metric] ?? '' : target, summary };
  });
}

const results = [];
const failures = [];
const started = Date.now();
try {
  const cases = [...planCases({ quick }), ...salonCases({ quick }), ...loadingCases({ quick }), ...matcherCases({ quick })].filter(
    (c) => !only || c.name.toLowerCase().includes(only),
  );
  for (const c of cases) {
    try {
      results.push(...(await compare(c)));
    } catch (error) {
      // One broken case must not hide the others' figures; the run still fails at the end.
      failures.push({ name: c.name, error: String(error?.stack ?? error) });
      process.stdout.write(`${c.name}: FAILED ${error}\n`);
    }
  }
} finally {
  await browser.close();
  server.kill();
}

const versions = Object.fromEntries(
  ['lit', 'i18next', 'leaflet', 'supercluster', 'leaflet.markercluster', 'munkres-js', 'playwright'].map((p) => [p, JSON.parse(readFileSync(`node_modules/${p}/package.json`, 'utf8')).version]),
);
const chromiumVersion = browser.version();
const report = {
  date: new Date().toISOString(),
  quick,
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, chromium: chromiumVersion },
  versions,
  seconds: Math.round((Date.now() - started) / 1000),
  sizes: await sizeRows(),
  results,
  failures,
};
if (only) {
  console.log(`--only ${only}: ${results.length} rows printed above; report files not written (${report.seconds} s)`);
  process.exit(failures.length ? 1 : 0);
}
await mkdir('bench/results', { recursive: true });
await writeFile(`bench/results/${quick ? 'quick' : 'latest'}.json`, JSON.stringify(report, null, 2));
if (!quick || process.argv.includes('--md')) await writeFile('docs/benchmarks.md', renderMarkdown(report));
console.log(`${quick ? 'quick run: bench/results/quick.json' : 'wrote docs/benchmarks.md and bench/results/latest.json'} (${report.seconds} s)`);
if (failures.length) {
  console.error(`${failures.length} case(s) failed:\n${failures.map((f) => `${f.name}\n${f.error}`).join('\n')}`);
  process.exitCode = 1;
}

function renderMarkdown(r) {
  const fmt = (v) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
  const lines = [
    '# Benchmarks',
    '',
    `Generated by \`npm run bench\` on ${r.date.slice(0, 10)}: ${r.machine.cpus} cores (${r.machine.cpu}), ${r.machine.memoryGiB} GiB,`,
    `Node ${r.machine.node}, Chromium ${r.machine.chromium}. Each case runs interleaved with its baseline; times are`,
    'medians with the range (min–max) of the runs. The machines are noisy: compare ratios, not single figures.',
    ...(r.quick ? ['', '**Quick mode** (`--quick`): each case once, at the smallest size only; not the §7 sizes.'] : []),
    ...(r.failures.length ? ['', `**Failed cases:** ${r.failures.map((f) => f.name).join('; ')}.`] : []),
    '',
    `Versions: ${Object.entries(r.versions).map(([k, v]) => `${k} ${v}`).join(', ')}.`,
    '',
    '## Known limits of these figures',
    '',
    '- Pan: ours is release → markers changed → painted; the baselines\' is release → next paint (Leaflet moves its',
    '  panes on release). Plain Leaflet markers run once at 10,000 (one zoom step takes over a minute there).',
    '- Heap is the main thread\'s JS heap after a forced GC (CDP `Runtime.getHeapUsage`); the salon finder\'s clustering',
    '  index lives in a worker and is not counted.',
    '- Plan viewer and plain DOM render the same visible nodes at first (goals open); "all" and "hits" give the',
    '  treeitems in the DOM after expand all and after the search keystroke. The viewer\'s expand all, toggle and',
    '  search are timed until the tree is complete (no `aria-busy`: large re-renders are paced in slices). Plain',
    '  DOM\'s search matches titles only and hides the other rows; the viewer also matches descriptions and roles',
    '  and highlights every hit.',
    '- Baseline maps are 800 × 600 px; the element is 1,200 px wide with its own map pane.',
    '',
    '## Sizes (gzip -9 and brotli, bytes)',
    '',
    "Each row's files are concatenated, then compressed; `npm run size` compresses each file on its own (as a browser",
    'downloads them) and holds the budgets.',
    '',
    '| entry | files | gzip | brotli | budget (§7) |',
    '|---|---|---|---|---|',
    ...r.sizes.map((s) => `| ${s.name} | ${s.files} | ${s.gzip} | ${s.brotli} | ${s.budget ?? ''} |`),
    '',
    '## Times',
    '',
    '| case | side | median ms | range ms | runs | details | target (§7) |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const res of r.results) {
    const sides = Object.entries(res.summary);
    sides.forEach(([side, v], i) => {
      const details = Object.entries(v)
        .filter(([k]) => !['median', 'min', 'max', 'runs', 'ms'].includes(k))
        .map(([k, x]) => `${k} ${typeof x === 'number' ? +x.toFixed(3) : x}`)
        .join(', ');
      lines.push(`| ${i === 0 ? res.name : ''} | ${side} | ${fmt(v.median)} | ${fmt(v.min)}–${fmt(v.max)} | ${v.runs} | ${details} | ${i === 0 ? res.target ?? '' : ''} |`);
    });
    if (sides.length > 1) {
      const [first, ...rest] = sides;
      for (const [side, v] of rest) lines.push(`| | ratio ${side} / ${first[0]} | ${(v.median / first[1].median).toFixed(1)}× | | | | |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
