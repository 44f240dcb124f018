import { defineConfig, type Plugin, type UserConfig } from 'vite';

/**
 * Library builds of the distribution into packages/widgets/dist (PRODUCT.md §1):
 * - default mode: ES modules — chiiki-widgets.js, one module per element, embed.js — with shared chunks
 *   named after what they hold (`chunks/lit-*.js`, `chunks/i18next-*.js`, `chunks/core-*.js`,
 *   `chunks/salon-finder-*.js`, `chunks/leaflet-*.js` …). Leaflet is reached only through a dynamic
 *   import, so its chunk loads only when a map is shown;
 * - `--mode iife`: chiiki-widgets.iife.js, a classic script with everything, exposing `window.Chiiki`
 *   (a classic script cannot load chunks, so Leaflet is inlined there);
 * - `--mode loader`: chiiki-loader.js, the classic-script autoloader;
 * - `--mode frameworks`: the React 19 and Vue 3 embed pages (demo/embed/react, demo/embed/vue) built
 *   into demo/embed/dist/ — they load the elements from the built distribution at run time.
 * `npm run build` runs all of them (scripts/build.mjs).
 */
const src = 'packages/widgets/src';
const outDir = 'packages/widgets/dist';

/**
 * Leaflet 1.9 probes inline-SVG support with `div.innerHTML = '<svg/>'` when its module is evaluated,
 * which throws on a page that enforces Trusted Types (PRODUCT.md §2). Every browser with SVG parses
 * inline SVG, so the distribution replaces the probe with its answer.
 */
const leafletTrustedTypes: Plugin = {
  name: 'chiiki-leaflet-trusted-types',
  transform(code, id) {
    if (!/leaflet[\\/]dist[\\/]leaflet-src\.esm\.js$/.test(id)) return null;
    const probe = /var inlineSvg = !!svg\$1 && \(function \(\) \{[\s\S]*?\}\)\(\);/;
    if (!probe.test(code)) this.error('Leaflet inline-SVG probe not found: check it still avoids innerHTML');
    return { code: code.replace(probe, () => 'var inlineSvg = !!svg$1;'), map: null };
  },
};

const shared: UserConfig = {
  plugins: [leafletTrustedTypes],
  // Asset URLs (the clustering worker) relative to the module that uses them, so dist/ works from any
  // folder. Only in our own builds (scripts/build.mjs): Storybook also reads this file.
  ...(process.env.CHIIKI_DIST ? { base: './' } : {}),
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  logLevel: 'warn',
};

/** Which package (workspace folder or npm package) a module belongs to. */
function owner(id: string): string {
  const npm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (npm) return npm[1]!;
  const workspace = /packages\/([^/]+)\//.exec(id);
  return workspace ? workspace[1]! : 'app';
}

/**
 * Shared-chunk groups: the libraries every element needs, each in a chunk named after it. Lit's
 * directives (repeat, live, guard…) are a chunk of their own, loaded only by the elements that use
 * them: the consultation badge page (PRODUCT.md §7's 30 KB) never needs them. `lit` has the higher
 * priority: a group also captures the dependencies of its modules, and lit-html itself must stay in `lit`.
 */
const LIT_DIRECTIVE = /node_modules[\\/](lit|lit-html)[\\/](directives[\\/]|directive(-helpers)?\.js|async-directive\.js)/;
const LIBRARY_GROUPS = [
  { name: 'lit-directives', test: LIT_DIRECTIVE, priority: 20 },
  {
    name: 'lit',
    test: (id: string) => /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id) && !LIT_DIRECTIVE.test(id),
    priority: 30,
  },
  { name: 'i18next', test: /node_modules[\\/]i18next[\\/]/, priority: 30 },
  { name: 'leaflet', test: /node_modules[\\/]leaflet[\\/]/, priority: 30 },
];

