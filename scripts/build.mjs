/**
 * Builds of Chiiki Widgets.
 *
 * - `npm run build` (no flag): the Vite builds of the distribution, in order (vite.config.ts explains
 *   each), then `dist/sri.json` (Subresource Integrity hashes of every published file), then the React
 *   and Vue embed pages (demo/embed/dist/). `--no-frameworks` skips the last step.
 * - `npm run build:packages` (`--packages`): the published npm packages. `tsc -b` writes JavaScript,
 *   declarations and maps to `packages/<name>/dist/`; then each package gets its own
 *   `custom-elements.json` (cut from one analyzer run) and a README generated from it.
 * - `--prepack` / `--postpack` (each package's npm lifecycle, run by `npm pack` and `npm publish`): the
 *   repository's manifests point at the TypeScript sources, so the monorepo's tests, Vite and Storybook
 *   need no build; the packed manifest points at `dist/` instead (types → .d.ts, import/default → .js,
 *   `source` → .ts) and names `custom-elements.json`. postpack puts the repository's manifest back.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const ELEMENT_PACKAGES = ['core', 'consultation-badge', 'salon-finder', 'support-matcher', 'plan-viewer'];
const bin = (name) => join(root, 'node_modules', '.bin', name);

/* ---------------------------------------------------------------- distribution (packages/widgets/dist) */

async function buildDistribution() {
  process.env.CHIIKI_DIST = '1'; // vite.config.ts: relative asset URLs
  const { build } = await import('vite');
  const configFile = join(root, 'vite.config.ts');
  for (const mode of ['production', 'iife', 'loader']) await build({ mode, configFile });
  await writeSri(join(root, 'packages/widgets/dist'));
  console.log('built packages/widgets/dist');
  if (!args.includes('--no-frameworks')) {
    await build({ mode: 'frameworks', configFile });
    console.log('built demo/embed/dist (React and Vue pages)');
  }
}

/** sha384 of each .js, .css and .html file in dist/ (source maps and the Vite manifest left out). */
async function writeSri(dist) {
  const files = (await readdir(dist, { recursive: true })).filter((f) => /\.(js|css|html)$/.test(f) && !f.startsWith('.vite')).sort();
  const sri = {};
  for (const file of files) {
    const digest = createHash('sha384').update(await readFile(join(dist, file))).digest('base64');
    sri[file.split('\\').join('/')] = `sha384-${digest}`;
  }
  await writeFile(join(dist, 'sri.json'), `${JSON.stringify(sri, null, 2)}\n`);
}

/* ---------------------------------------------------------------- npm packages (packages/<name>/dist) */

