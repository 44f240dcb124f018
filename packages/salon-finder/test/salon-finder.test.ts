import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ChiikiLoadEvent, ChiikiSelectEvent, ChiikiErrorEvent, Salon } from '@chiiki/core';
import type { ChiikiSalonFinder } from '../src/salon-finder.js';
import defects from '../../../demo/data/salons/salons-defects.json';
import sample from '../../../demo/data/salons/salons.json';
import { $, $$, countText, finder, names, NOW, SALONS, setCheck, setSelect, settle, TILE, typeSearch } from './helpers.js';

describe('chiiki-salon-finder: list and filters', () => {
  it('shows the title, the live count and the active salons (paused hidden by default)', async () => {
    const el = await finder();
    expect($(el, 'h2').textContent).to.equal('サロンをさがす');
    expect(countText(el)).to.equal('4件中 3件');
    expect($(el, '.count').getAttribute('role')).to.equal('status');
    expect(names(el)).to.have.members(['室いきいきサロン', 'ＡＢＣカフェ', '陣内子育てサロン']);
  });

  it('finds by free text ignoring hiragana/katakana, full/half width and case', async () => {
    const el = await finder();
    await typeSearch(el, 'イキイキ');
    expect(names(el)).to.deep.equal(['室いきいきサロン']);
    await typeSearch(el, 'abc');
    expect(names(el)).to.deep.equal(['ＡＢＣカフェ']);
    await typeSearch(el, 'ﾑﾛ');
    expect(names(el)).to.deep.equal(['室いきいきサロン']);
    await typeSearch(el, '室 いきいき');
    expect(countText(el)).to.equal('4件中 1件');
    await typeSearch(el, 'ない名前');
    expect(names(el)).to.deep.equal([]);
    const empty = $(el, '[part~="empty"]');
    expect(empty.getAttribute('role')).to.equal('status');
    expect(empty.textContent).to.contain('条件に合うサロンはありません');
  });

  it('combines filters and resets them', async () => {
    const el = await finder();
    await setCheck(el, '参加費無料');
    expect(names(el)).to.deep.equal(['室いきいきサロン']);
    await setCheck(el, '活動中のみ', false);
    expect(names(el)).to.have.members(['室いきいきサロン', '引水茶話会']);
    await setSelect(el, 'f-district', '引水');
    expect(names(el)).to.deep.equal(['引水茶話会']);
    await setCheck(el, '送迎あり');
    expect(names(el)).to.deep.equal([]);
    expect(countText(el)).to.equal('4件中 0件');
    $$(el, 'button').find((b) => b.textContent!.includes('条件をリセット'))!.click();
    await settle(el);
    expect(countText(el)).to.equal('4件中 3件');
  });

  it('filters by audience ("どなたでも" salons match every audience), activity and consultation points', async () => {
    const el = await finder();
    await setSelect(el, 'f-audience', 'elderly');
    expect(names(el)).to.have.members(['室いきいきサロン', 'ＡＢＣカフェ']);
    await setSelect(el, 'f-audience', '');
    await setSelect(el, 'f-activity', 'hobby');
    expect(names(el)).to.deep.equal(['陣内子育てサロン']);
    await setSelect(el, 'f-activity', '');
    await setCheck(el, '相談窓口のみ');
    expect(names(el)).to.deep.equal(['室いきいきサロン']);
  });

  it('filters by weekday from the rule', async () => {
    const el = await finder();
    await setCheck(el, '火');
    expect(names(el)).to.deep.equal(['室いきいきサロン']);
    await setCheck(el, '木');
    expect(names(el)).to.have.members(['室いきいきサロン', 'ＡＢＣカフェ']);
  });

  it('shows more entries on demand for long lists', async () => {
    const many: Salon[] = Array.from({ length: 45 }, (_, i) => ({ id: `m${i}`, name: `サロン${i}`, lat: 32.88, lng: 130.86 + i / 1000 }));
    const el = await finder(html`<chiiki-salon-finder view="list" .data=${many}></chiiki-salon-finder>`);
    expect(names(el)).to.have.length(30);
    const more = $(el, '.more');
    expect(more.textContent).to.contain('さらに15件を表示');
    more.click();
    await settle(el);
    expect(names(el)).to.have.length(45);
  });
});