/**
 * A readable name for an automatically split chunk: the packages it holds (largest first). Keeps
 * `chunks/define-[hash].js` from appearing four times.
 */
function chunkName(chunk: { name: string; moduleIds: string[] }): string {
  if (LIBRARY_GROUPS.some((group) => group.name === chunk.name)) return chunk.name;
  const modules = chunk.moduleIds.filter((id) => !id.startsWith('\0'));
  const owners = [...new Set(modules.map(owner))];
  if (owners.length === 0) return chunk.name;
  // A lazily loaded single module (a locale, a CSV parser…): `<package>-<file>`.
  const file = /([^/\\]+)\.[cm]?[jt]s$/.exec(modules[0]!)?.[1];
  if (modules.length === 1 && file && !['index', 'define'].includes(file) && file !== owners[0])
    return `${owners[0]}-${file}`.replace(/^@/, '').replace(/[^a-z0-9+._-]+/gi, '-');
  const name = owners.slice(0, 2).join('+') + (owners.length > 2 ? '+more' : '');
  return name.replace(/^@/, '').replace(/[^a-z0-9+._-]+/gi, '-');
}

export default defineConfig(({ mode }) => {
  if (mode === 'frameworks') {
    return {
      ...shared,
      root: 'demo/embed',
      base: './',
      publicDir: false,
      build: {
        target: 'es2022',
        outDir: 'dist',
        emptyOutDir: true,
        minify: true,
        rollupOptions: { input: { react: 'demo/embed/react/index.html', vue: 'demo/embed/vue/index.html' } },
      },
      define: {
        ...shared.define,
        __VUE_OPTIONS_API__: 'false',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
      oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    };
  }
  if (mode === 'iife' || mode === 'loader') {
    const iife = mode === 'iife';
    return {
      ...shared,
      define: { ...shared.define, ...(iife ? { 'import.meta.url': '__chiikiScriptUrl' } : {}) },
      // Asset URLs resolve against the script's URL captured at load (`document.currentScript` is null later).
      experimental: {
        renderBuiltUrl: (filename: string) => ({ runtime: `new URL(${JSON.stringify(filename)}, __chiikiScriptUrl).href` }),
      },
      publicDir: false,
      build: {
        target: 'es2022',
        outDir,
        emptyOutDir: false,
        minify: true,
        sourcemap: iife,
        lib: {
          entry: iife ? `${src}/iife.ts` : `${src}/loader.ts`,
          name: iife ? 'Chiiki' : 'ChiikiLoader',
          formats: ['iife'],
          fileName: () => (iife ? 'chiiki-widgets.iife.js' : 'chiiki-loader.js'),
        },
        // A classic script cannot load chunks: Leaflet's dynamic import is inlined into the IIFE.
        // `import.meta.url` (the clustering worker's URL) becomes the script's own URL, read at load time.
        rollupOptions: {
          output: {
            codeSplitting: false,
            ...(iife ? { intro: 'const __chiikiScriptUrl = document.currentScript?.src || location.href;' } : {}),
          },
        },
      },
    };
  }
  return {
    ...shared,
    publicDir: 'packages/widgets/public',
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir: true,
      minify: true,
      sourcemap: true,
      // .vite/manifest.json: which chunks each entry loads first; `npm run size` reads it.
      manifest: true,
      lib: {
        entry: {
          'chiiki-widgets': `${src}/chiiki-widgets.ts`,
          'salon-finder': `${src}/salon-finder.ts`,
          'consultation-badge': `${src}/consultation-badge.ts`,
          'support-matcher': `${src}/support-matcher.ts`,
          'plan-viewer': `${src}/plan-viewer.ts`,
          embed: `${src}/embed.ts`,
        },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rollupOptions: {
        output: {
          chunkFileNames: (chunk) => `chunks/${chunkName(chunk)}-[hash].js`,
          codeSplitting: { groups: LIBRARY_GROUPS },
          minify: true,
        },
      },
    },
  };
});
