import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  LocaleController,
  ensureStrings,
  registerStrings,
  renderRuby,
  themeStyles,
  type DataEncoding,
  type DataFormat,
  type Locale,
  type Salon,
  type SalonStatus,
  type Theme,
} from '@chiiki/core';
import { styles } from './consultation-badge.styles.js';
import type { BadgeContext, BadgeInfo } from './info.js';
import { jaShell } from './locales/shell.js';
import { quickDate, quickStatus } from './quick-status.js';
import type { BadgeStatus } from './status.js';
import { ours, renderTrigger, statusWords, type StatusText } from './trigger.js';

/** The topic codes of PRODUCT.md §4; anything else is free text, shown as written. */
export type Topic = 'care' | 'childcare' | 'disability' | 'living' | 'health' | 'isolation' | 'disaster' | 'other';

export type BadgeVariant = 'flag' | 'chip' | 'card';

type Details = typeof import('./details.js');

/**
 * The card, vCard and print code (with core's full schedules) is one chunk, loaded after the first
 * badge has painted its flag or chip with its status (or at once when a badge needs it to paint: the
 * `card` variant, a schedule the quick status does not read); `details` holds it once loaded, for
 * every badge on the page.
 */
let details: Details | undefined;
let detailsLoad: Promise<Details | undefined> | undefined;
/**
 * The badge's strings for `locale` (core's `ensureStrings`): ja is in the first load and the card
 * code; any other locale first brings in the table of its chunks (locales/lazy.ts), once.
 */
