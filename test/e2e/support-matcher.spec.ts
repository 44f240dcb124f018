import { readFileSync } from 'node:fs';
import { test, expect, axeViolations } from './fixtures.js';

const resident = '#resident';
const coordinator = '#coordinator';

test.describe('support matcher demo (demo/matching.html)', () => {
  // Both views plus a full axe pass over them took 22–40 s on the shared 2-core machine (load 12–16):
  // above Playwright's default 30 s when run beside other specs.
  test.describe.configure({ timeout: 60_000 });

  test.beforeEach(async ({ page }) => {
    await page.goto('/demo/matching.html');
    await expect(page.locator(`${coordinator} [role="status"].status`)).toHaveText('57件のニーズのうち 38件がつながりました（距離の合計 39.7 km）');
  });

  test('both views load with no errors, no outside requests and zero axe violations', async ({ page, guard }) => {
    const r = page.locator(resident);
    await r.getByRole('checkbox', { name: '日常的な話し相手' }).check();
    await r.getByLabel('お住まいの地区').selectOption('東原');
    await expect(r.locator('.hit').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    expect(guard.errors).toEqual([]);
    expect(guard.external).toEqual([]);
  });

  test('resident flow by keyboard; nothing leaves the browser without submit-url', async ({ page, guard }) => {
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'GET') posts.push(request.url());
    });
    const r = page.locator(resident);
    await r.getByRole('radio', { name: '手伝ってほしいことから' }).focus();
    await page.keyboard.press('Tab');
    await expect(r.getByRole('checkbox', { name: '安否確認の声かけ' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(r.getByRole('checkbox', { name: '安否確認の声かけ' })).toBeChecked();
    // The check mark is drawn but not read: names stay exactly the labels when checked (#8).
    await expect(r.getByRole('checkbox', { checked: true })).toHaveAccessibleName('安否確認の声かけ');
    await expect(r.getByRole('radio', { checked: true })).toHaveAccessibleName('手伝ってほしいことから');
    await r.getByLabel('お住まいの地区').focus();
    await page.keyboard.press('ArrowDown');
    await r.getByLabel('お住まいの地区').selectOption('南ヶ丘');
    await expect(r.locator('.count')).toHaveText(/\d+件 見つかりました/);
    const results = await r.locator('.hits').innerText();
    expect(results).not.toContain('登録ボランティア O');
    expect(results).toContain('さくら町社会福祉協議会を通じてつながります');
    expect(posts).toEqual([]);
    expect(guard.errors).toEqual([]);
  });

  test('consent gate: no request before consent, then exactly the §5 payload', async ({ page }) => {
    const bodies: unknown[] = [];
    await page.route('**/api/requests', async (route) => {
      bodies.push(route.request().postDataJSON());
      await route.fulfill({ status: 201, body: '{}' });
    });
    await page.locator(resident).evaluate((el) => el.setAttribute('submit-url', '/api/requests'));
    const r = page.locator(resident);
    await r.getByRole('checkbox', { name: 'ごみ出しの手伝い' }).check();
    await r.getByLabel('お住まいの地区').selectOption('川沿');
    await r.getByRole('checkbox', { name: '土', exact: true }).check();
    await r.getByLabel('ひとこと（任意）').fill('土曜の朝');
    await expect(r.getByRole('button', { name: '送信する' })).toHaveAttribute('aria-disabled', 'true');
    await r.getByRole('button', { name: '送信する' }).click({ force: true });
    await page.waitForTimeout(300);
    expect(bodies).toEqual([]);
    await r.getByRole('checkbox', { name: '選んだ内容を担当窓口に送ることに同意します' }).check();
    const submitted = page.evaluate(() => new Promise((resolve) => document.querySelector('#resident')!.addEventListener('chiiki-submit', (e) => resolve((e as CustomEvent).detail.status), { once: true })));
    await r.getByRole('button', { name: '送信する' }).click();
    expect(await submitted).toBe(201);
    expect(bodies).toEqual([{ mode: 'need', categories: ['garbage'], district: '川沿', days: ['sat'], note: '土曜の朝', lang: 'ja', consent: true }]);
    await expect(r.getByText('送信しました。')).toBeVisible();
  });

  test('coordinator: known optimum, exclude and re-solve, CSV export, chart numbers', async ({ page }) => {
    const c = page.locator(coordinator);
    const rows = c.locator('table.assignment tbody tr');
    await expect(rows).toHaveCount(38);
    const firstNeed = (await rows.first().locator('th').innerText()).trim();
    await rows.first().getByRole('button', { name: /^除外/ }).click();
    await expect(c.locator('.pair-lists')).toContainText(firstNeed);
    await expect(c.locator('[role="status"].status')).toContainText('57件のニーズのうち');

    const download = page.waitForEvent('download');
    await c.getByRole('button', { name: 'CSV で保存' }).click();
    const file = await (await download).path();
    const csv = readFileSync(file, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toBe('ニーズ番号,区分,担い手番号,担い手,距離km,状態');
    expect(csv.slice(1).split('\r\n')).toHaveLength(57 + 2);

    const needs = JSON.parse(readFileSync('demo/data/matching/needs.json', 'utf8')) as { categories: string[] }[];
    const row = c.locator('table.chart-table').first().locator('tbody tr', { hasText: '急病になった時の看病' });
    await expect(row.locator('td').first()).toHaveText(String(needs.filter((n) => n.categories.includes('sick-care')).length));
  });

  test('a large solve runs in the module worker and can be cancelled', async ({ page }) => {
    const workerRequests: string[] = [];
    page.on('request', (request) => {
      if (/assets\/worker-[\w-]+\.js$/.test(request.url())) workerRequests.push(request.url());
    });
    await page.locator(coordinator).evaluate((el) => {
      const needs = [];
      const offers = [];
      for (let i = 0; i < 3000; i++) needs.push({ id: `n${i}`, categories: ['shopping', 'garbage'], lat: 32.8 + (i % 97) * 0.002, lng: 130.8 + (i % 89) * 0.002 });
      for (let i = 0; i < 3000; i++) offers.push({ id: `o${i}`, name: `o${i}`, kind: 'group', categories: ['shopping', 'garbage'], lat: 32.8 + (i % 83) * 0.002, lng: 130.8 + (i % 79) * 0.002, capacity: 2 });
      Object.assign(el, { needs, offers });
    });
    const c = page.locator(coordinator);
    await expect(c.getByRole('button', { name: '中止する' })).toBeVisible();
    await c.getByRole('button', { name: '中止する' }).click();
    await expect(c.locator('[role="status"].status')).toHaveText('計算を中止しました。');
    expect(workerRequests.length).toBeGreaterThan(0);
  });
});