describe('chiiki-salon-finder: dates', () => {
  const weekly = (id: string, day: string, extra: Partial<Salon> = {}): Salon => ({
    id,
    name: `${id}サロン`,
    lat: 32.88,
    lng: 130.86,
    schedule: { rrule: `FREQ=WEEKLY;BYDAY=${day}`, start: '10:00', end: '12:00', skipHolidays: true },
    ...extra,
  });

  it('filters today / next 7 days / this month in Japan time', async () => {
    const data = [weekly('月曜', 'MO'), weekly('水曜', 'WE'), { ...weekly('月末', 'MO'), schedule: { dates: ['2026-12-28'], start: '10:00' } }, { ...weekly('来月', 'MO'), schedule: { dates: ['2027-01-20'], start: '10:00' } }];
    const el = await finder(html`<chiiki-salon-finder view="list" .now=${NOW} .data=${data}></chiiki-salon-finder>`);
    const when = async (label: string) => {
      $$(el, '.chip-input').find((l) => l.textContent!.trim() === label)!.querySelector('input')!.click();
      await settle(el);
    };
    await when('今日');
    expect(names(el)).to.deep.equal(['月曜サロン']);
    await when('7日以内');
    expect(names(el)).to.deep.equal(['月曜サロン', '水曜サロン']);
    await when('今月');
    expect(names(el)).to.deep.equal(['月曜サロン', '水曜サロン', '月末サロン']);
    await when('いつでも');
    expect(names(el)).to.have.length(4);
  });

  it('sorts by next meeting when no origin is known', async () => {
    const el = await finder();
    expect(names(el)).to.deep.equal(['室いきいきサロン', 'ＡＢＣカフェ', '陣内子育てサロン']);
    expect($(el, '.sort').textContent).to.contain('次の開催日が近い順');
  });

  it('skips a public holiday and a closure in the next meetings', async () => {
    // Mondays from Sat 26 Dec 2026: 28 Dec and 4 Jan are closed, 11 Jan 2027 is 成人の日.
    const salon = weekly('年末年始', 'MO', { schedule: { rrule: 'FREQ=WEEKLY;BYDAY=MO', start: '10:00', end: '12:00', skipHolidays: true, closures: [{ from: '12-28', to: '01-04' }] } });
    const el = await finder(html`<chiiki-salon-finder view="list" .now=${new Date('2026-12-26T09:00:00+09:00')} .data=${[salon]}></chiiki-salon-finder>`);
    expect($(el, '.when').textContent).to.contain('1月18日(月)');
    $(el, '.item-button').click();
    await settle(el);
    const meetings = $$(el, '.meetings li').map((li) => li.textContent!.trim());
    expect(meetings).to.have.length(3);
    expect(meetings[0]).to.match(/^1月18日\(月\) 10:00〜12:00$/);
    expect(meetings[1]).to.contain('1月25日(月)');
    expect(meetings[2]).to.contain('2月1日(月)');
  });
});

