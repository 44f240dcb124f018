import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LatLng } from '@chiiki/core';
import { ClusterIndex } from './cluster-index.js';
import type { LeafletView, ViewCallbacks } from './leaflet-view.js';

type ViewModule = typeof import('./leaflet-view.js');

let viewModule: Promise<ViewModule> | undefined;

/** Loads Leaflet and our view once per page; its CSS is added to each shadow root that shows a map. */
export function loadView(): Promise<ViewModule> {
  return (viewModule ??= import('./leaflet-view.js'));
}

export interface MapSettings {
  tileUrl: string;
  center: LatLng;
  zoom: number;
}

/**
 * The finder's map: loads Leaflet only when a map is shown, keeps the clustering index of the
 * salons on the map, follows selection and origin, and cleans up on disconnect. The host gives
 * plain data; all Leaflet objects stay behind this controller.
 */
export class MapController implements ReactiveController {
  /** `idle` until a map is shown; `failed` when Leaflet could not load (the list still works). */
  status: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  /** Whether the current index was built in a worker (for diagnostics and tests). */
  inWorker = false;
  /** Resolves when the markers for the current data and view are drawn. */
  drawn: Promise<void> = Promise.resolve();

  #view?: LeafletView;
  #container?: HTMLElement;
  #index?: ClusterIndex;
  #build?: AbortController;
  /** The salons' positions as `[lng, lat, lng, lat, …]` (150,000 points: no object per point). */
  #points: Float64Array = new Float64Array();
  /** `reveal`: show it once the map exists (a selection restored from the URL before Leaflet loaded). */
  #selected?: { index: number; at?: LatLng; reveal?: boolean };
  #origin?: LatLng;
  #fitPending = false;
  #resize?: ResizeObserver;
  #resolveDrawn?: () => void;
  /** The points the current (or building) index was made from. */
  #indexed?: Float64Array;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly callbacks: Omit<ViewCallbacks, 'rendered'>,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#build?.abort();
    this.#index?.dispose();
    this.#index = undefined;
    this.hide();
  }

  /** The map left the page (narrow layout, `view="list"`): drop Leaflet's objects, keep the data. */
  hide(): void {
    if (!this.#container) return;
    this.#build?.abort();
    this.#index?.dispose();
    this.#index = undefined;
    this.#indexed = undefined;
    this.#resize?.disconnect();
    this.#view?.destroy();
    this.#view = undefined;
    this.#container = undefined;
    this.status = 'idle';
  }

  /** Shows the map in `container` (loads Leaflet the first time). */
  async show(container: HTMLElement, settings: MapSettings): Promise<void> {
    if (this.#container === container) {
      this.#view?.setTileUrl(settings.tileUrl);
      return;
    }
    this.#container = container;
    this.status = 'loading';
    this.host.requestUpdate();
    let module: ViewModule;
    try {
      module = await loadView();
    } catch {
      this.status = 'failed';
      this.host.requestUpdate();
      return;
    }
    // The element may have left the page, or re-rendered another container, while Leaflet loaded.
    if (!this.host.isConnected || this.#container !== container || !container.isConnected) return;
    adoptLeafletStyles(this.host.shadowRoot, module.leafletStyles);
    this.#view?.destroy();
    this.#view = new module.LeafletView(container, settings, { ...this.callbacks, rendered: () => this.#drawnNow() });
    this.#resize?.disconnect();
    this.#resize = new ResizeObserver(() => this.#view?.resize());
    this.#resize.observe(container);
    if (this.#fitPending) this.#fit();
    if (this.#origin) this.#view.setOrigin(this.#origin);
    if (this.#selected) {
      this.#view.select(this.#selected.index, this.#selected.at, this.#selected.reveal);
      if (this.#selected.reveal) this.#fitPending = false;
      this.#selected.reveal = false;
    }
    if (this.#index && this.#indexed === this.#points) this.#view.setIndex(this.#index);
    else void this.#buildIndex();
    this.status = 'ready';
    this.host.requestUpdate();
  }

  /**
   * The salons on the map: `[lng, lat, …]` per salon, in the order `select` refers to (kept, not
   * copied). The clustering index is built only while a map is shown: a list-only page never builds one.
   */
  setPoints(points: Float64Array, fit: boolean): void {
    this.#points = points;
    this.#fitPending ||= fit;
    this.#build?.abort();
    this.#indexed = undefined;
    this.drawn = new Promise((resolve) => (this.#resolveDrawn = resolve));
    if (this.#view) void this.#buildIndex();
    else if (!this.#container) this.#drawnNow();
  }

  async #buildIndex(): Promise<void> {
    if (this.#indexed === this.#points) return;
    const coords = (this.#indexed = this.#points);
    this.#build?.abort();
    const build = (this.#build = new AbortController());
    let index: ClusterIndex;
    try {
      index = await ClusterIndex.build(coords, build.signal);
    } catch {
      return; // superseded
    }
    if (build.signal.aborted || !this.#view) {
      index.dispose();
      return;
    }
    this.#index?.dispose();
    this.#index = index;
    this.inWorker = index.inWorker;
    if (this.#fitPending) this.#fit();
    this.#view.setIndex(index);
  }

  select(index: number | undefined, reveal = false): void {
    this.#selected = index === undefined ? undefined : { index, at: this.#pointAt(index), reveal: reveal && !this.#view };
    this.#view?.select(index ?? -1, this.#selected?.at, reveal);
  }

  setOrigin(point: LatLng | undefined, reveal = false): void {
    this.#origin = point;
    this.#view?.setOrigin(point, reveal);
  }

  setView(center: LatLng, zoom?: number): void {
    this.#fitPending = false;
    this.#view?.setView(center, zoom);
  }

  zoomBy(delta: number): void {
    this.#view?.zoomBy(delta);
  }

  #fit(): void {
    if (!this.#view) return;
    this.#fitPending = false;
    // The bounds in one pass over the numbers; the view fits to their two corners.
    const p = this.#points;
    if (!p.length) return;
    let west = Infinity;
    let south = Infinity;
    let east = -Infinity;
    let north = -Infinity;
    for (let i = 0; i < p.length; i += 2) {
      const lng = p[i]!;
      const lat = p[i + 1]!;
      if (lng < west) west = lng;
      if (lng > east) east = lng;
      if (lat < south) south = lat;
      if (lat > north) north = lat;
    }
    this.#view.fit([
      { lat: south, lng: west },
      { lat: north, lng: east },
    ]);
  }

  #pointAt(index: number): LatLng | undefined {
    return 2 * index + 1 < this.#points.length ? { lng: this.#points[2 * index]!, lat: this.#points[2 * index + 1]! } : undefined;
  }

  #drawnNow(): void {
    this.#resolveDrawn?.();
  }
}

const adopted = new WeakMap<ShadowRoot, CSSStyleSheet>();

/** Leaflet's stylesheet inside our shadow root, before our own styles so ours win. */
function adoptLeafletStyles(root: ShadowRoot | null, text: string): void {
  if (!root || adopted.has(root)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  adopted.set(root, sheet);
  root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
}
