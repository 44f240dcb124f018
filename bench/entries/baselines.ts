/**
 * Salon finder baselines (what a municipality would otherwise pick), same API as salons.ts:
 * - `leaflet`: one plain L.marker per salon;
 * - `markercluster`: Leaflet.markercluster with its defaults (addLayers in one call);
 * - `supercluster`: a bare supercluster index, clusters drawn as Leaflet markers on each moveend.
 * Leaflet 1.9.4 and Leaflet.markercluster are loaded by the page as classic (UMD) scripts: window.L.
 */
import Supercluster from 'supercluster';
import { json, painted, sleep, watchLongTasks } from './measure.js';
import { TILE } from './tile.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- the UMD global has no types here */
const L = (globalThis as any).L;

interface Salon {
  lat: number;
  lng: number;
  fee?: { amount?: number };
}

let kind = '';
let data: Salon[] = [];
let map: any;
let div: HTMLDivElement;
let layer: any;
let markers: any[] = [];
let index: Supercluster | undefined;

/** Supercluster's clusters of the current view as Leaflet markers (icons built with DOM APIs). */
function drawClusters(): void {
  if (!index) return;
  const b = map.getBounds();
  const items = index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], map.getZoom());
  layer.clearLayers();
  for (const f of items) {
    const [lng, lat] = f.geometry.coordinates as [number, number];
    const count = (f.properties as { point_count?: number }).point_count;
    const html = document.createElement('div');
    html.className = 'bench-cluster';
    html.textContent = count ? String(count) : '';
    layer.addLayer(L.marker([lat, lng], { icon: L.divIcon({ html, className: '', iconSize: count ? [36, 36] : [14, 14] }) }));
  }
}

function build(salons: Salon[]): void {
  if (kind === 'leaflet') {
    markers = salons.map((s) => L.marker([s.lat, s.lng]));
    layer = L.layerGroup(markers).addTo(map);
  } else if (kind === 'markercluster') {
    markers = salons.map((s) => L.marker([s.lat, s.lng]));
    layer = L.markerClusterGroup();
    layer.addLayers(markers);
    map.addLayer(layer);
  } else {
    index = new Supercluster({ radius: 60, maxZoom: 16 }).load(
      salons.map((s, i) => ({ type: 'Feature' as const, properties: { i }, geometry: { type: 'Point' as const, coordinates: [s.lng, s.lat] } })),
    );
    layer ??= L.layerGroup().addTo(map);
    drawClusters();
  }
}

export async function prepare(which: string, n: number, file = n) {
  kind = which;
  const all = await json<Salon[]>(`/.cache/bench/salons-${file}.json`);
  data = all.slice(0, n);
  await painted();
  return data.length;
}

/** Data ready → map with markers painted (the map is created inside the timing, as the element does). */
export async function render() {
  const tasks = watchLongTasks();
  const t0 = performance.now();
  div = document.createElement('div');
  div.style.cssText = 'width:800px;height:600px';
  document.body.append(div);
  map = L.map(div, { zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false });
  L.tileLayer(TILE, { maxZoom: 18 }).addTo(map);
  let south = 90, west = 180, north = -90, east = -180;
  for (const s of data) {
    if (s.lat < south) south = s.lat;
    if (s.lat > north) north = s.lat;
    if (s.lng < west) west = s.lng;
    if (s.lng > east) east = s.lng;
  }
  map.fitBounds([[south, west], [north, east]], { animate: false });
  if (kind === 'supercluster') map.on('moveend', drawClusters);
  build(data);
  const ms = (await painted()) - t0;
  await sleep(300);
  return { ms, ...(await tasks.stop()), markers: div.querySelectorAll('.leaflet-marker-icon').length };
}

export async function zoom() {
  const t0 = performance.now();
  map.setZoom(map.getZoom() + 1);
  return { ms: (await painted()) - t0, changed: true };
}

/** Where the drag starts: on the map, clear of the zoom control (a drag from its link starts a native link drag). */
export function dragStart() {
  const r = div.getBoundingClientRect();
  return { x: r.left + 100, y: r.top + r.height / 2 };
}

let panStart = 0;
export function arm() {
  window.addEventListener('pointerup', () => (panStart = performance.now()), { capture: true, once: true });
}
export async function armed() {
  return { ms: (await painted()) - panStart, changed: true };
}

/** Filter change: only the salons free of charge stay (the same filter as the element's first check). */
export async function filter() {
  const tasks = watchLongTasks();
  const t0 = performance.now();
  const keep = data.map((s) => !s.fee?.amount);
  if (kind === 'supercluster') build(data.filter((_, i) => keep[i]));
  else if (kind === 'markercluster') {
    layer.clearLayers();
    layer.addLayers(markers.filter((_, i) => keep[i]));
  } else markers.forEach((m, i) => (keep[i] ? null : layer.removeLayer(m)));
  const ms = (await painted()) - t0;
  return { ms, ...(await tasks.stop()) };
}

Object.assign(globalThis, { bench: { prepare, render, zoom, dragStart, arm, armed, filter } });