describe('chiiki-salon-finder: input formats', () => {
  async function load(src: string) {
    const el = await finder(html`<chiiki-salon-finder view="list" src=${src}></chiiki-salon-finder>`);
    await setCheck(el, '活動中のみ', false);
    return el.results.map((s) => `${s.name}|${s.lat?.toFixed(5)}|${s.lng?.toFixed(5)}|${s.status ?? 'active'}`).sort();
  }

  it('reads the same salons (name, position, status) from our JSON, GeoJSON, MHLW 通いの場 CSV (Shift_JIS) and 公共施設一覧 CSV', async () => {
    const el = await finder(html`<chiiki-salon-finder view="list" .data=${sample}></chiiki-salon-finder>`);
    await setCheck(el, '活動中のみ', false);
    const json = el.results.map((s) => `${s.name}|${s.lat?.toFixed(5)}|${s.lng?.toFixed(5)}|${s.status ?? 'active'}`).sort();
    expect(json).to.have.length(72);
    expect(await load('/demo/data/salons/salons.geojson')).to.deep.equal(json);
    expect(await load('/demo/data/salons/tsuinoba-mhlw.csv')).to.deep.equal(json);
    // A facility list leaves closed places out.
    expect(await load('/demo/data/salons/koukyou-shisetsu.csv')).to.deep.equal(json.filter((line) => !line.endsWith('|closed')));
  });
});

describe('chiiki-salon-finder: large data', () => {
  it('filters and sorts 5,000 salons in the background, then by next meeting', async () => {
    const days = ['MO', 'TU', 'WE', 'TH', 'FR'];
    const many: Salon[] = Array.from({ length: 5000 }, (_, i) => ({
      id: `l${i}`,
      name: `大量サロン${i}`,
      lat: 32.8 + (i % 100) / 500,
      lng: 130.8 + Math.floor(i / 100) / 500,
      schedule: { rrule: `FREQ=MONTHLY;BYDAY=${(i % 4) + 1}${days[i % 5]}`, start: '10:00', end: '12:00' },
    }));
    const el = await fixture<ChiikiSalonFinder>(html`<chiiki-salon-finder view="list" .now=${NOW} .data=${many}></chiiki-salon-finder>`);
    await waitUntil(() => $(el, '.sort')?.textContent?.includes('次の開催日が近い順'), 'sorted', { timeout: 20000 });
    await settle(el);
    expect(countText(el)).to.equal('5000件中 5000件');
    const when = $$(el, '.results .when').map((w) => w.textContent!);
    expect(when[0]).to.contain('12月7日(月)');
    await typeSearch(el, '大量サロン4999');
    await waitUntil(() => countText(el) === '5000件中 1件', 'filtered', { timeout: 10000 });
  });

  it('removed while preparing large data and re-added: prepares it again and shows it (#9)', async () => {
    const many: Salon[] = Array.from({ length: 3000 }, (_, i) => ({
      id: `m${i}`,
      name: `移動サロン${i}`,
      lat: 32.8 + (i % 100) / 500,
      lng: 130.8 + Math.floor(i / 100) / 500,
      schedule: { rrule: 'FREQ=WEEKLY;BYDAY=WE', start: '10:00', end: '12:00' },
    }));
    const el = await fixture<ChiikiSalonFinder>(html`<chiiki-salon-finder view="list" .now=${NOW} .data=${many}></chiiki-salon-finder>`);
    const parent = el.parentElement!;
    el.remove();
    await new Promise((r) => setTimeout(r, 50));
    parent.append(el);
    await waitUntil(() => $(el, '.sort')?.textContent?.includes('次の開催日が近い順'), 'sorted', { timeout: 20000 });
    await settle(el);
    expect(countText(el)).to.equal('3000件中 3000件');
    expect(names(el)[0]).to.match(/^移動サロン\d+$/);
  });
});

describe('chiiki-salon-finder: sorting and distance', () => {
  it('sorts by straight-line distance from near and labels it as straight-line with walking minutes', async () => {
    const el = await finder(html`<chiiki-salon-finder view="list" near="32.8760,130.8470" .now=${NOW} .data=${SALONS}></chiiki-salon-finder>`);
    await setCheck(el, '活動中のみ', false);
    expect(names(el)).to.deep.equal(['引水茶話会', '室いきいきサロン', 'ＡＢＣカフェ', '陣内子育てサロン']);
    const first = $$(el, '.item')[0]!;
    expect(first.querySelector('.distance')!.textContent).to.match(/^直線で\d+m・徒歩約\d+分$/);
    expect($(el, '.sort').textContent).to.contain('近い順（直線距離）');
    expect($(el, '.origin-status').textContent).to.contain('直線距離');
  });
});

