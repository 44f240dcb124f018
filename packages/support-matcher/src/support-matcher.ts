import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  ChiikiError,
  ChiikiErrorEvent,
  ChiikiLoadEvent,
  ChiikiProgressEvent,
  ChiikiResultEvent,
  ChiikiSubmitEvent,
  LocaleController,
  ensureStrings,
  registerLazyStrings,
  registerStrings,
  renderRuby,
  sourceFromElement,
  stripRuby,
  themeStyles,
  type DataSource,
} from '@chiiki/core';
import { CATEGORIES, DAYS, normalizeList, normalizeNeed, normalizeOffer, type Category, type Day, type MatchProblem, type MatchResult, type Need, type Offer, type PairRef } from './engine/index.js';
import { MatchRunner } from './match-runner.js';
import { counts, download, gapTable, readRows, residentResults, resultCsv } from './support-data.js';
import { styles } from './support-matcher.styles.js';
import { en } from './locales/en.js';
import { ja } from './locales/ja.js';
import { LAZY_LOCALES } from './locales/lazy.js';

/** Icons shown beside each category label (decorative: the text is the name). */
const ICONS: Record<Category, string> = {
  'safety-check': '👋',
  consultation: '💬',
  childcare: '🧸',
  'study-support': '📚',
  shopping: '🛒',
  housework: '🧹',
  outing: '🚶',
  garbage: '🗑️',
  'sick-care': '🩺',
  'care-respite': '🤝',
  disaster: '⛑️',
  conversation: '☕',
  other: '➕',
};

/** What a resident sends to `submit-url` (PRODUCT.md §5). */
export interface ResidentSubmission {
  mode: 'need' | 'offer';
  categories: string[];
  district?: string;
  lat?: number;
  lng?: number;
  days?: Day[];
  note?: string;
  lang: string;
  consent: true;
}

/** The coordinator's work as saved to and reopened from a JSON file. */
export interface SavedWork {
  format: 'chiiki-support-matcher-work';
  version: 1;
  needs: unknown[];
  offers: unknown[];
  options: { maxKm?: number; fixed: PairRef[]; excluded: PairRef[] };
}

type SortKey = 'need' | 'category' | 'offer' | 'kind' | 'district' | 'km';
type Row = { needId: string; category: string; offerId: string; km: number; offer?: Offer; need?: Need; fixed: boolean };

const samePair = (a: PairRef, b: PairRef) => a.needId === b.needId && a.offerId === b.offerId && a.category === b.category;

/**
 * @summary 支援してほしいこと ↔ 支援できること: a resident finds who can help (or whom to help), and a
 * coordinator computes the optimal assignment of needs to offers.
 *
 * `mode="resident"` (default) reads `offers-src` and shows groups, services and salons that fit the
 * chosen categories, district or location and days, nearest first; volunteers appear only behind the
 * channel that connects them (社協). Nothing leaves the browser unless `submit-url` is set and the
 * resident ticks the consent box. `mode="coordinator"` reads `needs-src` / `offers-src` or local files
 * (CSV from Excel in UTF-8 or Shift_JIS, or JSON), solves exactly (most pairs served, then least
 * km) in a worker, and offers fix/exclude, a gap chart, CSV export, print and save/reopen.
 *
 * @fires chiiki-load - After each source is read: `{ total, loaded, rejected, problems, source? }`.
 * @fires chiiki-error - A source cannot be read, or a submission failed (`submit-failed`).
 * @fires chiiki-progress - While solving: `{ done, total }`.
 * @fires chiiki-result - After each solve: the engine's `{ matches, unmatched, problems, stats }`.
 * @fires chiiki-submit - A resident's submission was sent: `{ payload, status }`.
 *
 * @csspart title - The heading.
 * @csspart chip - A category or day chip.
 * @csspart results - The resident's result list.
 * @csspart table - The coordinator's assignment table.
 * @csspart chart - A needs-vs-offers chart.
 *
 * @cssproperty --chiiki-color-primary - Main colour of controls and need bars.
 * @cssproperty --chiiki-color-accent - Colour of offer bars.
 * @cssproperty --chiiki-color-focus - Focus ring.
 * @cssproperty --chiiki-radius - Corner radius.
 * @cssproperty --chiiki-space - Base spacing.
 */
export class ChiikiSupportMatcher extends LitElement {
  static override styles = [themeStyles, styles];

  static {
    // ja and en in the first load; the ten other locales are chunks loaded when first rendered in.
    registerStrings({ ja, en });
    registerLazyStrings(LAZY_LOCALES);
  }

  readonly #i18n = new LocaleController(this);
  readonly #runner = new MatchRunner();
  #loadToken = 0;

  @state() private _offersRows?: unknown[];
  @state() private _needsRows?: unknown[];
  @state() private _offersName = '';
  @state() private _needsName = '';
  @state() private _loadError?: string;
  @state() private _loading = false;
  // Resident
  @state() private _direction: 'need' | 'offer' = 'need';
  @state() private _categories: string[] = [];
  @state() private _district = '';
  @state() private _location?: { lat: number; lng: number };
  @state() private _locationMessage = '';
  @state() private _days: Day[] = [];
  @state() private _note = '';
  @state() private _consent = false;
  @state() private _submitState: 'idle' | 'sending' | 'sent' | 'failed' = 'idle';
  // Coordinator
  @state() private _result?: MatchResult;
  @state() private _fixed: PairRef[] = [];
  @state() private _excluded: PairRef[] = [];
  @state() private _solving = false;
  @state() private _progress = { done: 0, total: 0 };
  @state() private _status = '';
  @state() private _sort: { key: SortKey; dir: 1 | -1 } = { key: 'need', dir: 1 };
  @state() private _filter = '';
  @state() private _filterCategory = '';
  @state() private _dragOver = '';

