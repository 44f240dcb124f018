import { fixture, html, waitUntil } from '@open-wc/testing';
import type { Salon } from '@chiiki/core';
import '../src/define.js';
import type { ChiikiSalonFinder } from '../src/salon-finder.js';

/** A local tile (no tile host is ever requested in tests). */
export const TILE = '/demo/data/salons/tiles/tile.svg';
/** Monday 7 December 2026, 09:00 in Japan. */
export const NOW = new Date('2026-12-07T09:00:00+09:00');

export const SALONS: Salon[] = [
  {
    id: 'a',
    name: '室いきいきサロン',
    nameKana: 'むろいきいきさろん',
    lat: 32.8858,
    lng: 130.8553,
    district: '室',
    venue: '室公民館',
    address: '熊本県菊池郡大津町大字室1番地',
    schedule: { rrule: 'FREQ=WEEKLY;BYDAY=TU', text: '毎週火曜日 10:00〜11:30', start: '10:00', end: '11:30', skipHolidays: true },
    fee: { amount: 0 },
    transport: true,
    audiences: ['elderly'],
    activities: ['exercise', 'tea'],
    contact: { phone: '096-000-1111', organization: '室老人クラブ' },
    consultation: { topics: ['care'], hours: '10:00-11:30' },
  },
  {
    id: 'b',
    name: 'ＡＢＣカフェ',
    lat: 32.8795,
    lng: 130.8665,
    district: '大津',
    schedule: { rrule: 'FREQ=MONTHLY;BYDAY=2TH', text: '毎月第2木曜日 13:30〜15:30', start: '13:30', end: '15:30' },
    fee: { amount: 100 },
    audiences: ['everyone'],
    activities: ['tea'],
  },
  {
    id: 'c',
    name: '引水茶話会',
    lat: 32.8764,
    lng: 130.8478,
    district: '引水',
    status: 'paused',
    schedule: { rrule: 'FREQ=WEEKLY;BYDAY=MO', start: '10:00', end: '12:00' },
    fee: { amount: 0 },
    audiences: ['elderly'],
    activities: ['tea'],
  },
  {
    id: 'd',
    name: '陣内子育てサロン',
    district: '陣内',
    schedule: { text: '不定期' },
    audiences: ['parenting'],
    activities: ['hobby'],
    fee: { amount: 200 },
  },
];

export async function finder(template = html`<chiiki-salon-finder view="list" .now=${NOW} .data=${SALONS}></chiiki-salon-finder>`): Promise<ChiikiSalonFinder> {
  const el = await fixture<ChiikiSalonFinder>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('.count')?.textContent?.trim(), 'data shown', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** Names in the result list, in order. */
export const names = (el: Element) => $$(el, '.item-button').map((b) => b.textContent!.trim());
export const countText = (el: Element) => $(el, '.count').textContent!.replace(/\s+/g, ' ').trim();

export async function settle(el: ChiikiSalonFinder): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

export async function setCheck(el: ChiikiSalonFinder, label: string, checked = true): Promise<void> {
  const box = $$(el, 'label').find((l) => l.textContent!.trim() === label)?.querySelector('input');
  if (!box) throw new Error(`no checkbox ${label}`);
  if (box.checked !== checked) box.click();
  await settle(el);
}

export async function setSelect(el: ChiikiSalonFinder, id: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await settle(el);
}

export async function typeSearch(el: ChiikiSalonFinder, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#q');
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await settle(el);
}
