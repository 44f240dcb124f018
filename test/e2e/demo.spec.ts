import { test, expect, axeViolations } from './fixtures.js';

const PAGES = ['index', 'salons', 'consultation', 'matching', 'plan', 'builder'];

for (const name of PAGES) {
  test(`demo page ${name} loads without errors or axe violations`, async ({ page, guard }) => {
    await page.goto(`/demo/${name}.html`);
    await expect(page.locator('h1')).toBeVisible();
    await page.waitForFunction(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('chiiki-')).every((e) => customElements.get(e.localName)));
    expect(await axeViolations(page)).toEqual([]);
    expect(guard.errors).toEqual([]);
    expect(guard.external).toEqual([]);
  });
}

/** The embed pages (plain, classic script, per element, loader, iframe, hostile CMS, strict CSP, React, Vue). */
const EMBED_PAGES = ['index', 'module', 'iife', 'per-element', 'loader', 'iframe', 'hostile', 'csp/index', 'dist/react/index', 'dist/vue/index'];

for (const name of EMBED_PAGES) {
  test(`embed page ${name}: zero axe violations once its widgets are defined`, async ({ page }) => {
    await page.goto(`/demo/embed/${name}.html`);
    await page.waitForFunction(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('chiiki-')).every((e) => customElements.get(e.localName)));
    await page.waitForTimeout(500);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the locale switcher changes every widget language live', async ({ page }) => {
  await page.goto('/demo/index.html');
  const badge = page.locator('chiiki-consultation-badge').first();
  await expect(badge.getByRole('button', { name: /^福祉の相談窓口/ })).toBeVisible();
  await page.selectOption('#locale', 'en');
  await expect(badge.getByRole('button', { name: /^Community welfare consultation point/ })).toBeVisible();
  await page.selectOption('#locale', 'ko');
  await expect(badge.getByRole('button', { name: /^Community welfare/ })).toHaveCount(0);
});
