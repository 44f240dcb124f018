import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Salon } from '@chiiki/core';
import type { ChiikiSalonFinder } from '../src/salon-finder.js';
import sample from '../../../demo/data/salons/salons.json';
import { $, $$, NOW, settle, TILE } from './helpers.js';

/**
 * Issue #8: the themes pass axe (colour contrast included) with data, map, markers and details
 * shown; the finder reflows at 320 CSS px with 200 % text; resident touch targets are 44 px or more.
 */

const salons = sample as unknown as Salon[];
const CREDIT = '地理院タイル https://maps.gsi.go.jp/development/ichiran.html';

async function loaded(el: ChiikiSalonFinder): Promise<ChiikiSalonFinder> {
  await waitUntil(() => /件中/.test($(el, '[role="status"].count')?.textContent ?? ''), 'data shown', { timeout: 8000 });
  await settle(el);
  return el;
}

/** Elements of the shadow root whose right edge passes the host's (reflow failures), outside the map's tiles. */
function stickingOut(el: ChiikiSalonFinder): string[] {
  const host = el.getBoundingClientRect();
  return $$(el, '*')
    .filter((node) => !node.closest('.leaflet-container, .visually-hidden, .chiiki-problem-table'))
    .filter((node) => {
      const r = node.getBoundingClientRect();
      return r.width > 0 && r.right > host.right + 1;
    })
    .map((node) => `${node.localName}.${[...node.classList].join('.')} +${Math.round(node.getBoundingClientRect().right - host.right)}px`);
}

describe('chiiki-salon-finder: themes (axe, colour contrast)', () => {
  for (const theme of ['dark', 'high-contrast']) {
    it(`theme="${theme}": no axe violations with data, map, markers and a salon's details`, async () => {
      const page = theme === 'dark' ? '#15181b' : '#000';
      const wrapper = await fixture<HTMLDivElement>(html`<div style="background:${page};width:960px">
        <chiiki-salon-finder
          theme=${theme}
          tile-url=${TILE}
          tile-attribution=${CREDIT}
          data-attribution="出典：さくら町（架空のデータ）"
          report-url="mailto:fukushi@example.jp"
          .now=${NOW}
          .data=${salons}
        ></chiiki-salon-finder>
      </div>`);
      const el = await loaded(wrapper.querySelector('chiiki-salon-finder')!);
      await waitUntil(() => $$(el, '.pin, .cluster').length > 0, 'markers', { timeout: 8000 });
      $<HTMLButtonElement>(el, '.item-button').click();
      await settle(el);
      expect($(el, '#details-title')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  }
});

describe('chiiki-salon-finder: 320 px wide, 200 % text', () => {
  it('the origin row, filters, list and details fit in the finder', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:320px;font-size:200%">
      <chiiki-salon-finder view="list" report-url="mailto:fukushi@example.jp" .now=${NOW} .data=${salons}></chiiki-salon-finder>
    </div>`);
    const el = await loaded(wrapper.querySelector('chiiki-salon-finder')!);
    $<HTMLDetailsElement>(el, '.more-filters').open = true;
    await settle(el);
    expect(stickingOut(el)).to.deep.equal([]);
    $<HTMLButtonElement>(el, '.item-button').click();
    await settle(el);
    expect(stickingOut(el)).to.deep.equal([]);
    // The district picker and the address search are still there and usable.
    expect($(el, '#origin-district').getBoundingClientRect().width).to.be.greaterThan(100);
  });

  it('the map toggle and the opened map fit too', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:320px;font-size:200%">
      <chiiki-salon-finder tile-url=${TILE} tile-attribution=${CREDIT} .now=${NOW} .data=${salons}></chiiki-salon-finder>
    </div>`);
    const el = await loaded(wrapper.querySelector('chiiki-salon-finder')!);
    await waitUntil(() => $(el, '.map-toggle'), 'map toggle');
    $<HTMLButtonElement>(el, '.map-toggle').click();
    await waitUntil(() => $$(el, '.pin, .cluster').length > 0, 'markers', { timeout: 8000 });
    expect(stickingOut(el)).to.deep.equal([]);
  });
});

describe('chiiki-salon-finder: touch targets', () => {
  it('the report link and the map credit link are at least 44 × 44 CSS px', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:960px">
      <chiiki-salon-finder tile-url=${TILE} tile-attribution=${CREDIT} report-url="mailto:fukushi@example.jp" .now=${NOW} .data=${salons}></chiiki-salon-finder>
    </div>`);
    const el = await loaded(wrapper.querySelector('chiiki-salon-finder')!);
    await waitUntil(() => $(el, '.attribution a'), 'credit');
    for (const name of ['データの誤りを知らせる', '地理院タイル']) {
      const link = $$(el, 'a[href]').find((a) => a.textContent?.trim() === name);
      expect(link, name).to.not.equal(undefined);
      const r = link!.getBoundingClientRect();
      expect(r.height, `${name} height`).to.be.at.least(43.5);
      expect(r.width, `${name} width`).to.be.at.least(43.5);
    }
  });
});
