import * as L from 'leaflet/dist/leaflet-src.esm.js';
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import type { LatLng } from '@chiiki/core';
import type { ClusterIndex, ClusterItem } from './cluster-index.js';

/**
 * Everything that touches Leaflet, in the lazily loaded chunk (pages without a map never download
 * Leaflet). No Leaflet controls, popups or string icons (they write innerHTML, which Trusted Types
 * block): markers and clusters are `L.divIcon`s whose `html` is an element we build with DOM APIs.
 * Keyboard: markers are not tab stops except one roving stop; arrows move between them, Enter
 * activates (the list stays the main keyboard path).
 */
export const leafletStyles = leafletCss;

export interface ViewCallbacks {
  /** A salon marker was activated (click, Enter). */
  select(index: number, viaKeyboard: boolean): void;
  /** The resident clicked an empty spot of the map. */
  pick(point: LatLng): void;
  /** Accessible names. */
  clusterLabel(count: number): string;
  pointLabel(index: number): string;
  originLabel(): string;
  /** After markers were redrawn (tests and the element wait on this). */
  rendered?(): void;
}

export interface ViewOptions {
  tileUrl: string;
  center: LatLng;
  zoom: number;
}

const SELECT_ZOOM = 17;

export class LeafletView {
  readonly map: L.Map;
  #tiles: L.TileLayer;
  #layer = L.layerGroup();
  #markers = new Map<string, { marker: L.Marker; element: HTMLElement; item: ClusterItem }>();
  #index?: ClusterIndex;
  #selected = -1;
  #origin?: L.Marker;
  #generation = 0;
  #tileUrl: string;
  #destroyed = false;

  constructor(
    container: HTMLElement,
    options: ViewOptions,
    private readonly callbacks: ViewCallbacks,
  ) {
    this.map = L.map(container, {
      attributionControl: false,
      zoomControl: false,
      keyboard: false,
      center: [options.center.lat, options.center.lng],
      zoom: options.zoom,
      maxZoom: 18,
      minZoom: 4,
      zoomAnimation: !matchMedia('(prefers-reduced-motion: reduce)').matches,
    });
    this.#tileUrl = options.tileUrl;
    this.#tiles = this.#makeTiles(options.tileUrl).addTo(this.map);
    this.#layer.addTo(this.map);
    this.map.on('moveend', () => void this.#redraw());
    this.map.on('click', (event: L.LeafletMouseEvent) => this.callbacks.pick({ lat: event.latlng.lat, lng: event.latlng.lng }));
  }

  setTileUrl(url: string): void {
    if (url === this.#tileUrl) return;
    this.#tileUrl = url;
    this.#tiles.remove();
    this.#tiles = this.#makeTiles(url).addTo(this.map);
  }

  /** Shows the salons of a new index (the previous one is disposed by its owner). */
  setIndex(index: ClusterIndex | undefined): void {
    this.#index = index;
    void this.#redraw(true);
  }

  /** Highlights a salon; with `reveal`, moves the map to it (zooming in past its cluster). */
  select(index: number, at?: LatLng, reveal = false): void {
    this.#selected = index;
    for (const { element, item } of this.#markers.values()) {
      element.classList.toggle('selected', item.kind === 'point' && item.index === index);
    }
    if (reveal && at) this.map.setView([at.lat, at.lng], Math.max(this.map.getZoom(), SELECT_ZOOM));
  }

  setOrigin(point: LatLng | undefined, reveal = false): void {
    this.#origin?.remove();
    this.#origin = undefined;
    if (!point) return;
    const element = document.createElement('div');
    element.className = 'origin';
    element.setAttribute('role', 'img');
    element.setAttribute('aria-label', this.callbacks.originLabel());
    this.#origin = L.marker([point.lat, point.lng], {
      icon: L.divIcon({ html: element, className: 'origin-icon', iconSize: [20, 20] }),
      interactive: false,
      keyboard: false,
      zIndexOffset: -100,
    }).addTo(this.map);
    if (reveal) this.map.setView([point.lat, point.lng], Math.max(this.map.getZoom(), 14));
  }

  /** Fits the map to points (used when the data arrives and no `center` is set). */
  fit(points: LatLng[]): void {
    if (!points.length) return;
    // One pass over plain numbers (150,000 points: no LatLng object per point).
    let [south, west, north, east] = [90, 180, -90, -180];
    for (const p of points) {
      if (p.lat < south) south = p.lat;
      if (p.lat > north) north = p.lat;
      if (p.lng < west) west = p.lng;
      if (p.lng > east) east = p.lng;
    }
    this.map.fitBounds(L.latLngBounds([south, west], [north, east]), { padding: [24, 24], maxZoom: 15, animate: false });
  }

  setView(center: LatLng, zoom?: number): void {
    this.map.setView([center.lat, center.lng], zoom ?? this.map.getZoom(), { animate: false });
  }

  zoomBy(delta: number): void {
    this.map.setZoom(this.map.getZoom() + delta);
  }

  resize(): void {
    this.map.invalidateSize({ animate: false });
  }

