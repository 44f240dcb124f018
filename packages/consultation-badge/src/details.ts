import { html, nothing, type TemplateResult } from 'lit';
import { describeSchedule, formatDate, registerStrings, renderRuby, stripRuby, type Locale, type Schedule } from '@chiiki/core';
import { detailStyles, printCardStyles } from './details.styles.js';
import { flagMark } from './flag-mark.js';
import type { BadgeContext, BadgeInfo } from './info.js';
import { ja } from './locales/ja.js';
import { printCard } from './print.js';
import { buildSchedule, computeStatus, parseClosures, type BadgeStatus } from './status.js';
import { statusWords, type StatusText } from './trigger.js';
import { buildVCard, vcardFileName } from './vcard.js';

/**
 * The badge's card, つながりカード, vCard, print and its status from core's full schedules: loaded with
 * `import()` after the badge's first paint (the flag or chip with its status, drawn by the element with
 * quick-status.ts), so that the first load of a badge page holds only Lit, i18next, core's i18n/theme,
 * the holiday table and the element itself (PRODUCT.md §7). Everything here is pure rendering over a
 * `BadgeContext`.
 */
registerStrings({ ja });

export { detailStyles };
export { ChiikiCloseEvent, ChiikiOpenEvent } from '@chiiki/core';

/** The topic codes of PRODUCT.md §4; anything else is free text, shown as written. */
export const TOPICS = ['care', 'childcare', 'disability', 'living', 'health', 'isolation', 'disaster', 'other'] as const;

/** `http:`/`https:` links only: a `javascript:` URL in data must never become a link. */
function safeUrl(value: string, base: string): string | undefined {
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** "2026-11-01" → "2026年11月1日" / "November 1, 2026"; text that is not a date is shown as written. */
function longDate(value: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim());
  if (!m) return value;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], 3));
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale === 'ja-x-easy' ? 'ja' : locale, { dateStyle: 'long', timeZone: 'Asia/Tokyo' }).format(date);
}

/** The schedule the badge works from: the record's, then `hours`, then the `schedule` RRULE. */
export function scheduleOf(info: BadgeInfo): Schedule | undefined {
  return buildSchedule(info.record?.schedule, {
    hours: info.hours,
    rrule: info.rrule,
    skipHolidays: info.skipHolidays,
    closures: parseClosures(info.closures),
  });
}

export function statusOf(context: BadgeContext): BadgeStatus {
  return computeStatus(context.info.status, scheduleOf(context.info), context.now);
}

/** A meeting's date in words: core's `formatDate` (every locale, furigana for やさしい日本語). */
export const dateWords = (date: Date, locale: Locale, time: boolean): string => formatDate(date, locale, { time });

/** "開催中", "次回 12月9日(火) 10:00〜", "休止中"…: core's schedules and `formatDate` decide. */
export function statusText(context: BadgeContext): StatusText {
  return statusWords(statusOf(context), context, dateWords)!;
}

const isTopic = (topic: string) => (TOPICS as readonly string[]).includes(topic);

function topicWords({ info, t }: BadgeContext): string[] {
  const words = info.topics.map((topic) => (isTopic(topic) ? stripRuby(t(`badge.topic.${topic}`)) : topic));
  return words.length ? words : [stripRuby(t('badge.anything'))];
}

/** The rule in words ("毎月 第2火曜日 10:00〜12:00"), else the published hours. */
function whenText(context: BadgeContext): string {
  const schedule = scheduleOf(context.info);
  if (!schedule) return '';
  let words = '';
  try {
    words = describeSchedule(schedule, context.locale);
  } catch {
    // An unreadable rule: the published text below.
  }
  return words || schedule.text || '';
}

