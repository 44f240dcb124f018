import { test, expect } from './fixtures.js';

const TAGS = ['chiiki-consultation-badge', 'chiiki-salon-finder', 'chiiki-support-matcher', 'chiiki-plan-viewer'];

/** The built distribution, loaded by script tag from plain HTML pages (PRODUCT.md §1–2). */
for (const page of ['module', 'iife', 'per-element']) {
  test(`every element renders from the ${page} bundle`, async ({ page: p, guard }) => {
    await p.goto(`/demo/embed/${page}.html`);
    for (const tag of TAGS) {
      await expect(p.locator(tag).locator('h2')).toHaveText(/\S/);
      expect(await p.evaluate((t) => customElements.get(t) !== undefined, tag)).toBe(true);
    }
    expect(guard.errors).toEqual([]);
    expect(guard.external).toEqual([]);
  });
}

test('the IIFE exposes window.Chiiki.setStrings and loading it twice is harmless', async ({ page, guard }) => {
  await page.goto('/demo/embed/iife.html');
  await page.addScriptTag({ url: '/packages/widgets/dist/chiiki-widgets.iife.js' });
  await page.evaluate(() => {
    (window as unknown as { Chiiki: { setStrings: (l: string, s: object) => void } }).Chiiki.setStrings('ja', {
      badge: { name: '何でも相談窓口' },
    });
  });
  await expect(page.locator('chiiki-consultation-badge h2')).toHaveText('何でも相談窓口');
  expect(guard.errors).toEqual([]);
});

test('the loader upgrades placeholders and imports only the elements on the page', async ({ page, guard }) => {
  const modules: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/dist/') && r.url().endsWith('.js')) modules.push(new URL(r.url()).pathname.split('/').pop()!);
  });
  await page.goto('/demo/embed/loader.html');
  await expect(page.locator('chiiki-consultation-badge h2')).toHaveText('Community welfare consultation point');
  await expect(page.locator('chiiki-plan-viewer h2')).toHaveText('地域福祉計画');
  await expect(page.locator('div[data-chiiki]')).toHaveCount(0);
  await expect(page.locator('chiiki-consultation-badge')).toHaveAttribute('id', 'badge-placeholder');
  expect(modules).toContain('consultation-badge.js');
  expect(modules).not.toContain('salon-finder.js');
  expect(modules).not.toContain('support-matcher.js');

  await page.evaluate(() => {
    const late = document.createElement('div');
    late.dataset.chiiki = 'support-matcher';
    late.textContent = 'fallback';
    document.querySelector('main')!.append(late);
  });
  await expect(page.locator('chiiki-support-matcher h2')).toHaveText('支え合いマッチング');
  expect(modules).toContain('support-matcher.js');
  expect(modules).not.toContain('salon-finder.js');
  expect(guard.errors).toEqual([]);
});

test('the iframe page renders one widget and the host fits it to its height', async ({ page, guard }) => {
  await page.goto('/demo/embed/iframe.html');
  const frame = page.frameLocator('#chiiki-frame');
  await expect(frame.locator('chiiki-consultation-badge h2')).toHaveText('Community welfare consultation point');
  await expect.poll(async () => page.locator('#chiiki-frame').evaluate((f) => parseInt((f as HTMLIFrameElement).style.height))).toBeGreaterThan(40);
  expect(guard.errors).toEqual([]);
});
