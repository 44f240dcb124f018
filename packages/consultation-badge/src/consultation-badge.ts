import { LitElement, html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  ChiikiCloseEvent,
  ChiikiError,
  ChiikiErrorEvent,
  ChiikiLoadEvent,
  ChiikiOpenEvent,
  LocaleController,
  registerStrings,
  renderRuby,
  sourceFromElement,
  themeStyles,
  type DataEncoding,
  type DataFormat,
  type Salon,
  type SalonStatus,
  type Theme,
} from '@chiiki/core';
import { styles } from './consultation-badge.styles.js';
import type { BadgeContext, BadgeInfo } from './info.js';
import { enShell, jaShell } from './locales/shell.js';

/** The topic codes of PRODUCT.md §4; anything else is free text, shown as written. */
export type Topic = 'care' | 'childcare' | 'disability' | 'living' | 'health' | 'isolation' | 'disaster' | 'other';

export type BadgeVariant = 'flag' | 'chip' | 'card';

type Details = typeof import('./details.js');

/**
 * The status, card, vCard and print code (with core's schedules) is one chunk loaded when the first
 * badge connects; `details` holds it once loaded, for every badge on the page.
 */
let details: Details | undefined;
let detailsLoad: Promise<Details | undefined> | undefined;
function loadDetails(): Promise<Details | undefined> {
  detailsLoad ??= import('./details.js').then(
    (module) => (details = module),
    () => {
      detailsLoad = undefined;
      return undefined;
    },
  );
  return detailsLoad;
}

type LoadState = 'idle' | 'loading' | 'ready' | 'missing' | 'error';

/** "care, 子育ての悩み、health" → ["care", "子育ての悩み", "health"]; arrays are kept. */
function toList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,，、;；]/) : [];
  return items.map((item) => String(item ?? '').trim()).filter(Boolean);
}


/**
 * @summary 地域の福祉相談窓口: the のぼり旗 mark a salon or place shows to say "you can talk to us about
 * anything here; we connect you to the right help", with its status, an accessible card and a
 * printable つながりカード that can also be saved as a contact (vCard 3.0).
 *
 * Write everything as attributes, or point `src` + `salon-id` at any salon dataset (attributes then
 * override the record's fields). Activating the mark opens the card in a modal `<dialog>`.
 *
 * @fires chiiki-open - The card opened (`ChiikiOpenEvent`, no detail).
 * @fires chiiki-close - The card closed (`ChiikiCloseEvent`, no detail); focus is back on the mark.
 * @fires chiiki-load - `src` was read: `{ total, loaded, rejected, problems, source }`.
 * @fires chiiki-error - `src` could not be read: `{ error: { code, message }, problems }`.
 *
 * @csspart trigger - The button that opens the card (`flag` and `chip`).
 * @csspart mark - The のぼり旗 mark (SVG).
 * @csspart dialog - The `<dialog>` holding the card.
 * @csspart card - The つながりカード (what is printed).
 * @csspart message - A message instead of the badge (loading failed, unknown `salon-id`).
 *
 * @cssproperty --chiiki-color-accent - Colour of the のぼり旗 cloth (≥ 3:1 against the background).
 * @cssproperty --chiiki-color-primary - Links and buttons.
 * @cssproperty --chiiki-color-text - Text and the flag pole.
 * @cssproperty --chiiki-color-background - Background of the chip, card and dialog; the bubble of the mark.
 * @cssproperty --chiiki-color-border - Borders.
 * @cssproperty --chiiki-font-family - Font.
 * @cssproperty --chiiki-radius - Corner radius.
 * @cssproperty --chiiki-space - Padding of the card.
 */
export class ChiikiConsultationBadge extends LitElement {
  static override styles = [themeStyles, styles];

  static {
    // Only what shows before the card code arrives; that code brings the rest (locale-strings.ts).
    registerStrings({ ja: jaShell, en: enShell });
  }

  readonly #i18n = new LocaleController(this);

  @query('dialog') private _dialog?: HTMLDialogElement;
  @query('.trigger') private _trigger?: HTMLButtonElement;
  @query('.card') private _card?: HTMLElement;

  @state() private _salon?: Salon;
  @state() private _load: LoadState = 'idle';
  #abort?: AbortController;
  #timer?: ReturnType<typeof setTimeout>;
  #strings?: Promise<void>;
  #adopted = false;

  /** Name of the consultation point (a salon, a place): "ひだまりサロン". */
  @property() name = '';