  destroy(): void {
    const map = this.map;
    this.#destroyed = true;
    map.off('moveend');
    map.off('click');
    this.#markers.clear();
    this.#generation++;
    // Removing a map in the middle of a zoom animation makes Leaflet's pending timer throw.
    if ((map as unknown as { _animatingZoom?: boolean })._animatingZoom) map.once('zoomend', () => map.remove());
    else map.remove();
  }

  #makeTiles(url: string): L.TileLayer {
    // Tiles that fail (blocked, offline) leave the map blank; the list keeps working.
    return L.tileLayer(url, { maxZoom: 18, crossOrigin: false });
  }

  async #redraw(rebuild = false): Promise<void> {
    if (this.#destroyed) return;
    const generation = ++this.#generation;
    const index = this.#index;
    let items: ClusterItem[] = [];
    if (index) {
      const b = this.map.getBounds();
      const bbox: [number, number, number, number] = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
      items = await index.query(bbox, this.map.getZoom());
    }
    if (generation !== this.#generation || this.#destroyed) return;
    const active = (this.map.getContainer().getRootNode() as Document | ShadowRoot).activeElement;
    const keep = new Set<string>();
    for (const item of items) {
      const key = item.kind === 'cluster' ? `c${item.id}:${item.count}` : `p${item.index}`;
      keep.add(key);
      if (!rebuild && this.#markers.has(key)) continue;
      this.#markers.get(key)?.marker.remove();
      this.#markers.set(key, this.#makeMarker(item));
    }
    for (const [key, entry] of this.#markers) {
      if (!keep.has(key) || (rebuild && !items.length)) {
        entry.marker.remove();
        this.#markers.delete(key);
      }
    }
    this.#rove(active instanceof HTMLElement ? active : null);
    this.callbacks.rendered?.();
  }

  #makeMarker(item: ClusterItem): { marker: L.Marker; element: HTMLElement; item: ClusterItem } {
    const element = document.createElement('div');
    element.setAttribute('role', 'button');
    element.tabIndex = -1;
    let size: [number, number];
    if (item.kind === 'cluster') {
      element.className = 'cluster';
      element.textContent = item.count > 9999 ? `${Math.round(item.count / 1000)}k` : String(item.count);
      element.setAttribute('aria-label', this.callbacks.clusterLabel(item.count));
      const d = item.count < 10 ? 36 : item.count < 100 ? 42 : item.count < 1000 ? 50 : 58;
      size = [d, d];
    } else {
      element.className = item.index === this.#selected ? 'pin selected' : 'pin';
      element.setAttribute('aria-label', this.callbacks.pointLabel(item.index));
      size = [32, 40];
    }
    const marker = L.marker([item.lat, item.lng], {
      icon: L.divIcon({ html: element, className: 'marker-icon', iconSize: size, iconAnchor: item.kind === 'cluster' ? undefined : [16, 38] }),
      keyboard: false,
      riseOnHover: true,
    });
    const activate = (viaKeyboard: boolean) => {
      if (item.kind === 'point') this.callbacks.select(item.index, viaKeyboard);
      else void this.#expand(item, viaKeyboard);
    };
    marker.on('click', () => activate(false));
    element.addEventListener('keydown', (event) => this.#onKey(event, element, activate));
    marker.addTo(this.#layer);
    return { marker, element, item };
  }

  async #expand(item: Extract<ClusterItem, { kind: 'cluster' }>, viaKeyboard: boolean): Promise<void> {
    const zoom = (await this.#index?.expansionZoom(item.id)) ?? this.map.getZoom() + 2;
    this.map.setView([item.lat, item.lng], Math.min(zoom, 18));
    if (viaKeyboard) this.map.once('moveend', () => setTimeout(() => this.#ordered()[0]?.focus(), 0));
  }

  /** Markers in reading order: north to south, then west to east. */
  #ordered(): HTMLElement[] {
    return [...this.#markers.values()]
      .sort((a, b) => b.item.lat - a.item.lat || a.item.lng - b.item.lng)
      .map((m) => m.element)
      .filter((e) => e.isConnected);
  }

  /** One roving tab stop among the markers: the focused one, else the first in reading order. */
  #rove(focused: HTMLElement | null): void {
    const ordered = this.#ordered();
    const current = ordered.find((e) => e === focused) ?? ordered[0];
    for (const e of ordered) e.tabIndex = e === current ? 0 : -1;
  }

  #onKey(event: KeyboardEvent, element: HTMLElement, activate: (viaKeyboard: boolean) => void): void {
    const ordered = this.#ordered();
    const at = ordered.indexOf(element);
    let next: HTMLElement | undefined;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate(true);
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight') next = ordered[(at + 1) % ordered.length];
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') next = ordered[(at - 1 + ordered.length) % ordered.length];
    else if (event.key === 'Home') next = ordered[0];
    else if (event.key === 'End') next = ordered[ordered.length - 1];
    if (!next) return;
    event.preventDefault();
    event.stopPropagation();
    for (const e of ordered) e.tabIndex = e === next ? 0 : -1;
    next.focus();
  }
}