describe('chiiki-salon-finder: details and selection', () => {
  it('Enter on a list entry opens its details, moves focus there and fires chiiki-select with the salon', async () => {
    const el = await finder();
    const button = $$(el, '.item-button').find((b) => b.textContent!.includes('室いきいき'))!;
    button.focus();
    const selected = oneEvent(el, 'chiiki-select') as Promise<ChiikiSelectEvent<Salon>>;
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    expect(event.detail.item.id).to.equal('a');
    await settle(el);
    const heading = $(el, '#details-title');
    expect(heading.textContent!.trim()).to.equal('室いきいきサロン');
    expect(el.shadowRoot!.activeElement).to.equal(heading);
    const details = $(el, '.details');
    expect(details.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:0960001111');
    expect(details.textContent).to.match(/毎週\s?火曜日/);
    expect(details.textContent).to.contain('無料');
    expect(details.querySelector('chiiki-consultation-badge')).not.to.equal(null);
    expect(button.getAttribute('aria-current')).to.equal('true');
    // Closing returns focus to the entry.
    (details.querySelector('.close') as HTMLElement).click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('.details')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('室いきいきサロン');
  });

  it('shows a paused salon plainly as 休止中 and never a next date', async () => {
    const el = await finder();
    await setCheck(el, '活動中のみ', false);
    const item = $$(el, '.item').find((i) => i.textContent!.includes('引水茶話会'))!;
    expect(item.querySelector('.status')!.textContent).to.equal('休止中');
    expect(item.textContent).not.to.contain('次回');
    (item.querySelector('.item-button') as HTMLElement).click();
    await settle(el);
    const details = $(el, '.details');
    expect(details.textContent).to.contain('休止中');
    expect(details.textContent).not.to.contain('次回の開催');
    expect(details.querySelector('.meetings')).to.equal(null);
  });

  it('shows the published text for a schedule that gives no date', async () => {
    const el = await finder();
    $$(el, '.item-button').find((b) => b.textContent!.includes('陣内'))!.click();
    await settle(el);
    expect($(el, '.details').textContent).to.contain('不定期');
    expect($(el, '.details').textContent).to.contain('日程は主催者にお問い合わせください');
  });

  it('shows the data attribution and the report link', async () => {
    const el = await finder(html`<chiiki-salon-finder view="list" data-attribution="出典：大津町（CC BY 4.0）" report-url="https://example.org/report" .data=${SALONS}></chiiki-salon-finder>`);
    expect($(el, '.credits').textContent).to.contain('出典：大津町（CC BY 4.0）');
    expect($$(el, '.credits a').map((a) => a.textContent!.trim())).to.deep.equal(['データの誤りを知らせる']);
  });
});

describe('chiiki-salon-finder: url-state', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('writes the selection to the fragment and restores it on load without moving focus', async () => {
    history.replaceState(null, '', '#salon=b');
    const outside = document.createElement('button');
    outside.textContent = 'outside';
    document.body.append(outside);
    outside.focus();
    const el = await finder(html`<chiiki-salon-finder view="list" url-state .now=${NOW} .data=${SALONS}></chiiki-salon-finder>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.details'), 'restored');
    expect($(el, '#details-title').textContent!.trim()).to.equal('ＡＢＣカフェ');
    expect(document.activeElement).to.equal(outside);
    $$(el, '.item-button').find((b) => b.textContent!.includes('室いきいき'))!.click();
    await settle(el);
    expect(location.hash).to.equal('#salon=a');
    (el.shadowRoot!.querySelector('.close') as HTMLElement).click();
    await settle(el);
    expect(location.hash).to.equal('');
    outside.remove();
  });

  it('uses #<id>.salon=ID when the element has an id, keeping other keys', async () => {
    history.replaceState(null, '', '#other.node=x&finder.salon=a');
    const el = await finder(html`<chiiki-salon-finder id="finder" view="list" url-state .data=${SALONS}></chiiki-salon-finder>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.details'), 'restored');
    expect($(el, '#details-title').textContent!.trim()).to.equal('室いきいきサロン');
    $$(el, '.item-button').find((b) => b.textContent!.includes('ＡＢＣ'))!.click();
    await settle(el);
    expect(location.hash).to.equal('#other.node=x&finder.salon=b');
  });
});

describe('chiiki-salon-finder: origin', () => {
  const realGeolocation = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation');
  function stubGeolocation(result: { code?: number; coords?: { latitude: number; longitude: number } }) {
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: {
        getCurrentPosition: (ok: PositionCallback, fail: PositionErrorCallback) =>
          setTimeout(() =>
            result.coords ? ok({ coords: result.coords } as GeolocationPosition) : fail({ code: result.code!, message: 'stub' } as GeolocationPositionError),
          ),
      },
    });
  }
  afterEach(() => {
    delete (navigator as unknown as Record<string, unknown>).geolocation;
    if (realGeolocation) Object.defineProperty(Navigator.prototype, 'geolocation', realGeolocation);
  });

  for (const [code, reason, text] of [
    [1, 'geolocation-denied', '位置情報の利用が許可されていません'],
    [2, 'geolocation-unavailable', '現在地がわかりませんでした'],
    [3, 'geolocation-unavailable', '時間内に現在地がわかりませんでした'],
  ] as const) {
    it(`handles geolocation error ${code} with ${reason} and a visible message`, async () => {
      stubGeolocation({ code });
      const el = await finder();
      const failed = oneEvent(el, 'chiiki-error') as Promise<ChiikiErrorEvent>;
      $$(el, 'button').find((b) => b.textContent!.includes('現在地を使う'))!.click();
      expect((await failed).detail.error.code).to.equal(reason);
      await settle(el);
      const alert = $(el, '.origin [role="alert"]');
      expect(alert.textContent).to.contain(text);
      await expect(el).to.be.accessible();
    });
  }

  it('uses the position when geolocation succeeds and sorts nearest first', async () => {
    stubGeolocation({ coords: { latitude: 32.8858, longitude: 130.8553 } });
    const el = await finder();
    $$(el, 'button').find((b) => b.textContent!.includes('現在地を使う'))!.click();
    await waitUntil(() => $(el, '.origin-status').textContent!.includes('現在地から'));
    await settle(el);
    expect(names(el)[0]).to.equal('室いきいきサロン');
  });

  async function search(el: ChiikiSalonFinder, text: string) {
    $<HTMLInputElement>(el, '#address').value = text;
    $<HTMLFormElement>(el, 'form.address').requestSubmit();
  }

  it('searches an address with the geocoder (stubbed by a fixture) and offers other matches', async () => {
    const el = await finder(html`<chiiki-salon-finder view="list" geocoder-url="/packages/salon-finder/test/fixtures/geocoder-ok.geojson" .data=${SALONS}></chiiki-salon-finder>`);
    await search(el, '大津町大津');
    await waitUntil(() => $(el, '.origin-status').textContent!.includes('「熊本県菊池郡大津町大字大津」から'));
    await settle(el);
    expect(names(el)[0]).to.equal('ＡＢＣカフェ');
    expect($(el, '.candidates').textContent).to.contain('熊本県菊池郡大津町大字室');
  });

  it('says so when the address is not found', async () => {
    const el = await finder(html`<chiiki-salon-finder view="list" geocoder-url="/packages/salon-finder/test/fixtures/geocoder-empty.geojson" .data=${SALONS}></chiiki-salon-finder>`);
    await search(el, 'どこにもない町');
    await waitUntil(() => el.shadowRoot!.querySelector('.origin [role="alert"]'));
    expect($(el, '.origin [role="alert"]').textContent).to.contain('その住所は見つかりませんでした');
  });

  it('fires geocoder-failed when the address search fails', async () => {
    const el = await finder(html`<chiiki-salon-finder view="list" geocoder-url="/packages/salon-finder/test/fixtures/no-such-file.geojson" .data=${SALONS}></chiiki-salon-finder>`);
    const failed = oneEvent(el, 'chiiki-error') as Promise<ChiikiErrorEvent>;
    await search(el, '大津町');
    expect((await failed).detail.error.code).to.equal('geocoder-failed');
    await settle(el);
    expect($(el, '.origin [role="alert"]').textContent).to.contain('住所を検索できませんでした');
  });

  it('hides the address search with geocoder="none" and picks a district as the origin', async () => {
    const el = await finder(html`<chiiki-salon-finder view="list" geocoder="none" .data=${SALONS}></chiiki-salon-finder>`);
    expect(el.shadowRoot!.querySelector('#address')).to.equal(null);
    await setSelect(el, 'origin-district', '大津');
    expect($(el, '.origin-status').textContent).to.contain('大津地区の中心から');
    expect(names(el)[0]).to.equal('ＡＢＣカフェ');
  });
});

