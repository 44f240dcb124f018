import { expect, fixture, html, oneEvent, aTimeout } from '@open-wc/testing';
import type { ChiikiLoadEvent, ChiikiErrorEvent, ChiikiSelectEvent } from '@chiiki/core';
import '../src/define.js';
import type { ChiikiPlanViewer } from '../src/plan-viewer.js';
import type { Plan, PlanNode } from '../src/plan-types.js';
import { normalizePlan } from '../src/validate.js';

import otsu from '../../../demo/data/plans/otsu.json';
import kikuchi from '../../../demo/data/plans/kikuchi.json';
import kakogawa from '../../../demo/data/plans/kakogawa.json';
import koga from '../../../demo/data/plans/koga.json';
import ogori from '../../../demo/data/plans/ogori.json';
import sakura from '../../../demo/data/plans/sakura.json';

const SEED_DATA: Record<string, unknown> = { otsu, kikuchi, kakogawa, koga, ogori, sakura };
const SEEDS = Object.keys(SEED_DATA);
const url = (name: string) => `/demo/data/plans/${name}.json`;

// The test server turns .json files into modules, so `src` requests are answered from the same files,
// imported: the element still goes through fetch (never the network).
const realFetch = window.fetch;
before(() => {
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const href = input instanceof Request ? input.url : String(input);
    const match = /\/demo\/data\/plans\/([\w-]+)\.json$/.exec(href);
    if (match) {
      const doc = SEED_DATA[match[1]];
      return doc ? new Response(JSON.stringify(doc), { headers: { 'content-type': 'application/json' } }) : new Response('Not found', { status: 404 });
    }
    return realFetch(input, init);
  };
});
after(() => {
  window.fetch = realFetch;
});