let lazyLocales: Promise<unknown> | undefined;
function loadStrings(locale: Locale): Promise<void> {
  if (locale === 'ja') return ensureStrings(locale);
  lazyLocales ??= import('./locales/lazy.js').catch(() => (lazyLocales = undefined));
  return lazyLocales.then(() => ensureStrings(locale));
}

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
    // Only what the first paint shows in Japanese; the card code brings the rest of ja, and core's
    // ensureStrings each other locale's chunk (registered by locales/lazy.ts: see loadStrings).
    registerStrings({ ja: jaShell });
  }

  readonly #i18n = new LocaleController(this);

  @query('dialog') private _dialog?: HTMLDialogElement;
  @query('.trigger') private _trigger?: HTMLButtonElement;
  @query('.card') private _card?: HTMLElement;

  @state() private _salon?: Salon;
  @state() private _load: LoadState = 'idle';
  #abort?: AbortController;
  #timer?: ReturnType<typeof setTimeout>;
  #adopted = false;
  #locale?: Locale;
  /** When the shown status changes next (a meeting starts or ends), for the live clock. */
  #change?: Date;

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
    if (this.hasUpdated && this._load === 'loading') void this.#read();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    clearTimeout(this.#timer);
  }

  protected override willUpdate(changed: PropertyValues<ChiikiConsultationBadge>): void {
    // A new locale (`lang` changed): its strings re-render every badge when they arrive.
    if (this.#locale !== this.#i18n.locale) void loadStrings((this.#locale = this.#i18n.locale));
    const source = ['src', 'salonId', 'data', 'format', 'encoding'] as const;
    if (!this.hasUpdated || source.some((key) => changed.has(key))) void this.#read();
    if (details && !this.#adopted && this.shadowRoot) {
      // The card's styles arrive with its code: adopted next to the element's own (CSP-safe).
      this.#adopted = true;
      const sheet = details.detailStyles.styleSheet;
      if (sheet) this.shadowRoot.adoptedStyleSheets = [...this.shadowRoot.adoptedStyleSheets, sheet];
    }
  }

  /**
   * The first render waits (3 s at most) for what it shows, so the badge appears whole and nothing
   * shifts: its locale's strings, and the card code only when the first paint needs it (the `card`
   * variant, a schedule the quick status does not read).
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) {
      const needs = [loadStrings(this.#i18n.locale)];
      if (!details && (this.variant === 'card' || !this.#statusText(this.#context()))) needs.push(loadDetails().then(() => undefined));
      await Promise.race([Promise.all(needs), new Promise((resolve) => setTimeout(resolve, 3000))]);
    }
    super.scheduleUpdate();
  }

  protected override firstUpdated(): void {
    // The card code once the first paint is done (the browser is idle), for the dialog and print.
    if (!details) {
      const load = () => void loadDetails().then(() => this.requestUpdate());
      // Safari has no requestIdleCallback.
      if ('requestIdleCallback' in globalThis) requestIdleCallback(load, { timeout: 2000 });
      else setTimeout(load, 200);
    }
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
    for (const pending of [details ? undefined : loadDetails(), loadStrings(this.#i18n.locale)]) {
      if (pending) {
        await pending;
        done = await super.getUpdateComplete();
      }
    }
    return done;
  }

  #onClose = () => {
    this._trigger?.focus();
    if (details) this.dispatchEvent(new details.ChiikiCloseEvent());
  };

  #onPrint = () => {
    if (this._card) details?.print(this._card, this.#i18n.locale);
  };

  #onSave = () => details?.saveVCard(this.#context());

  /** Opens the card (a modal dialog; the `card` variant shows it inline). Focus moves into it. */
  show(): void {
    const dialog = this._dialog;
    if (!dialog || !details) {
      // The card code is still loading: open as soon as it is there.
      if (this.variant !== 'card') void loadDetails().then(() => this.updateComplete.then(() => this._dialog && this.show()));
      return;
    }
    if (dialog.open) return;
    dialog.showModal();
    this.dispatchEvent(new details.ChiikiOpenEvent());
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
    // The data layer (core's readers, events) is a chunk of its own, loaded only when there is a source.
    const inline = this.querySelector(':scope > script[type="application/json"]')?.textContent?.trim();
    if (this.data == null && !this.src && !inline) {
      this._salon = undefined;
      this._load = 'idle';
      return;
    }
    const abort = (this.#abort = new AbortController());
    this._load = 'loading';
    const found = await import('./salon-source.js').then(
      ({ readSalon }) => readSalon(this, { format: this.format, encoding: this.encoding, signal: abort.signal }),
      () => ({ load: 'error' as const, salon: undefined, event: undefined }),
    );
    if (abort.signal.aborted) return;
    this._salon = found.salon;
    this._load = found.load;
    if (found.event) this.dispatchEvent(found.event);
  }

  /** With the real clock, re-render when a meeting starts or ends (at least hourly, for the date). */
  #schedule(): void {
    clearTimeout(this.#timer);
    if (this.now || !this.isConnected) return;
    const wait = Math.min(this.#change ? this.#change.getTime() - Date.now() + 1000 : Infinity, 3_600_000);
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

  /**
   * The status line: core's full schedules once the card code is in, the quick status before (see
   * quick-status.ts); `undefined` while only the card code can tell.
   */
  #statusText(context: BadgeContext): StatusText | undefined {
    if (this._load === 'loading') return ours(context.t('core.loading'));
    const status: BadgeStatus | undefined = details ? details.statusOf(context) : quickStatus(context.info, context.now);
    this.#change = status?.kind === 'open' ? status.end : status?.kind === 'next' ? status.start : undefined;
    return status && statusWords(status, context, details?.dateWords ?? quickDate);
  }

  override render() {
    const context = this.#context();
    const whole = this.variant === 'card' || this._load === 'missing' || this._load === 'error';
    const status = this.#statusText(context);
    if (!details && (whole || !status)) {
      // Only the card code can draw this (the card, a message, a schedule the quick status does not read).
      void loadDetails().then(() => this.requestUpdate());
      if (whole) return html`<span>${renderRuby(context.t('badge.label'))}</span>`;
    }
    const shown = status ?? ours(context.t('core.loading'));
    const view = {
      load: this._load,
      salonId: this.salonId,
      hide: () => this.hide(),
      retry: () => void this.#read(),
      print: this.#onPrint,
      save: this.#onSave,
      closed: this.#onClose,
    };
    if (details && whole) return this.variant === 'card' && this._load !== 'missing' && this._load !== 'error' ? details.renderPanel(context, view, shown) : details.renderMessage(context, view);
    // One template whether or not the card code is in: the button is never re-created (nor its focus lost).
    return html`${renderTrigger(context, this.variant === 'flag', shown, () => this.show())}${details ? details.renderDialog(context, view, shown) : nothing}`;
  }
}
