import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { ChiikiSupportMatcher } from '../src/support-matcher.js';
import type { MatchResult } from '../src/engine/index.js';
import needsJson from '../../../demo/data/matching/needs.json';
import offersJson from '../../../demo/data/matching/offers.json';

const OFFERS = '/demo/data/matching/offers.csv';
const NEEDS = '/demo/data/matching/needs.csv';

const shadow = (el: HTMLElement) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => shadow(el).querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const settle = async (el: ChiikiSupportMatcher) => {
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
};
const chip = (el: HTMLElement, label: string) =>
  $$<HTMLInputElement>(el, 'input[name="category"]').find((input) => text(input.closest('label')).includes(label))!;

/** Records every request the page makes; answers data files from the test server and POSTs as told. */
function recordFetch(answer: (url: string, init?: RequestInit) => Response | undefined = () => undefined) {
  const original = window.fetch;
  const calls: { url: string; init?: RequestInit }[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    calls.push({ url, init });
    return answer(url, init) ?? original(input, init);
  };
  return { calls, restore: () => (window.fetch = original) };
}

describe('chiiki-support-matcher', () => {
  it('renders its name in Japanese by default and follows lang', async () => {
    const el = await fixture<ChiikiSupportMatcher>(html`<chiiki-support-matcher></chiiki-support-matcher>`);
    expect(text($(el, 'h2'))).to.equal('支え合いマッチング');
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(text($(el, 'h2'))).to.equal('Support matching');
    el.setAttribute('lang', 'ja-x-easy');
    await settle(el);
    expect($(el, 'h2').textContent).to.include('たすけあい');
    expect($$(el, 'ruby').length).to.be.greaterThan(0);
  });

  it('loads the strings of the ten other locales on demand (ja and en are in the first load)', async () => {
    const loaded = () => performance.getEntriesByType('resource').filter((e) => /support-matcher\/src\/locales\/vi\.(ts|js)/.test(e.name)).length;
    expect(loaded()).to.equal(0);
    const el = await fixture<ChiikiSupportMatcher>(html`<chiiki-support-matcher lang="vi"></chiiki-support-matcher>`);
    await settle(el);
    expect(loaded()).to.equal(1);
    expect(text($(el, 'h2'))).to.equal('Kết nối hỗ trợ lẫn nhau');
  });

  describe('resident', () => {
    it('finds groups, services and salons by keyboard, nearest first, and never lists a volunteer', async () => {
      const el = await fixture<ChiikiSupportMatcher>(html`<chiiki-support-matcher offers-src=${OFFERS}></chiiki-support-matcher>`);
      await oneEvent(el, 'chiiki-load');
      await settle(el);
      // 13 category chips with text labels, each a real checkbox at least 44 px tall.
      const chips = $$<HTMLInputElement>(el, 'input[name="category"]');
      expect(chips).to.have.length(13);
      expect(chips[0].closest('label')!.getBoundingClientRect().height).to.be.at.least(44);
      chip(el, '安否確認の声かけ').focus();
      await sendKeys({ press: 'Space' });
      chip(el, '災害時の手助け').focus();
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(text($(el, '.count'))).to.include('選ぶと');
      const select = $<HTMLSelectElement>(el, 'select');
      select.focus();
      select.value = '南ヶ丘';
      select.dispatchEvent(new Event('change'));
      await settle(el);
      expect(text($(el, '.count'))).to.match(/\d+件 見つかりました/);
      const hits = $$(el, '.hit');
      expect(hits.length).to.be.greaterThan(0);
      const all = hits.map(text).join('\n');
      expect(all).not.to.include('登録ボランティア O');
      expect(all).to.include('さくら町社会福祉協議会を通じてつながります');
      expect(all).to.include('ボランティア個人の連絡先はお知らせしていません');
    });

    it('sorts by straight-line distance from the resident’s location', async () => {
      const el = await fixture<ChiikiSupportMatcher>(html`<chiiki-support-matcher offers-src=${OFFERS}></chiiki-support-matcher>`);
      await oneEvent(el, 'chiiki-load');
      const geo = navigator.geolocation;
      Object.defineProperty(navigator, 'geolocation', {
        configurable: true,
        value: { getCurrentPosition: (ok: PositionCallback) => ok({ coords: { latitude: 32.879, longitude: 130.868 } } as GeolocationPosition) },
      });
      try {
        await settle(el);
        chip(el, '災害時の手助け').click();
        $<HTMLButtonElement>(el, 'button[aria-pressed]').click();
        await settle(el);
        const km = $$(el, '.hit .muted')
          .map((p) => /約 ([\d.]+) km/.exec(text(p))?.[1])
          .filter(Boolean)
          .map(Number);
        expect(km.length).to.be.greaterThan(1);
        expect(km).to.deep.equal([...km].sort((a, b) => a - b));
      } finally {
        Object.defineProperty(navigator, 'geolocation', { configurable: true, value: geo });
      }
    });

    it('sends nothing without submit-url', async () => {
      const rec = recordFetch();
      try {
        const el = await fixture<ChiikiSupportMatcher>(html`<chiiki-support-matcher offers-src=${OFFERS}></chiiki-support-matcher>`);
        await oneEvent(el, 'chiiki-load');
        await settle(el);
        chip(el, '買い物の手伝い').click();
        await settle(el);
        expect($(el, 'textarea')).to.equal(null);
        expect(text($(el, '.privacy'))).to.include('送られません');
        expect(rec.calls.map((c) => new URL(c.url).pathname)).to.deep.equal([OFFERS]);
      } finally {
        rec.restore();
      }
    });

    it('POSTs exactly the §5 payload only after consent; failure keeps the entry, success fires chiiki-submit', async () => {
      let status = 500;
      const rec = recordFetch((url) => (url.endsWith('/api/requests') ? new Response('{}', { status }) : undefined));
      try {
        const el = await fixture<ChiikiSupportMatcher>(html`<chiiki-support-matcher offers-src=${OFFERS} submit-url="/api/requests" lang="ja"></chiiki-support-matcher>`);
        await oneEvent(el, 'chiiki-load');
        await settle(el);
        chip(el, 'ごみ出しの手伝い').click();
        chip(el, '安否確認の声かけ').click();
        const select = $<HTMLSelectElement>(el, 'select');
        select.value = '北町';
        select.dispatchEvent(new Event('change'));
        $$<HTMLInputElement>(el, 'input[name="day"]')[2].click();
        await settle(el);
        const note = $<HTMLTextAreaElement>(el, 'textarea');
        note.value = '朝がたすかります';
        note.dispatchEvent(new Event('input'));
        await settle(el);
        const submit = $<HTMLButtonElement>(el, 'button[type="submit"]');
        expect(submit.getAttribute('aria-disabled')).to.equal('true');
        submit.click();
        await settle(el);
        expect(rec.calls.filter((c) => c.init?.method === 'POST')).to.have.length(0);

        const consent = $<HTMLInputElement>(el, '.consent input');
        consent.focus();
        await sendKeys({ press: 'Space' });
        await settle(el);
        expect(submit.getAttribute('aria-disabled')).to.equal('false');
        const failed = oneEvent(el, 'chiiki-error');
        submit.click();
        expect((await failed).detail.error.code).to.equal('submit-failed');
        await settle(el);
        const posts = rec.calls.filter((c) => c.init?.method === 'POST');
        expect(posts).to.have.length(1);
        expect(JSON.parse(String(posts[0].init!.body))).to.deep.equal({
          mode: 'need',
          categories: ['safety-check', 'garbage'],
          district: '北町',
          days: ['wed'],
          note: '朝がたすかります',
          lang: 'ja',
          consent: true,
        });
        expect(text(shadow(el).querySelector('.submit [role="status"]'))).to.include('送信できませんでした');
        expect($<HTMLTextAreaElement>(el, 'textarea').value).to.equal('朝がたすかります');
        expect(chip(el, 'ごみ出しの手伝い').checked).to.equal(true);

        status = 200;
        const sent = oneEvent(el, 'chiiki-submit');
        submit.click();
        const event = await sent;
        expect(event.detail.status).to.equal(200);
        expect((event.detail.payload as { consent: boolean }).consent).to.equal(true);
      } finally {
        rec.restore();
      }
    });

    it('is accessible', async () => {
      const el = await fixture<ChiikiSupportMatcher>(html`<chiiki-support-matcher offers-src=${OFFERS} submit-url="/api/x"></chiiki-support-matcher>`);
      await oneEvent(el, 'chiiki-load');
      await settle(el);
      chip(el, '買い物の手伝い').click();
      const select = $<HTMLSelectElement>(el, 'select');
      select.value = '中央';
      select.dispatchEvent(new Event('change'));
      await settle(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('coordinator', () => {
    async function solved(maxKm = '3') {
      const el = await fixture<ChiikiSupportMatcher>(html`<chiiki-support-matcher mode="coordinator" needs-src=${NEEDS} offers-src=${OFFERS} max-km=${maxKm}></chiiki-support-matcher>`);
      const event = await oneEvent(el, 'chiiki-result');
      await settle(el);
      return { el, result: event.detail as MatchResult };
    }

    it('solves the sample data to its known optimum and shows it as a sortable, filterable table', async () => {
      const { el, result } = await solved();
      // Checked by brute-force-equivalent min-cost flow (test/brute-force.ts referenceFlow): 38 of 57, 39.712 km.
      expect(result.stats).to.deep.equal({ served: 38, total: 57, totalKm: 39.712 });
      expect(text($(el, '.status'))).to.equal('57件のニーズのうち 38件がつながりました（距離の合計 39.7 km）');
      const table = $(el, 'table.assignment');
      expect(table.querySelectorAll('tbody tr')).to.have.length(38);
      const kmHeader = [...table.querySelectorAll('th[aria-sort]')].find((th) => text(th).startsWith('距離'))!;
      expect(kmHeader.getAttribute('aria-sort')).to.equal('none');
      kmHeader.querySelector('button')!.click();
      await settle(el);
      expect(kmHeader.getAttribute('aria-sort')).to.equal('ascending');
      const kms = [...table.querySelectorAll('tbody tr td.num')].map((td) => Number(td.textContent));
      expect(kms).to.deep.equal([...kms].sort((a, b) => a - b));
      kmHeader.querySelector('button')!.click();
      await settle(el);
      expect(kmHeader.getAttribute('aria-sort')).to.equal('descending');
      const filter = $<HTMLInputElement>(el, 'input[type="search"]');
      filter.value = '西山';
      filter.dispatchEvent(new Event('input'));
      await settle(el);
      const shown = [...table.querySelectorAll('tbody tr')];
      expect(shown.length).to.be.greaterThan(0).and.lessThan(38);
      expect(shown.every((tr) => text(tr).includes('西山'))).to.equal(true);
      // Unmatched needs with reasons.
      expect($(el, 'table.unmatched').querySelectorAll('tbody tr')).to.have.length(19);
      expect(text($(el, 'table.unmatched'))).to.include('距離・地区が合わない');
    });

    it('keeps fixed pairs, forbids excluded ones and solves again', async () => {
      const { el, result } = await solved();
      const first = result.matches[0];
      const fixButton = $$<HTMLButtonElement>(el, 'button[aria-pressed]').find((b) => b.getAttribute('aria-label')!.includes(`${first.needId} `))!;
      fixButton.click();
      await settle(el);
      const rows = [...$(el, 'table.assignment').querySelectorAll('tbody tr')];
      const other = result.matches.find((m) => m.needId !== first.needId)!;
      const row = rows.find((tr) => text(tr.querySelector('th')) === other.needId && text(tr).includes(other.offerId))!;
      const again = oneEvent(el, 'chiiki-result');
      [...row.querySelectorAll('button')].find((b) => text(b) === '除外')!.click();
      const next = (await again).detail as MatchResult;
      expect(next.matches.some((m) => m.needId === other.needId && m.offerId === other.offerId && m.category === other.category)).to.equal(false);
      expect(next.matches.some((m) => m.needId === first.needId && m.offerId === first.offerId && m.category === first.category)).to.equal(true);
      expect(el.saveWork().options.excluded).to.deep.equal([{ needId: other.needId, offerId: other.offerId, category: other.category }]);
      expect(el.saveWork().options.fixed).to.deep.equal([{ needId: first.needId, offerId: first.offerId, category: first.category }]);
      await settle(el);
      expect(text($(el, '.pair-lists'))).to.include(other.offerId);
    });

    it('exports CSV with BOM and CRLF, one line per pair', async () => {
      const { el, result } = await solved();
      const csv = el.toCsv();
      expect(csv.startsWith('\uFEFFニーズ番号,区分,担い手番号,担い手,距離km,状態\r\n')).to.equal(true);
      const lines = csv.slice(1).split('\r\n');
      expect(lines.at(-1)).to.equal('');
      expect(lines.length - 2).to.equal(result.matches.length + result.unmatched.length);
      const m = result.matches[0];
      expect(lines[1]).to.equal(`${m.needId},${text($$(el, 'table.assignment tbody tr').find((tr) => text(tr.querySelector('th')) === m.needId)?.querySelector('td'))},${m.offerId},${lines[1].split(',')[3]},${m.km.toFixed(3)},つながった`);
    });

    it('charts needs and offers per category and district with the numbers of the data', async () => {
      const { el } = await solved();
      const needs = needsJson as { categories: string[]; district?: string }[];
      const offers = offersJson as { categories: string[]; district?: string }[];
      const tables = $$(el, 'table.chart-table');
      expect(tables).to.have.length(2);
      const rows = (table: Element) => [...table.querySelectorAll('tbody tr')].map((tr) => [text(tr.querySelector('th')), ...[...tr.querySelectorAll('td')].map((td) => Number(td.textContent))] as [string, number, number]);
      const byCategory = rows(tables[0]);
      expect(byCategory).to.have.length(13);
      const safety = byCategory.find(([label]) => label === '安否確認の声かけ')!;
      expect(safety[1]).to.equal(needs.filter((n) => n.categories.includes('safety-check')).length);
      expect(safety[2]).to.equal(offers.filter((o) => o.categories.includes('safety-check')).length);
      const sumNeeds = byCategory.reduce((s, r) => s + r[1], 0);
      expect(sumNeeds).to.equal(needs.reduce((s, n) => s + n.categories.length, 0));
      const byDistrict = rows(tables[1]);
      for (const [district, n, o] of byDistrict) {
        expect(n, district).to.equal(needs.filter((x) => x.district === district).length);
        expect(o, district).to.equal(offers.filter((x) => x.district === district).length);
      }
      const svgs = $$(el, 'svg[role="img"]');
      expect(svgs).to.have.length(2);
      expect(svgs[0].getAttribute('aria-label')).to.include('区分ごとのニーズと担い手');
    });

    it('reads a Shift_JIS CSV picked by the coordinator and reports its rows', async () => {
      const el = await fixture<ChiikiSupportMatcher>(html`<chiiki-support-matcher mode="coordinator" offers-src=${OFFERS} max-km="3"></chiiki-support-matcher>`);
      await oneEvent(el, 'chiiki-load');
      await settle(el);
      const bytes = await (await fetch('/packages/support-matcher/test/fixtures/needs-sjis.csv')).arrayBuffer();
      const input = $$<HTMLInputElement>(el, 'input[type="file"]')[0];
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'needs.csv', { type: 'text/csv' }));
      input.files = transfer.files;
      const loaded = oneEvent(el, 'chiiki-load');
      const solvedEvent = oneEvent(el, 'chiiki-result');
      input.dispatchEvent(new Event('change'));
      expect((await loaded).detail).to.deep.include({ total: 40, loaded: 40, rejected: 0 });
      expect(((await solvedEvent).detail as MatchResult).stats).to.deep.equal({ served: 38, total: 57, totalKm: 39.712 });
    });

    it('saves and reopens the work', async () => {
      const { el } = await solved();
      const work = el.saveWork();
      const other = await fixture<ChiikiSupportMatcher>(html`<chiiki-support-matcher mode="coordinator"></chiiki-support-matcher>`);
      const result = oneEvent(other, 'chiiki-result');
      other.openWork(JSON.parse(JSON.stringify(work)));
      expect(((await result).detail as MatchResult).stats.served).to.equal(38);
    });

    it('cancels a large solve running in the worker, then solves again', async () => {
      const needs = [];
      const offers = [];
      for (let i = 0; i < 3000; i++) needs.push({ id: `n${i}`, categories: ['shopping', 'garbage'], lat: 32.8 + (i % 97) * 0.002, lng: 130.8 + (i % 89) * 0.002 });
      for (let i = 0; i < 3000; i++) offers.push({ id: `o${i}`, name: `o${i}`, kind: 'group', categories: ['shopping', 'garbage'], lat: 32.8 + (i % 83) * 0.002, lng: 130.8 + (i % 79) * 0.002, capacity: 2 });
      const el = await fixture<ChiikiSupportMatcher>(html`<chiiki-support-matcher mode="coordinator" max-km="1" .needs=${needs} .offers=${offers}></chiiki-support-matcher>`);
      await waitUntil(() => text(shadow(el).querySelector('.status')).includes('計算しています'), 'solving starts');
      let results = 0;
      el.addEventListener('chiiki-result', () => results++);
      expect($(el, 'progress')).not.to.equal(null);
      el.cancel();
      await settle(el);
      expect(text($(el, '.status'))).to.equal('計算を中止しました。');
      expect($(el, 'progress')).to.equal(null);
      await new Promise((r) => setTimeout(r, 300));
      expect(results).to.equal(0);
      const again = await el.solve();
      expect(again!.stats.served).to.be.greaterThan(0);
      expect(results).to.equal(1);
    });

    it('falls back to time-sliced solving with progress when no worker can be made (CSP)', async () => {
      const OriginalWorker = window.Worker;
      window.Worker = class {
        constructor() {
          throw new DOMException('Refused by Content-Security-Policy', 'SecurityError');
        }
      } as unknown as typeof Worker;
      try {
        const needs = [];
        const offers = [];
        for (let i = 0; i < 600; i++) needs.push({ id: `n${i}`, categories: ['shopping'], lat: 32.8 + (i % 37) * 0.002, lng: 130.8 + (i % 31) * 0.002 });
        for (let i = 0; i < 400; i++) offers.push({ id: `o${i}`, name: `o${i}`, kind: 'group', categories: ['shopping'], lat: 32.8 + (i % 29) * 0.002, lng: 130.8 + (i % 23) * 0.002, capacity: 2, maxKm: 1 });
        const el = await fixture<ChiikiSupportMatcher>(html`<chiiki-support-matcher mode="coordinator"></chiiki-support-matcher>`);
        let progress = 0;
        el.addEventListener('chiiki-progress', () => progress++);
        const done = oneEvent(el, 'chiiki-result');
        el.needs = needs;
        el.offers = offers;
        const result = (await done).detail as MatchResult;
        expect(result.stats.total).to.equal(600);
        expect(result.stats.served).to.be.greaterThan(0);
        expect(progress).to.be.greaterThan(0);
      } finally {
        window.Worker = OriginalWorker;
      }
    });

    it('reports problems of the data in a notice with a row/field table', async () => {
      const el = await fixture<ChiikiSupportMatcher>(html`<chiiki-support-matcher mode="coordinator"></chiiki-support-matcher>`);
      const result = oneEvent(el, 'chiiki-result');
      el.needs = [{ id: 'a', categories: ['garbage'], district: '北町' }, { id: 'b' }];
      el.offers = [{ id: 'x', name: 'X', kind: 'group', categories: ['garbage'], district: '北町' }];
      await result;
      await settle(el);
      expect(text($(el, '.notice p'))).to.equal('一部のデータを読み込めませんでした（1件）');
      expect(text($(el, '.notice tbody tr'))).to.include('categories');
    });

    it('is accessible', async () => {
      const { el } = await solved();
      await expect(el).to.be.accessible();
    });

    it('shows an error and a retry button when a source cannot be read', async () => {
      const el = await fixture<ChiikiSupportMatcher>(html`<chiiki-support-matcher mode="coordinator" needs-src="/no/such/file.json" offers-src=${OFFERS}></chiiki-support-matcher>`);
      const event = await oneEvent(el, 'chiiki-error');
      expect(['http-status', 'fetch-failed']).to.include(event.detail.error.code);
      await settle(el);
      expect(text($(el, '[role="alert"]'))).to.include('データを読み込めませんでした');
      expect(text($(el, '[role="alert"] button'))).to.equal('もう一度読み込む');
    });
  });
});
