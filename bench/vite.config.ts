import { defineConfig } from 'vite';

/**
 * Bench bundles (production Lit, minified, like the distribution) of the widgets' code next to the
 * baselines a user would otherwise pick. Built into bench/dist by `npm run bench`.
 */
export default defineConfig({
  root: 'bench',
  logLevel: 'warn',
  // Workers (the matcher's engine, the salon finder's clustering index) as ES modules next to the entries.
  base: './',
  worker: { format: 'es' },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    minify: true,
    lib: {
      entry: {
        matcher: 'entries/matcher.ts',
        plan: 'entries/plan.ts',
        salons: 'entries/salons.ts',
        baselines: 'entries/baselines.ts',
        loading: 'entries/loading.ts',
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
  },
});
