import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  ChiikiSelectEvent,
  DataController,
  haversineKm,
  LocaleController,
  parseLatLng,
  registerLazyStrings,
  registerStrings,
  renderEmpty,
  renderError,
  renderLoading,
  renderProblems,
  salonKind,
  renderRuby,
  sourceFromElement,
  stateStyles,
  stripRuby,
  themeStyles,
  type DataEncoding,
  type DataFormat,
  type LatLng,
  type Salon,
} from '@chiiki/core';
import { styles } from './salon-finder.styles.js';
import { strings } from './strings.js';
import { lazyStrings } from './locales/lazy.js';
import { addFacets, emptyFacets, makeEntries, makeEntriesSliced, nextKey, searchText, type Facets, type SalonEntry } from './salon-entries.js';
import { pause } from './map/cluster-index.js';
import { DEFAULT_FILTERS, filterPredicate, sortEntries, sortKey, TopK, topEntries, type FilterState } from './filters.js';
import { renderFilterForm } from './filter-form.js';
import { PAGE as PAGE_SIZE, renderList } from './salon-list.js';
import { renderDetails } from './salon-details.js';
import { renderOriginForm } from './origin-form.js';
import { OriginController, type Origin } from './origin-controller.js';
import { MapController } from './map/map-controller.js';
import { readSelection, writeSelection } from './url-state.js';
import type { RenderContext } from './render-context.js';

/** 国土地理院 淡色地図 (GSI pale map): no API key. */
export const GSI_PALE_TILES = 'https://cyberjapandata.gsi.go.jp/xyz/pale/{z}/{x}/{y}.png';
const GSI_ATTRIBUTION = '地理院タイル https://maps.gsi.go.jp/development/ichiran.html';
/** Up to this many salons, next meetings and search text are prepared at once; above, in background slices. */
const SYNC_LIMIT = 1500;
const NARROW_PX = 600;
/** 大津町役場 (Ozu town, Kumamoto): only where nothing else tells us where to look. */
const FALLBACK_CENTER: LatLng = { lat: 32.879, lng: 130.868 };

/**
 * @summary Find a サロン / 通いの場 near you: a map and a synchronised, filterable list.
 *
 * The list is the keyboard path (Enter on an entry opens its details and shows it on the map); the
 * map (Leaflet, loaded only when a map is shown, 国土地理院 tiles by default) clusters the salons.
 * Data: `src`, the `data` property or an inline `<script type="application/json">` child; our JSON
 * model, GeoJSON, MHLW 通いの場 CSV (Shift_JIS) and 自治体標準 公共施設一覧 CSV (PRODUCT.md §3).
 *
 * @fires chiiki-load - After every successful read: `{ total, loaded, rejected, problems, source? }`.
 * @fires chiiki-error - The data cannot be read (`fetch-failed`, `http-status`, `timeout`, `parse-failed`, `empty`) or an action failed (`geolocation-denied`, `geolocation-unavailable`, `geocoder-failed`): `{ error: { code, message }, problems }`.
 * @fires chiiki-select - A salon was selected (list, map or URL): `{ item }`, the normalised salon.
 *
 * @csspart title - The heading.
 * @csspart filters - The filter form.
 * @csspart origin - The "where are you" controls.
 * @csspart list - The result list.
 * @csspart details - The selected salon's panel.
 * @csspart map - The map area.
 * @csspart loading - The "loading" notice.
 * @csspart empty - The notice when no salon matches (or the data has none).
 * @csspart problems - The notice about records that could not be (fully) used.
 * @csspart problem-table - The row/field table of data problems (with `debug`).
 * @csspart error - The load error with its retry button.
 * @csspart retry - The retry button of the load error.
 *
 * @cssproperty --chiiki-color-primary - Buttons and links.
 * @cssproperty --chiiki-color-on-primary - Text on primary buttons.
 * @cssproperty --chiiki-color-text - Text.
 * @cssproperty --chiiki-color-muted - Secondary text.
 * @cssproperty --chiiki-color-background - Background.
 * @cssproperty --chiiki-color-surface - Cards and panels.
 * @cssproperty --chiiki-color-border - Borders.
 * @cssproperty --chiiki-color-focus - Focus ring.
 * @cssproperty --chiiki-color-accent - Selected salon and markers.
 * @cssproperty --chiiki-color-danger - Error messages.
 * @cssproperty --chiiki-font-family - Font.
 * @cssproperty --chiiki-radius - Corner radius.
 * @cssproperty --chiiki-space - Base spacing.
 */