async function buildPackages() {
  const started = Date.now();
  for (const name of ELEMENT_PACKAGES) await rm(join(root, 'packages', name, 'dist'), { recursive: true, force: true });
  await rm(join(root, 'node_modules/.cache/tsbuild'), { recursive: true, force: true });
  execFileSync(bin('tsc'), ['-b', ...ELEMENT_PACKAGES.map((name) => `packages/${name}/tsconfig.build.json`)], { cwd: root, stdio: 'inherit' });
  for (const name of ELEMENT_PACKAGES) await fixAssetUrls(join(root, 'packages', name, 'dist'));

  // One analyzer run with the repository's config, written to a cache folder; `packagejson: false` keeps
  // the analyzer from pointing the root package.json's `customElements` at that folder.
  const cache = join(root, 'node_modules/.cache/cem');
  await mkdir(cache, { recursive: true });
  const config = join(cache, 'config.mjs');
  await writeFile(
    config,
    `import base from ${JSON.stringify(join(root, 'custom-elements-manifest.config.mjs'))};\n` +
      // The analyzer resolves `outdir` against the working folder, even an absolute one.
      `export default { ...base, outdir: 'node_modules/.cache/cem', packagejson: false, quiet: true };\n`,
  );
  execFileSync(bin('custom-elements-manifest'), ['analyze', '--config', config], { cwd: root, stdio: 'inherit' });
  const manifest = JSON.parse(await readFile(join(cache, 'custom-elements.json'), 'utf8'));
  for (const name of ELEMENT_PACKAGES) {
    const own = packageManifest(manifest, name);
    await writeFile(join(root, 'packages', name, 'custom-elements.json'), `${JSON.stringify(own, null, 2)}\n`);
    const pkg = JSON.parse(await readFile(join(root, 'packages', name, 'package.json'), 'utf8'));
    await writeFile(join(root, 'packages', name, 'README.md'), readme(pkg, own));
  }
  console.log(`built packages/*/dist, custom-elements.json and README.md in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * tsc keeps `new URL('./worker.ts', import.meta.url)` and template imports such as
 * import(`./locales/${locale}.ts`) as written; in dist/ the files are `.js`.
 * Vite, webpack and Parcel all follow the `new URL(…, import.meta.url)` pattern, so the built name must be right.
 */
async function fixAssetUrls(dist) {
  for (const file of (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.js'))) {
    const path = join(dist, file);
    const text = await readFile(path, 'utf8');
    const fixed = text
      .replace(/new URL\((\s*(?:\/\*[^*]*\*\/\s*)?)(['"`])(\.{1,2}\/[^'"`]+)\.ts\2/g, 'new URL($1$2$3.js$2')
      // Template imports of sibling sources (core schedule's `lazyLocales((locale) => import(`./locales/${locale}.ts`))`).
      .replace(/import\((\s*)`(\.{1,2}\/[^`]+)\.ts`/g, 'import($1`$2.js`');
    if (fixed !== text) await writeFile(path, fixed);
  }
}

/** The modules of one package, with paths relative to the package (`src/…`). */
function packageManifest(manifest, name) {
  const prefix = new RegExp(`/?packages/${name}/`, 'g');
  const others = /\/?packages\/([a-z-]+)\//g;
  const modules = manifest.modules
    .filter((m) => m.path.startsWith(`packages/${name}/src/`))
    .map((m) => JSON.parse(JSON.stringify(m).replace(prefix, '').replace(others, 'node_modules/@chiiki/$1/')));
  return { ...manifest, modules };
}

const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** README of a package from its manifest: install, use, and the reference tables. */
function readme(pkg, manifest) {
  const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
  const lines = [`# ${pkg.name}`, '', pkg.description, '', '```sh', `npm install ${pkg.name}`, '```', ''];
  if (elements.length === 0) {
    lines.push(
      'The shared core of Chiiki Widgets: event classes, types, i18n (`setStrings`, `LOCALES`, `resolveLocale`),',
      'data loading, schedules, geo helpers, theme tokens and shared UI. The element packages depend on it; a site',
      'changes or adds strings with it:',
      '',
      '```js',
      "import { setStrings } from '@chiiki/core';",
      "setStrings('ja', { badge: { title: '福祉の相談窓口' } });",
      '```',
      '',
    );
  }
  for (const el of elements) {
    lines.push(
      `## \`<${el.tagName}>\``,
      '',
      el.summary ? `${el.summary}\n` : '',
      '```js',
      `import '${pkg.name}/define'; // registers <${el.tagName}> once (loading it twice is harmless)`,
      `// or, without registering: import { ${el.name} } from '${pkg.name}';`,
      '```',
      '',
      '```html',
      `<${el.tagName} lang="ja"></${el.tagName}>`,
      '```',
      '',
      'Without a build step, use the script-tag bundles of `@chiiki/widgets` (see its README).',
      '',
    );
    const attributes = (el.attributes ?? []).filter((a) => a.name);
    if (attributes.length) {
      lines.push('### Attributes', '', '| attribute | property | type | default | description |', '|---|---|---|---|---|');
      for (const a of attributes) lines.push(`| \`${a.name}\` | ${a.fieldName ? `\`${a.fieldName}\`` : ''} | ${cell(a.type?.text)} | ${cell(a.default)} | ${cell(a.description)} |`);
      lines.push('');
    }
    const properties = (el.members ?? []).filter(
      (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#') && !attributes.some((a) => a.fieldName === m.name),
    );
    if (properties.length) {
      lines.push('### Properties (JavaScript only)', '', '| property | type | description |', '|---|---|---|');
      for (const p of properties) lines.push(`| \`${p.name}\` | ${cell(p.type?.text)} | ${cell(p.description)} |`);
      lines.push('');
    }
    const events = (el.events ?? []).filter((e) => e.name);
    if (events.length) {
      lines.push('### Events', '', 'All bubble and are composed.', '', '| event | description |', '|---|---|');
      for (const e of events) lines.push(`| \`${e.name}\` | ${cell(e.description)} |`);
      lines.push('');
    }
    if (el.cssParts?.length) {
      lines.push('### CSS parts', '', '| part | description |', '|---|---|');
      for (const p of el.cssParts) lines.push(`| \`${p.name}\` | ${cell(p.description)} |`);
      lines.push('');
    }
    if (el.cssProperties?.length) {
      lines.push('### CSS custom properties', '', '| property | description |', '|---|---|');
      for (const p of el.cssProperties) lines.push(`| \`${p.name}\` | ${cell(p.description)} |`);
      lines.push('');
    }
  }
  lines.push(
    '## Package contents',
    '',
    '- `dist/`: ES modules (ES2022) with `.d.ts` types and source maps; `src/`: the TypeScript sources.',
    '- `custom-elements.json`: the Custom Elements Manifest (attributes, properties, events, parts).',
    '- Only `define` modules have side effects (`sideEffects` in package.json), so bundlers drop what you do not use.',
    '',
    'Generated by `npm run build:packages` from the JSDoc of the sources. Licence: MIT.',
    '',
  );
  return lines.join('\n');
}

/* ---------------------------------------------------------------- npm pack lifecycle */

const backupOf = (dir) => join(root, 'node_modules/.cache/chiiki-pack', `${relative(root, dir).replace(/[\\/]/g, '_')}.package.json`);

/** `./src/x.ts` → the conditions of the published file. */
function published(target) {
  const match = typeof target === 'string' ? /^\.\/src\/(.+)\.ts$/.exec(target) : null;
  if (!match) return target;
  return { types: `./dist/${match[1]}.d.ts`, source: target, import: `./dist/${match[1]}.js`, default: `./dist/${match[1]}.js` };
}

async function prepack(dir) {
  const file = join(dir, 'package.json');
  const text = await readFile(file, 'utf8');
  const pkg = JSON.parse(text);
  if (!existsSync(join(dir, 'dist'))) throw new Error(`${pkg.name}: no dist/ — run \`npm run build:packages\` (or \`npm run build\` for @chiiki/widgets) first`);
  await mkdir(dirname(backupOf(dir)), { recursive: true });
  await writeFile(backupOf(dir), text);
  if (pkg.exports && typeof pkg.exports === 'object') {
    pkg.exports = Object.fromEntries(Object.entries(pkg.exports).map(([key, target]) => [key, published(target)]));
    const main = pkg.exports['.'];
    if (main && typeof main === 'object' && main.types) {
      pkg.main = main.default;
      pkg.module = main.import;
      pkg.types = main.types;
    }
  }
  if (existsSync(join(dir, 'custom-elements.json'))) pkg.customElements = 'custom-elements.json';
  await writeFile(file, `${JSON.stringify(pkg, null, 2)}\n`);
}

async function postpack(dir) {
  const backup = backupOf(dir);
  if (!existsSync(backup)) return;
  await writeFile(join(dir, 'package.json'), await readFile(backup, 'utf8'));
  await rm(backup);
}

/* ---------------------------------------------------------------- run (last: the helpers above are initialised) */

if (args.includes('--prepack')) await prepack(process.cwd());
else if (args.includes('--postpack')) await postpack(process.cwd());
else if (args.includes('--packages')) await buildPackages();
else await buildDistribution();
