import { readFileSync } from 'node:fs';
import type { Frame, Page } from '@playwright/test';
import { test, expect } from './fixtures.js';

/**
 * The embed pages of demo/embed/ (issue 11), loading only the built distribution: strict CSP with
 * Trusted Types, a hostile CMS stylesheet, data-chiiki placeholders with the loader, and the iframe.
 * Checks hold whatever the elements render: defined, shadow content, boxes, no errors or violations.
 */
// Pages load several elements and data; the machines are shared and slow at times.
test.describe.configure({ timeout: 60_000 });

const TAGS = ['chiiki-consultation-badge', 'chiiki-salon-finder', 'chiiki-support-matcher', 'chiiki-plan-viewer'];
const DIST = '/packages/widgets/dist';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

/**
 * Serves the hosts PRODUCT.md §2 allows (GSI tiles and address search) locally and records them; every
 * other host is refused by the fixture's guard. Records `securitypolicyviolation` events in every frame.
 */
async function prepare(page: Page): Promise<string[]> {
  const allowed: string[] = [];
  page.on('response', (response) => {
    // A missing chunk, worker or data file shows up here (a 404 from the local server).
    if (response.status() >= 400) failedResponses.set(page, [...(failedResponses.get(page) ?? []), `${response.status()} ${response.url()}`]);
  });
  await page.route(/^https:\/\/cyberjapandata\.gsi\.go\.jp\//, (route) => {
    allowed.push(route.request().url());
    return route.fulfill({ contentType: 'image/png', body: PNG });
  });
  await page.route(/^https:\/\/msearch\.gsi\.go\.jp\//, (route) => {
    allowed.push(route.request().url());
    return route.fulfill({ json: [] });
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`),
    );
  });
  return allowed;
}

const failedResponses = new WeakMap<Page, string[]>();
const failed = (page: Page) => failedResponses.get(page) ?? [];

const violations = (target: Page | Frame) => target.evaluate(() => window.__cspViolations);

/** Whether the element is the registered class and its shadow root shows something. */
async function rendered(target: Page | Frame, tag: string, index = 0) {
  return target
    .locator(tag)
    .nth(index)
    .evaluate((el) => ({
      defined: customElements.get(el.localName) === el.constructor,
      content: !!el.shadowRoot && el.shadowRoot.childElementCount > 0 && (el.shadowRoot.textContent ?? '').trim().length > 0,
      box: el.getBoundingClientRect().height > 0,
    }));
}

async function expectRendered(target: Page | Frame, tags = TAGS): Promise<void> {
  for (const tag of tags) await expect.poll(() => rendered(target, tag), { message: tag, timeout: 15_000 }).toEqual({ defined: true, content: true, box: true });
}

test.describe('strict Content-Security-Policy with Trusted Types (header sent by the server)', () => {
  for (const [file, tags] of [
    ['index.html', TAGS],
    ['iife.html', TAGS],
    ['loader.html', ['chiiki-consultation-badge', 'chiiki-plan-viewer']],
  ] as const) {
    test(`csp/${file}: every element renders without a violation`, async ({ page, guard }) => {
      await prepare(page);
      const response = await page.goto(`/demo/embed/csp/${file}`);
      const policy = response!.headers()['content-security-policy'] ?? '';
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("style-src 'self'");
      expect(policy).toContain("require-trusted-types-for 'script'");
      await expectRendered(page, [...tags]);
      await page.waitForLoadState('networkidle');

      // Open and close the badge's card where it has one: dialogs and lazy templates run under the policy too.
      const badgeButton = page.locator('chiiki-consultation-badge').getByRole('button').first();
      if (await badgeButton.count()) {
        await badgeButton.click();
        await page.keyboard.press('Escape');
      }

      expect(await violations(page)).toEqual([]);
      expect(failed(page)).toEqual([]);
      expect(guard.errors).toEqual([]);
      expect(guard.external).toEqual([]);
      // The policy is really enforced: a raw HTML string is refused by Trusted Types.
      const refused = await page.evaluate(() => {
        try {
          // eslint-disable-next-line no-restricted-syntax -- the point: Trusted Types must refuse this
          document.createElement('div').innerHTML = '<b>x</b>';
          return false;
        } catch {
          return true;
        }
      });
      expect(refused).toBe(true);
    });
  }

  test('the CSP pages have no inline script, inline style or style attribute', () => {
    for (const file of ['index.html', 'iife.html', 'loader.html']) {
      const html = readFileSync(`demo/embed/csp/${file}`, 'utf8');
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>/);
      expect(html).not.toMatch(/<style|\sstyle=/);
    }
  });
});

test.describe('hostile host page (an old municipal CMS stylesheet)', () => {
  /** Every text and element box inside the widgets' shadow trees, relative to the widget, with its font size. */
  async function measure(page: Page) {
    await page.evaluate(() => document.fonts.ready);
    return page.evaluate((tags) => {
      const round = (n: number) => Math.round(n);
      return tags.map((tag) => {
        const host = document.querySelector(tag)!;
        const origin = host.getBoundingClientRect();
        const boxes: string[] = [];
        const texts: string[] = [];
        const walk = (root: ShadowRoot) => {
          for (const el of Array.from(root.querySelectorAll('*'))) {
            // Leaflet's panes hold tiles whose number depends on timing, not on the page's styles.
            if (el.closest('.leaflet-pane') || el.localName === 'style') continue;
            const r = el.getBoundingClientRect();
            if (r.width === 0 && r.height === 0) continue; // not shown (a closed dialog): nothing to compare
            const style = getComputedStyle(el);
            boxes.push(`${el.localName} ${round(r.left - origin.left)},${round(r.top - origin.top)} ${round(r.width)}x${round(r.height)} ${style.fontSize}`);
            for (const node of Array.from(el.childNodes)) {
              if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
              const range = document.createRange();
              range.selectNodeContents(node);
              const t = range.getBoundingClientRect();
              if (t.width === 0 && t.height === 0) continue;
              texts.push(`${node.textContent.trim().slice(0, 20)} ${round(t.left - origin.left)},${round(t.top - origin.top)} ${round(t.width)}x${round(t.height)} ${style.fontSize} ${style.lineHeight}`);
            }
            if (el.shadowRoot) walk(el.shadowRoot);
          }
        };
        if (host.shadowRoot) walk(host.shadowRoot);
        return { tag, size: `${round(origin.width)}x${round(origin.height)}`, fontSize: getComputedStyle(host).fontSize, boxes, texts };
      });
    }, TAGS);
  }

  /** Gives every widget the same width on both pages, then waits until what it shows stops changing. */
  async function settle(page: Page) {
    await expectRendered(page);
    await page.waitForLoadState('networkidle');
    await page.evaluate((tags) => {
      for (const tag of tags) (document.querySelector(tag) as HTMLElement).style.width = '600px';
    }, TAGS);
    let previous = '';
    await expect
      .poll(async () => {
        const now = JSON.stringify(await measure(page));
        const stable = now === previous;
        previous = now;
        return stable;
      })
      .toBe(true);
  }

  test('widgets look the same as on a plain page (same boxes, positions and text sizes)', async ({ page, guard }) => {
    await prepare(page);
    await page.route('**/demo/embed/hostile.css', (route) => route.fulfill({ contentType: 'text/css', body: '' }));
    await page.goto('/demo/embed/hostile.html');
    await settle(page);
    const plain = await measure(page);

    await page.unroute('**/demo/embed/hostile.css');
    await page.goto('/demo/embed/hostile.html');
    await settle(page);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('10px'); // the CMS stylesheet applies
    const hostile = await measure(page);

    for (const [i, widget] of hostile.entries()) {
      expect(widget.fontSize, widget.tag).toBe(plain[i]!.fontSize);
      expect(widget.size, widget.tag).toBe(plain[i]!.size);
      expect(widget.texts, widget.tag).toEqual(plain[i]!.texts);
      expect(widget.boxes, widget.tag).toEqual(plain[i]!.boxes);
    }
    expect(await violations(page)).toEqual([]);
    expect(guard.errors).toEqual([]);
    expect(guard.external).toEqual([]);
  });

  test('the body-level 文字サイズ switcher scales the widgets on purpose', async ({ page, guard }) => {
    await prepare(page);
    await page.goto('/demo/embed/hostile.html');
    await settle(page);
    const standard = await measure(page);
    await page.getByRole('button', { name: '大', exact: true }).click();
    await settle(page);
    const large = await measure(page);
    for (const [i, widget] of large.entries()) {
      expect(parseFloat(widget.fontSize) / parseFloat(standard[i]!.fontSize), widget.tag).toBeCloseTo(1.25, 2);
      const sizes = (m: typeof widget) => m.texts.map((t) => parseFloat(t.split(' ').at(-2)!));
      const before = sizes(standard[i]!);
      const after = sizes(widget);
      expect(after.length, widget.tag).toBe(before.length);
      after.forEach((size, j) => expect(size / before[j]!, `${widget.tag}: ${widget.texts[j]}`).toBeCloseTo(1.25, 1));
      expect(parseFloat(widget.size.split('x')[1]!), widget.tag).toBeGreaterThan(parseFloat(standard[i]!.size.split('x')[1]!));
    }
    expect(guard.errors).toEqual([]);
  });

  test('the host page is unchanged by the widgets (styles, sizes, head, storage)', async ({ page, guard }) => {
    const snapshot = () =>
      page.evaluate((tags) => {
        const selectors = ['html', 'body', '#header', '#logo', '#fontsize', '#fontsize button', '#contents', 'h1', '.honbun', '.honbun > p', 'h2', 'h3', '#contact', '#contact th', '#contact td', '#contact a', '#links', '#links li', '#links a', '#footer'];
        const props = ['font-size', 'line-height', 'color', 'background-color', 'font-family', 'letter-spacing', 'text-align', 'margin-top', 'padding-left', 'border-left-width', 'box-sizing', 'list-style-type', 'border-collapse', 'display', 'width'];
        const holdsWidget = (el: Element) => tags.some((t) => el.querySelector(t));
        return {
          elements: selectors.flatMap((s) =>
            Array.from(document.querySelectorAll(s)).map((el) => {
              const style = getComputedStyle(el);
              const r = el.getBoundingClientRect();
              return `${s}: ${props.map((p) => style.getPropertyValue(p)).join(' | ')} | ${Math.round(r.width)}${holdsWidget(el) || el.localName === 'html' ? '' : `x${Math.round(r.height)}`}`;
            }),
          ),
          head: Array.from(document.head.children).map((el) => el.outerHTML),
          rootAttributes: [document.documentElement, document.body].map((el) => Array.from(el.attributes).map((a) => `${a.name}=${a.value}`)),
          styleSheets: document.styleSheets.length,
          adopted: document.adoptedStyleSheets.length,
          cookie: document.cookie,
          localStorage: localStorage.length,
        };
      }, TAGS);

    await prepare(page);
    await page.route(`**${DIST}/chiiki-widgets.js`, (route) => route.fulfill({ contentType: 'text/javascript', body: 'export {};' }));
    await page.goto('/demo/embed/hostile.html');
    await page.waitForLoadState('networkidle');
    const without = await snapshot();

    await page.unroute(`**${DIST}/chiiki-widgets.js`);
    await page.goto('/demo/embed/hostile.html');
    await expectRendered(page);
    await page.waitForLoadState('networkidle');
    expect(await snapshot()).toEqual(without);

    // The host's own switcher keeps working with the widgets on the page.
    await page.getByRole('button', { name: '特大' }).click();
    await expect(page.locator('body')).toHaveClass('fontsize-xlarge');
    expect(guard.errors).toEqual([]);
  });
});

test.describe('data-chiiki placeholders and chiiki-loader.js', () => {
  const scriptsOf = (page: Page) => {
    const files: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes(`${DIST}/`) && r.url().endsWith('.js')) files.push(new URL(r.url()).pathname.replace(`${DIST}/`, ''));
    });
    return files;
  };

  test('upgrades placeholders (data-X → X) and imports only the elements on the page', async ({ page, guard }) => {
    await prepare(page);
    const files = scriptsOf(page);
    await page.goto('/demo/embed/loader.html');
    await expectRendered(page, ['chiiki-consultation-badge', 'chiiki-plan-viewer']);
    await expect(page.locator('#badge-placeholder')).toHaveCount(1);
    const badge = page.locator('chiiki-consultation-badge');
    await expect(badge).toHaveAttribute('id', 'badge-placeholder');
    await expect(badge).toHaveAttribute('lang', 'en');
    await expect(badge).toHaveAttribute('name', 'Hidamari salon');
    await expect(badge).toHaveAttribute('hours', '火 10:00-12:00');
    await expect(badge).toHaveAttribute('phone', '0120-000-001');
    await expect(badge).toHaveAttribute('class', 'entry-widget');
    await expect(badge).toHaveAttribute('title', 'Consultation point');
    expect(await badge.evaluate((el) => el.hasAttribute('data-chiiki'))).toBe(false);
    await expect(page.getByRole('link', { name: '福祉の相談窓口のご案内' })).toHaveCount(0);
    // An unknown widget name is left alone.
    await expect(page.locator('#unknown-placeholder')).toHaveText('この部分は変わりません。');

    await page.waitForLoadState('networkidle');
    expect(files).toContain('chiiki-loader.js');
    expect(files).toContain('consultation-badge.js');
    expect(files).toContain('plan-viewer.js');
    expect(files.filter((f) => /^(salon-finder|support-matcher|chiiki-widgets)\.js$|^chunks\/(salon-finder|support-matcher|leaflet)-/.test(f))).toEqual([]);
    expect(guard.errors).toEqual([]);
    expect(guard.external).toEqual([]);
  });

  test('defines elements and upgrades placeholders added later', async ({ page, guard }) => {
    await prepare(page);
    const files = scriptsOf(page);
    await page.goto('/demo/embed/loader.html');
    await expectRendered(page, ['chiiki-consultation-badge']);
    expect(files).not.toContain('support-matcher.js');

    await page.evaluate(() => {
      const section = document.createElement('section');
      const late = document.createElement('div');
      late.dataset.chiiki = 'support-matcher';
      late.dataset.mode = 'resident';
      late.dataset.offersSrc = './data/offers.json';
      late.textContent = '支え合いの窓口（読み込み中）';
      section.append(late);
      document.querySelector('main')!.append(section);
    });
    await expectRendered(page, ['chiiki-support-matcher']);
    await expect(page.locator('chiiki-support-matcher')).toHaveAttribute('offers-src', './data/offers.json');
    await expect(page.locator('[data-chiiki="support-matcher"]')).toHaveCount(0);

    await page.evaluate(() => {
      const finder = document.createElement('chiiki-salon-finder');
      finder.setAttribute('src', './data/salons.json');
      finder.setAttribute('view', 'list');
      document.querySelector('main')!.append(finder);
    });
    await expectRendered(page, ['chiiki-salon-finder']);
    await page.waitForLoadState('networkidle');
    expect(files.filter((f) => f.startsWith('chunks/leaflet-')), 'a list-only salon finder needs no Leaflet').toEqual([]);
    expect(files).toContain('support-matcher.js');
    expect(files).toContain('salon-finder.js');
    expect(files.filter((f) => f === 'consultation-badge.js')).toHaveLength(1);
    expect(guard.errors).toEqual([]);
  });

  test('the fallback content shows until the element is defined', async ({ page, guard }) => {
    await prepare(page);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**${DIST}/consultation-badge.js`, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/demo/embed/loader.html');
    await expect(page.getByRole('link', { name: '福祉の相談窓口のご案内' })).toBeVisible();
    expect(await page.evaluate(() => customElements.get('chiiki-consultation-badge'))).toBeUndefined();
    release();
    await expectRendered(page, ['chiiki-consultation-badge']);
    await expect(page.getByRole('link', { name: '福祉の相談窓口のご案内' })).toHaveCount(0);
    expect(guard.errors).toEqual([]);
  });

  test('where scripts never run, the fallback stays', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/demo/embed/loader.html');
    await expect(page.getByRole('link', { name: '福祉の相談窓口のご案内' })).toBeVisible();
    await context.close();
  });
});

