import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../packages/salon-finder/src/define.js';
import '../../packages/consultation-badge/src/define.js';
import '../../packages/plan-viewer/src/define.js';
import '../../packages/support-matcher/src/define.js';
import type { ChiikiConsultationBadge } from '../../packages/consultation-badge/src/consultation-badge.js';

/**
 * Markup and script in every text field of the data are rendered as text by every element: no
 * element is created from data in any shadow root, no request is made for it, no script runs
 * (test/corpus/*\/markup.json.txt).
 */

declare global {
  interface Window {
    __corpusXss?: number;
  }
}

const MARK = '<img src=x onerror="window.__corpusXss=1">';

/** Every shadow root under a node, nested ones included. */
function shadowRoots(root: Node): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const walk = (node: Node) => {
    const all = node instanceof Element || node instanceof ShadowRoot || node instanceof Document ? node.querySelectorAll('*') : [];
    for (const el of all) {
      if (el.shadowRoot) {
        out.push(el.shadowRoot);
        walk(el.shadowRoot);
      }
    }
  };
  if (root instanceof Element && root.shadowRoot) {
    out.push(root.shadowRoot);
    walk(root.shadowRoot);
  }
  walk(root);
  return out;
}

function textOf(root: Node): string {
  return shadowRoots(root)
    .map((r) => r.textContent ?? '')
    .join('\n') + (root.textContent ?? '');
}

/** The element shows the markup as text and made no element, request or script from it. */
async function expectInert(el: Element, shown = true): Promise<void> {
  await new Promise((r) => setTimeout(r, 100));
  const roots = shadowRoots(el);
  expect(roots.length, 'has a shadow root').to.be.greaterThan(0);
  for (const root of roots) {
    expect(root.querySelectorAll('script').length, 'no <script> in a shadow root').to.equal(0);
    expect(root.querySelectorAll('img[src="x"], img[onerror], [onerror]').length, 'no element from data').to.equal(0);
  }
  expect(el.querySelectorAll('script, img').length).to.equal(0);
  expect(window.__corpusXss, 'no script ran').to.equal(undefined);
  const requests = performance.getEntriesByType('resource').map((e) => e.name);
  expect(requests.filter((name) => /\/x$|onerror|corpusXss/.test(decodeURIComponent(name))), 'no request for data markup').to.deep.equal([]);
  if (shown) expect(textOf(el)).to.contain('<img src=x');
}

const corpus = async (path: string) => JSON.parse(await (await fetch(path)).text()) as unknown;

describe('markup and script in data are rendered as text', () => {
  beforeEach(() => {
    delete window.__corpusXss;
  });

  it('salon finder: list and details', async () => {
    const data = await corpus('/test/corpus/salons/markup.json.txt');
    const el = await fixture(html`<chiiki-salon-finder view="list" .data=${data}></chiiki-salon-finder>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.item-button'), 'listed', { timeout: 10000 });
    for (const button of el.shadowRoot!.querySelectorAll<HTMLElement>('.item-button')) {
      button.click();
      await new Promise((r) => setTimeout(r, 50));
      await expectInert(el);
    }
    expect(textOf(el)).to.contain(`名前${MARK}`);
  });

  it('salon finder with debug: the problem table shows values as text', async () => {
    const data = await corpus('/test/corpus/salons/markup.json.txt');
    const el = await fixture(html`<chiiki-salon-finder view="list" debug .data=${data}></chiiki-salon-finder>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.item-button'), 'listed', { timeout: 10000 });
    for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
    await expectInert(el);
  });

  it('consultation badge from a data record: chip and open card', async () => {
    const data = await corpus('/test/corpus/salons/markup.json.txt');
    const id = (data as { id: string }[])[0]!.id;
    const el = await fixture<ChiikiConsultationBadge>(html`<chiiki-consultation-badge variant="card" salon-id=${id} .data=${data}></chiiki-consultation-badge>`);
    await waitUntil(() => textOf(el).includes('<img'), 'record shown', { timeout: 10000 });
    await expectInert(el);
    el.show();
    await new Promise((r) => setTimeout(r, 100));
    await expectInert(el);
    expect(textOf(el)).to.contain(`団体${MARK}`);
  });

  it('consultation badge from attributes', async () => {
    const el = await fixture(html`<chiiki-consultation-badge
      name=${`名前${MARK}`} topics=${`care,${MARK}`} organization=${MARK} refer-to=${MARK} phone=${MARK} hours="10:00-12:00"
    ></chiiki-consultation-badge>`);
    await expectInert(el);
  });

  it('plan viewer: every node expanded', async () => {
    const data = await corpus('/test/corpus/plans/markup.json.txt');
    const el = await fixture(html`<chiiki-plan-viewer expand="all" .data=${data}></chiiki-plan-viewer>`);
    await waitUntil(() => textOf(el).includes('目標<img'), 'plan shown', { timeout: 10000 });
    for (const item of el.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]')) item.click();
    await expectInert(el);
    expect(textOf(el)).to.contain(`ビジョン${MARK}`);
  });

  it('support matcher: coordinator table and resident results', async () => {
    const needs = await corpus('/test/corpus/matching/needs-bad.json.txt');
    const offers = await corpus('/test/corpus/matching/offers-bad.json.txt');
    const coordinator = await fixture(html`<chiiki-support-matcher mode="coordinator" debug .needs=${needs} .offers=${offers}></chiiki-support-matcher>`);
    await waitUntil(() => textOf(coordinator).includes('n1-2'), 'results shown', { timeout: 15000 });
    for (const details of coordinator.shadowRoot!.querySelectorAll('details')) details.open = true;
    await expectInert(coordinator, false);
    // The resident view lists offers only after a search; markup must still never become an element.
    const resident = await fixture(html`<chiiki-support-matcher mode="resident" .offers=${offers}></chiiki-support-matcher>`);
    await new Promise((r) => setTimeout(r, 300));
    await expectInert(resident, false);
  });
});
