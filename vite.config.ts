import { defineConfig, type UserConfig } from 'vite';

/**
 * Library builds of the distribution into packages/widgets/dist (PRODUCT.md §1):
 * - default mode: ES modules — chiiki-widgets.js, one module per element, embed.js — with shared chunks;
 * - `--mode iife`: chiiki-widgets.iife.js, a classic script with everything, exposing `window.Chiiki`;
 * - `--mode loader`: chiiki-loader.js, the classic-script autoloader.
 * `npm run build` runs all three (scripts/build.mjs).
 */
const src = 'packages/widgets/src';
const outDir = 'packages/widgets/dist';

const shared: UserConfig = {
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  logLevel: 'warn',
};

export default defineConfig(({ mode }) => {
  if (mode === 'iife' || mode === 'loader') {
    const iife = mode === 'iife';
    return {
      ...shared,
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
        output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
      },
    },
  };
});
