import { test, expect, axeViolations } from './fixtures.js';
import type { Page } from '@playwright/test';

/**
 * The salon finder on the demo page (demo/salons.html, built bundle). The page uses a local tile
 * (no map host is reached); the last test opens the real 国土地理院 tiles, which the guard blocks,
 * and checks that only tiles were refused and the list kept working.
 */
const finder = (page: Page) => page.locator('#finder');
const count = (page: Page) => finder(page).locator('.count');
const items = (page: Page) => finder(page).locator('.results .item-button');

async function open(page: Page, url = '/demo/salons.html') {
  // Tuesday 8 December 2026, 09:00 in Japan: "today" is deterministic.
  await page.clock.setFixedTime(new Date('2026-12-08T09:00:00+09:00'));
  await page.goto(url);
  await expect(count(page)).toHaveText(/^72件中 \d+件$/);
}

test('search by text, filter today, select, and the map draws markers from local tiles only', async ({ page, guard }) => {
  await open(page);
  await expect(finder(page).locator('.leaflet-container')).toBeVisible();
  await expect(finder(page).locator('.cluster, .pin').first()).toBeVisible();
  await expect(finder(page).locator('.attribution')).toHaveText('背景：無地（デモ用）');

  await finder(page).getByLabel('名前・場所・内容で探す').fill('ヒャクサイ');
  await expect(count(page)).toHaveText(/^72件中 \d+件$/);
  const found = await items(page).allTextContents();
  expect(found.length).toBeGreaterThan(0);
  for (const name of found) expect(name).toContain('百歳体操');

  await finder(page).getByLabel('名前・場所・内容で探す').fill('');
  await finder(page).getByText('条件で絞り込む').click();
  await finder(page).getByText('今日', { exact: true }).click();
  const today = await items(page).count();
  expect(today).toBeGreaterThan(0);
  const when = await finder(page).locator('.results .when').allTextContents();
  for (const text of when) expect(text).toContain('12月8日(火)');
  await expect(count(page)).toHaveText(`72件中 ${today}件`);

  await items(page).first().click();
  await expect(finder(page).locator('#details-title')).toBeFocused();
  await expect(finder(page).locator('.details a[href^="tel:"]')).toBeVisible();
  expect(new URL(page.url()).hash).toMatch(/^#finder\.salon=434043-\d{3}$/);
  await expect(finder(page).locator('.pin.selected')).toHaveCount(1);

  expect(await axeViolations(page)).toEqual([]);
  expect(guard.errors).toEqual([]);
  expect(guard.external).toEqual([]);
});

test('share-link round trip: the selection comes back from the URL without taking focus', async ({ page, context, guard }) => {
  await open(page);
  await items(page).nth(3).click();
  const name = (await finder(page).locator('#details-title').textContent())!.trim();
  const link = page.url();
  expect(link).toContain('#finder.salon=');

  const other = await context.newPage();
  await other.clock.setFixedTime(new Date('2026-12-08T09:00:00+09:00'));
  await other.goto(link);
  await expect(finder(other).locator('#details-title')).toHaveText(name);
  expect(await other.evaluate(() => document.activeElement?.localName)).toBe('body');
  await expect(finder(other).locator('.pin.selected')).toHaveCount(1);
  await other.close();
  expect(guard.errors).toEqual([]);
  expect(guard.external).toEqual([]);
});

test('keyboard: the list is the path; Enter shows the salon; markers are one tab stop', async ({ page }) => {
  await open(page);
  await items(page).first().focus();
  await page.keyboard.press('Enter');
  await expect(finder(page).locator('#details-title')).toBeFocused();
  // The map (a lazy chunk) draws its markers after the list; wait for them, then count the tab stops.
  await expect(finder(page).locator('.cluster, .pin').first()).toBeVisible();
  await expect
    .poll(() =>
      finder(page)
        .locator('.pin, .cluster')
        .evaluateAll((markers) => markers.filter((m) => (m as HTMLElement).tabIndex >= 0).length),
    )
    .toBe(1);
});

test('the defects demo shows a short notice and, with debug, the row/field table', async ({ page }) => {
  await open(page);
  const defects = page.locator('#defects');
  const notice = defects.locator('[part~="problems"]');
  // `debug` is set: the staff table is shown; the residents' count is the records with a problem (core's rule).
  await expect(notice.locator('table tbody tr').first()).toBeVisible();
  const count = new Set(await notice.locator('table tbody tr td:first-child').allTextContents()).size;
  expect(count).toBeGreaterThan(2);
  await expect(notice.locator('summary')).toHaveText(`一部のデータを表示できませんでした（${count}件）`);
  await notice.locator('summary').click();
  await expect(notice.locator('li', { hasText: '必要な項目（名称など）がありません（2件）' })).toBeVisible();
});

test('with the real GSI tiles blocked, only tile requests fail and the list still works', async ({ page, guard }) => {
  await open(page, '/demo/salons.html?tiles=gsi');
  await expect(finder(page).locator('.attribution a')).toHaveText('地理院タイル');
  await expect.poll(() => guard.external.length).toBeGreaterThan(0);
  for (const url of guard.external) expect(url).toMatch(/^https:\/\/cyberjapandata\.gsi\.go\.jp\/xyz\/pale\//);
  // A refused image logs "Failed to load resource"; nothing else may fail.
  for (const error of guard.errors) expect(error).toMatch(/Failed to load resource/);
  await finder(page).getByLabel('名前・場所・内容で探す').fill('料理教室');
  await expect(items(page).first()).toContainText('料理教室');
});
