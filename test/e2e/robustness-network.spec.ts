import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page, Route } from '@playwright/test';
import { test, expect } from './fixtures.js';

/**
 * Network failure matrix (PRODUCT.md §2): every widget of the built bundle, on a bare page
 * (test/corpus/pages/network.html), reading its data from /net/… answered by page.route: 404, 500,
 * timeout, a slow answer, a truncated body, an HTML page instead of data, a redirect to another host;
 * and a CORS failure from a real second origin (a server on another port of 127.0.0.1, started here,
 * answering without Access-Control-Allow-Origin, so that the browser's own CORS check refuses it). Each time: the right chiiki-error code, a localized message announced as an
 * alert, and a retry that works once the network does. Then: tiles failing leave the list usable, the
 * geocoder failing leaves the other ways to set an origin usable, and a failed submission keeps the
 * resident's entry.
 */

const root = new URL('../../', import.meta.url);
const demo = (path: string) => readFileSync(new URL(`demo/data/${path}`, root), 'utf8');

const SALONS = JSON.stringify([
  { id: 's1', name: 'ひまわりサロン', lat: 32.88, lng: 130.86, district: '中央', schedule: { rrule: 'FREQ=WEEKLY;BYDAY=TU', start: '10:00', end: '12:00' } },
  { id: 's2', name: 'さくらカフェ', lat: 32.89, lng: 130.87, district: '北', consultation: { topics: ['care'] } },
]);
const BADGE = JSON.stringify([{ id: 'b1', name: 'ひまわり相談窓口', consultation: { topics: ['care'] }, contact: { phone: '096-000-0000' } }]);

interface Widget {
  name: string;
  query: string;
  path: string;
  body: string;
  /** What shows that the data is in. */
  ready: (page: Page) => Promise<void>;
}

const widgets: Widget[] = [
  {
    name: 'salon-finder',
    query: 'w=salon-finder&view=list&geocoder=none&src=/net/salons.json',
    path: '/net/salons.json',
    body: SALONS,
    ready: async (page) => await expect(page.getByRole('button', { name: /ひまわりサロン/ }).first()).toBeVisible(),
  },
  {
    name: 'plan-viewer',
    query: 'w=plan-viewer&src=/net/plan.json',
    path: '/net/plan.json',
    body: demo('plans/sakura.json'),
    ready: async (page) => await expect(page.getByRole('tree').first()).toBeVisible(),
  },
  {
    name: 'consultation-badge',
    query: 'w=consultation-badge&src=/net/badge.json&salon-id=b1',
    path: '/net/badge.json',
    body: BADGE,
    ready: async (page) => await expect(page.locator('chiiki-consultation-badge').getByRole('button').first()).toBeVisible(),
  },
  {
    name: 'support-matcher',
    query: 'w=support-matcher&offers-src=/net/offers.json',
    path: '/net/offers.json',
    body: demo('matching/offers.json'),
    ready: async (page) => await expect.poll(() => page.evaluate(() => (window as unknown as { __loads: number[] }).__loads.length)).toBeGreaterThan(0),
  },
];

type Failure = {
  name: string;
  code: string;
  /** Installs the failure; returns the URL the widget is given (the CORS case uses another origin). */
  fail: (page: Page, widget: Widget) => Promise<unknown>;
  clock?: boolean;
  /** Makes the network work again for the retry; default: the data answered by page.route at the URL. */
  recover?: (page: Page, widget: Widget) => Promise<void>;
};

/**
 * The second origin: http://127.0.0.1:<another port>. It answers every widget's path with its data and
 * no CORS header until `allowCors` is set (the data host fixing its headers), so the browser itself —
 * not page.route — decides that the response may not be read.
 */
const otherOrigin = { server: undefined as Server | undefined, url: '', allowCors: false, requests: [] as string[] };

test.beforeAll(async () => {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    otherOrigin.requests.push(`${request.method} ${path}`);
    const widget = widgets.find((w) => w.path === path);
    if (!widget) return void response.writeHead(404).end();
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };
    if (otherOrigin.allowCors) headers['access-control-allow-origin'] = '*';
    response.writeHead(200, headers).end(widget.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  otherOrigin.server = server;
  otherOrigin.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => otherOrigin.server?.close(resolve));
});

/** Matches a request by path only (a glob would also match the page, whose query names the path). */
const at = (path: string) => (url: URL) => url.pathname === path;
const under = (prefix: string) => (url: URL) => url.pathname.startsWith(prefix);
const matchers = new Map<string, (url: URL) => boolean>();
const matcher = (path: string) => matchers.get(path) ?? matchers.set(path, at(path)).get(path)!;

const fulfillData = (widget: Widget) => (route: Route) =>
  route.fulfill({ status: 200, contentType: 'application/json', body: widget.body, headers: { 'access-control-allow-origin': '*' } });

