import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  ChiikiCloseEvent,
  ChiikiError,
  ChiikiErrorEvent,
  ChiikiLoadEvent,
  ChiikiOpenEvent,
  LocaleController,
  describeSchedule,
  formatDate,
  registerStrings,
  renderRuby,
  sourceFromElement,
  stripRuby,
  themeStyles,
  type DataEncoding,
  type DataFormat,
  type Locale,
  type Salon,
  type SalonStatus,
  type Schedule,
  type Theme,
} from '@chiiki/core';
import { printCardStyles, styles } from './consultation-badge.styles.js';
import { flagMark, flagMarkStyles } from './flag-mark.js';
import { baseStrings, loadLocaleStrings } from './locale-strings.js';
import { printCard } from './print.js';
import { buildSchedule, computeStatus, nextChange, parseClosures, type BadgeStatus } from './status.js';
import { buildVCard, vcardFileName } from './vcard.js';

/** The topic codes of PRODUCT.md §4; anything else is free text, shown as written. */
export const TOPICS = ['care', 'childcare', 'disability', 'living', 'health', 'isolation', 'disaster', 'other'] as const;
export type Topic = (typeof TOPICS)[number];

export type BadgeVariant = 'flag' | 'chip' | 'card';

/** What the badge shows, after attributes and the salon record (attributes win) are merged. */
interface Info {
  name: string;
  nameKana?: string;
  topics: string[];
  schedule?: Schedule;
  status?: SalonStatus;
  phone: string;
  email: string;
  url: string;
  organization: string;
  referTo: string;
  updated: string;
}

type LoadState = 'idle' | 'loading' | 'ready' | 'missing' | 'error';

/** "care, 子育ての悩み、health" → ["care", "子育ての悩み", "health"]; arrays are kept. */
function toList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,，、;；]/) : [];
  return items.map((item) => String(item ?? '').trim()).filter(Boolean);
}