export class ChiikiSalonFinder extends LitElement {
  static override styles = [themeStyles, stateStyles, styles];

  static {
    // ja, ja-x-easy and en in the first load; the nine other locales are chunks loaded when first rendered in.
    registerStrings(strings);
    registerLazyStrings(lazyStrings);
  }

  readonly #i18n = new LocaleController(this);
  readonly #data = new DataController<Salon>(this, salonKind);
  readonly #origin = new OriginController(this);
  readonly #map = new MapController(this, {
    select: (index, viaKeyboard) => {
      const entry = this.#mapEntries[index];
      void viaKeyboard;
      if (entry) this.#select(entry, { focus: 'details', reveal: false });
    },
    pick: (point) => this.#origin.set({ ...point, source: 'map' }),
    clusterLabel: (count) => stripRuby(this.#i18n.t('salonFinder.map.cluster', { count })),
    pointLabel: (index) => this.#mapEntries[index]?.salon.name ?? '',
    originLabel: () => stripRuby(this.#i18n.t('salonFinder.map.origin')),
  });

  #entries: SalonEntry[] = [];
  /** The salons that pass the filters, in data order. */
  #results: SalonEntry[] = [];
  /** The first `limit` of them in display order (the list). */
  #shown: SalonEntry[] = [];
  #sortBy: (entry: SalonEntry) => number = (e) => e.index;
  #mapEntries: SalonEntry[] = [];
  #districts: string[] = [];
  #audiences = new Set<string>();
  #activities = new Set<string>();
  #lastResult?: unknown;
  #resize?: ResizeObserver;
  #focusAfterUpdate?: 'details' | { id: string };
  #restored = false;
  #memo: unknown[] = [];
  /** Whether every entry's next meeting and search text are ready (large data: after the background job). */
  #prepared = true;
  #prepareJob?: object;
  #filterJob?: object;
  #adoptJob?: object;
  /** New entries not yet published to the list and map (fit the map to them). */
  #fresh = false;
  #urlSelectionPending = false;
  /** The element was removed while its data was still being read or prepared: resume when it is back. */
  #interrupted = false;

  @state() private filters: FilterState = { ...DEFAULT_FILTERS, weekdays: [] };
  @state() private limit = PAGE_SIZE;
  @state() private selectedId?: string;
  @state() private narrow = false;
  @state() private mapOpen = false;
  /** Large data is being filtered in the background. */
  @state() private filtering = false;

  /** URL of the data (JSON, GeoJSON or CSV). */
  @property({ type: String }) src = '';

  /** The salons as a property: our JSON model (array), a GeoJSON FeatureCollection, or CSV text. Wins over `src`. */
  @property({ attribute: false }) data?: unknown;

  /** `auto`, `json`, `geojson` or `csv`. */
  @property({ type: String }) format: DataFormat = 'auto';

  /** `auto` (BOM, then UTF-8, then Shift_JIS), `utf-8`, `shift_jis` or `utf-16`. */
  @property({ type: String }) encoding: DataEncoding = 'auto';

  /** For a CSV in no known layout: JSON `{ "field": "header" }` (dot paths for nested fields). */
  @property({
    converter: {
      fromAttribute: (value: string | null) => {
        try {
          return value ? (JSON.parse(value) as Record<string, string>) : undefined;
        } catch {
          return undefined;
        }
      },
    },
  })
  columns?: Record<string, string>;

  /** `both` (map and list), `list` or `map`. Below 600 px wide, `both` shows the list first with a map button. */
  @property({ type: String, reflect: true }) view: 'both' | 'list' | 'map' = 'both';