/** The つながりカード: everything a resident needs to get in touch (also what is printed). */
export function renderCard(context: BadgeContext, status: StatusText): TemplateResult {
  const { info, locale, base } = context;
  const t = (key: string, options?: Record<string, unknown>) => renderRuby(context.t(key, options));
  const when = whenText(context);
  const url = info.url ? safeUrl(info.url, base) : undefined;
  const email = /^[^\s@]+@[^\s@]+$/.test(info.email.trim()) ? info.email.trim() : '';
  const tel = info.phone.normalize('NFKC').replace(/[^\d+]/g, '');
  const row = (key: string, content: unknown) => html`<div><dt>${t(`badge.heading.${key}`)}</dt><dd>${content}</dd></div>`;
  const topics = info.topics.length ? info.topics.map((topic) => (isTopic(topic) ? t(`badge.topic.${topic}`) : topic)) : [t('badge.anything')];
  const name =
    locale === 'ja-x-easy' && info.nameKana ? html`<ruby>${info.name}<rt>${info.nameKana}</rt></ruby>` : info.name || t('badge.label');
  const contacts = [
    info.phone ? html`<li>${t('badge.phone')}：${tel ? html`<a class="tel" href="tel:${tel}">${info.phone}</a>` : info.phone}</li>` : nothing,
    info.email ? html`<li>${t('badge.email')}：${email ? html`<a href="mailto:${email}">${info.email}</a>` : info.email}</li>` : nothing,
    info.url ? html`<li>${t('badge.website')}：${url ? html`<a href=${url}>${info.url}</a>` : info.url}</li>` : nothing,
  ];
  return html`<article class="card" part="card" aria-labelledby="title">
    <p class="kicker">${flagMark()}<span>${t('badge.label')}</span></p>
    <h2 id="title">${name}</h2>
    <p class="intro">${t('badge.intro')}</p>
    ${status.plain ? html`<p class="now">${status.shown}</p>` : nothing}
    <dl>
      ${row('topics', html`<ul class="topics">${topics.map((topic) => html`<li>${topic}</li>`)}</ul>`)}
      ${when ? row('when', when) : nothing} ${info.organization ? row('who', info.organization) : nothing}
      ${info.referTo ? row('referTo', info.referTo) : nothing}
      ${info.phone || info.email || info.url ? row('contact', html`<ul class="links">${contacts}</ul>`) : nothing}
      ${info.updated ? row('updated', longDate(info.updated, locale)) : nothing}
    </dl>
  </article>`;
}

/** "つながりカード": print it, or save the contact. */
export function renderConnect(context: BadgeContext, onPrint: () => void, onSave: () => void): TemplateResult {
  const t = (key: string) => renderRuby(context.t(key));
  return html`<section class="connect" aria-labelledby="connect-title">
    <h3 id="connect-title">${t('badge.heading.card')}</h3>
    <p>${t('badge.cardNote')}</p>
    <div class="actions">
      <button class="button primary" type="button" @click=${onPrint}>${t('badge.print')}</button>
      <button class="button" type="button" @click=${onSave}>${t('badge.save')}</button>
    </div>
  </section>`;
}

/** The card as a vCard 3.0 text in the context's locale. */
export function vcard(context: BadgeContext): string {
  const { info } = context;
  const t = (key: string) => stripRuby(context.t(key));
  const when = whenText(context);
  const note = [
    t('badge.label'),
    `${t('badge.heading.topics')}: ${topicWords(context).join(', ')}`,
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
    url: safeUrl(info.url, context.base) ?? '',
    note: note.join('\n'),
  });
}

/** "Save contact": the vCard as a file, built in the browser (Blob + download link). */
export function saveVCard(context: BadgeContext): void {
  const url = URL.createObjectURL(new Blob([vcard(context)], { type: 'text/vcard;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = vcardFileName(context.info.name || stripRuby(context.t('badge.label')));
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** "Print": the card alone, large type, no controls. */
export function print(card: Element, locale: Locale): void {
  printCard(card, locale, printCardStyles.cssText);
}

/** What the element hands to the card code: its state and its actions. */
export interface View {
  load: 'idle' | 'loading' | 'ready' | 'missing' | 'error';
  salonId: string;
  hide(): void;
  retry(): void;
  print(): void;
  save(): void;
  closed(): void;
}

/** A message instead of the badge: unknown `salon-id` (no error event: it is not a read failure), or a failed read with a retry. */
export function renderMessage(context: BadgeContext, view: View): TemplateResult {
  const t = (key: string, options?: Record<string, unknown>) => renderRuby(context.t(key, options));
  if (view.load === 'missing') return html`<p class="message" part="message" role="alert">${t('badge.notFound', { id: view.salonId })}</p>`;
  return html`<p class="message" part="message" role="alert">
    ${t('badge.loadFailed')} <button class="button" type="button" @click=${view.retry}>${t('core.retry')}</button>
  </p>`;
}

/** The `card` variant: everything inline. */
export function renderPanel(context: BadgeContext, view: View, status: StatusText): TemplateResult {
  return html`<div class="panel">${renderCard(context, status)}${renderConnect(context, view.print, view.save)}</div>`;
}

/** The card of `flag` and `chip`: a modal dialog next to the trigger (closed, it takes no room). */
export function renderDialog(context: BadgeContext, view: View, status: StatusText): TemplateResult {
  return html`<dialog part="dialog" aria-labelledby="title" closedby="any" @close=${view.closed}>
    <div class="sheet">
      <div class="top">
        <button class="button" type="button" @click=${view.hide}>${renderRuby(context.t('badge.close'))}</button>
      </div>
      ${renderCard(context, status)}${renderConnect(context, view.print, view.save)}
    </div>
  </dialog>`;
}