const failures: Failure[] = [
  { name: '404', code: 'http-status', fail: (page, w) => page.route(matcher(w.path), (r) => r.fulfill({ status: 404, body: 'Not Found' })) },
  { name: '500', code: 'http-status', fail: (page, w) => page.route(matcher(w.path), (r) => r.fulfill({ status: 500, body: 'Internal Server Error' })) },
  {
    name: 'timeout (no answer within 15 s)',
    code: 'timeout',
    clock: true,
    fail: (page, w) => page.route(matcher(w.path), () => undefined /* never answered */),
  },
  {
    name: 'truncated body',
    code: 'parse-failed',
    fail: (page, w) => page.route(matcher(w.path), (r) => r.fulfill({ status: 200, contentType: 'application/json', body: w.body.slice(0, Math.floor(w.body.length / 2)) })),
  },
  {
    name: 'wrong content (an HTML page with 200)',
    code: 'parse-failed',
    fail: (page, w) =>
      page.route(matcher(w.path), (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html><body><h1>メンテナンス中</h1></body></html>' })),
  },
  {
    name: 'redirect to another host',
    code: 'fetch-failed',
    fail: (page, w) => page.route(matcher(w.path), (r) => r.fulfill({ status: 302, headers: { location: `https://elsewhere.example${w.path}` } })),
  },
  {
    name: 'CORS failure (another origin without Access-Control-Allow-Origin)',
    code: 'fetch-failed',
    fail: async () => {
      otherOrigin.allowCors = false;
      otherOrigin.requests = [];
      return otherOrigin.url;
    },
    recover: async (_page, widget) => {
      // The request did reach the other origin: it was the browser that refused the answer.
      expect(otherOrigin.requests).toContain(`GET ${widget.path}`);
      otherOrigin.allowCors = true;
    },
  },
];

const errors = (page: Page) => page.evaluate(() => (window as unknown as { __errors: string[] }).__errors);

for (const widget of widgets) {
  test.describe(`network failures: ${widget.name}`, () => {
    for (const failure of failures) {
      test(`${failure.name} → ${failure.code}, a localized alert, and a working retry`, async ({ page, guard }) => {
        if (failure.clock) await page.clock.install();
        const given = await failure.fail(page, widget);
        const url = typeof given === 'string' ? given + widget.path : widget.path;
        const query = widget.query.replace(widget.path, url);
        await page.goto(`/test/corpus/pages/network.html?${query}&lang=en`);
        if (failure.clock) {
          await page.waitForTimeout(3000); // the request is made (it is never answered)
          await page.clock.runFor(16_000);
        }
        await expect.poll(() => errors(page), { timeout: 10_000 }).toEqual([failure.code]);
        const alert = page.getByRole('alert').filter({ hasText: /\S/ }).first();
        await expect(alert).toBeVisible();
        // English, in words, never a stack trace. (The salon finder also prints the code under its
        // sentence, for staff; see docs/robustness.md.)
        await expect(alert).toHaveText(/[A-Za-z]{3,} [a-z]{2,} [a-z]{2,}/);
        await expect(alert).not.toHaveText(/TypeError|SyntaxError|undefined|\bat \S+:\d+/);

        // The network comes back: retry reads the data.
        if (failure.recover) await failure.recover(page, widget);
        else {
          await page.unroute(matcher(widget.path));
          await page.route(matcher(widget.path), fulfillData(widget));
        }
        await page.getByRole('button', { name: 'Try again' }).first().click();
        await widget.ready(page);
        await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
        expect(guard.errors.filter((e) => !/Failed to load resource|CORS|Access-Control|net::ERR/.test(e))).toEqual([]);
      });
    }

    test('a slow answer (3 s) shows loading, then the data', async ({ page, guard }) => {
      await page.route(matcher(widget.path), async (route) => {
        await new Promise((r) => setTimeout(r, 3000));
        await fulfillData(widget)(route);
      });
      await page.goto(`/test/corpus/pages/network.html?${widget.query}`);
      await expect.poll(() => page.evaluate(() => (window as unknown as { __loads: number[] }).__loads.length), { timeout: 20_000 }).toBeGreaterThan(0);
      await widget.ready(page);
      expect(await errors(page)).toEqual([]);
      expect(guard.errors).toEqual([]);
    });
  });
}

test('salon finder: a truncated CSV keeps every complete row', async ({ page }) => {
  const csv = demo('salons/tsuinoba-mhlw.csv');
  const cut = csv.slice(0, Math.floor(csv.length / 2));
  await page.route(at('/net/salons.csv'), (r) => r.fulfill({ status: 200, contentType: 'text/csv', body: cut }));
  await page.goto('/test/corpus/pages/network.html?w=salon-finder&view=list&geocoder=none&src=/net/salons.csv');
  await expect.poll(() => page.evaluate(() => (window as unknown as { __loads: number[]; __errors: string[] }).__loads.length + (window as unknown as { __errors: string[] }).__errors.length), { timeout: 20_000 }).toBe(1);
  const [total] = await page.evaluate(() => (window as unknown as { __loads: number[] }).__loads);
  expect(total).toBeGreaterThan(0);
  expect(await errors(page)).toEqual([]);
});

test('salon finder: tiles failing leave the list usable', async ({ page, guard }) => {
  await page.route(at('/net/salons.json'), fulfillData(widgets[0]!));
  await page.route(under('/net/tiles/'), (r) => r.fulfill({ status: 500, body: '' }));
  await page.goto('/test/corpus/pages/network.html?w=salon-finder&view=both&geocoder=none&src=/net/salons.json&tile-url=/net/tiles/{z}/{x}/{y}.png');
  const item = page.getByRole('button', { name: /ひまわりサロン/ }).first();
  await expect(item).toBeVisible();
  await item.click();
  await expect(page.locator('chiiki-salon-finder')).toContainText('ひまわりサロン');
  await page.locator('chiiki-salon-finder').getByRole('searchbox').or(page.locator('chiiki-salon-finder input#q')).first().fill('さくら');
  await expect(page.getByRole('button', { name: /さくらカフェ/ }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: /ひまわりサロン/ })).toHaveCount(0);
  expect(guard.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  expect(guard.external).toEqual([]);
});

test('salon finder: the geocoder failing leaves the district picker and "near" usable', async ({ page }) => {
  await page.route(at('/net/salons.json'), fulfillData(widgets[0]!));
  await page.route(matcher('/net/geocode'), (r) => r.fulfill({ status: 500, body: '' }));
  await page.goto('/test/corpus/pages/network.html?w=salon-finder&view=list&src=/net/salons.json&geocoder-url=/net/geocode');
  const finder = page.locator('chiiki-salon-finder');
  await expect(page.getByRole('button', { name: /ひまわりサロン/ }).first()).toBeVisible();
  await finder.getByLabel('住所・地名で探す').fill('さくら町1-1');
  await finder.getByRole('button', { name: '検索', exact: true }).click();
  await expect(finder.getByRole('alert').filter({ hasText: /\S/ }).first()).toBeVisible();
  await expect.poll(() => errors(page)).toEqual(['geocoder-failed']);
  // Other ways still work: the district picker sets an origin.
  await finder.getByLabel('地区から選ぶ').selectOption('北');
  await expect(finder).toContainText('北地区の中心から近い順');
  // And so does the address search once the geocoder answers again.
  await page.unroute(matcher('/net/geocode'));
  await page.route(matcher('/net/geocode'), (r) =>
    r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify([{ geometry: { coordinates: [130.86, 32.88] }, properties: { title: 'さくら町1-1' } }]) }),
  );
  await finder.getByLabel('住所・地名で探す').fill('さくら町1-1');
  await finder.getByRole('button', { name: '検索', exact: true }).click();
  await expect(finder).toContainText('「さくら町1-1」から近い順');
});