describe('chiiki-salon-finder: data states', () => {
  // wtr serves *.json as JS modules (esbuild json loader), so JSON files are imported here and
  // `src` is tested with the GeoJSON file.
  it('reads src (GeoJSON sample data) and fires chiiki-load with exact counts', async () => {
    const el = await fixture<ChiikiSalonFinder>(html`<chiiki-salon-finder view="list" src="/demo/data/salons/salons.geojson"></chiiki-salon-finder>`);
    const loaded = await oneEvent(el, 'chiiki-load');
    expect(loaded.detail).to.include({ total: 72, loaded: 72, rejected: 0 });
    await settle(el);
    expect(countText(el)).to.match(/^72件中 \d+件$/);
  });

  it('counts problems exactly and shows the table only with debug', async () => {
    let loaded: ChiikiLoadEvent | undefined;
    const el = await fixture<ChiikiSalonFinder>(html`<chiiki-salon-finder view="list" .data=${defects} @chiiki-load=${(e: ChiikiLoadEvent) => (loaded = e)}></chiiki-salon-finder>`);
    await waitUntil(() => loaded, 'chiiki-load');
    expect(loaded!.detail.total).to.equal(12);
    expect(loaded!.detail.rejected).to.equal(2);
    expect(loaded!.detail.loaded).to.equal(10);
    await settle(el);
    // The notice counts records with at least one problem (core's rule for every element): the two
    // rejected records and the ones shown with a warning.
    const rows = new Set(loaded!.detail.problems.map((p) => p.row)).size;
    expect(rows).to.be.greaterThan(2);
    const notice = $(el, '[part~="problems"]');
    const summary = notice.querySelector('summary')!;
    expect(summary.textContent!.trim()).to.equal(`一部のデータを表示できませんでした（${rows}件）`);
    expect(summary.closest('details')!.open).to.equal(false);
    const reasons = [...notice.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(reasons).to.include('必要な項目（名称など）がありません（2件）');
    expect(notice.querySelector('table')).to.equal(null);
    el.debug = true;
    await settle(el);
    const table = el.shadowRoot!.querySelector('table')!;
    expect(table).not.to.equal(null);
    expect(table.querySelectorAll('tbody tr').length).to.equal(loaded!.detail.problems.length);
    expect([...table.querySelectorAll('th')].map((th) => th.textContent!.trim())).to.deep.equal(['行', '項目', '理由', '値', '重要度']);
    await expect(el).to.be.accessible();
  });

  it('shows a retry button when the source cannot be read, and fires chiiki-error', async () => {
    const el = await fixture<ChiikiSalonFinder>(html`<chiiki-salon-finder view="list" src="/packages/salon-finder/test/fixtures/missing.json"></chiiki-salon-finder>`);
    const error = await oneEvent(el, 'chiiki-error');
    expect(error.detail.error.code).to.equal('http-status');
    await settle(el);
    expect($(el, '[role="alert"]').textContent).to.contain('データが見つかりませんでした');
    const retry = $$(el, 'button').find((b) => b.textContent!.includes('もう一度読み込む'))!;
    expect(retry).not.to.equal(undefined);
    await expect(el).to.be.accessible();
    setTimeout(() => retry.click());
    const again = await oneEvent(el, 'chiiki-error');
    expect(again.detail.error.code).to.equal('http-status');
  });

  it('reads inline JSON', async () => {
    const el = await fixture<ChiikiSalonFinder>(html`<chiiki-salon-finder view="list"><script type="application/json">${JSON.stringify(SALONS)}</script></chiiki-salon-finder>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.count')?.textContent?.includes('4件中'));
  });

  it('follows lang live (English)', async () => {
    const el = await finder();
    el.setAttribute('lang', 'en');
    await settle(el);
    expect($(el, 'h2').textContent).to.equal('Find a community salon');
    expect(countText(el)).to.equal('3 of 4');
  });

  it('loads another locale on first use (Korean)', async () => {
    const el = await finder();
    el.setAttribute('lang', 'ko');
    await waitUntil(() => $(el, 'h2').textContent === '지역 살롱 찾기', 'Korean strings', { timeout: 5000 });
    expect(countText(el)).to.equal('4건 중 3건');
    await expect(el).to.be.accessible();
  });

  it('renders in a lazily loaded locale given by an ancestor from the start (Vietnamese, Nepali), core strings included', async () => {
    for (const [lang, title] of [['vi', 'Tìm salon cộng đồng'], ['ne', '']] as const) {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><chiiki-salon-finder view="list" .now=${NOW} .data=${[]}></chiiki-salon-finder></div>`);
      const el = wrapper.querySelector<ChiikiSalonFinder>('chiiki-salon-finder')!;
      const { lazyStrings } = await import('../src/locales/lazy.js');
      const expected = title || ((await lazyStrings[lang]!()) as { salonFinder: { name: string } }).salonFinder.name;
      await waitUntil(() => $(el, 'h2')?.textContent === expected, `${lang} strings`, { timeout: 5000 });
      // The empty state comes from core's lazily loaded strings for the same locale.
      await waitUntil(() => $(el, '[part~="empty"]') && !/表示できる/.test($(el, '[part~="empty"]').textContent!), `${lang} core strings`, { timeout: 5000 });
    }
  });

  it('shows kana as ruby in ja-x-easy', async () => {
    const el = await finder();
    el.setAttribute('lang', 'ja-x-easy');
    await settle(el);
    const ruby = $$(el, '.item-button ruby').map((r) => r.querySelector('rt')!.textContent);
    expect(ruby).to.include('むろいきいきさろん');
  });
});

