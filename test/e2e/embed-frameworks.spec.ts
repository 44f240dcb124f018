import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.js';

/**
 * React 19 and Vue 3 pages (demo/embed/react, demo/embed/vue, built by `npm run build` into
 * demo/embed/dist/) using the elements from the built distribution with no wrapper. The checks of
 * custom-elements-everywhere that apply: string attributes, array/object properties, boolean
 * attributes, kebab-case custom events (declaratively), re-rendering with new values, removal.
 */
// Pages load several elements and data; the machines are shared and slow at times.
test.describe.configure({ timeout: 90_000 });

const TAGS = ['chiiki-consultation-badge', 'chiiki-salon-finder', 'chiiki-support-matcher', 'chiiki-plan-viewer'];

async function rendered(page: Page, tag: string) {
  return page.locator(tag).first().evaluate((el) => ({
    defined: customElements.get(el.localName) === el.constructor,
    content: !!el.shadowRoot && el.shadowRoot.childElementCount > 0 && (el.shadowRoot.textContent ?? '').trim().length > 0,
  }));
}

type Data = { SALONS_A: unknown[]; SALONS_B: unknown[]; PLAN: object };

for (const framework of ['react', 'vue'] as const) {
  test(`${framework === 'react' ? 'React 19' : 'Vue 3'} page: attributes, properties, events`, async ({ page, guard }) => {
    await page.goto(`/demo/embed/dist/${framework}/index.html`);
    for (const tag of TAGS) await expect.poll(() => rendered(page, tag), { message: tag, timeout: 15_000 }).toEqual({ defined: true, content: true });

    await test.step('every element renders, with string and boolean attributes', async () => {
      const badge = page.locator('chiiki-consultation-badge');
      expect(await badge.evaluate((el) => (el as unknown as { name: string }).name)).toBe('ひだまりサロン');
      expect(await badge.evaluate((el) => (el as unknown as { hours: string }).hours)).toBe('火 10:00-12:00');
      expect(await badge.evaluate((el) => el.hasAttribute('skip-holidays') && (el as unknown as { skipHolidays: boolean }).skipHolidays)).toBe(true);
      await expect(page.locator('chiiki-support-matcher')).toHaveAttribute('offers-src', '../../data/offers.json');
      expect(await page.locator('chiiki-salon-finder').evaluate((el) => (el as unknown as { view: string }).view)).toBe('list');
      await page.waitForLoadState('networkidle');
      expect(guard.errors).toEqual([]);
      expect(guard.external).toEqual([]);
    });

    await test.step('arrays and objects arrive as properties, not as attribute strings', async () => {
      const finder = page.locator('chiiki-salon-finder');
      expect(
        await finder.evaluate((el) => {
          const data = (window as unknown as { __data: Data }).__data;
          return { same: (el as unknown as { data: unknown }).data === data.SALONS_A, attribute: el.getAttribute('data') };
        }),
      ).toEqual({ same: true, attribute: null });
      expect(
        await page.locator('chiiki-plan-viewer').evaluate((el) => {
          const data = (window as unknown as { __data: Data }).__data;
          return { same: (el as unknown as { data: unknown }).data === data.PLAN, attribute: el.getAttribute('data') };
        }),
      ).toEqual({ same: true, attribute: null });
    });

    await test.step('re-rendering passes new values; removing and adding an element works', async () => {
      await page.getByRole('button', { name: '別のデータにする' }).click();
      await expect
        .poll(() =>
          page
            .locator('chiiki-salon-finder')
            .evaluate((el) => (el as unknown as { data: unknown }).data === (window as unknown as { __data: Data }).__data.SALONS_B),
        )
        .toBe(true);

      await page.getByRole('button', { name: '言語を切り替える' }).click();
      await expect(page.locator('chiiki-salon-finder')).toHaveAttribute('lang', 'en');
      await expect(page.locator('chiiki-consultation-badge')).toHaveAttribute('lang', 'en');

      await page.getByRole('button', { name: '相談窓口を表示・非表示' }).click();
      await expect(page.locator('chiiki-consultation-badge')).toHaveCount(0);
      await page.getByRole('button', { name: '相談窓口を表示・非表示' }).click();
      await expect.poll(() => rendered(page, 'chiiki-consultation-badge')).toEqual({ defined: true, content: true });
    });

    await test.step('kebab-case custom events reach handlers declared in the framework', async () => {
      // Fired by the test on each element (bubbles, composed, like every chiiki-* event).
      for (const [tag, type] of [
        ['chiiki-consultation-badge', 'chiiki-open'],
        ['chiiki-salon-finder', 'chiiki-select'],
        ['chiiki-plan-viewer', 'chiiki-select'],
        ['chiiki-support-matcher', 'chiiki-error'],
      ]) {
        await page.locator(tag!).evaluate((el, t) => el.dispatchEvent(new CustomEvent(t, { bubbles: true, composed: true, detail: {} })), type);
        await expect(page.locator('#events')).toContainText(`${type} ${tag}`);
      }
    });

    await test.step('chiiki-load from reading the data reaches the framework handler', async () => {
      await expect(page.locator('#events')).toContainText('chiiki-load chiiki-salon-finder');
      await expect(page.locator('#events')).toContainText('chiiki-load chiiki-plan-viewer');
    });
    await page.waitForLoadState('networkidle');
    expect(guard.errors).toEqual([]);
    expect(guard.external).toEqual([]);
  });
}
