import { defineConfig } from '@playwright/test';
import { launchOptions } from './scripts/chromium.mjs';

const port = 4173;

/** End-to-end tests of the demo and embed pages, served from the repo root after `npm run build`. */
export default defineConfig({
  testDir: 'test/e2e',
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  retries: 0,
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