  /** `resident` (find help or a way to help) or `coordinator` (assign needs to offers). */
  @property({ type: String, reflect: true }) mode: 'resident' | 'coordinator' = 'resident';

  /** URL of the offers (支援できること): JSON array or CSV. */
  @property({ type: String, attribute: 'offers-src' }) offersSrc = '';

  /** URL of the needs (支援してほしいこと), coordinator mode: JSON array or CSV. */
  @property({ type: String, attribute: 'needs-src' }) needsSrc = '';

  /** Offers as a property (wins over `offers-src`). */
  @property({ attribute: false }) offers?: unknown[];

  /** Needs as a property (wins over `needs-src`). */
  @property({ attribute: false }) needs?: unknown[];

  /** Where a resident's request is POSTed as JSON, only after consent. Without it nothing is sent. */
  @property({ type: String, attribute: 'submit-url' }) submitUrl = '';

  /** Distance limit in km for offers without their own `maxKm` (resident results and solving). */
  @property({ type: Number, attribute: 'max-km' }) maxKm?: number;

  /** `auto|json|csv` for the sources. */
  @property({ type: String }) format: 'auto' | 'json' | 'csv' = 'auto';

  /** `auto|utf-8|shift_jis|utf-16` for the sources. */
  @property({ type: String }) encoding: 'auto' | 'utf-8' | 'shift_jis' | 'utf-16' = 'auto';

  /** Shows the full row/field problem table (for staff). */
  @property({ type: Boolean }) debug = false;

  /** `light|dark|high-contrast`. */
  @property({ type: String, reflect: true }) theme = 'light';

