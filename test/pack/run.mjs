/**
 * `npm run test:pack`: what a developer gets from npm. Packs every workspace package with `npm pack`
 * (its prepack switches the manifest to dist/), checks each tarball holds exactly what a user needs,
 * installs the tarballs into a scratch project in a temp folder (`--prefer-offline`: lit, i18next… come
 * from the npm cache when they are there), type-checks a TypeScript file against the packed types,
 * builds a page with Vite and opens it in Chromium.
 *
 * Usage: node test/pack/run.mjs [--no-build] [--keep]
 *   --no-build  use the existing packages/<name>/dist and packages/widgets/dist
 *   --keep      leave the scratch project in place (its path is printed)
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const PACKAGES = ['core', 'consultation-badge', 'salon-finder', 'support-matcher', 'plan-viewer', 'widgets'];
const started = Date.now();
const step = (text) => console.log(`[pack ${((Date.now() - started) / 1000).toFixed(1)} s] ${text}`);
const run = (command, argv, options = {}) =>
  execFileSync(command, argv, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...options });

if (!args.includes('--no-build')) {
  step('npm run build:packages');
  run(process.execPath, ['scripts/build.mjs', '--packages'], { stdio: 'inherit' });
  if (!existsSync(join(root, 'packages/widgets/dist/chiiki-widgets.js'))) {
    step('npm run build (distribution)');
    run(process.execPath, ['scripts/build.mjs', '--no-frameworks'], { stdio: 'inherit' });
  }
}

const scratch = await mkdtemp(join(tmpdir(), 'chiiki-pack-'));
const tarballs = join(scratch, 'tarballs');
const manifestsBefore = await Promise.all(PACKAGES.map((p) => readFile(join(root, 'packages', p, 'package.json'), 'utf8')));
let failed = false;

try {
  step(`npm pack → ${tarballs}`);
  await mkdir(tarballs, { recursive: true });
  const packed = JSON.parse(
    run('npm', ['pack', '--json', '--pack-destination', tarballs, ...PACKAGES.flatMap((p) => ['--workspace', `packages/${p}`])]),
  );
  const manifestsAfter = await Promise.all(PACKAGES.map((p) => readFile(join(root, 'packages', p, 'package.json'), 'utf8')));
  assert.deepEqual(manifestsAfter, manifestsBefore, 'postpack puts the repository manifests back');

  // What each tarball holds.
  for (const entry of packed) {
    const files = entry.files.map((f) => f.path);
    const name = entry.name;
    const has = (path) => assert.ok(files.includes(path), `${name} contains ${path}`);
    has('package.json');
    has('README.md');
    assert.ok(!files.some((f) => /(^|\/)test\/|\.test\.|\.tsbuildinfo$|node_modules\//.test(f)), `${name} holds no tests or build caches`);
    const manifest = JSON.parse(run('tar', ['-xOzf', join(tarballs, entry.filename), 'package/package.json']));
    if (name === '@chiiki/widgets') {
      for (const f of ['dist/chiiki-widgets.js', 'dist/chiiki-widgets.iife.js', 'dist/chiiki-loader.js', 'dist/embed.html', 'dist/sri.json', 'types/chiiki-widgets.d.ts'])
        has(f);
      continue;
    }
    has('custom-elements.json');
    has('dist/index.js');
    has('dist/index.d.ts');
    assert.deepEqual(manifest.exports['.'], { types: './dist/index.d.ts', source: './src/index.ts', import: './dist/index.js', default: './dist/index.js' }, `${name} exports`);
    assert.equal(manifest.types, './dist/index.d.ts');
    assert.equal(manifest.customElements, 'custom-elements.json');
    for (const target of Object.values(manifest.exports))
      for (const file of typeof target === 'string' ? [target] : Object.values(target)) has(file.replace(/^\.\//, ''));
    if (name !== '@chiiki/core') {
      has('dist/define.js');
      assert.ok(manifest.sideEffects.includes('./dist/define.js'), `${name}: sideEffects names dist/define.js`);
      // Side effects: defining the element, and registering lazily loaded locales (a bundler must keep both).
      assert.ok(!manifest.sideEffects.some((f) => !/(define|locales\/lazy)\.(js|ts)$/.test(f)), `${name}: side effects only in define and locale-registration files`);
      assert.ok(manifest.exports['./define'], `${name} exports ./define`);
      const elements = JSON.parse(run('tar', ['-xOzf', join(tarballs, entry.filename), 'package/custom-elements.json'])).modules.flatMap(
        (m) => (m.declarations ?? []).filter((d) => d.customElement),
      );
      assert.ok(elements.length >= 1, `${name}: custom-elements.json lists its element`);
      const defineTypes = run('tar', ['-xOzf', join(tarballs, entry.filename), 'package/dist/define.d.ts']);
      assert.match(defineTypes, /HTMLElementTagNameMap/, `${name}: define.d.ts adds HTMLElementTagNameMap`);
    } else {
      // Core's only side effect registers its lazily loaded locales' strings (dropped by bundlers otherwise).
      assert.deepEqual(manifest.sideEffects, ['./src/i18n/core-locales.ts', './dist/i18n/core-locales.js']);
    }
    for (const file of Array.isArray(manifest.sideEffects) ? manifest.sideEffects.filter((f) => f.startsWith('./dist/')) : []) has(file.slice(2));
    console.log(`  ${name}: ${entry.files.length} files, ${(entry.size / 1024).toFixed(0)} KB packed`);
  }

  // A scratch project that installs the tarballs, as a developer would.
  const app = join(scratch, 'app');
  const deps = Object.fromEntries(packed.map((entry) => [entry.name, `file:${join(tarballs, entry.filename)}`]));
  await cp(join(root, 'test/pack/app'), app, { recursive: true });
  await writeFile(
    join(app, 'package.json'),
    JSON.stringify({ name: 'chiiki-scratch', private: true, type: 'module', dependencies: deps, overrides: deps }, null, 2),
  );
  step('npm install (tarballs, --prefer-offline)');
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], {
    cwd: app,
    stdio: 'inherit',
  });

  step('tsc --noEmit against the packed types');
  run(join(root, 'node_modules/.bin/tsc'), ['--noEmit', '-p', join(app, 'tsconfig.json')], { stdio: 'inherit' });

  step('vite build of the scratch page');
  const { build } = await import('vite');
  await build({ root: app, configFile: false, logLevel: 'warn', build: { outDir: join(app, 'dist'), target: 'es2022' } });
  const builtJs = (await readdir(join(app, 'dist/assets'))).filter((f) => f.endsWith('.js'));
  assert.ok(builtJs.length >= 1, 'vite wrote the page bundle');

  step('open the built page in Chromium');
  const { chromium } = await import('playwright');
  const { launchOptions } = await import(join(root, 'scripts/chromium.mjs'));
  const browser = await chromium.launch({ ...launchOptions, headless: true });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.host !== 'scratch.test') return route.abort();
      const file = join(app, 'dist', url.pathname === '/' ? 'index.html' : url.pathname);
      if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ contentType: types[extname(file)] ?? 'application/octet-stream', body: await readFile(file) });
    });
    await page.goto('http://scratch.test/');
    await page.waitForFunction(() => window.__scratch?.done === true, null, { timeout: 20_000 });
    const result = await page.evaluate(() => window.__scratch);
    assert.deepEqual(errors, [], 'no errors on the scratch page');
    assert.deepEqual(result.defined, ['chiiki-consultation-badge', 'chiiki-salon-finder', 'chiiki-support-matcher', 'chiiki-plan-viewer']);
    assert.ok(result.rendered.every(Boolean), `every element rendered: ${JSON.stringify(result.rendered)}`);
    assert.equal(result.engine, 'function', 'the matching engine entry');
  } finally {
    await browser.close();
  }
  step('packed packages install, type-check, build and run');
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  // Whatever happened, the repository's manifests must be the source ones again.
  for (const [i, p] of PACKAGES.entries()) {
    const path = join(root, 'packages', p, 'package.json');
    if ((await readFile(path, 'utf8')) !== manifestsBefore[i]) await writeFile(path, manifestsBefore[i]);
  }
  if (args.includes('--keep')) console.log(`scratch project kept in ${scratch}`);
  else await rm(scratch, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
