/**
 * The one place that says which Chromium every test runner launches. Debian's chromium by default
 * (Playwright cannot download its own browser on the project's machines); set CHIIKI_CHROMIUM to
 * another executable, or to "playwright" to use Playwright's bundled browser.
 */
const fromEnv = process.env.CHIIKI_CHROMIUM;
export const chromiumPath = fromEnv === 'playwright' ? undefined : fromEnv || '/usr/bin/chromium';

/** Needed as root, and so Chromium does not stall on the closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export const launchOptions = { executablePath: chromiumPath, args: chromiumArgs };