describe('chiiki-salon-finder: map', () => {
  it('loads Leaflet only when a map is shown, with our own attribution and zoom buttons', async () => {
    const el = await finder(
      html`<chiiki-salon-finder tile-url=${TILE} tile-attribution="地理院タイル https://maps.gsi.go.jp/development/ichiran.html" .data=${SALONS} style="width:900px"></chiiki-salon-finder>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('.leaflet-container'), 'leaflet', { timeout: 8000 });
    await el.mapReady;
    await waitUntil(() => $$(el, '.pin, .cluster').length > 0, 'markers');
    expect(el.shadowRoot!.querySelector('.leaflet-control-attribution')).to.equal(null);
    expect($(el, '.attribution a').textContent).to.equal('地理院タイル');
    expect($(el, '.attribution a').getAttribute('href')).to.equal('https://maps.gsi.go.jp/development/ichiran.html');
    expect($$(el, '.map-zoom button').map((b) => b.getAttribute('aria-label'))).to.deep.equal(['拡大', '縮小']);
    // Leaflet's CSS applies inside the shadow root.
    expect(getComputedStyle($(el, '.leaflet-pane')).position).to.equal('absolute');
    // One roving tab stop among markers, the rest out of the tab order.
    const stops = $$(el, '.pin, .cluster').filter((m) => m.tabIndex === 0);
    expect(stops).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('names clusters ("2件") and zooms into them with Enter', async () => {
    const el = await finder(html`<chiiki-salon-finder tile-url=${TILE} center="32.88,130.86" zoom="8" .data=${SALONS} style="width:900px"></chiiki-salon-finder>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.cluster'), 'cluster', { timeout: 8000 });
    const cluster = $(el, '.cluster');
    expect(cluster.getAttribute('role')).to.equal('button');
    expect(cluster.getAttribute('aria-label')).to.equal('2件（押すと拡大）');
    cluster.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $$(el, '.pin').length >= 2, 'split', { timeout: 5000 });
  });

  it('syncs selection: a list entry highlights its marker; a marker opens the details', async () => {
    const el = await finder(html`<chiiki-salon-finder tile-url=${TILE} .data=${SALONS} style="width:900px"></chiiki-salon-finder>`);
    await waitUntil(() => $$(el, '.pin').length >= 2, 'pins', { timeout: 8000 });
    $$(el, '.item-button').find((b) => b.textContent!.includes('ＡＢＣ'))!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.pin.selected')?.getAttribute('aria-label') === 'ＡＢＣカフェ', 'marker selected');
    const pin = $$(el, '.pin').find((p) => p.getAttribute('aria-label') === '室いきいきサロン')!;
    const selected = oneEvent(el, 'chiiki-select') as Promise<ChiikiSelectEvent<Salon>>;
    pin.closest<HTMLElement>('.leaflet-marker-icon')!.click();
    expect((await selected).detail.item.id).to.equal('a');
    await settle(el);
    expect($(el, '#details-title').textContent!.trim()).to.equal('室いきいきサロン');
  });

  it('view="list" never loads a map; no tile or geocoder host is requested', async () => {
    const el = await finder();
    expect(el.shadowRoot!.querySelector('.map')).to.equal(null);
    const hosts = performance.getEntriesByType('resource').map((r) => new URL(r.name).host);
    expect(hosts.filter((h) => /gsi\.go\.jp/.test(h))).to.deep.equal([]);
  });

  it('shows the list first with a map button when narrow', async () => {
    const el = await finder(html`<chiiki-salon-finder tile-url=${TILE} .data=${SALONS} style="width:320px"></chiiki-salon-finder>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.map-toggle'), 'toggle');
    expect(el.shadowRoot!.querySelector('.map')).to.equal(null);
    const toggle = $(el, '.map-toggle');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await settle(el);
    expect($(el, '.map')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('chiiki-salon-finder: accessibility', () => {
  it('is accessible with filters open and details shown', async () => {
    const el = await finder(html`<chiiki-salon-finder view="list" .now=${NOW} .data=${SALONS} report-url="https://example.org/r"></chiiki-salon-finder>`);
    $<HTMLDetailsElement>(el, '.more-filters').open = true;
    $$(el, '.item-button')[0]!.click();
    await settle(el);
    await expect(el).to.be.accessible();
    for (const theme of ['dark', 'high-contrast']) {
      el.setAttribute('theme', theme);
      await settle(el);
      await expect(el).to.be.accessible();
    }
  });

  it('keeps the keyboard path on the list: Tab reaches the list buttons, markers are not tab stops', async () => {
    const el = await finder(html`<chiiki-salon-finder tile-url=${TILE} .data=${SALONS} style="width:900px"></chiiki-salon-finder>`);
    await waitUntil(() => $$(el, '.pin, .cluster').length > 0, 'markers', { timeout: 8000 });
    const markers = $$(el, '.pin, .cluster');
    expect(markers.filter((m) => m.tabIndex >= 0)).to.have.length(1);
    expect($$(el, '.leaflet-marker-icon').filter((m) => m.tabIndex >= 0)).to.have.length(0);
  });
});
