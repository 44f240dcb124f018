/**
 * Salon finder cases, our side: <chiiki-salon-finder> (production Lit; Leaflet chunk and clustering
 * worker as in the distribution) with data ready in memory → map and list painted; zoom step; pan;
 * filter change. The baselines are in baselines.ts (same API, another page).
 */
import '@chiiki/salon-finder/define';
import type { ChiikiSalonFinder } from '@chiiki/salon-finder';
import { TILE } from './tile.js';
import { json, nextChange, painted, sleep, watchLongTasks } from './measure.js';


let data: unknown[] = [];
let el: ChiikiSalonFinder;

async function until(condition: () => boolean, timeout = 120_000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error('timed out waiting for the salon finder');
    await new Promise((r) => setTimeout(r, 4));
  }
}

function make(salons: unknown[]): ChiikiSalonFinder {
  const finder = document.createElement('chiiki-salon-finder') as ChiikiSalonFinder;
  finder.setAttribute('tile-url', TILE);
  finder.setAttribute('tile-attribution', 'bench');
  finder.style.cssText = 'display:block;width:1200px';
  finder.data = salons;
  return finder;
}

const root = () => el.shadowRoot!;
const drawn = () => !!root().querySelector('li[data-id]') && !!root().querySelector('.leaflet-marker-icon');

/** Loads the data (parsed, in memory) and warms the Leaflet chunk and worker with a small finder. */
export async function prepare(_kind: string, n: number, file = n) {
  data = (await json<unknown[]>(`/.cache/bench/salons-${file}.json`)).slice(0, n);
  el = make(data.slice(0, 20));
  document.body.append(el);
  await until(drawn);
  await el.mapReady;
  el.remove();
  await painted();
  return data.length;
}

export async function render() {
  const tasks = watchLongTasks();
  const t0 = performance.now();
  el = make(data);
  document.body.append(el);
  await until(drawn);
  await el.mapReady;
  const ms = (await painted()) - t0;
  await sleep(300); // background preparation (next meetings, search text) after the first paint
  return { ms, ...(await tasks.stop()), markers: root().querySelectorAll('.leaflet-marker-icon').length, listed: root().querySelectorAll('li[data-id]').length };
}

const pane = () => root().querySelector('.leaflet-marker-pane')!;

export async function zoom() {
  const button = root().querySelector<HTMLButtonElement>('.map-zoom button')!;
  const change = nextChange(pane());
  const t0 = performance.now();
  button.click();
  const changed = await change;
  return { ms: performance.now() - t0, changed };
}

/** Where to start a drag (an empty corner of the map), in page coordinates. */
export function dragStart() {
  const r = root().querySelector('.map')!.getBoundingClientRect();
  return { x: r.left + 30, y: r.top + 30 };
}

let panStart = 0;
let panChange: Promise<boolean> = Promise.resolve(false);
export function arm() {
  panChange = nextChange(pane());
  window.addEventListener('pointerup', () => (panStart = performance.now()), { capture: true, once: true });
}
export async function armed() {
  const changed = await panChange;
  return { ms: performance.now() - panStart, changed };
}

export async function filter() {
  const count = root().querySelector('.count')!;
  const before = count.textContent;
  const box = root().querySelector<HTMLInputElement>('label.check input')!; // the first check: free of charge
  const tasks = watchLongTasks();
  const t0 = performance.now();
  box.click();
  await until(() => count.textContent !== before && !!root().querySelector('li[data-id]'));
  await el.mapReady;
  const ms = (await painted()) - t0;
  return { ms, ...(await tasks.stop()) };
}

Object.assign(globalThis, { bench: { prepare, render, zoom, dragStart, arm, armed, filter } });