  /** Attribution shown with the data, e.g. "出典：さくら町社会福祉協議会". */
  @property({ type: String, attribute: 'data-attribution' }) dataAttribution = '';

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#runner.dispose();
  }

  /** Also waits for the strings of a locale loaded on demand (and the render they cause). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await ensureStrings(this.#i18n.locale);
    return (await super.getUpdateComplete()) && done;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('offersSrc') || changed.has('offers') || changed.has('needsSrc') || changed.has('needs') || changed.has('mode')) {
      void this.#loadSources();
    }
  }

  // ——— loading ———

  async #loadSources(): Promise<void> {
    const token = ++this.#loadToken;
    const offerSource = sourceFromElement(this, this.offersSrc, this.offers);
    const needSource: DataSource | undefined =
      this.mode === 'coordinator' ? (this.needs ? { kind: 'value', value: this.needs } : this.needsSrc ? { kind: 'url', url: new URL(this.needsSrc, this.baseURI).href } : undefined) : undefined;
    if (!offerSource && !needSource) return;
    this._loading = true;
    this._loadError = undefined;
    try {
      const [offers, needs] = await Promise.all([offerSource ? this.#read(offerSource) : undefined, needSource ? this.#read(needSource) : undefined]);
      if (token !== this.#loadToken) return;
      if (offers) {
        this._offersRows = offers.rows;
        this._offersName = offerSource?.kind === 'url' ? offerSource.url.split('/').pop() ?? '' : '';
        this.#announceLoad('offers', offers.rows, offers.total, offerSource);
      }
      if (needs) {
        this._needsRows = needs.rows;
        this._needsName = needSource?.kind === 'url' ? needSource.url.split('/').pop() ?? '' : '';
        this.#announceLoad('needs', needs.rows, needs.total, needSource);
      }
      if (this.mode === 'coordinator' && this._needsRows && this._offersRows) void this.solve();
    } catch (error) {
      if (token !== this.#loadToken) return;
      this.#fail(error);
    } finally {
      if (token === this.#loadToken) this._loading = false;
    }
  }

  #read(source: DataSource) {
    return readRows(source, { format: this.format, encoding: this.encoding });
  }

  #announceLoad(list: 'needs' | 'offers', rows: unknown[], total: number, source?: DataSource) {
    const problems: MatchProblem[] = [];
    if (list === 'needs') validNeedsWith(rows, problems);
    else validOffersWith(rows, problems);
    const detail = counts(total, problems, list);
    this.dispatchEvent(new ChiikiLoadEvent({ ...detail, ...(source?.kind === 'url' ? { source: source.url } : {}) }));
  }

  #fail(error: unknown) {
    const e = error instanceof ChiikiError ? error : new ChiikiError('parse-failed', String(error));
    this._loadError = e.code;
    this.dispatchEvent(new ChiikiErrorEvent({ error: { code: e.code, message: e.message }, problems: e.problems }));
  }

  async #readFile(file: File, list: 'needs' | 'offers' | 'work') {
    try {
      const bytes = await file.arrayBuffer();
      if (list === 'work') {
        const work = JSON.parse(new TextDecoder().decode(bytes)) as SavedWork;
        this.openWork(work);
        return;
      }
      const { rows, total } = await readRows({ kind: 'bytes', bytes, name: file.name }, { format: this.format, encoding: this.encoding });
      if (list === 'needs') {
        this._needsRows = rows;
        this._needsName = file.name;
      } else {
        this._offersRows = rows;
        this._offersName = file.name;
      }
      this._fixed = [];
      this._excluded = [];
      this.#announceLoad(list, rows, total);
      if (this._needsRows && this._offersRows) void this.solve();
    } catch (error) {
      if (list === 'work') {
        this._status = this.#t('matcher.coordinator.openFailed');
        return;
      }
      this.#fail(error);
    }
  }

  // ——— handlers ———

  #onFile(event: Event, list: 'needs' | 'offers' | 'work') {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void this.#readFile(file, list);
    input.value = '';
  }

  #onDrop(event: DragEvent, list: 'needs' | 'offers') {
    event.preventDefault();
    this._dragOver = '';
    const file = event.dataTransfer?.files?.[0];
    if (file) void this.#readFile(file, list);
  }

  #onDragOver(event: DragEvent, list: 'needs' | 'offers') {
    event.preventDefault();
    this._dragOver = list;
  }

  #toggle<T>(list: T[], value: T, on: boolean): T[] {
    return on ? (list.includes(value) ? list : [...list, value]) : list.filter((v) => v !== value);
  }

  #useLocation() {
    if (this._location) {
      this._location = undefined;
      return;
    }
    if (!('geolocation' in navigator)) {
      this._locationMessage = this.#t('matcher.resident.locationFailed');
      this.dispatchEvent(new ChiikiErrorEvent({ error: { code: 'geolocation-unavailable', message: 'no geolocation' }, problems: [] }));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (position) => {
        this._location = { lat: position.coords.latitude, lng: position.coords.longitude };
        this._locationMessage = this.#t('matcher.resident.locationOn');
      },
      (error) => {
        this._locationMessage = this.#t('matcher.resident.locationFailed');
        const code = error.code === 1 ? 'geolocation-denied' : 'geolocation-unavailable';
        this.dispatchEvent(new ChiikiErrorEvent({ error: { code, message: error.message }, problems: [] }));
      },
      { enableHighAccuracy: false, timeout: 10000, maximumAge: 600000 },
    );
  }

  async #submit(event: Event) {
    event.preventDefault();
    if (!this.submitUrl || !this._consent || !this._categories.length || this._submitState === 'sending') return;
    const payload = this.residentPayload();
    this._submitState = 'sending';
    try {
      const response = await fetch(new URL(this.submitUrl, this.baseURI).href, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(payload),
        credentials: 'omit',
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this._submitState = 'sent';
      this.dispatchEvent(new ChiikiSubmitEvent(payload, response.status));
    } catch (error) {
      this._submitState = 'failed';
      this.dispatchEvent(new ChiikiErrorEvent({ error: { code: 'submit-failed', message: String(error) }, problems: [] }));
    }
  }

  #sortBy(key: SortKey) {
    this._sort = this._sort.key === key ? { key, dir: this._sort.dir === 1 ? -1 : 1 } : { key, dir: 1 };
  }

  #fix(row: Row) {
    const pair = { needId: row.needId, offerId: row.offerId, category: row.category };
    this._fixed = row.fixed ? this._fixed.filter((p) => !samePair(p, pair)) : [...this._fixed, pair];
  }

  #exclude(row: Row) {
    const pair = { needId: row.needId, offerId: row.offerId, category: row.category };
    this._fixed = this._fixed.filter((p) => !samePair(p, pair));
    if (!this._excluded.some((p) => samePair(p, pair))) this._excluded = [...this._excluded, pair];
    void this.solve();
  }

  // ——— public methods ———

  /** The JSON a resident's consented submission sends (PRODUCT.md §5). */
  residentPayload(): ResidentSubmission {
    const payload: ResidentSubmission = { mode: this._direction, categories: CATEGORIES.filter((c) => this._categories.includes(c)), lang: this.#i18n.locale, consent: true };
    const out: Record<string, unknown> = { mode: payload.mode, categories: payload.categories };
    if (this._district) out.district = this._district;
    if (this._location) {
      out.lat = this._location.lat;
      out.lng = this._location.lng;
    }
    if (this._days.length) out.days = DAYS.filter((d) => this._days.includes(d));
    if (this._note.trim()) out.note = this._note.trim();
    out.lang = payload.lang;
    out.consent = true;
    return out as unknown as ResidentSubmission;
  }

  /**
   * Solves the loaded needs and offers with the current fixed/excluded pairs (in a worker when
   * possible). Resolves the result, or `undefined` when cancelled or nothing is loaded.
   */
  async solve(): Promise<MatchResult | undefined> {
    if (!this._needsRows || !this._offersRows) return undefined;
    this._solving = true;
    this._progress = { done: 0, total: 0 };
    this._status = this.#t('matcher.coordinator.solving');
    const options = { ...(typeof this.maxKm === 'number' && !Number.isNaN(this.maxKm) ? { maxKm: this.maxKm } : {}), fixed: this._fixed, excluded: this._excluded };
    const result = await this.#runner.run(this._needsRows, this._offersRows, options, {
      onProgress: (done, total) => {
        this._progress = { done, total };
        this.dispatchEvent(new ChiikiProgressEvent(done, total));
      },
    });
    if (!result) return undefined;
    this._solving = false;
    this._result = result;
    const { served, total, totalKm } = result.stats;
    this._status = this.#t('matcher.coordinator.summary', { served, total, km: totalKm.toFixed(1) });
    this.dispatchEvent(new ChiikiResultEvent(result));
    return result;
  }

  /** Stops a running solve (the worker is terminated). */
  cancel(): void {
    if (!this._solving) return;
    this.#runner.cancel();
    this._solving = false;
    this._status = this.#t('matcher.coordinator.cancelled');
  }

  /** The current result as CSV text (UTF-8 BOM, CRLF), as the export button saves it. */
  toCsv(): string {
    if (!this._result) return '';
    return resultCsv(this._result, validOffers(this._offersRows ?? []), this._fixed, (k) => stripRuby(this.#t(k)), (c) => this.#categoryText(c));
  }

  /** The coordinator's work: data, distance limit, fixed and excluded pairs. */
  saveWork(): SavedWork {
    return {
      format: 'chiiki-support-matcher-work',
      version: 1,
      needs: this._needsRows ?? [],
      offers: this._offersRows ?? [],
      options: { ...(typeof this.maxKm === 'number' ? { maxKm: this.maxKm } : {}), fixed: this._fixed, excluded: this._excluded },
    };
  }

  /** Reopens saved work and solves it again. Throws nothing: a wrong file shows a message. */
  openWork(work: SavedWork): void {
    if (!work || work.format !== 'chiiki-support-matcher-work' || !Array.isArray(work.needs) || !Array.isArray(work.offers)) {
      this._status = this.#t('matcher.coordinator.openFailed');
      return;
    }
    this._needsRows = work.needs;
    this._offersRows = work.offers;
    this._fixed = Array.isArray(work.options?.fixed) ? work.options.fixed : [];
    this._excluded = Array.isArray(work.options?.excluded) ? work.options.excluded : [];
    if (typeof work.options?.maxKm === 'number') this.maxKm = work.options.maxKm;
    void this.solve();
  }

  // ——— rendering helpers ———

  #t(key: string, options?: Record<string, unknown>): string {
    return this.#i18n.t(key, options);
  }

  #categoryText(category: string): string {
    return (CATEGORIES as readonly string[]).includes(category) ? stripRuby(this.#t(`matcher.categories.${category}`)) : category;
  }

  #category(category: string): TemplateResult | string {
    return (CATEGORIES as readonly string[]).includes(category) ? renderRuby(this.#t(`matcher.categories.${category}`)) : category;
  }

  #renderProblems(problems: MatchProblem[]) {
    if (!problems.length) return nothing;
    const columns = ['list', 'row', 'field', 'problemReason', 'value', 'severity'];
    const showTable = this.debug || this.mode === 'coordinator';
    return html`<div class="notice" role="note">
      <p>${renderRuby(this.#t('matcher.coordinator.problems', { count: problems.length }))}</p>
      ${showTable
        ? html`<details>
            <summary>${renderRuby(this.#t('matcher.coordinator.problemsDetails'))}</summary>
            <div class="scroll">
              <table class="stack" role="table">
                <thead role="rowgroup">
                  <tr role="row">
                    ${columns.map((k) => html`<th scope="col" role="columnheader">${renderRuby(this.#t(`matcher.coordinator.${k}`))}</th>`)}
                  </tr>
                </thead>
                <tbody role="rowgroup">
                  ${problems.map(
                    (p) => html`<tr role="row">
                      ${[
                        p.list === 'needs' ? this.#t('matcher.coordinator.needs') : p.list === 'offers' ? this.#t('matcher.coordinator.offers') : p.list,
                        p.row,
                        p.field,
                        p.reason,
                        p.value === null || p.value === undefined ? '' : typeof p.value === 'string' ? p.value : JSON.stringify(p.value),
                        this.#t(`matcher.coordinator.${p.severity}`),
                      ].map((value, i) => html`<td role="cell" data-label=${stripRuby(this.#t(`matcher.coordinator.${columns[i]}`))}>${value}</td>`)}
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>
          </details>`
        : nothing}
    </div>`;
  }

  #renderLoadError() {
    return html`<div class="notice error" role="alert">
      <p>${renderRuby(this.#t('matcher.coordinator.loadFailed'))}</p>
      <button type="button" @click=${() => void this.#loadSources()}>${renderRuby(this.#t('core.retry'))}</button>
    </div>`;
  }

  // ——— resident view ———

  #renderResident() {
    const offers = validOffers(this._offersRows ?? []);
    const districts = [...new Set(offers.map((o) => o.district).filter((d): d is string => !!d))].sort((a, b) => a.localeCompare(b, 'ja'));
    const { hits, channels } = residentResults(offers, {
      categories: this._categories,
      district: this._district || undefined,
      ...(this._location ?? {}),
      days: this._days,
      maxKm: this.maxKm,
      offerFirst: this._direction === 'offer',
    });
    const hasPlace = !!this._district || !!this._location;
    const count = hits.length + channels.length;
    const t = (k: string, o?: Record<string, unknown>) => this.#t(`matcher.resident.${k}`, o);
    return html`
      <form class="resident" @submit=${(e: Event) => void this.#submit(e)}>
        <fieldset class="direction">
          <legend>${renderRuby(t('direction'))}</legend>
          ${(['need', 'offer'] as const).map(
            (d) => html`<label class="choice">
              <input type="radio" name="direction" .checked=${this._direction === d} @change=${() => (this._direction = d)} />
              <span class="check" aria-hidden="true">✓</span>
              <span>${renderRuby(t(d === 'need' ? 'needFirst' : 'offerFirst'))}</span>
            </label>`,
          )}
        </fieldset>
        <fieldset>
          <legend>${renderRuby(t(this._direction === 'need' ? 'categoriesNeed' : 'categoriesOffer'))}</legend>
          <div class="chips">
            ${CATEGORIES.map(
              (c) => html`<label class="chip" part="chip">
                <input type="checkbox" name="category" value=${c} .checked=${this._categories.includes(c)} @change=${(e: Event) => (this._categories = this.#toggle(this._categories, c, (e.target as HTMLInputElement).checked))} />
                <span class="check" aria-hidden="true">✓</span>
                <span class="icon" aria-hidden="true">${ICONS[c]}</span>
                <span>${this.#category(c)}</span>
              </label>`,
            )}
          </div>
        </fieldset>
        <fieldset class="area">
          <legend>${renderRuby(t('area'))}</legend>
          <label class="field">
            <span>${renderRuby(t('district'))}</span>
            <select .value=${this._district} @change=${(e: Event) => (this._district = (e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!this._district}>${stripRuby(t('anyDistrict'))}</option>
              ${districts.map((d) => html`<option value=${d} ?selected=${this._district === d}>${d}</option>`)}
            </select>
          </label>
          <button type="button" class="secondary" aria-pressed=${this._location ? 'true' : 'false'} @click=${this.#useLocation}>
            ${renderRuby(t(this._location ? 'locationOff' : 'useLocation'))}
          </button>
          <p class="hint" role="status">${this._locationMessage ? renderRuby(this._locationMessage) : nothing}</p>
        </fieldset>
        <fieldset>
          <legend>${renderRuby(t('days'))}</legend>
          <div class="chips days">
            ${DAYS.map(
              (d) => html`<label class="chip day" part="chip">
                <input type="checkbox" name="day" value=${d} .checked=${this._days.includes(d)} @change=${(e: Event) => (this._days = this.#toggle(this._days, d, (e.target as HTMLInputElement).checked))} />
                <span class="check" aria-hidden="true">✓</span>
                <span>${renderRuby(this.#t(`matcher.days.${d}`))}</span>
              </label>`,
            )}
          </div>
        </fieldset>

        <section class="results" part="results" aria-labelledby="results-heading">
          <h3 id="results-heading">${renderRuby(t('results'))}</h3>
          <p role="status" class="count">${!this._categories.length || !hasPlace ? renderRuby(t('pick')) : count ? renderRuby(t('count', { count })) : renderRuby(t('none'))}</p>
          ${this._categories.length && hasPlace
            ? html`<ul class="hits">
                ${hits.map((h) => this.#renderHit(h.offer, h.categories, h.km))}
                ${channels.map(
                  (c) => html`<li class="hit">
                    <p class="hit-name">${renderRuby(t('viaChannel', { count: c.count, channel: c.channel || this.#t('matcher.kinds.volunteer') }))}</p>
                    <p class="tags">${c.categories.map((cat) => html`<span class="tag">${this.#category(cat)}</span>`)}</p>
                    <p class="muted">${renderRuby(t('viaChannelNote'))}</p>
                    ${this.#renderContact(c.phone, c.url)}
                  </li>`,
                )}
              </ul>`
            : nothing}
        </section>

        ${this.submitUrl ? this.#renderSubmit() : html`<p class="muted privacy">${renderRuby(t('local'))}</p>`}
      </form>
    `;
  }

  #renderHit(offer: Offer, categories: string[], km?: number) {
    const t = (k: string, o?: Record<string, unknown>) => this.#t(`matcher.resident.${k}`, o);
    const channel = offer.kind === 'salon' ? offer.contact?.channel || offer.name : offer.contact?.channel;
    return html`<li class="hit">
      <p class="hit-name">${offer.name} <span class="kind">${renderRuby(this.#t(`matcher.kinds.${offer.kind}`))}</span></p>
      <p class="tags">${categories.map((c) => html`<span class="tag">${this.#category(c)}</span>`)}</p>
      <p class="muted">${km !== undefined ? renderRuby(t('straightKm', { km: km.toFixed(1) })) : renderRuby(t('sameDistrict'))}${offer.district ? ` · ${offer.district}` : ''}</p>
      ${channel ? html`<p>${renderRuby(t('channel'))}: ${channel}</p>` : nothing} ${this.#renderContact(offer.contact?.phone, offer.contact?.url)}
    </li>`;
  }

  #renderContact(phone?: string, url?: string) {
    if (!phone && !url) return nothing;
    const safeUrl = url && /^https?:\/\//i.test(url) ? url : undefined;
    return html`<p class="actions">
      ${phone ? html`<a class="button" href=${`tel:${phone.replace(/[^\d+]/g, '')}`}>${renderRuby(this.#t('matcher.resident.call', { phone }))}</a>` : nothing}
      ${safeUrl ? html`<a class="button secondary" href=${safeUrl} rel="noopener" target="_blank">${renderRuby(this.#t('matcher.resident.website'))}</a>` : nothing}
    </p>`;
  }

  #renderSubmit() {
    const t = (k: string) => this.#t(`matcher.resident.${k}`);
    const canSend = this._consent && this._categories.length > 0 && this._submitState !== 'sending';
    return html`<section class="submit" aria-labelledby="submit-heading">
      <h3 id="submit-heading">${renderRuby(t(this._direction === 'need' ? 'submitNeed' : 'submitOffer'))}</h3>
      <label class="field">
        <span>${renderRuby(t('note'))}</span>
        <textarea rows="3" maxlength="500" .value=${this._note} @input=${(e: Event) => (this._note = (e.target as HTMLTextAreaElement).value)}></textarea>
      </label>
      <label class="consent">
        <input type="checkbox" .checked=${this._consent} @change=${(e: Event) => (this._consent = (e.target as HTMLInputElement).checked)} aria-describedby="consent-help" />
        <span>${renderRuby(t('consent'))}</span>
      </label>
      <p id="consent-help" class="muted">${renderRuby(t('consentHelp'))}</p>
      <button type="submit" aria-disabled=${canSend ? 'false' : 'true'}>${renderRuby(t(this._submitState === 'sending' ? 'sending' : 'submit'))}</button>
      <p role="status" class=${this._submitState === 'failed' ? 'error-text' : ''}>
        ${this._submitState === 'sent' ? renderRuby(t('sent')) : this._submitState === 'failed' ? renderRuby(t('failed')) : nothing}
      </p>
    </section>`;
  }

  // ——— coordinator view ———

  #renderCoordinator() {
    const c = (k: string, o?: Record<string, unknown>) => this.#t(`matcher.coordinator.${k}`, o);
    const needs = validNeeds(this._needsRows ?? []);
    const offers = validOffers(this._offersRows ?? []);
    const result = this._result;
    return html`
      <section class="sources" aria-labelledby="sources-heading">
        <h3 id="sources-heading">${renderRuby(c('sources'))}</h3>
        <p class="muted">${renderRuby(c('fileHint'))}</p>
        <div class="files">
          ${(['needs', 'offers'] as const).map(
            (list) => html`<div
              class="drop ${this._dragOver === list ? 'over' : ''}"
              @dragover=${(e: DragEvent) => this.#onDragOver(e, list)}
              @dragleave=${() => (this._dragOver = '')}
              @drop=${(e: DragEvent) => this.#onDrop(e, list)}
            >
              <label class="file-button">
                <input class="visually-hidden" type="file" accept=".csv,.json,.txt,text/csv,application/json" @change=${(e: Event) => this.#onFile(e, list)} />
                <span class="icon" aria-hidden="true">📂</span>
                <span>${renderRuby(c(list === 'needs' ? 'needsFile' : 'offersFile'))}</span>
              </label>
              <p class="muted">
                ${(list === 'needs' ? this._needsName : this._offersName) || ''}
                ${(list === 'needs' ? this._needsRows : this._offersRows) ? renderRuby(c('loaded', { count: (list === 'needs' ? this._needsRows : this._offersRows)!.length })) : nothing}
              </p>
            </div>`,
          )}
        </div>
        <div class="toolbar">
          <label class="field inline">
            <span>${renderRuby(c('maxKm'))}</span>
            <input type="number" min="0" step="0.5" inputmode="decimal" .value=${this.maxKm === undefined || Number.isNaN(this.maxKm) ? '' : String(this.maxKm)} @change=${(e: Event) => {
              const v = (e.target as HTMLInputElement).value;
              this.maxKm = v === '' ? undefined : Number(v);
            }} />
          </label>
          <button type="button" ?disabled=${this._solving || !this._needsRows || !this._offersRows} @click=${() => void this.solve()}>${renderRuby(c('solve'))}</button>
          <button type="button" class="secondary" ?disabled=${!result} @click=${() => download('matching.csv', this.toCsv(), 'text/csv;charset=utf-8')}>${renderRuby(c('export'))}</button>
          <button type="button" class="secondary" ?disabled=${!result} @click=${() => window.print()}>${renderRuby(c('print'))}</button>
          <button type="button" class="secondary" ?disabled=${!this._needsRows || !this._offersRows} @click=${() => download('matching-work.json', JSON.stringify(this.saveWork(), null, 1), 'application/json')}>${renderRuby(c('save'))}</button>
          <label class="file-button">
            <input class="visually-hidden" type="file" accept=".json,application/json" @change=${(e: Event) => this.#onFile(e, 'work')} />
            <span class="icon" aria-hidden="true">📂</span>
            <span>${renderRuby(c('open'))}</span>
          </label>
        </div>
        ${this._solving
          ? html`<div class="progress">
              <label>
                <span>${renderRuby(c('solving'))}</span>
                <progress max=${this._progress.total || 1} .value=${this._progress.done}></progress>
              </label>
              <button type="button" class="secondary" @click=${() => this.cancel()}>${renderRuby(c('cancel'))}</button>
            </div>`
          : nothing}
        <p role="status" class="status">${this._status ? renderRuby(this._status) : nothing}</p>
      </section>
      ${result ? this.#renderProblems(result.problems) : nothing}
      ${!this._needsRows || !this._offersRows ? html`<p class="empty">${renderRuby(c('empty'))}</p>` : nothing}
      ${result ? this.#renderAssignment(result, needs, offers) : nothing}
      ${result ? this.#renderPairs() : nothing}
      ${result ? this.#renderUnmatched(result, needs) : nothing}
      ${this._needsRows && this._offersRows
        ? html`${this.#renderChart('category', gapTable(needs, offers, 'category'))} ${this.#renderChart('district', gapTable(needs, offers, 'district'))}`
        : nothing}
    `;
  }

  #rows(result: MatchResult, needs: Need[], offers: Offer[]): Row[] {
    const offerById = new Map(offers.map((o) => [o.id, o]));
    const needById = new Map(needs.map((n) => [n.id, n]));
    return result.matches.map((m) => ({ ...m, offer: offerById.get(m.offerId), need: needById.get(m.needId), fixed: this._fixed.some((f) => samePair(f, m)) }));
  }

  #renderAssignment(result: MatchResult, needs: Need[], offers: Offer[]) {
    const c = (k: string, o?: Record<string, unknown>) => this.#t(`matcher.coordinator.${k}`, o);
    const all = this.#rows(result, needs, offers);
    const q = this._filter.trim().normalize('NFKC').toLowerCase();
    const rows = all.filter(
      (r) =>
        (!this._filterCategory || r.category === this._filterCategory) &&
        (!q || [r.needId, r.offerId, r.offer?.name, r.need?.district, r.offer?.district].some((v) => v?.normalize('NFKC').toLowerCase().includes(q))),
    );
    const value = (r: Row, key: SortKey): string | number =>
      key === 'need' ? r.needId : key === 'category' ? CATEGORIES.indexOf(r.category as Category) : key === 'offer' ? r.offer?.name ?? r.offerId : key === 'kind' ? r.offer?.kind ?? '' : key === 'district' ? r.need?.district ?? '' : r.km;
    const { key, dir } = this._sort;
    rows.sort((a, b) => {
      const x = value(a, key);
      const y = value(b, key);
      return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'ja', { numeric: true })) * dir;
    });
    const header = (k: SortKey, label: string) => html`<th scope="col" role="columnheader" aria-sort=${key === k ? (dir === 1 ? 'ascending' : 'descending') : 'none'}>
      <button type="button" class="sort" @click=${() => this.#sortBy(k)}>${renderRuby(label)}<span aria-hidden="true">${key === k ? (dir === 1 ? ' ▲' : ' ▼') : ''}</span></button>
    </th>`;
    return html`<section aria-labelledby="assignment-heading">
      <h3 id="assignment-heading">${renderRuby(c('assignment'))}</h3>
      <div class="toolbar no-print">
        <label class="field inline">
          <span>${renderRuby(c('filter'))}</span>
          <input type="search" .value=${this._filter} @input=${(e: Event) => (this._filter = (e.target as HTMLInputElement).value)} />
        </label>
        <label class="field inline">
          <span>${renderRuby(c('category'))}</span>
          <select @change=${(e: Event) => (this._filterCategory = (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this._filterCategory}>${stripRuby(c('allCategories'))}</option>
            ${CATEGORIES.map((cat) => html`<option value=${cat} ?selected=${this._filterCategory === cat}>${this.#categoryText(cat)}</option>`)}
          </select>
        </label>
        <p role="status" class="muted">${renderRuby(c('shown', { count: rows.length, total: all.length }))}</p>
      </div>
      <div class="scroll">
        <!-- Explicit table roles: in a narrow widget the rows are stacked with CSS display, which must not drop the table semantics. -->
        <table part="table" class="assignment stack" role="table">
          <caption class="visually-hidden">${stripRuby(c('assignment'))}</caption>
          <thead role="rowgroup">
            <tr role="row">
              ${header('need', c('need'))} ${header('category', c('category'))} ${header('offer', c('offer'))} ${header('kind', c('kind'))} ${header('district', c('district'))} ${header('km', c('km'))}
              <th scope="col" role="columnheader" class="no-print">${renderRuby(c('actions'))}</th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            ${rows.map(
              (r) => html`<tr role="row">
                <th scope="row" role="rowheader" data-label=${stripRuby(c('need'))}>${r.needId}</th>
                <td role="cell" data-label=${stripRuby(c('category'))}>${this.#category(r.category)}</td>
                <td role="cell" data-label=${stripRuby(c('offer'))}>${r.offer?.name ?? r.offerId} <span class="muted">(${r.offerId})</span></td>
                <td role="cell" data-label=${stripRuby(c('kind'))}>${r.offer ? renderRuby(this.#t(`matcher.kinds.${r.offer.kind}`)) : ''}</td>
                <td role="cell" data-label=${stripRuby(c('district'))}>${r.need?.district ?? ''}</td>
                <td role="cell" class="num" data-label=${stripRuby(c('km'))}>${r.km.toFixed(3)}</td>
                <td role="cell" class="no-print row-actions">
                  <button type="button" class="small secondary" aria-pressed=${r.fixed ? 'true' : 'false'} aria-label=${`${stripRuby(c('fix'))}: ${r.needId} ${this.#categoryText(r.category)} ${r.offerId}`} @click=${() => this.#fix(r)}>
                    ${renderRuby(c(r.fixed ? 'fixed' : 'fix'))}
                  </button>
                  <button type="button" class="small secondary" aria-label=${`${stripRuby(c('exclude'))}: ${r.needId} ${this.#categoryText(r.category)} ${r.offerId}`} @click=${() => this.#exclude(r)}>
                    ${renderRuby(c('exclude'))}
                  </button>
                </td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  #renderPairs() {
    const c = (k: string) => this.#t(`matcher.coordinator.${k}`);
    const list = (kind: 'fixed' | 'excluded', pairs: PairRef[]) => html`<div>
      <h4>${renderRuby(c(kind === 'fixed' ? 'fixedList' : 'excludedList'))}</h4>
      ${pairs.length
        ? html`<ul class="pairs">
            ${pairs.map(
              (p) => html`<li>
                ${p.needId} · ${this.#category(p.category)} · ${p.offerId}
                <button
                  type="button"
                  class="small secondary no-print"
                  aria-label=${`${stripRuby(c('remove'))}: ${p.needId} ${this.#categoryText(p.category)} ${p.offerId}`}
                  @click=${() => {
                    if (kind === 'fixed') this._fixed = this._fixed.filter((f) => !samePair(f, p));
                    else this._excluded = this._excluded.filter((f) => !samePair(f, p));
                  }}
                >
                  ${renderRuby(c('remove'))}
                </button>
              </li>`,
            )}
          </ul>`
        : html`<p class="muted">${renderRuby(c('nothing'))}</p>`}
    </div>`;
    return html`<section class="pair-lists">${list('fixed', this._fixed)} ${list('excluded', this._excluded)}
      <p class="muted no-print">${renderRuby(c('resolveHint'))}</p></section>`;
  }

  #renderUnmatched(result: MatchResult, needs: Need[]) {
    const c = (k: string) => this.#t(`matcher.coordinator.${k}`);
    const byId = new Map(needs.map((n) => [n.id, n]));
    return html`<section aria-labelledby="unmatched-heading">
      <h3 id="unmatched-heading">${renderRuby(c('unmatched'))}</h3>
      ${result.unmatched.length
        ? html`<div class="scroll">
            <table class="unmatched stack" role="table">
              <thead role="rowgroup">
                <tr role="row">
                  <th scope="col" role="columnheader">${renderRuby(c('need'))}</th>
                  <th scope="col" role="columnheader">${renderRuby(c('category'))}</th>
                  <th scope="col" role="columnheader">${renderRuby(c('district'))}</th>
                  <th scope="col" role="columnheader">${renderRuby(c('reason'))}</th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                ${result.unmatched.map(
                  (u) => html`<tr role="row">
                    <th scope="row" role="rowheader" data-label=${stripRuby(c('need'))}>${u.needId}</th>
                    <td role="cell" data-label=${stripRuby(c('category'))}>${this.#category(u.category)}</td>
                    <td role="cell" data-label=${stripRuby(c('district'))}>${byId.get(u.needId)?.district ?? ''}</td>
                    <td role="cell" data-label=${stripRuby(c('reason'))}>${renderRuby(this.#t(`matcher.coordinator.reasons.${u.excluded ? 'excluded' : u.reason}`))}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p class="muted">${renderRuby(c('nothing'))}</p>`}
    </section>`;
  }

  #renderChart(by: 'category' | 'district', rows: { key: string; needs: number; offers: number }[]) {
    const c = (k: string, o?: Record<string, unknown>) => this.#t(`matcher.coordinator.${k}`, o);
    const title = c(by === 'category' ? 'chartCategory' : 'chartDistrict');
    const label = (key: string) => (by === 'category' ? this.#categoryText(key) : key || stripRuby(c('noDistrict')));
    const max = Math.max(1, ...rows.map((r) => Math.max(r.needs, r.offers)));
    const labelWidth = by === 'category' ? 250 : 120;
    const barWidth = 300;
    const rowHeight = 30;
    const height = rows.length * rowHeight + 30;
    const id = `chart-${by}`;
    return html`<section class="chart" part="chart" aria-labelledby=${`${id}-heading`}>
      <h3 id=${`${id}-heading`}>${renderRuby(title)}</h3>
      <svg role="img" aria-label=${stripRuby(c('chartLabel', { title: stripRuby(title) }))} viewBox=${`0 0 ${labelWidth + barWidth + 60} ${height}`} preserveAspectRatio="xMinYMin meet">
        ${svg`<g class="legend">
          <rect x=${labelWidth} y="4" width="12" height="12" class="bar-needs"></rect>
          <text x=${labelWidth + 16} y="14">${stripRuby(c('needs'))}</text>
          <rect x=${labelWidth + 110} y="4" width="12" height="12" class="bar-offers"></rect>
          <text x=${labelWidth + 126} y="14">${stripRuby(c('offers'))}</text>
        </g>`}
        ${rows.map((r, i) => {
          const y = 26 + i * rowHeight;
          const wn = (r.needs / max) * barWidth;
          const wo = (r.offers / max) * barWidth;
          return svg`<g>
            <text x=${labelWidth - 6} y=${y + 15} text-anchor="end" class="label">${label(r.key)}</text>
            <rect x=${labelWidth} y=${y + 2} width=${wn} height="11" class="bar-needs"></rect>
            <text x=${labelWidth + wn + 4} y=${y + 12} class="value">${r.needs}</text>
            <rect x=${labelWidth} y=${y + 14} width=${wo} height="11" class="bar-offers"></rect>
            <text x=${labelWidth + wo + 4} y=${y + 24} class="value">${r.offers}</text>
          </g>`;
        })}
      </svg>
      <div class="scroll">
        <table class="chart-table">
          <caption>${renderRuby(title)}</caption>
          <thead>
            <tr>
              <th scope="col">${renderRuby(c(by === 'category' ? 'category' : 'district'))}</th>
              <th scope="col">${renderRuby(c('needs'))}</th>
              <th scope="col">${renderRuby(c('offers'))}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (r) => html`<tr>
                <th scope="row">${by === 'category' ? this.#category(r.key) : label(r.key)}</th>
                <td class="num">${r.needs}</td>
                <td class="num">${r.offers}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  override render() {
    const offerProblems: MatchProblem[] = [];
    if (this.mode !== 'coordinator' && this._offersRows) validOffersWith(this._offersRows, offerProblems);
    return html`<div class="root">
      <h2 part="title">${renderRuby(this.#t('matcher.name'))}</h2>
      ${this._loading ? html`<p role="status" class="muted">${renderRuby(this.#t('core.loading'))}</p>` : nothing}
      ${this._loadError ? this.#renderLoadError() : nothing}
      ${this.mode === 'coordinator' ? this.#renderCoordinator() : html`${this.#renderProblems(offerProblems)} ${this.#renderResident()}`}
      ${this.dataAttribution ? html`<p class="attribution muted">${this.dataAttribution}</p>` : nothing}
    </div>`;
  }
}

/** Validated records per raw array (memoised: rendering must not re-validate thousands of rows). */
const validated = new WeakMap<unknown[], { records: unknown[]; problems: MatchProblem[] }>();
function validate<T>(rows: unknown[], list: 'needs' | 'offers'): { records: T[]; problems: MatchProblem[] } {
  let entry = validated.get(rows);
  if (!entry) {
    const problems: MatchProblem[] = [];
    const records = list === 'needs' ? normalizeList(rows, 'needs', normalizeNeed, problems) : normalizeList(rows, 'offers', normalizeOffer, problems);
    validated.set(rows, (entry = { records, problems }));
  }
  return entry as { records: T[]; problems: MatchProblem[] };
}
const validNeeds = (rows: unknown[]) => validate<Need>(rows, 'needs').records;
const validOffers = (rows: unknown[]) => validate<Offer>(rows, 'offers').records;
function validNeedsWith(rows: unknown[], problems: MatchProblem[]) {
  problems.push(...validate<Need>(rows, 'needs').problems);
}
function validOffersWith(rows: unknown[], problems: MatchProblem[]) {
  problems.push(...validate<Offer>(rows, 'offers').problems);
}