const shadow = (el: ChiikiPlanViewer) => el.shadowRoot!;
const items = (el: ChiikiPlanViewer) => [...shadow(el).querySelectorAll<HTMLElement>('[role="treeitem"]')];
const labelOf = (item: Element) => item.querySelector('.label')!.textContent!.replace(/\s+/g, ' ').trim();
const panel = (el: ChiikiPlanViewer) => shadow(el).querySelector('.panel')!;
const itemByTitle = (el: ChiikiPlanViewer, text: string) => items(el).find((i) => labelOf(i).includes(text))!;
const status = (el: ChiikiPlanViewer) => shadow(el).querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
const button = (el: ChiikiPlanViewer, text: string) => [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!;

function countNodes(nodes: unknown[] | undefined): number {
  return (nodes ?? []).reduce<number>((n, node) => n + 1 + countNodes((node as { children?: unknown[] }).children), 0);
}

async function load(src: string, attrs = ''): Promise<{ el: ChiikiPlanViewer; detail: ChiikiLoadEvent['detail'] }> {
  const wrapper = await fixture<HTMLElement>(html`<main></main>`);
  const el = document.createElement('chiiki-plan-viewer') as ChiikiPlanViewer;
  for (const attr of attrs.split(' ').filter(Boolean)) {
    const [k, v = ''] = attr.split('=');
    el.setAttribute(k, v);
  }
  el.setAttribute('src', src);
  const loaded = oneEvent(el, 'chiiki-load');
  wrapper.append(el);
  const event = (await loaded) as ChiikiLoadEvent;
  await el.updateComplete;
  return { el, detail: event.detail };
}

async function keys(el: ChiikiPlanViewer, ...list: string[]) {
  for (const key of list) {
    const target = shadow(el).activeElement as HTMLElement;
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
  }
}

describe('chiiki-plan-viewer: the seed documents', () => {
  for (const name of SEEDS) {
    it(`${name}: validates and renders every node (expand all → treeitems = nodes)`, async () => {
      const raw = SEED_DATA[name] as Plan;
      const expected = countNodes(raw.goals) + countNodes(raw.crossCutting);
      const { el, detail } = await load(url(name));
      expect(detail).to.include({ total: expected, loaded: expected, rejected: 0 });
      expect(detail.problems).to.deep.equal([]);
      button(el, 'すべて開く').click();
      await el.updateComplete;
      expect(items(el).length).to.equal(expected);
      expect(shadow(el).querySelector('h2')!.textContent).to.equal(raw.title);
      await expect(el).to.be.accessible();
    });
  }

  it('shows the vision (基本理念) and the period in 年度; 古河市 has no vision', async () => {
    const { el } = await load(url('otsu'));
    expect(shadow(el).querySelector('.vision')!.textContent).to.include('共に支え合う地域コミュニティづくり');
    expect(shadow(el).querySelector('.period')!.textContent).to.include('令和2年度〜令和6年度（2020年4月〜2025年3月・5年間）');
    el.setAttribute('lang', 'en');
    await aTimeout(0);
    await el.updateComplete;
    expect(shadow(el).querySelector('.period')!.textContent).to.include('April 2020 to March 2025, 5 years (fiscal years Reiwa 2 to Reiwa 6)');
    el.setAttribute('lang', 'ko');
    await aTimeout(0);
    await el.updateComplete;
    expect(shadow(el).querySelector('.period')!.textContent).to.include('레이와 2~레이와 6');
    const koga = await load(url('koga'));
    expect(shadow(koga.el).querySelector('.vision')).to.equal(null);
    expect(items(koga.el).filter((i) => i.getAttribute('aria-level') === '1').map(labelOf)).to.have.length(3);
  });

  it('shows みんなでできること and 社協の取り組み (加古川市) as labelled lists', async () => {
    const { el } = await load(url('kakogawa'));
    const first = itemByTitle(el, '住民主体のお互いさまの地域づくり');
    first.click();
    await el.updateComplete;
    const text = panel(el).textContent!;
    expect(panel(el).querySelector('h3')!.textContent).to.include('住民主体のお互いさまの地域づくり');
    expect(text).to.include('みんなでできること');
    expect(text).to.include('社協の取り組み');
    expect(text).to.include('ささえあい協議会※の充実を図ります');
  });

  it('shows 横断的取組目標 as its own tree (菊池市)', async () => {
    const { el } = await load(url('kikuchi'));
    const trees = [...shadow(el).querySelectorAll('[role="tree"]')];
    expect(trees.map((t) => t.getAttribute('aria-label'))).to.deep.equal(['横断的取組目標', '計画の体系']);
    expect(trees[0].textContent).to.include('コロナ禍からの再生');
  });
});

describe('chiiki-plan-viewer: tree and keyboard', () => {
  it('has one tab stop, and arrows, Home/End, Enter move, open and select', async () => {
    const { el } = await load(url('ogori'), 'expand=none');
    const top = items(el);
    expect(top.every((i) => i.getAttribute('aria-level') === '1')).to.equal(true);
    expect(top.filter((i) => i.tabIndex === 0)).to.have.length(1);
    top[0].focus();
    await keys(el, 'ArrowDown');
    expect(labelOf(shadow(el).activeElement!)).to.include('困りごとに対し包括的に支援する体制の整備');
    await keys(el, 'ArrowRight');
    expect(shadow(el).activeElement!.getAttribute('aria-expanded')).to.equal('true');
    await keys(el, 'ArrowRight');
    expect(labelOf(shadow(el).activeElement!)).to.include('重層的支援体制整備事業の推進');
    expect(shadow(el).activeElement!.getAttribute('aria-level')).to.equal('2');
    await keys(el, 'ArrowLeft');
    expect(labelOf(shadow(el).activeElement!)).to.include('困りごとに対し包括的に支援する体制の整備');
    await keys(el, 'ArrowLeft');
    expect(shadow(el).activeElement!.getAttribute('aria-expanded')).to.equal('false');
    await keys(el, 'End');
    expect(labelOf(shadow(el).activeElement!)).to.include('安全・安心に暮らせる仕組みづくり');
    await keys(el, 'Home');
    expect(labelOf(shadow(el).activeElement!)).to.include('自助・互助・共助・公助');
    const selected = oneEvent(el, 'chiiki-select');
    await keys(el, 'Enter');
    const event = (await selected) as ChiikiSelectEvent<PlanNode>;
    expect(event.detail.item.id).to.equal('four-helps');
    expect(shadow(el).activeElement!.getAttribute('aria-selected')).to.equal('true');
    expect(shadow(el).activeElement!.getAttribute('aria-expanded')).to.equal('true');
    expect(items(el).filter((i) => i.tabIndex === 0)).to.have.length(1);
  });

  it('walks both trees in order: ↓ goes from the last 横断的取組目標 into the goals, ↑ back; one tab stop in all', async () => {
    const { el } = await load(url('kikuchi'), 'expand=none');
    const trees = [...shadow(el).querySelectorAll('[role="tree"]')];
    expect(trees).to.have.length(2);
    expect(items(el).filter((i) => i.tabIndex === 0)).to.have.length(1);
    const ccItems = [...trees[0].querySelectorAll<HTMLElement>('[role="treeitem"]')];
    const goalItems = [...trees[1].querySelectorAll<HTMLElement>('[role="treeitem"]')];
    expect(ccItems[0].tabIndex).to.equal(0);
    ccItems[0].focus();
    await keys(el, 'ArrowDown', 'ArrowDown');
    expect(shadow(el).activeElement).to.equal(goalItems[0]);
    expect(goalItems[0].tabIndex).to.equal(0);
    expect(items(el).filter((i) => i.tabIndex === 0)).to.have.length(1);
    await keys(el, 'ArrowUp');
    expect(shadow(el).activeElement).to.equal(ccItems[ccItems.length - 1]);
    // Home/End stay in the tree they are pressed in.
    await keys(el, 'Home');
    expect(shadow(el).activeElement).to.equal(ccItems[0]);
    await keys(el, 'End');
    expect(shadow(el).activeElement).to.equal(ccItems[ccItems.length - 1]);
    goalItems[1].focus();
    await keys(el, 'End');
    expect(shadow(el).activeElement).to.equal(goalItems[goalItems.length - 1]);
    await keys(el, 'Home');
    expect(shadow(el).activeElement).to.equal(goalItems[0]);
    // ← on a closed top-level item stays; → opens it, → again goes to its first child, ← back to the parent.
    const goal = goalItems[0];
    goal.focus();
    await keys(el, 'ArrowLeft');
    expect(shadow(el).activeElement).to.equal(goal);
    await keys(el, 'ArrowRight');
    expect(goal.getAttribute('aria-expanded')).to.equal('true');
    await keys(el, 'ArrowRight');
    expect(shadow(el).activeElement!.getAttribute('aria-level')).to.equal('2');
    await keys(el, 'ArrowLeft');
    expect(shadow(el).activeElement).to.equal(goal);
  });

  it('typeahead: a character moves to the next item whose title starts with it', async () => {
    const { el } = await load(url('kikuchi'), 'expand=none lang=en');
    const all = items(el);
    all[0].focus();
    const target = all.slice(1).find((i) => /^[A-Za-z]/.test(i.querySelector('.title')!.textContent!.trim()))!;
    const letter = target.querySelector('.title')!.textContent!.trim()[0].toLowerCase();
    await keys(el, letter);
    expect(shadow(el).activeElement!.querySelector('.title')!.textContent!.trim()[0].toLowerCase()).to.equal(letter);
    expect(shadow(el).activeElement).not.to.equal(all[0]);
  });

  it('expand all / collapse all; expand="all" opens everything; hidden subtrees are not rendered', async () => {
    const { el } = await load(url('kikuchi'), 'expand=none');
    expect(items(el)).to.have.length(5);
    button(el, 'すべて開く').click();
    await el.updateComplete;
    expect(items(el)).to.have.length(39);
    button(el, 'すべて閉じる').click();
    await el.updateComplete;
    expect(items(el)).to.have.length(5);
    el.expand = 'all';
    await el.updateComplete;
    expect(items(el)).to.have.length(39);
  });

  it('a toggle changes only the rows of its own top-level group; selection and tab stop still move across groups', async () => {
    const { el } = await load(url('kikuchi'), 'expand=all');
    const tree = shadow(el).querySelectorAll('[role="tree"]')[1];
    const tops = [...tree.querySelectorAll<HTMLElement>('[role="treeitem"][aria-level="1"]')];
    expect(tops.length).to.be.greaterThan(2);
    tops[2].click(); // select the third goal (another group)
    await el.updateComplete;
    const rowsOf = (top: HTMLElement) => {
      const all = [...tree.querySelectorAll<HTMLElement>('[role="treeitem"]')];
      const from = all.indexOf(top);
      const to = all.findIndex((row, i) => i > from && row.getAttribute('aria-level') === '1');
      return all.slice(from, to === -1 ? undefined : to);
    };
    const untouched = rowsOf(tops[1]);
    const changed: Node[] = [];
    const observer = new MutationObserver((records) => records.forEach((r) => changed.push(r.target)));
    observer.observe(tree, { subtree: true, childList: true, attributes: true, characterData: true });
    const sub = rowsOf(tops[0]).find((row) => row.getAttribute('aria-level') === '2' && row.hasAttribute('aria-expanded'))!;
    sub.click(); // close a level-2 item of the first goal
    await el.updateComplete;
    observer.disconnect();
    expect(sub.getAttribute('aria-expanded')).to.equal('false');
    expect(sub.getAttribute('aria-selected')).to.equal('true');
    expect(tops[2].getAttribute('aria-selected')).to.equal('false');
    expect(items(el).filter((i) => i.tabIndex === 0)).to.deep.equal([sub]);
    expect(changed.filter((node) => untouched.some((row) => row === node || row.contains(node)))).to.deep.equal([]);
  });

  it('a click on a row selects it and opens or closes it', async () => {
    const { el } = await load(url('kikuchi'), 'expand=none');
    const goal = itemByTitle(el, '誰もがつどえる地域コミュニティづくり');
    goal.click();
    await el.updateComplete;
    expect(goal.getAttribute('aria-expanded')).to.equal('true');
    expect(goal.getAttribute('aria-selected')).to.equal('true');
  });
});

describe('chiiki-plan-viewer: search and filters', () => {
  it('finds text at the deepest level, opens its path and highlights it, with a live count', async () => {
    const { el } = await load(url('kikuchi'), 'expand=none');
    expect(itemByTitle(el, 'ヤングケアラー')).to.equal(undefined);
    const input = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'ヤングケアラー';
    input.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    const hit = itemByTitle(el, 'ヤングケアラー');
    expect(hit.getAttribute('aria-level')).to.equal('3');
    expect(hit.querySelector('mark')!.textContent).to.equal('ヤングケアラー');
    expect(hit.getAttribute('aria-level')).to.equal('3');
    expect(status(el)).to.equal('1件見つかりました');
    // its ancestors are open
    const shown = items(el);
    const ancestors = shown.slice(0, shown.indexOf(hit)).filter((i) => i.getAttribute('aria-expanded') === 'true');
    expect(ancestors.map(labelOf).some((t) => t.includes('一人一人がいきいきと住みつけられるまちづくり'))).to.equal(true);
    expect(ancestors.map(labelOf).some((t) => t.includes('福祉サービスの計画的な充実'))).to.equal(true);
    input.value = 'ボランティア';
    input.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(status(el)).to.match(/^\d+件見つかりました$/);
    expect(shadow(el).querySelectorAll('mark').length).to.be.greaterThan(1);
    input.value = 'ぼらんてぃあ'; // hiragana finds katakana
    input.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(shadow(el).querySelector('mark')!.textContent).to.equal('ボランティア');
    input.value = 'zzz';
    input.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(status(el)).to.equal('見つかりませんでした');
  });

  it('filters by actor (自助・互助・共助・公助), keeping the path to each match', async () => {
    const { el } = await load(url('kikuchi'), 'expand=all');
    const self = [...shadow(el).querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]')].find((i) => i.value === 'self')!;
    expect(self.closest('label')!.textContent).to.include('自助');
    self.click();
    await el.updateComplete;
    const shown = items(el);
    expect(shown.map((i) => i.getAttribute('aria-level'))).to.deep.equal(['1', '2', '3']);
    expect(labelOf(shown[2])).to.include('自助・互助によって支え合う');
    expect(status(el)).to.include('全39件のうち 1件');
    button(el, '条件をクリア').click();
    await el.updateComplete;
    expect(items(el)).to.have.length(39);
  });

  it('filter-actor sets the first filter; area and SDG filters are labelled and inherited by children', async () => {
    const { el } = await load(url('sakura'), 'expand=all filter-actor=public');
    expect(items(el).some((i) => labelOf(i).includes('空き家を活用したサロン'))).to.equal(false);
    expect(items(el).some((i) => labelOf(i).includes('相談から支援開始までの日数を短くする'))).to.equal(true);
    el.filterActor = '';
    await el.updateComplete;
    const area = shadow(el).querySelector<HTMLSelectElement>('select#area')!;
    expect(shadow(el).querySelector('label[for="area"]')!.textContent).to.include('地域');
    expect([...area.options].map((o) => o.textContent!.trim())).to.include('第3層 川原町内会');
    area.value = 'kawara';
    area.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const titles = items(el).map(labelOf);
    expect(titles.some((t) => t.includes('サロンへの送迎ボランティア'))).to.equal(true);
    expect(titles.some((t) => t.includes('災害'))).to.equal(true); // 町内会ごとの防災訓練 lists kawara
    expect(titles.some((t) => t.includes('多世代'))).to.equal(false);
    area.value = '';
    area.dispatchEvent(new Event('change'));
    const sdg = shadow(el).querySelector<HTMLSelectElement>('select#sdg')!;
    expect([...sdg.options].map((o) => o.textContent!.trim())).to.include('SDGs 13 気候変動に具体的な対策を');
    sdg.value = '13';
    sdg.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const level1 = items(el).filter((i) => i.getAttribute('aria-level') === '1').map(labelOf);
    expect(level1).to.have.length(1);
    expect(level1[0]).to.include('災害に備える支え合い');
    expect(items(el).length).to.equal(4); // the goal and its three children inherit SDG 13
  });
});

describe('chiiki-plan-viewer: progress', () => {
  it('shows progress bars with names and values, and hides them with progress="hide"', async () => {
    const { el } = await load(url('sakura'), 'expand=all');
    const bar = itemByTitle(el, 'サロン・通いの場を増やす').querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuenow')).to.equal('50');
    expect(bar.getAttribute('aria-label')).to.equal('「サロン・通いの場を増やす」の進み具合');
    const days = itemByTitle(el, '相談から支援開始までの日数を短くする').querySelector('[role="progressbar"]')!;
    expect(days.getAttribute('aria-valuenow')).to.equal('60'); // decreasing target 30 → 10, now 18
    expect(itemByTitle(el, '子ども食堂と地域の連携').querySelector('[role="progressbar"]')).to.equal(null);
    // g1 = mean(1-1: mean(50) own indicator = 50, 1-2 started 25; 1-3 skipped) = 37.5 → 38
    expect(itemByTitle(el, '誰もが集える居場所づくり').querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow')).to.equal('38');
    expect(itemByTitle(el, '地域の福祉相談窓口を広げる').querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow')).to.equal('40');
    el.progress = 'hide';
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="progressbar"]')).to.equal(null);
  });

  it('shows a 年度 timeline of milestones that reveals its node', async () => {
    const { el } = await load(url('sakura'), 'expand=none');
    const timeline = shadow(el).querySelector('.timeline')!;
    expect(timeline.querySelector('h3')!.textContent).to.equal('年度ごとの予定と実績');
    expect(timeline.textContent).to.include('2025年度');
    expect(timeline.textContent).to.include('空き家を活用したサロンを2か所開設');
    const reveal = [...timeline.querySelectorAll('button')].find((b) => b.textContent!.includes('サロン・通いの場を増やす'))!;
    reveal.click();
    await el.updateComplete;
    await aTimeout(0);
    const item = itemByTitle(el, 'サロン・通いの場を増やす');
    expect(item.getAttribute('aria-selected')).to.equal('true');
    expect(shadow(el).activeElement).to.equal(item);
  });

  it('links salons through salon-url and shows the plan\'s own pages', async () => {
    const { el } = await load(url('sakura'), 'expand=all');
    el.salonUrl = 'finder.html#salon={id}';
    itemByTitle(el, 'サロン・通いの場を増やす').click();
    await el.updateComplete;
    const links = [...panel(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.include.members(['salons.html', 'finder.html#salon=434043-001']);
  });
});

describe('chiiki-plan-viewer: deep links, export, locales', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('restores #node=ID: opens the path and selects without stealing focus', async () => {
    history.replaceState(null, '', '#node=goal-3-4-2');
    const before = document.activeElement;
    const { el } = await load(url('kikuchi'), 'url-state expand=none');
    const item = items(el).find((i) => i.getAttribute('aria-selected') === 'true')!;
    expect(labelOf(item)).to.include('8050問題');
    expect(item.tabIndex).to.equal(0);
    expect(document.activeElement).to.equal(before);
    expect(shadow(el).activeElement).to.equal(null);
  });

  it('writes #<element id>.node=ID on selection and keeps other keys', async () => {
    history.replaceState(null, '', '#salon=s1');
    const { el } = await load(url('otsu'), 'url-state id=otsu');
    el.select('goal-2-3');
    await el.updateComplete;
    expect(location.hash).to.equal('#salon=s1&otsu.node=goal-2-3');
  });

  it('JSON export → load → the same tree', async () => {
    for (const name of ['ogori', 'sakura']) {
      const { el } = await load(url(name));
      const json = el.exportJson();
      const again = normalizePlan(JSON.parse(json));
      expect(again.problems).to.deep.equal([]);
      expect(again.plan).to.deep.equal(el.plan);
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const copy = document.createElement('chiiki-plan-viewer') as ChiikiPlanViewer;
      copy.data = JSON.parse(json);
      copy.expand = 'all';
      const loaded = oneEvent(copy, 'chiiki-load');
      wrapper.append(copy);
      await loaded;
      await copy.updateComplete;
      el.expand = 'all';
      await el.updateComplete;
      expect(items(copy).map(labelOf)).to.deep.equal(items(el).map(labelOf));
    }
  });

  it('CSV export has one row per node', async () => {
    const { el } = await load(url('kakogawa'));
    const csv = el.exportCsv();
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).to.equal('\ufeffid,parentId,kind,title,actors,areas,sdgs,status,progress');
    expect(lines).to.have.length(1 + 6);
    expect(lines).to.include('resident-led-council,resident-led,activity,ささえあいのまちづくりに向けての住民、地域団体、専門職等の協議の場（ささえあい協議会）,,junior-high-school-district,,,');
  });

  it('a locale beyond ja and en (a lazily loaded chunk) is in place when the plan first shows', async () => {
    const wrapper = await fixture<HTMLElement>(html`<main lang="vi"></main>`);
    const el = document.createElement('chiiki-plan-viewer') as ChiikiPlanViewer;
    el.setAttribute('src', url('otsu'));
    const loaded = oneEvent(el, 'chiiki-load');
    wrapper.append(el);
    await loaded;
    // No await of updateComplete: the first render of the plan already has the Vietnamese strings.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(button(el, 'Mở tất cả')).to.not.equal(undefined);
  });

  it('uses node translations and UI strings per locale; SDG names in every locale', async () => {
    const { el } = await load(url('sakura'), 'lang=en expand=all');
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Sakura Town Community Welfare Plan, 2nd term (fictional)');
    expect(itemByTitle(el, 'More salons and gathering places')).to.not.equal(undefined);
    expect(button(el, 'Expand all')).to.not.equal(undefined);
    expect([...shadow(el).querySelectorAll('#sdg option')].map((o) => o.textContent!.trim())).to.include('SDG 13: Climate action');
    for (const lang of ['ja-x-easy', 'zh-Hans', 'zh-Hant', 'ko', 'vi', 'pt-BR', 'tl', 'ne', 'es', 'id']) {
      el.setAttribute('lang', lang);
      await aTimeout(0);
      await el.updateComplete;
      const option = [...shadow(el).querySelectorAll('#sdg option')].find((o) => (o as HTMLOptionElement).value === '13')!;
      expect(option.textContent!.trim(), lang).to.not.include('plan.sdg');
      expect(option.textContent!.trim(), lang).to.not.equal('SDG 13: Climate action');
      await expect(el).to.be.accessible();
    }
  });
});

describe('chiiki-plan-viewer: bad input', () => {
  it('reports malformed nodes per row in the notice (debug table) and shows the rest', async () => {
    const wrapper = await fixture<HTMLElement>(html`<main></main>`);
    const el = document.createElement('chiiki-plan-viewer') as ChiikiPlanViewer;
    el.debug = true;
    el.expand = 'all';
    el.data = {
      id: 'bad',
      title: '壊れた計画',
      municipality: 'テスト町',
      goals: [
        { title: 'id がない' },
        { id: 'dup', title: '一つ目' },
        { id: 'dup', title: '二つ目' },
        { id: 'x', description: '題名がない', children: [{ id: 'y', title: '子は残る' }] },
        { id: 'z', title: '型が違う', actors: 'self', sdgs: ['3'], indicators: [{ unit: '人' }] },
      ],
    };
    const loaded = oneEvent(el, 'chiiki-load');
    wrapper.append(el);
    const { detail } = (await loaded) as ChiikiLoadEvent;
    await el.updateComplete;
    expect(detail).to.include({ total: 6, loaded: 5, rejected: 1 });
    expect(items(el).map(labelOf)).to.deep.equal(['id がない', '一つ目', '二つ目', '子は残る', '型が違う']);
    const notice = shadow(el).querySelector('[role="note"]')!;
    expect(notice.querySelector('summary')!.textContent).to.equal('一部のデータを表示できませんでした（1件）');
    const rows = [...notice.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent));
    expect(rows).to.deep.include.members([
      ['1', 'id', 'required'],
      ['3', 'id', 'duplicate-id'],
      ['4', 'title', 'required'],
      ['6', 'actors', 'invalid-type'],
      ['6', 'sdgs', 'invalid-value'],
      ['6', 'indicators.0', 'required'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('a missing file fires chiiki-error and shows a retry button', async () => {
    const wrapper = await fixture<HTMLElement>(html`<main></main>`);
    const el = document.createElement('chiiki-plan-viewer') as ChiikiPlanViewer;
    el.src = '/demo/data/plans/does-not-exist.json';
    const failed = oneEvent(el, 'chiiki-error');
    wrapper.append(el);
    const { detail } = (await failed) as ChiikiErrorEvent;
    await el.updateComplete;
    expect(detail.error.code).to.equal('http-status');
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.include('計画のファイルが見つかりませんでした。');
    expect(button(el, 'もう一度読み込む')).to.not.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('a document that is not a plan is a parse-failed error; inline JSON is read', async () => {
    const inline = (json: string) => {
      const el = document.createElement('chiiki-plan-viewer') as ChiikiPlanViewer;
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = json;
      el.append(script);
      return el;
    };
    const wrapper = await fixture<HTMLElement>(html`<main></main>`);
    const bad = inline('[1, 2, 3]');
    const failed = oneEvent(bad, 'chiiki-error');
    wrapper.append(bad);
    const { detail } = (await failed) as ChiikiErrorEvent;
    expect(detail.error.code).to.equal('parse-failed');
    await bad.updateComplete;
    expect(bad.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('計画のファイルの形式が正しくありません。');
    const ok = inline('{ "id": "i", "title": "インライン", "municipality": "町", "goals": [{ "id": "a", "title": "目標" }] }');
    const loaded = oneEvent(ok, 'chiiki-load');
    wrapper.append(ok);
    await loaded;
    await ok.updateComplete;
    expect(items(ok).map(labelOf)).to.deep.equal(['目標']);
  });
});

describe('chiiki-plan-viewer: large plans', () => {
  it('renders 1,500 open nodes in chunks (aria-busy while more are coming) and End reaches the last one', async () => {
    const goals = Array.from({ length: 15 }, (_, g) => ({
      id: `g${g}`,
      title: `目標${g}`,
      children: Array.from({ length: 9 }, (_, p) => ({
        id: `g${g}-${p}`,
        title: `施策${g}-${p}`,
        children: Array.from({ length: 10 }, (_, a) => ({ id: `g${g}-${p}-${a}`, title: `取り組み${g}-${p}-${a}`, status: 'started' })),
      })),
    }));
    const wrapper = await fixture<HTMLElement>(html`<main></main>`);
    const el = document.createElement('chiiki-plan-viewer') as ChiikiPlanViewer;
    el.data = { id: 'big', title: '大きな計画', municipality: '町', goals };
    const loaded = oneEvent(el, 'chiiki-load');
    wrapper.append(el);
    const { detail } = (await loaded) as ChiikiLoadEvent;
    expect(detail.total).to.equal(15 + 15 * 9 + 15 * 9 * 10);
    el.expandAll();
    await el.updateComplete;
    const first = items(el).length;
    expect(first).to.be.lessThan(detail.total);
    expect(shadow(el).querySelector('[role="tree"]')!.getAttribute('aria-busy')).to.equal('true');
    for (let i = 0; i < 50 && items(el).length < detail.total; i++) {
      await aTimeout(20);
      await el.updateComplete;
    }
    expect(items(el).length).to.equal(detail.total);
    expect(shadow(el).querySelector('[role="tree"]')!.hasAttribute('aria-busy')).to.equal(false);
    el.collapseAll();
    await el.updateComplete;
    el.expandAll();
    await el.updateComplete;
    items(el)[0].focus();
    await keys(el, 'End');
    expect(labelOf(shadow(el).activeElement!)).to.equal('取り組み14-8-9');
  });
});

describe('chiiki-plan-viewer: updates touch only what changed', () => {
  /** `goals` top-level nodes, each with 9 policies of 10 actions (every node has a status). */
  const bigPlan = (goals: number, extra: Record<string, unknown> = {}) => ({
    id: 'big',
    title: '大きな計画',
    municipality: '町',
    ...extra,
    goals: Array.from({ length: goals }, (_, g) => ({
      id: `g${g}`,
      title: `目標${g}`,
      children: Array.from({ length: 9 }, (_, p) => ({
        id: `g${g}-${p}`,
        title: `施策${g}-${p}`,
        description: p === 4 ? 'サロンを広げます' : undefined,
        children: Array.from({ length: 10 }, (_, a) => ({ id: `g${g}-${p}-${a}`, title: `取り組み${g}-${p}-${a}`, status: 'started' })),
      })),
    })),
  });

  async function mount(data: unknown): Promise<{ el: ChiikiPlanViewer; detail: ChiikiLoadEvent['detail'] }> {
    const wrapper = await fixture<HTMLElement>(html`<main></main>`);
    const el = document.createElement('chiiki-plan-viewer') as ChiikiPlanViewer;
    el.data = data;
    const loaded = oneEvent(el, 'chiiki-load');
    wrapper.append(el);
    const { detail } = (await loaded) as ChiikiLoadEvent;
    await el.updateComplete;
    return { el, detail };
  }

  async function settle(el: ChiikiPlanViewer): Promise<void> {
    await el.updateComplete;
    for (let i = 0; i < 200 && shadow(el).querySelector('[role="tree"][aria-busy="true"]'); i++) {
      await aTimeout(5);
      await el.updateComplete;
    }
    expect(shadow(el).querySelector('[role="tree"][aria-busy="true"]')).to.equal(null);
  }

  it('a toggle changes only the toggled item, its subtree and the old selection; every other row stays the same element; focus stays on it', async () => {
    const { el } = await mount(bigPlan(3));
    el.expandAll();
    await settle(el);
    const before = items(el);
    expect(before.length).to.equal(3 + 27 + 270);
    const target = itemByTitle(el, '施策1-4');
    const under = before.filter((i) => labelOf(i).includes('取り組み1-4-'));
    expect(under.length).to.equal(10);
    target.focus();
    const changed = new Set<Node>();
    const removed = new Set<Node>();
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'childList') r.removedNodes.forEach((n) => removed.add(n));
        // A row group's wrapper (role none) may take a new size hint for its row count: not a row.
        else if (r.type === 'attributes' && r.attributeName === 'style' && (r.target as Element).classList.contains('group')) continue;
        else changed.add(r.target instanceof Element ? r.target.closest('[role="treeitem"]') ?? r.target : r.target.parentElement!.closest('[role="treeitem"]')!);
      }
    });
    observer.observe(shadow(el).querySelector('[role="tree"]')!, { subtree: true, childList: true, attributes: true, characterData: true });
    target.click();
    await settle(el);
    observer.disconnect();
    // Closed: its ten actions left the DOM, nothing else did.
    expect(target.getAttribute('aria-expanded')).to.equal('false');
    expect([...removed].filter((n) => n instanceof Element && n.getAttribute('role') === 'treeitem')).to.have.members(under);
    // Attributes or text changed only on the toggled row (expanded, selected, tab stop); the first row gave up the tab stop.
    const first = before[0];
    for (const node of changed) expect([target, first], (node as Element).outerHTML?.slice(0, 80)).to.include(node);
    // Every other row is the very same element as before.
    const after = items(el);
    expect(after.length).to.equal(before.length - 10);
    expect(after).to.deep.equal(before.filter((i) => !under.includes(i)));
    expect(shadow(el).activeElement).to.equal(target);
    expect(target.getAttribute('aria-selected')).to.equal('true');
    expect(target.tabIndex).to.equal(0);
  });

  it('a search over a large open tree is applied in slices (aria-busy meanwhile) and ends with every hit marked and focus kept', async () => {
    const { el } = await mount(bigPlan(25));
    el.expandAll();
    await settle(el);
    const total = items(el).length;
    expect(total).to.equal(25 + 225 + 2250);
    items(el)[0].focus();
    const input = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = '取り組み';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="tree"]')!.getAttribute('aria-busy')).to.equal('true');
    await settle(el);
    expect(items(el).length).to.equal(total);
    const marked = items(el).filter((i) => i.querySelector('.title mark'));
    expect(marked.length).to.equal(2250);
    expect(status(el).replace(/[,，]/g, '')).to.include('2250');
    expect(shadow(el).activeElement).to.equal(items(el)[0]);
    // Clearing the query takes every mark away again.
    input.value = '';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settle(el);
    expect(shadow(el).querySelectorAll('[role="treeitem"] mark').length).to.equal(0);
  });

  it('rows off screen may skip layout (content-visibility: auto) but print shows every row: the print rule makes them visible', async () => {
    const { el } = await mount(bigPlan(3));
    el.expandAll();
    await settle(el);
    // Every row group is skipped off screen on screen…
    const groups = [...shadow(el).querySelectorAll<HTMLElement>('[role="tree"] > li[role="none"]')];
    expect(groups.length).to.be.greaterThan(0);
    for (const g of groups) expect(getComputedStyle(g).contentVisibility).to.equal('auto');
    // …and the print stylesheet makes groups, rows and the print view's items visible.
    const printRules = shadow(el)
      .adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
      .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText.includes('print'))
      .flatMap((r) => [...r.cssRules] as CSSStyleRule[])
      .filter((r) => r.style?.getPropertyValue('content-visibility') === 'visible');
    const selectors = printRules.map((r) => r.selectorText).join(',');
    for (const sel of ['.group', "[role='treeitem']", '.print-view li']) expect(selectors.replace(/"/g, "'")).to.include(sel);
    // The print view holds every node, all open.
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.print-view .print-title').length).to.equal(3 + 27 + 270);
    for (const li of shadow(el).querySelectorAll('.print-view li')) expect(getComputedStyle(li).contentVisibility).to.equal('visible');
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
  });

  it('a plan large enough to be read in slices reports every problem exactly as normalizePlan does', async () => {
    const data = bigPlan(45) as ReturnType<typeof bigPlan> & { goals: Record<string, unknown>[] };
    // Defects here and there: a missing title (its children move up), duplicate ids, an unknown status, a wrong type.
    data.goals[3].title = '';
    data.goals[10].id = 'g2';
    (data.goals[20].children as Record<string, unknown>[])[5].status = 'mystery';
    (data.goals[44].children as Record<string, unknown>[])[8].sdgs = 'no';
    ((data.goals[30].children as Record<string, unknown>[])[1].children as Record<string, unknown>[])[2].id = 'g0';
    const expected = normalizePlan(structuredClone(data));
    expect(expected.total).to.be.greaterThan(4000);
    const { el, detail } = await mount(data);
    expect(detail.total).to.equal(expected.total);
    expect(detail.loaded).to.equal(expected.loaded);
    expect(detail.rejected).to.equal(1);
    expect(detail.problems).to.deep.equal(expected.problems);
    expect(el.plan).to.deep.equal(expected.plan);
    await settle(el);
    // The goal without a title is gone, its nine policies took its place at the top level.
    const top = items(el).filter((i) => i.getAttribute('aria-level') === '1');
    expect(top.length).to.equal(44 + 9);
  });
});

describe('chiiki-plan-viewer: themes and reflow', () => {
  for (const theme of ['dark', 'high-contrast']) {
    it(`theme="${theme}" has no axe violations (colour contrast included), with progress, filters and a selection`, async () => {
      const { el } = await load(url('sakura'), `theme=${theme} expand=all`);
      expect(el.getAttribute('theme')).to.equal(theme);
      items(el)[0].click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  it('fits 320 px at 200 % text: no control or row wider than the element', async () => {
    const wrapper = await fixture<HTMLElement>(html`<main style="inline-size: 320px; font-size: 32px"></main>`);
    const el = document.createElement('chiiki-plan-viewer') as ChiikiPlanViewer;
    el.setAttribute('src', url('sakura'));
    const loaded = oneEvent(el, 'chiiki-load');
    wrapper.append(el);
    await loaded;
    await el.updateComplete;
    const host = el.getBoundingClientRect();
    const wide = [...shadow(el).querySelectorAll<HTMLElement>('*')]
      .filter((node) => {
        const r = node.getBoundingClientRect();
        return r.width > 0 && r.right > host.right + 1;
      })
      .map((node) => `${node.localName}.${[...node.classList].join('.')}`);
    expect(wide).to.deep.equal([]);
  });
});
