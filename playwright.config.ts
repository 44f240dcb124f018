import { defineConfig } from '@playwright/test';
import { launchOptions } from './scripts/chromium.mjs';

const port = 4173;

/** End-to-end tests of the demo and embed pages, served from the repo root after `npm run build`. */
export default defineConfig({
  testDir: 'test/e2e',
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  // One retry in CI: a 2-core machine occasionally starves a page; a test that fails twice is red, and
  // the line reporter names every test that passed only on retry as flaky (read them, fix the race).
  retries: process.env.CI ? 1 : 0,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    launchOptions,
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${port}`,
    url: `http://127.0.0.1:${port}/demo/index.html`,
    reuseExistingServer: !process.env.CI,
    timeout: 20_000,
  },
});