  /**
   * What residents can talk about: a comma list of codes (`care`, `childcare`, `disability`, `living`,
   * `health`, `isolation`, `disaster`, `other`) or free text, shown as written. An array as a property.
   */
  @property({ converter: { fromAttribute: (value) => toList(value) } }) topics: string[] | string = [];

  /** When: "10:00-12:00" or with weekdays "月水金 10:00-12:00". Shown as written when not readable. */
  @property() hours = '';

  /** When, as an RFC 5545 RRULE ("FREQ=MONTHLY;BYDAY=2TU"); times come from `hours`. */
  @property() schedule = '';

  /** No consultation on Japanese public holidays. */
  @property({ type: Boolean, attribute: 'skip-holidays' }) skipHolidays = false;

  /** Closed days: "12-29/01-03" (every year), "2026-08-13/2026-08-16", or single days, comma-separated. */
  @property() closures = '';

  /** `paused` shows 休止中, `closed` 終了 (never a next date); `active` or empty: from the schedule. */
  @property() status: SalonStatus | '' = '';

  /** Phone number, as published; becomes a `tel:` link and the TEL of the vCard. */
  @property() phone = '';

  /** E-mail address (`mailto:` link). */
  @property() email = '';

  /** Web page (only `http:` and `https:` become links). */
  @property() url = '';

  /** Who answers: the organisation running the consultation point. */
  @property() organization = '';

  /** Where they connect you: 社会福祉協議会, 地域包括支援センター… */
  @property({ attribute: 'refer-to' }) referTo = '';

  /**
   * Last confirmed, "YYYY-MM-DD" (attribute `updated`; the property has another name because `updated`
   * is a Lit lifecycle method).
   */
  @property({ attribute: 'updated' }) lastConfirmed = '';

  /** `flag`: the mark alone; `chip`: mark, label and status; `card`: everything inline. */
  @property({ reflect: true }) variant: BadgeVariant = 'chip';

  /** `light` (default), `dark` or `high-contrast`, for sites with a 背景色 switcher. */
  @property({ reflect: true }) theme?: Theme;

  /** A salon dataset (any format of PRODUCT.md §3) to read the record `salon-id` from. */
  @property() src = '';

  /** The id of the record to show from `src` (or `data`). */
  @property({ attribute: 'salon-id' }) salonId = '';

  /** Format of `src`: `auto`, `json`, `geojson` or `csv`. */
  @property() format: DataFormat = 'auto';

  /** Encoding of `src`: `auto`, `utf-8`, `shift_jis` or `utf-16`. */
  @property() encoding: DataEncoding = 'auto';

  /** Salon records (or one record) given as a property instead of `src`. */
  @property({ attribute: false }) data?: unknown;