  /** Map tile URL template (`{z}/{x}/{y}`); default (empty) 国土地理院 淡色地図. A local path or a `data:` URL works offline. */
  @property({ type: String, attribute: 'tile-url' }) tileUrl = '';

  /**
   * Credit shown on the map: text, optionally followed by a link URL ("地理院タイル https://…").
   * Default (empty): the 地理院タイル credit when the default tiles are used.
   */
  @property({ type: String, attribute: 'tile-attribution' }) tileAttribution = '';

  /** `none` hides the address search. */
  @property({ type: String }) geocoder = '';

  /** Address search endpoint (query in `q`); default the 国土地理院 address search. */
  @property({ type: String, attribute: 'geocoder-url' }) geocoderUrl = '';

  /** Start from this point ("lat,lng"): distances and nearest-first order. */
  @property({ type: String }) near = '';

  /** Map centre ("lat,lng"); default: fit the salons. */
  @property({ type: String }) center = '';

  /** Map zoom (with `center`). */
  @property({ type: Number }) zoom = 14;

  /** Keep the selected salon in the URL fragment (`#salon=ID`, or `#<id>.salon=ID`). */
  @property({ type: Boolean, attribute: 'url-state' }) urlState = false;

  /** Shows the full row/field table of data problems (for staff). */
  @property({ type: Boolean, reflect: true }) debug = false;

  /** The data's credit, shown under the list ("出典：大津町（CC BY 4.0）"). */
  @property({ type: String, attribute: 'data-attribution' }) dataAttribution = '';

  /** Where residents report a mistake in the data ("データの誤りを知らせる"). */
  @property({ type: String, attribute: 'report-url' }) reportUrl = '';

  /** `light`, `dark` or `high-contrast`. */
  @property({ type: String, reflect: true }) theme = 'light';

  /** The reference time for "today" and next meetings; default: now. For printed listings and tests. */
  @property({ attribute: false }) now?: Date;