test('support matcher (resident): submit-url failing keeps the entry, and sending again works', async ({ page }) => {
  await page.route(at('/net/offers.json'), fulfillData(widgets[3]!));
  let fail = true;
  const posted: unknown[] = [];
  await page.route(at('/net/submit'), (route) => {
    if (fail) return route.fulfill({ status: 500, body: '' });
    posted.push(route.request().postDataJSON());
    return route.fulfill({ status: 204 });
  });
  await page.goto('/test/corpus/pages/network.html?w=support-matcher&offers-src=/net/offers.json&submit-url=/net/submit');
  const matcher = page.locator('chiiki-support-matcher');
  await expect.poll(() => page.evaluate(() => (window as unknown as { __loads: number[] }).__loads.length)).toBeGreaterThan(0);
  await matcher.getByRole('checkbox', { name: /買い物の手伝い/ }).check();
  await matcher.getByRole('textbox', { name: 'ひとこと（任意）' }).fill('火曜の午前が助かります');
  await matcher.getByRole('checkbox', { name: '選んだ内容を担当窓口に送ることに同意します' }).check();
  await matcher.getByRole('button', { name: '送信する' }).click();
  await expect.poll(() => errors(page)).toEqual(['submit-failed']);
  await expect(matcher.getByRole('status').filter({ hasText: /\S/ }).last()).toBeVisible();
  // Nothing the resident entered is lost.
  await expect(matcher.getByRole('checkbox', { name: /買い物の手伝い/ })).toBeChecked();
  await expect(matcher.getByRole('textbox', { name: 'ひとこと（任意）' })).toHaveValue('火曜の午前が助かります');
  await expect(matcher.getByRole('checkbox', { name: '選んだ内容を担当窓口に送ることに同意します' })).toBeChecked();
  // The server is back: the same entry is sent.
  fail = false;
  await matcher.getByRole('button', { name: '送信する' }).click();
  await expect.poll(() => posted.length).toBe(1);
  expect(posted[0]).toMatchObject({ categories: ['shopping'], note: '火曜の午前が助かります', consent: true });
  await expect.poll(() => page.evaluate(() => (window as unknown as { __submits: unknown[] }).__submits.length)).toBe(1);
});
