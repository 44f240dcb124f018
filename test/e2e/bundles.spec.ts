import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.js';

/**
 * The built distribution (PRODUCT.md §1–2) loaded by script tag from plain HTML pages. These checks hold
 * whatever an element renders: it is defined once, its shadow root has content, nothing fails.
 */
// Pages load several elements and data; the machines are shared and slow at times.
test.describe.configure({ timeout: 60_000 });

const TAGS = ['chiiki-consultation-badge', 'chiiki-salon-finder', 'chiiki-support-matcher', 'chiiki-plan-viewer'];
const DIST = 'packages/widgets/dist';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

/** Serves the hosts PRODUCT.md §2 allows (tiles, address search) locally, so the page never waits on the network. */
async function allowListedHosts(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.route(/^https:\/\/cyberjapandata\.gsi\.go\.jp\//, (route) => {
    seen.push(route.request().url());
    return route.fulfill({ contentType: 'image/png', body: PNG });
  });
  await page.route(/^https:\/\/msearch\.gsi\.go\.jp\//, (route) => {
    seen.push(route.request().url());
    return route.fulfill({ json: [] });
  });
  return seen;
}

/** Whether the element is the registered class and its shadow root shows something. */
async function rendered(page: Page, tag: string) {
  return page.locator(tag).first().evaluate((el) => ({
    defined: customElements.get(el.localName) === el.constructor,
    content: !!el.shadowRoot && el.shadowRoot.childElementCount > 0 && (el.shadowRoot.textContent ?? '').trim().length > 0,
    box: el.getBoundingClientRect().height > 0,
  }));
}

async function expectAllRendered(page: Page, tags = TAGS): Promise<void> {
  for (const tag of tags) await expect.poll(() => rendered(page, tag), { message: tag, timeout: 15_000 }).toEqual({ defined: true, content: true, box: true });
}

for (const name of ['module', 'iife', 'per-element']) {
  test(`every element renders from the ${name} bundle`, async ({ page, guard }) => {
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    await allowListedHosts(page);
    await page.goto(`/demo/embed/${name}.html`);
    await expectAllRendered(page);
    await page.waitForLoadState('networkidle');
    expect(failed).toEqual([]);
    expect(guard.errors).toEqual([]);
    expect(guard.external).toEqual([]);
  });
}

test('the IIFE exposes window.Chiiki with setStrings and the element classes; loading it twice is harmless', async ({ page, guard }) => {
  await allowListedHosts(page);
  await page.goto('/demo/embed/iife.html');
  await expectAllRendered(page);
  const before = await page.evaluate(() => customElements.get('chiiki-consultation-badge'));
  await page.addScriptTag({ url: `/${DIST}/chiiki-widgets.iife.js` });
  const api = await page.evaluate(() => {
    const chiiki = (window as unknown as { Chiiki: Record<string, unknown> }).Chiiki;
    (chiiki.setStrings as (lang: string, strings: object) => void)('ja', { badge: { custom: 'テスト' } });
    return {
      setStrings: typeof chiiki.setStrings,
      classes: ['ChiikiConsultationBadge', 'ChiikiSalonFinder', 'ChiikiSupportMatcher', 'ChiikiPlanViewer'].map((n) => typeof chiiki[n]),
    };
  });
  expect(api).toEqual({ setStrings: 'function', classes: ['function', 'function', 'function', 'function'] });
  expect(await page.evaluate(() => customElements.get('chiiki-consultation-badge'))).toEqual(before);
  await expectAllRendered(page);
  expect(guard.errors).toEqual([]);
});