  /**
   * The clock, for tests and for printing a card as of a given day: an ISO date-time as an attribute or
   * a `Date`. Empty: the real time (the status then updates itself when a meeting starts or ends).
   */
  @property({ converter: { fromAttribute: (value) => (value && !Number.isNaN(Date.parse(value)) ? new Date(value) : undefined) } })
  now?: Date;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!details) void loadDetails().then(() => this.requestUpdate());
    if (this.hasUpdated && this._load === 'loading') void this.#read();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    clearTimeout(this.#timer);
  }

  protected override willUpdate(changed: PropertyValues<ChiikiConsultationBadge>): void {
    this.#strings = details?.loadLocaleStrings(this.#i18n.locale);
    const source = ['src', 'salonId', 'data', 'format', 'encoding'] as const;
    if (!this.hasUpdated || source.some((key) => changed.has(key))) void this.#read();
    if (details && !this.#adopted && this.shadowRoot) {
      // The card's styles arrive with its code: adopted next to the element's own (CSP-safe).
      this.#adopted = true;
      const sheet = details.detailStyles.styleSheet;
      if (sheet) this.shadowRoot.adoptedStyleSheets = [...this.shadowRoot.adoptedStyleSheets, sheet];
    }
  }

  /** The first render waits (3 s at most) for the card code, so the badge appears whole and nothing shifts. */
  protected override async scheduleUpdate(): Promise<void> {
    if (!details && !this.hasUpdated) await Promise.race([loadDetails(), new Promise((resolve) => setTimeout(resolve, 3000))]);
    super.scheduleUpdate();
  }

  protected override updated(): void {
    this.#schedule();
  }

  /**
   * `updateComplete` also waits for the card code and for the strings of a locale loaded on demand,
   * so that after `await el.updateComplete` the badge shows its status and card.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (const pending of [details ? undefined : detailsLoad, this.#strings]) {
      if (pending) {
        await pending;
        done = await super.getUpdateComplete();
      }
    }
    return done;
  }

  #onClose = () => {
    this._trigger?.focus();
    this.dispatchEvent(new ChiikiCloseEvent());
  };

  #onPrint = () => {
    if (this._card) details?.print(this._card, this.#i18n.locale);
  };

  #onSave = () => details?.saveVCard(this.#context());

  /** Opens the card (a modal dialog; the `card` variant shows it inline). Focus moves into it. */
  show(): void {
    const dialog = this._dialog;
    if (!dialog) {
      // The card code is still loading: open as soon as it is there.
      if (this.variant !== 'card') void loadDetails().then(() => this.updateComplete.then(() => this._dialog && this.show()));
      return;
    }
    if (dialog.open) return;
    dialog.showModal();
    this.dispatchEvent(new ChiikiOpenEvent());
  }

  /** Closes the card; focus returns to the mark. */
  hide(): void {
    if (this._dialog?.open) this._dialog.close();
  }

  /**
   * The つながりカード as a vCard 3.0 text (CRLF line endings) in the current locale; empty until the
   * card code has loaded (`await el.updateComplete`).
   */
  toVCard(): string {
    return details?.vcard(this.#context()) ?? '';
  }

  async #read(): Promise<void> {
    this.#abort?.abort();
    const source = sourceFromElement(this, this.src, this.data);
    if (!source) {
      this._salon = undefined;
      this._load = 'idle';
      return;
    }
    const abort = (this.#abort = new AbortController());
    this._load = 'loading';
    try {
      const { findSalon } = await import('./salon-source.js');
      const found = await findSalon(source, this.salonId, { format: this.format, encoding: this.encoding, signal: abort.signal });
      if (abort.signal.aborted) return;
      const { total, loaded, rejected, problems } = found;
      this._salon = found.salon;
      this._load = found.salon ? 'ready' : 'missing';
      this.dispatchEvent(new ChiikiLoadEvent({ total, loaded, rejected, problems, ...(this.src ? { source: this.src } : {}) }));
    } catch (error) {
      if (abort.signal.aborted) return;
      const e = error instanceof ChiikiError ? error : new ChiikiError('parse-failed', String(error));
      this._salon = undefined;
      this._load = 'error';
      this.dispatchEvent(new ChiikiErrorEvent({ error: { code: e.code, message: e.message }, problems: e.problems }));
    }
  }

  /** With the real clock, re-render when a meeting starts or ends (at least hourly, for the date). */
  #schedule(): void {
    clearTimeout(this.#timer);
    if (this.now || !this.isConnected || !details) return;
    const change = details.changeOf(this.#context());
    const wait = Math.min(change ? change.getTime() - Date.now() + 1000 : Infinity, 3_600_000);
    this.#timer = setTimeout(() => this.requestUpdate(), Math.max(wait, 1000));
  }

  #info(): BadgeInfo {
    const s = this._salon;
    const topics = toList(this.topics);
    return {
      name: this.name || s?.name || '',
      nameKana: !this.name ? s?.nameKana : undefined,
      topics: topics.length ? topics : (s?.consultation?.topics ?? []),
      hours: this.hours || s?.consultation?.hours || '',
      rrule: this.schedule,
      skipHolidays: this.skipHolidays,
      closures: this.closures,
      record: s,
      status: this.status || s?.status,
      phone: this.phone || s?.consultation?.phone || s?.contact?.phone || '',
      email: this.email || s?.contact?.email || '',
      url: this.url || s?.contact?.url || '',
      organization: this.organization || s?.contact?.organization || '',
      referTo: this.referTo || s?.consultation?.referTo || '',
      updated: this.lastConfirmed || s?.updated || '',
    };
  }

  #context(): BadgeContext {
    return {
      info: this.#info(),
      locale: this.#i18n.locale,
      t: (key, options) => this.#i18n.t(key, options),
      now: this.now ?? new Date(),
      base: this.baseURI,
    };
  }

  override render() {
    if (!details) return html`<span>${renderRuby(this.#i18n.t('badge.label'))}</span>`;
    return details.render(this.#context(), {
      variant: this.variant,
      load: this._load,
      salonId: this.salonId,
      show: () => this.show(),
      hide: () => this.hide(),
      retry: () => void this.#read(),
      print: this.#onPrint,
      save: this.#onSave,
      closed: this.#onClose,
    });
  }
}
