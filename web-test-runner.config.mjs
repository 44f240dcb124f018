import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launchOptions } from './scripts/chromium.mjs';

/** Serves Vite-style `import css from 'pkg/file.css?inline'` as a module whose default export is the text. */
const cssInline = {
  name: 'css-inline',
  resolveImport({ source }) {
    if (source.endsWith('.css?inline') && !source.startsWith('.') && !source.startsWith('/'))
      return '/__css_inline__/' + source.replace(/\?inline$/, '');
  },
  async serve(context) {
    if (context.path.startsWith('/__css_inline__/')) {
      const file = fileURLToPath(import.meta.resolve(context.path.slice('/__css_inline__/'.length)));
      return { body: `export default ${JSON.stringify(await readFile(file, 'utf8'))};`, type: 'js' };
    }
  },
};

/** Tests must never reach the network: anything not served by the test server fails loudly. */
export default {
  files: ['packages/*/test/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
    cssInline,
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: [playwrightLauncher({ product: 'chromium', launchOptions: { ...launchOptions, headless: true } })],
  concurrency: 2,
  testFramework: { config: { timeout: 30000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 600000,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};