/** `http:`/`https:` links only: a `javascript:` URL in data must never become a link. */
function safeUrl(value: string, base: string): string | undefined {
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const intlLocale = (locale: Locale) => (locale === 'ja-x-easy' ? 'ja' : locale);

/** "2026-11-01" → "2026年11月1日" / "November 1, 2026"; text that is not a date is shown as written. */
function longDate(value: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim());
  if (!m) return value;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], 3));
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'Asia/Tokyo' }).format(date);
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
  static override styles = [themeStyles, flagMarkStyles, styles];

  static {
    registerStrings(baseStrings);
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
    this.#strings = loadLocaleStrings(this.#i18n.locale);
    const source = ['src', 'salonId', 'data', 'format', 'encoding'] as const;
    if (!this.hasUpdated || source.some((key) => changed.has(key))) void this.#read();
  }

  protected override updated(): void {
    this.#schedule();
  }

  /** `updateComplete` also waits for the strings of a locale loaded on demand. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    const strings = this.#strings;
    if (strings) {
      await strings;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  #onClose = () => {
    this._trigger?.focus();
    this.dispatchEvent(new ChiikiCloseEvent());
  };

  #onPrint = () => {
    const card = this._card;
    if (card) printCard(card, this.#i18n.locale, printCardStyles.cssText);
  };

  #onSave = () => {
    const info = this.#info();
    const url = URL.createObjectURL(new Blob([this.toVCard()], { type: 'text/vcard;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = vcardFileName(info.name || stripRuby(this.#i18n.t('badge.label')));
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  };

  /** Opens the card (a modal dialog; in the `card` variant it is already shown inline). */
  show(): void {
    const dialog = this._dialog;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    this.dispatchEvent(new ChiikiOpenEvent());
  }

  /** Closes the card; focus returns to the mark. */
  hide(): void {
    if (this._dialog?.open) this._dialog.close();
  }

  /** The つながりカード as a vCard 3.0 text (CRLF line endings), in the current locale. */
  toVCard(): string {
    const info = this.#info();
    const t = (key: string, options?: Record<string, unknown>) => stripRuby(this.#i18n.t(key, options));
    const when = this.#whenText(info);
    const note = [
      t('badge.label'),
      `${t('badge.heading.topics')}: ${this.#topicWords(info).join(', ')}`,
      when && `${t('badge.heading.when')}: ${when}`,
      info.referTo && `${t('badge.heading.referTo')}: ${info.referTo}`,
      info.updated && `${t('badge.heading.updated')}: ${info.updated}`,
    ].filter(Boolean);
    return buildVCard({
      name: info.name || t('badge.label'),
      nameKana: info.nameKana,
      organization: info.organization,
      phone: info.phone,
      email: info.email,
      url: safeUrl(info.url, this.baseURI) ?? '',
      note: note.join('\n'),
    });
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
    if (this.now || !this.isConnected) return;
    const change = nextChange(this.#status(this.#info()));
    const wait = Math.min(change ? change.getTime() - Date.now() + 1000 : Infinity, 3_600_000);
    this.#timer = setTimeout(() => this.requestUpdate(), Math.max(wait, 1000));
  }

  #info(): Info {
    const s = this._salon;
    const hours = this.hours || s?.consultation?.hours || '';
    const fromRecord = !this.name && s?.name;
    return {
      name: this.name || s?.name || '',
      nameKana: fromRecord ? s?.nameKana : undefined,
      topics: toList(this.topics).length ? toList(this.topics) : (s?.consultation?.topics ?? []),
      schedule: buildSchedule(s?.schedule, {
        hours,
        rrule: this.schedule,
        skipHolidays: this.skipHolidays,
        closures: parseClosures(this.closures),
      }),
      status: this.status || s?.status,
      phone: this.phone || s?.consultation?.phone || s?.contact?.phone || '',
      email: this.email || s?.contact?.email || '',
      url: this.url || s?.contact?.url || '',
      organization: this.organization || s?.contact?.organization || '',
      referTo: this.referTo || s?.consultation?.referTo || '',
      updated: this.lastConfirmed || s?.updated || '',
    };
  }

  #status(info: Info): BadgeStatus {
    return computeStatus(info.status, info.schedule, this.now ?? new Date());
  }

  #statusText(status: BadgeStatus): string {
    const locale = this.#i18n.locale;
    switch (status.kind) {
      case 'open':
      case 'paused':
      case 'closed':
      case 'none':
        return this.#i18n.t(`badge.status.${status.kind}`);
      case 'next':
        return this.#i18n.t(status.hasTime ? 'badge.status.next' : 'badge.status.nextDay', {
          date: formatDate(status.start, locale, { time: status.hasTime }),
        });
      case 'text':
        return status.text;
      default:
        return '';
    }
  }

  #topicWords(info: Info): string[] {
    const words = info.topics.map((topic) =>
      (TOPICS as readonly string[]).includes(topic) ? stripRuby(this.#i18n.t(`badge.topic.${topic}`)) : topic,
    );
    return words.length ? words : [stripRuby(this.#i18n.t('badge.anything'))];
  }

  /** The rule in words ("毎月 第2火曜日 10:00〜12:00"), else the published hours. */
  #whenText(info: Info): string {
    if (!info.schedule) return '';
    let words = '';
    try {
      words = describeSchedule(info.schedule, this.#i18n.locale);
    } catch {
      // Unreadable rule: the published text below.
    }
    return words || info.schedule.text || '';
  }

  #renderName(info: Info): TemplateResult | string {
    if (this.#i18n.locale === 'ja-x-easy' && info.nameKana) return html`<ruby>${info.name}<rt>${info.nameKana}</rt></ruby>`;
    return info.name;
  }

  #renderTrigger(info: Info, statusText: string) {
    const t = this.#i18n.t.bind(this.#i18n);
    const label = stripRuby(info.name ? t('badge.named', { name: info.name }) : t('badge.label'));
    if (this.variant === 'flag') {
      return html`<button class="trigger flag" part="trigger" type="button" aria-haspopup="dialog" aria-label=${label}
          aria-describedby=${statusText ? 'flag-status' : nothing} @click=${() => this.show()}>
          ${flagMark()}</button
        >${statusText ? html`<span id="flag-status" class="visually-hidden">${statusText}</span>` : nothing}`;
    }
    return html`<button class="trigger" part="trigger" type="button" aria-haspopup="dialog" @click=${() => this.show()}>
      ${flagMark()}<span class="label">${renderRuby(t('badge.label'))}</span>${info.name
        ? html`<span class="visually-hidden">${label.slice(stripRuby(t('badge.label')).length)}</span>`
        : nothing} ${statusText ? html`<span class="status">${statusText}</span>` : nothing}
    </button>`;
  }

  #renderCard(info: Info, statusText: string) {
    const t = (key: string, options?: Record<string, unknown>) => renderRuby(this.#i18n.t(key, options));
    const locale = this.#i18n.locale;
    const when = this.#whenText(info);
    const url = info.url ? safeUrl(info.url, this.baseURI) : undefined;
    const email = /^[^\s@]+@[^\s@]+$/.test(info.email.trim()) ? info.email.trim() : '';
    const tel = info.phone.normalize('NFKC').replace(/[^\d+]/g, '');
    const row = (key: string, content: unknown) => html`<div><dt>${t(`badge.heading.${key}`)}</dt><dd>${content}</dd></div>`;
    const topics = info.topics.length
      ? info.topics.map((topic) => ((TOPICS as readonly string[]).includes(topic) ? t(`badge.topic.${topic}`) : topic))
      : [t('badge.anything')];
    const contacts = [
      info.phone ? html`<li>${t('badge.phone')}：${tel ? html`<a class="tel" href="tel:${tel}">${info.phone}</a>` : info.phone}</li>` : nothing,
      info.email ? html`<li>${t('badge.email')}：${email ? html`<a href="mailto:${email}">${info.email}</a>` : info.email}</li>` : nothing,
      info.url ? html`<li>${t('badge.website')}：${url ? html`<a href=${url}>${info.url}</a>` : info.url}</li>` : nothing,
    ];
    return html`<article class="card" part="card" aria-labelledby="title">
      <p class="kicker">${flagMark()}<span>${t('badge.label')}</span></p>
      <h2 id="title">${info.name ? this.#renderName(info) : t('badge.label')}</h2>
      <p class="intro">${t('badge.intro')}</p>
      ${statusText ? html`<p class="now">${statusText}</p>` : nothing}
      <dl>
        ${row('topics', html`<ul class="topics">${topics.map((topic) => html`<li>${topic}</li>`)}</ul>`)}
        ${when ? row('when', when) : nothing} ${info.organization ? row('who', info.organization) : nothing}
        ${info.referTo ? row('referTo', info.referTo) : nothing}
        ${info.phone || info.email || info.url ? row('contact', html`<ul class="links">${contacts}</ul>`) : nothing}
        ${info.updated ? row('updated', longDate(info.updated, locale)) : nothing}
      </dl>
    </article>`;
  }

  #renderConnect() {
    const t = (key: string) => renderRuby(this.#i18n.t(key));
    return html`<section class="connect" aria-labelledby="connect-title">
      <h3 id="connect-title">${t('badge.heading.card')}</h3>
      <p>${t('badge.cardNote')}</p>
      <div class="actions">
        <button class="button primary" type="button" @click=${this.#onPrint}>${t('badge.print')}</button>
        <button class="button" type="button" @click=${this.#onSave}>${t('badge.save')}</button>
      </div>
    </section>`;
  }

  #renderMessage() {
    const t = (key: string, options?: Record<string, unknown>) => renderRuby(this.#i18n.t(key, options));
    if (this._load === 'missing')
      return html`<p class="message" part="message" role="alert">${t('badge.notFound', { id: this.salonId })}</p>`;
    return html`<p class="message" part="message" role="alert">
      ${t('badge.loadFailed')} <button class="button" type="button" @click=${() => void this.#read()}>${t('core.retry')}</button>
    </p>`;
  }

  override render() {
    if (this._load === 'missing' || this._load === 'error') return this.#renderMessage();
    const info = this.#info();
    const statusText = this._load === 'loading' ? stripRuby(this.#i18n.t('core.loading')) : this.#statusText(this.#status(info));
    if (this.variant === 'card') {
      return html`<div class="panel">${this.#renderCard(info, statusText)}${this.#renderConnect()}</div>`;
    }
    return html`${this.#renderTrigger(info, statusText)}
      <dialog part="dialog" aria-labelledby="title" closedby="any" @close=${this.#onClose}>
        <div class="sheet">
          <div class="top">
            <button class="button" type="button" @click=${() => this.hide()}>${renderRuby(this.#i18n.t('badge.close'))}</button>
          </div>
          ${this.#renderCard(info, statusText)}${this.#renderConnect()}
        </div>
      </dialog>`;
  }
}