test.describe('iframe embed (embed.html)', () => {
  const FRAMES = {
    'chiiki-frame': 'chiiki-consultation-badge',
    'salon-frame': 'chiiki-salon-finder',
    'matcher-frame': 'chiiki-support-matcher',
    'plan-frame': 'chiiki-plan-viewer',
  };

  test('each iframe renders its widget and the host snippet fits it to its height', async ({ page, guard }) => {
    await prepare(page);
    await page.goto('/demo/embed/iframe.html');
    for (const [id, tag] of Object.entries(FRAMES)) {
      const frame = page.frame({ url: new RegExp(`widget=${tag.slice(7)}`) })!;
      await expectRendered(frame, [tag]);
      const content = () => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      const iframeHeight = () => page.locator(`#${id}`).evaluate((f) => f.getBoundingClientRect().height);
      await expect.poll(async () => Math.abs((await iframeHeight()) - (await content())), { message: id }).toBeLessThanOrEqual(1);
      expect(await iframeHeight()).toBeGreaterThan(20);
      expect(await violations(frame)).toEqual([]);
    }

    // It follows the content both ways: taller, then shorter again.
    const frame = page.frame({ url: /widget=consultation-badge/ })!;
    const before = await page.locator('#chiiki-frame').evaluate((f) => f.getBoundingClientRect().height);
    await frame.evaluate(() => {
      const tall = document.createElement('div');
      tall.id = 'tall';
      tall.style.height = '400px'; // CSSOM, allowed by style-src 'self'
      document.body.append(tall);
    });
    await expect.poll(() => page.locator('#chiiki-frame').evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(before + 390);
    await frame.evaluate(() => document.getElementById('tall')!.remove());
    await expect.poll(() => page.locator('#chiiki-frame').evaluate((f) => f.getBoundingClientRect().height)).toBeCloseTo(before, 0);
    expect(guard.errors).toEqual([]);
    expect(guard.external).toEqual([]);
  });

  test('query parameters become attributes, never event handlers or styles', async ({ page, guard }) => {
    await prepare(page);
    await page.goto(`${DIST}/embed.html?widget=consultation-badge&name=Test&lang=en&onclick=alert(1)&onmouseover=alert(2)&style=display:none&Bad%20Name=x`);
    await expectRendered(page, ['chiiki-consultation-badge']);
    const attributes = await page.locator('chiiki-consultation-badge').evaluate((el) => el.getAttributeNames());
    expect(attributes).toEqual(expect.arrayContaining(['lang', 'name']));
    expect(attributes.filter((name) => /^on|^style$|\s/.test(name))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await violations(page)).toEqual([]);
    expect(guard.errors).toEqual([]);
  });

  test('an unknown widget leaves the instructions and loads nothing else', async ({ page, guard }) => {
    await prepare(page);
    await page.goto(`${DIST}/embed.html?widget=toString`);
    await expect(page.locator('main')).toContainText('?widget=salon-finder');
    expect(await page.evaluate(() => document.querySelectorAll('main > *').length)).toBe(1);
    expect(guard.errors).toEqual([]);
  });

  test('embed.html carries its own strict policy and no inline script or style', () => {
    const html = readFileSync('packages/widgets/dist/embed.html', 'utf8');
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    expect(html).toContain("require-trusted-types-for 'script'");
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=/);
  });
});