  override connectedCallback(): void {
    super.connectedCallback();
    // Known before the first render, so a narrow page never starts loading a map it does not show.
    const width = this.getBoundingClientRect().width;
    if (width > 0) this.narrow = width < NARROW_PX;
    this.#resize = new ResizeObserver(([entry]) => {
      const narrow = (entry?.contentRect.width ?? NARROW_PX) < NARROW_PX;
      // Next frame: re-laying out inside a ResizeObserver callback would loop.
      if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
    });
    this.#resize.observe(this);
    window.addEventListener('hashchange', this.#onHashChange);
    if (this.#interrupted) this.#resume();
  }

  override disconnectedCallback(): void {
    // Work cut short below (the read is aborted by the DataController, the slices stop) resumes on reconnect.
    this.#interrupted = this.#data.state === 'loading' || !!this.#adoptJob || !!this.#filterJob || !!this.#prepareJob;
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#prepareJob = undefined;
    this.#filterJob = undefined;
    this.#adoptJob = undefined;
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('src') || changed.has('data') || changed.has('format') || changed.has('encoding') || changed.has('columns')) {
      this.#load();
    }
    if (changed.has('near')) {
      const near = parseLatLng(this.near);
      this.#origin.set(near ? { ...near, source: 'near' } : undefined);
    }
    const dataChanged = this.#data.result !== this.#lastResult;
    if (dataChanged) this.#takeData();
    this.#refresh(dataChanged);
    if (this.#urlSelectionPending && this.#data.state === 'ready') {
      this.#urlSelectionPending = false;
      this.#restoreFromUrl();
    }
  }

  protected override updated(): void {
    const container = this.renderRoot.querySelector<HTMLElement>('.map');
    if (container) {
      void this.#map.show(container, { tileUrl: this.tileUrl || GSI_PALE_TILES, center: parseLatLng(this.center) ?? FALLBACK_CENTER, zoom: this.zoom });
    } else this.#map.hide();
    const focus = this.#focusAfterUpdate;
    this.#focusAfterUpdate = undefined;
    if (focus === 'details') this.renderRoot.querySelector<HTMLElement>('#details-title')?.focus();
    else if (focus) this.renderRoot.querySelector<HTMLElement>(`li[data-id="${CSS.escape(focus.id)}"] .item-button`)?.focus();
  }

  /** Resolves when the map (if shown) has drawn the current salons. */
  get mapReady(): Promise<void> {
    return this.updateComplete.then(() => this.#map.drawn);
  }

  /** The salons after filtering, in display order (read-only). */
  get results(): Salon[] {
    return sortEntries(this.#results, this.#sortBy).map((e) => e.salon);
  }

  /** Selects a salon by id (as a click on it would, without moving focus); `undefined` clears. */
  selectSalon(id: string | undefined): void {
    const entry = id === undefined ? undefined : this.#entries.find((e) => e.salon.id === id);
    if (entry) this.#select(entry, { focus: undefined, reveal: true });
    else this.#clearSelection(false);
  }

  #load(): void {
    this.#interrupted = false;
    void this.#data.load(sourceFromElement(this, this.src, this.data), {
      format: this.format,
      encoding: this.encoding,
      ...(this.columns ? { columns: this.columns } : {}),
    });
  }

  /**
   * Back in the page after a removal mid-load (a CMS re-parenting widgets, a tab panel, a framework
   * re-mounting the node): the aborted read starts again; data already read is prepared again.
   */
  #resume(): void {
    this.#interrupted = false;
    if (!this.hasUpdated) return;
    if (this.#data.state === 'loading') {
      this.#load();
      return;
    }
    // The slices of a large data set stopped on disconnect: adopt, prepare and filter again.
    this.#lastResult = undefined;
    this.#memo = [];
    this.requestUpdate();
  }

  #takeData(): void {
    this.#lastResult = this.#data.result;
    const records = this.#data.result?.records ?? [];
    const job = (this.#adoptJob = {});
    if (records.length <= SYNC_LIMIT) {
      this.#adoptJob = undefined;
      this.#adopt(makeEntries(records));
    } else {
      // Large data: even making the working copy is sliced, so the page stays responsive.
      this.#adopt([]);
      this.filtering = true;
      void makeEntriesSliced(records, pause, () => job === this.#adoptJob).then((made) => {
        if (!made || job !== this.#adoptJob) return;
        this.#adoptJob = undefined;
        this.#adopt(made.entries, made.facets);
        this.#memo = [];
        this.requestUpdate();
      });
    }
  }

  /** `facets`: already collected (large data, in the slices that made the entries). */
  #adopt(entries: SalonEntry[], facets?: Facets): void {
    this.#entries = entries;
    this.#fresh = true;
    if (!facets) {
      facets = emptyFacets();
      for (const { salon } of entries) addFacets(facets, salon);
    }
    this.#audiences = facets.audiences;
    this.#activities = facets.activities;
    this.#districts = [...facets.districts].sort(new Intl.Collator('ja').compare);
    this.limit = PAGE_SIZE;
    this.#prepared = entries.length <= SYNC_LIMIT;
    if (!this.#prepared) void this.#prepare(entries);
    this.#restored = false;
    this.#urlSelectionPending = this.urlState && this.#data.state === 'ready' && (entries.length > 0 || !this.#data.result?.records.length);
  }

  /** Filters, distances and sorting; pushes the salons with a position to the map when they changed. */
  #refresh(dataChanged: boolean): void {
    const now = this.now ?? new Date();
    const origin = this.#origin.origin;
    // Filtering 150,000 salons on every render would be wasted work: only when an input changed.
    const memo = [this.#entries, this.filters, origin, Math.floor(now.getTime() / 60_000), this.#prepared, this.limit];
    if (!dataChanged && memo.every((k, i) => k === this.#memo[i])) return;
    const onlyMore = !dataChanged && memo.every((k, i) => i === 5 || k === this.#memo[i]);
    this.#memo = memo;
    this.#sortBy = sortKey(!!origin, this.#prepared, now);
    if (onlyMore) {
      this.#shown = topEntries(this.#results, this.limit, this.#sortBy);
      return;
    }
    if (this.#entries.length > SYNC_LIMIT) {
      void this.#refreshSliced(dataChanged, now, origin);
      return;
    }
    // A sliced pass still running (for larger data read before) must not publish over this one.
    this.#filterJob = undefined;
    if (this.filtering && !this.#adoptJob) this.filtering = false;
    const keep = filterPredicate(this.filters, now);
    const results: SalonEntry[] = [];
    for (const entry of this.#entries) {
      entry.km = origin && entry.pinned ? haversineKm(origin, { lat: entry.salon.lat!, lng: entry.salon.lng! }) : undefined;
      if (keep(entry)) results.push(entry);
    }
    this.#publish(results, dataChanged, origin);
  }

  /** Large data: the same pass in slices of about 8 ms; the newest pass wins. */
  async #refreshSliced(dataChanged: boolean, now: Date, origin: Origin | undefined): Promise<void> {
    const job = (this.#filterJob = {});
    this.filtering = true;
    const keep = filterPredicate(this.filters, now);
    const entries = this.#entries;
    const results: SalonEntry[] = [];
    // Ranked and split out for the map in the same slices: nothing over all the salons runs in one task.
    const top = new TopK(this.limit, this.#sortBy);
    const pinned: SalonEntry[] = [];
    let start = performance.now();
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      entry.km = origin && entry.pinned ? haversineKm(origin, { lat: entry.salon.lat!, lng: entry.salon.lng! }) : undefined;
      if (keep(entry)) {
        results.push(entry);
        top.add(entry);
        if (entry.pinned) pinned.push(entry);
      }
      if ((i & 255) === 255 && performance.now() - start > 8) {
        await pause();
        if (job !== this.#filterJob) return;
        start = performance.now();
      }
    }
    this.#filterJob = undefined;
    this.filtering = false;
    this.#publish(results, dataChanged, origin, top.entries, pinned);
    this.requestUpdate();
  }

  /**
   * The filtered salons become the list (first `limit`, in order) and the map's points; `shown` and
   * `mapEntries` when the sliced pass already worked them out.
   */
  #publish(results: SalonEntry[], dataChanged: boolean, origin: Origin | undefined, shown?: SalonEntry[], pinned?: SalonEntry[]): void {
    const fresh = dataChanged || this.#fresh;
    this.#fresh = false;
    this.#shown = shown ?? topEntries(results, this.limit, this.#sortBy);
    const mapEntries = pinned ?? results.filter((e) => e.pinned);
    const same = !fresh && mapEntries.length === this.#mapEntries.length && mapEntries.every((e, i) => this.#mapEntries[i] === e);
    this.#results = results;
    if (!same) {
      this.#mapEntries = mapEntries;
      const coords = new Float64Array(mapEntries.length * 2);
      for (let i = 0; i < mapEntries.length; i++) {
        coords[2 * i] = mapEntries[i]!.salon.lng!;
        coords[2 * i + 1] = mapEntries[i]!.salon.lat!;
      }
      this.#map.setPoints(
        coords,
        fresh && !parseLatLng(this.center) && !origin,
      );
      const selected = this.selectedId === undefined ? -1 : mapEntries.findIndex((e) => e.salon.id === this.selectedId);
      this.#map.select(selected >= 0 ? selected : undefined);
    }
    this.#map.setOrigin(origin);
  }

  /**
   * Large data: computes every salon's next meeting and search text in slices of about 8 ms, so no
   * long task follows the data's arrival; the list is in data order until then, then re-sorted.
   */
  async #prepare(entries: SalonEntry[]): Promise<void> {
    const job = (this.#prepareJob = {});
    const now = this.now ?? new Date();
    let start = performance.now();
    for (let i = 0; i < entries.length; i++) {
      nextKey(entries[i]!, now);
      searchText(entries[i]!);
      if ((i & 31) === 31 && performance.now() - start > 8) {
        await pause();
        if (job !== this.#prepareJob) return;
        start = performance.now();
      }
    }
    this.#prepareJob = undefined;
    this.#prepared = true;
    this.requestUpdate();
  }

  #restoreFromUrl(): void {
    if (this.#restored) return;
    this.#restored = true;
    const id = readSelection(this.id);
    const entry = id ? this.#entries.find((e) => e.salon.id === id) : undefined;
    // Restoring never moves focus: the resident may already be somewhere else on the page.
    if (entry) queueMicrotask(() => this.#select(entry, { focus: undefined, reveal: true }));
  }

  readonly #onHashChange = () => {
    if (!this.urlState) return;
    const id = readSelection(this.id);
    if (id === this.selectedId) return;
    const entry = id ? this.#entries.find((e) => e.salon.id === id) : undefined;
    if (entry) this.#select(entry, { focus: undefined, reveal: true });
    else this.#clearSelection(false);
  };

  #select(entry: SalonEntry, options: { focus: 'details' | undefined; reveal: boolean }): void {
    this.selectedId = entry.salon.id;
    // A salon hidden by the filters or beyond "show more" is still shown: in the details panel.
    const index = this.#mapEntries.indexOf(entry);
    this.#map.select(index >= 0 ? index : undefined, options.reveal || index >= 0);
    if (this.urlState) writeSelection(this.id, entry.salon.id);
    this.#focusAfterUpdate = options.focus;
    this.dispatchEvent(new ChiikiSelectEvent<Salon>(entry.salon));
  }

  #clearSelection(returnFocus: boolean): void {
    const id = this.selectedId;
    this.selectedId = undefined;
    this.#map.select(undefined);
    if (this.urlState) writeSelection(this.id, undefined);
    if (returnFocus && id) this.#focusAfterUpdate = { id };
  }

  #changeFilters(patch: Partial<FilterState>): void {
    this.filters = { ...this.filters, ...patch };
    this.limit = PAGE_SIZE;
  }

  #pickDistrict(district: string): void {
    if (!district) {
      if (this.#origin.origin?.source === 'district') this.#origin.set(undefined);
      return;
    }
    const points = this.#entries.filter((e) => e.salon.district === district && e.pinned);
    if (!points.length) return;
    const lat = points.reduce((s, e) => s + e.salon.lat!, 0) / points.length;
    const lng = points.reduce((s, e) => s + e.salon.lng!, 0) / points.length;
    this.#origin.set({ lat, lng, source: 'district', label: district });
    this.#map.setView({ lat, lng }, 15);
  }

  #setOriginFromSearch = async (query: string) => {
    await this.#origin.search(query, this.geocoderUrl, this.baseURI);
    const origin: Origin | undefined = this.#origin.origin;
    if (origin?.source === 'address') this.#map.setView(origin, 15);
  };

  #locate = async () => {
    await this.#origin.locate();
    const origin = this.#origin.origin;
    if (origin?.source === 'geolocation') this.#map.setView(origin, 15);
  };

  get #ctx(): RenderContext {
    return { locale: this.#i18n.locale, t: (key, options) => this.#i18n.t(key, options) };
  }

  #mapShown(): boolean {
    return this.view === 'map' || (this.view !== 'list' && (!this.narrow || this.mapOpen));
  }

  override render() {
    const ctx = this.#ctx;
    const t = ctx.t;
    const state = this.#data.state;
    const result = this.#data.result;
    const now = this.now ?? new Date();
    const selected = this.selectedId ? this.#entries.find((e) => e.salon.id === this.selectedId) : undefined;
    const showList = this.view !== 'map';
    const showMap = this.#mapShown();
    const details = selected
      ? renderDetails(ctx, { entry: selected, now, reportUrl: this.reportUrl, close: () => this.#clearSelection(true) })
      : nothing;
    return html`<div class="finder ${this.narrow ? 'narrow' : 'wide'} view-${this.view}">
      <h2 part="title">${renderRuby(t('salonFinder.name'))}</h2>
      ${state === 'loading' ? renderLoading(ctx) : nothing}
      ${state === 'error' && this.#data.error ? renderError(ctx, this.#data.error, () => void this.#data.retry()) : nothing}
      ${result ? renderProblems(ctx, result.problems, { debug: this.debug }) : nothing}
      <div class="controls">
        ${renderOriginForm(ctx, {
          origin: this.#origin,
          districts: this.#districts,
          geocoder: this.geocoder !== 'none',
          locate: () => void this.#locate(),
          search: (q) => void this.#setOriginFromSearch(q),
          pickDistrict: (d) => this.#pickDistrict(d),
          clear: () => this.#origin.set(undefined),
        })}
        ${renderFilterForm(ctx, {
          filters: this.filters,
          districts: this.#districts,
          audiences: this.#audiences,
          activities: this.#activities,
          change: (patch) => this.#changeFilters(patch),
          reset: () => this.#changeFilters({ ...DEFAULT_FILTERS, weekdays: [] }),
        })}
      </div>
      <div class="summary">
        <p class="count" role="status" aria-live="polite">${state !== 'ready'
            ? ''
            : this.filtering && !this.#results.length
              ? renderRuby(t('salonFinder.filtering'))
              : renderRuby(t('salonFinder.count', { total: this.#entries.length, count: this.#results.length }))}</p>
        ${state === 'ready' && this.#results.length
          ? html`<p class="sort muted">${renderRuby(t(this.#origin.origin ? 'salonFinder.sortDistance' : this.#prepared ? 'salonFinder.sortNext' : 'salonFinder.sorting'))}</p>`
          : nothing}
        ${this.view === 'both' && this.narrow
          ? html`<button type="button" class="button map-toggle" aria-expanded=${this.mapOpen ? 'true' : 'false'} @click=${() => (this.mapOpen = !this.mapOpen)}>
              ${renderRuby(t(this.mapOpen ? 'salonFinder.map.hide' : 'salonFinder.map.show'))}
            </button>`
          : nothing}
      </div>
      <div class="panes">
        ${showMap ? this.#renderMap(ctx) : nothing}
        ${showList
          ? html`<div class="list-pane">
              ${details}
              ${state === 'ready' && !this.filtering && !this.#results.length
                ? renderEmpty(ctx, this.#entries.length ? t('salonFinder.noMatch') : undefined)
                : nothing}
              ${renderList(ctx, {
                entries: this.#shown,
                total: this.#results.length,
                selectedId: this.selectedId,
                now,
                select: (entry) => this.#select(entry, { focus: 'details', reveal: true }),
                more: () => (this.limit += PAGE_SIZE),
              })}
            </div>`
          : html`<div class="list-pane">${details}</div>`}
      </div>
      <footer class="credits">
        ${this.dataAttribution ? html`<p>${this.dataAttribution}</p>` : nothing}
        ${this.reportUrl ? html`<p><a href=${this.reportUrl}>${renderRuby(t('salonFinder.report'))}</a></p>` : nothing}
      </footer>
    </div>`;
  }

  #renderMap(ctx: RenderContext) {
    const t = ctx.t;
    const attribution = this.tileAttribution || (this.tileUrl && this.tileUrl !== GSI_PALE_TILES ? '' : GSI_ATTRIBUTION);
    const credit = /^(.*?)\s*(https?:\/\/\S+)\s*$/.exec(attribution);
    return html`<div class="map-pane" role="region" aria-label=${stripRuby(t('salonFinder.map.label'))}>
      <p class="visually-hidden">${stripRuby(t('salonFinder.map.note'))}</p>
      <div class="map" part="map"></div>
      <div class="map-zoom">
        <button type="button" class="button icon" aria-label=${stripRuby(t('salonFinder.map.zoomIn'))} @click=${() => this.#map.zoomBy(1)}>＋</button>
        <button type="button" class="button icon" aria-label=${stripRuby(t('salonFinder.map.zoomOut'))} @click=${() => this.#map.zoomBy(-1)}>－</button>
      </div>
      <p class="attribution">
        ${credit ? html`<a href=${credit[2]!} target="_blank" rel="noopener noreferrer">${credit[1] || credit[2]}</a>` : attribution}
      </p>
      ${this.#map.status === 'failed' ? html`<p class="notice map-failed" role="status">${renderRuby(t('salonFinder.map.failed'))}</p>` : nothing}
    </div>`;
  }
}