test('two script tags on one page (module bundle, IIFE and loader) are harmless: each element defined once', async ({ page, guard }) => {
  await allowListedHosts(page);
  await page.goto('/demo/embed/module.html');
  await expectAllRendered(page);
  const classes = await page.evaluate((tags) => tags.map((t) => customElements.get(t)), TAGS);
  await page.addScriptTag({ url: `/${DIST}/chiiki-widgets.iife.js` });
  await page.addScriptTag({ url: `/${DIST}/chiiki-loader.js` });
  await page.addScriptTag({ url: `/${DIST}/consultation-badge.js`, type: 'module' });
  await page.evaluate(() => {
    document.querySelector('main')!.append(document.createElement('chiiki-consultation-badge'));
  });
  expect(await page.evaluate((tags) => tags.map((t) => customElements.get(t)), TAGS)).toEqual(classes);
  await expect.poll(() => page.locator('chiiki-consultation-badge').nth(1).evaluate((el) => (el.shadowRoot?.textContent ?? '').trim().length > 0)).toBe(true);
  await page.waitForLoadState('networkidle');
  expect(guard.errors).toEqual([]);
  expect(guard.external).toEqual([]);
});

test('shared chunks are named after what they hold and Leaflet is only a lazy chunk', () => {
  const chunks = readdirSync(`${DIST}/chunks`).filter((f) => f.endsWith('.js'));
  for (const name of ['lit', 'i18next', 'core', 'consultation-badge']) expect(chunks.some((f) => f.startsWith(`${name}-`)), name).toBe(true);
  expect(chunks.filter((f) => f.startsWith('define-'))).toEqual([]);

  const manifest = JSON.parse(readFileSync(`${DIST}/.vite/manifest.json`, 'utf8')) as Record<
    string,
    { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }
  >;
  const staticFiles = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(manifest[key]!.file)) return seen;
    seen.add(manifest[key]!.file);
    for (const dep of manifest[key]!.imports ?? []) staticFiles(dep, seen);
    return seen;
  };
  for (const key of Object.keys(manifest).filter((k) => manifest[k]!.isEntry))
    expect([...staticFiles(key)].filter((f) => /leaflet/.test(f)), `${key} loads Leaflet up front`).toEqual([]);
  const leaflet = Object.values(manifest).filter((chunk) => /chunks\/leaflet-/.test(chunk.file));
  expect(leaflet.length, 'a separate Leaflet chunk (dynamic import in the salon finder)').toBe(1);
});

test('a page that shows a map loads the Leaflet chunk when the map appears', async ({ page, guard }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes(`/${DIST}/`)) scripts.push(new URL(r.url()).pathname.split('/').pop()!);
  });
  await allowListedHosts(page);
  await page.goto('/demo/embed/module.html');
  await expectAllRendered(page, ['chiiki-salon-finder']);
  await expect.poll(() => scripts.filter((f) => f.startsWith('leaflet-')).length, { timeout: 15_000 }).toBe(1);
  expect(guard.errors).toEqual([]);
});

test('the badge page loads neither Leaflet nor the other elements', async ({ page, guard }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes(`/${DIST}/`)) scripts.push(new URL(r.url()).pathname.split('/').pop()!);
  });
  await page.goto('/demo/embed/loader.html');
  await expectAllRendered(page, ['chiiki-consultation-badge']);
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((f) => /^(leaflet|salon-finder|support-matcher)-/.test(f) || f === 'chiiki-widgets.js')).toEqual([]);
  expect(guard.errors).toEqual([]);
});

test('the distribution holds the files of PRODUCT.md §1 and SRI hashes for them', () => {
  const files = readdirSync(DIST);
  for (const file of ['chiiki-widgets.js', 'salon-finder.js', 'consultation-badge.js', 'support-matcher.js', 'plan-viewer.js', 'chiiki-widgets.iife.js', 'chiiki-loader.js', 'embed.html', 'sri.json'])
    expect(files, file).toContain(file);
  const sri = JSON.parse(readFileSync(`${DIST}/sri.json`, 'utf8')) as Record<string, string>;
  expect(sri['chiiki-widgets.iife.js']).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
  expect(Object.keys(sri)).toContain('chiiki-loader.js');
  for (const [file, integrity] of Object.entries(sri))
    expect(integrity, file).toBe(`sha384-${createHash('sha384').update(readFileSync(`${DIST}/${file}`)).digest('base64')}`);
});
