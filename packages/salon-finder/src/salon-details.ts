import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { renderRuby, stripRuby, type Salon } from '@chiiki/core';
import type { RenderContext } from './render-context.js';
import { isActive, nextMeetings, type SalonEntry } from './salon-entries.js';
import { distanceWords, feeWords, formatMeeting, scheduleWords } from './salon-format.js';
import { renderKana, renderName } from './salon-name.js';

export interface DetailsOptions {
  entry: SalonEntry;
  now: Date;
  reportUrl: string;
  close(): void;
}

/** A Google Maps directions link (opened by the resident; nothing is requested by the widget). */
export function directionsUrl(salon: Salon): string | undefined {
  if (typeof salon.lat !== 'number' || typeof salon.lng !== 'number') {
    return salon.address ? `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(salon.address)}` : undefined;
  }
  return `https://www.google.com/maps/dir/?api=1&destination=${salon.lat},${salon.lng}`;
}

/** The selected salon, in our own panel (never a Leaflet popup): phone first, then when and where. */
export function renderDetails(ctx: RenderContext, options: DetailsOptions): TemplateResult {
  const { entry, now } = options;
  const salon = entry.salon;
  const active = isActive(salon);
  const meetings = active ? nextMeetings(entry, now, 3) : [];
  const phone = salon.contact?.phone ?? salon.consultation?.phone;
  const directions = directionsUrl(salon);
  const t = ctx.t;
  const row = (key: string, value: unknown) =>
    value === undefined || value === '' || value === nothing
      ? nothing
      : html`<div class="row"><dt>${renderRuby(t(`salonFinder.field.${key}`))}</dt><dd>${value}</dd></div>`;
  const yesNo = (value: boolean | undefined, yes: string, no: string) => (value === undefined ? undefined : renderRuby(t(value ? yes : no)));
  return html`<section class="details" part="details" aria-labelledby="details-title">
    <div class="details-head">
      <h3 id="details-title" tabindex="-1">${renderName(ctx, salon)}</h3>
      <button type="button" class="button close" @click=${options.close}>${renderRuby(t('salonFinder.closeDetails'))}</button>
    </div>
    ${renderKana(ctx, salon)}
    ${!active
      ? html`<p class="status-line ${salon.status}"><strong class="status ${salon.status}">${renderRuby(t(`salonFinder.status.${salon.status}`))}</strong>
          ${renderRuby(t(`salonFinder.statusExplain.${salon.status}`))}</p>`
      : nothing}
    <div class="actions">
      ${phone
        ? html`<a class="button primary" href="tel:${phone.replace(/[^\d+]/g, '')}">${renderRuby(t('salonFinder.call'))} <span class="phone">${phone}</span></a>`
        : nothing}
      ${directions
        ? html`<a class="button" href=${directions} target="_blank" rel="noopener noreferrer">${renderRuby(t('salonFinder.directions'))}<span class="visually-hidden">${t('salonFinder.newWindow')}</span></a>`
        : nothing}
    </div>
    ${active
      ? html`<h4>${renderRuby(t('salonFinder.nextMeetings'))}</h4>
          ${meetings.length
            ? html`<ul class="meetings">${meetings.map((m) => html`<li>${formatMeeting(ctx, m)}</li>`)}</ul>`
            : html`<p class="muted">${renderRuby(t('salonFinder.noDates'))}</p>`}`
      : nothing}
    <dl>
      ${row('schedule', scheduleWords(ctx, salon) || undefined)}
      ${row('venue', salon.venue)}
      ${row('address', salon.address)}
      ${row('distance', entry.km !== undefined ? distanceWords(ctx, entry.km) : undefined)}
      ${row('fee', feeWords(ctx, salon) || undefined)}
      ${row('capacity', salon.capacity !== undefined ? t('salonFinder.people', { count: salon.capacity }) : undefined)}
      ${row('reservation', yesNo(salon.reservation, 'salonFinder.reservationNeeded', 'salonFinder.reservationNotNeeded'))}
      ${row('newcomers', yesNo(salon.newcomersWelcome, 'salonFinder.newcomersYes', 'salonFinder.newcomersAsk'))}
      ${row('transport', yesNo(salon.transport, 'salonFinder.transportYes', 'salonFinder.transportNo'))}
      ${row('audiences', labels(ctx, 'audience', salon.audiences, salon.audiencesText))}
      ${row('activities', labels(ctx, 'activity', salon.activities, salon.activitiesText))}
      ${row('accessibility', salon.accessibility?.length ? salon.accessibility.join('、') : undefined)}
      ${row('organization', salon.contact?.organization)}
      ${row('email', salon.contact?.email ? html`<a href="mailto:${salon.contact.email}">${salon.contact.email}</a>` : undefined)}
      ${row('url', salon.contact?.url && /^https?:/i.test(salon.contact.url) ? html`<a href=${salon.contact.url}>${salon.contact.url}</a>` : undefined)}
      ${row('updated', salon.updated)}
    </dl>
    ${salon.consultation
      ? html`<div class="consultation">
          <chiiki-consultation-badge
            variant="card"
            name=${salon.name}
            topics=${ifDefined(salon.consultation.topics?.join(','))}
            hours=${ifDefined(salon.consultation.hours)}
            phone=${ifDefined(salon.consultation.phone ?? salon.contact?.phone)}
            organization=${ifDefined(salon.contact?.organization)}
            refer-to=${ifDefined(salon.consultation.referTo)}
            updated=${ifDefined(salon.updated)}
          ></chiiki-consultation-badge>
        </div>`
      : nothing}
    ${options.reportUrl
      ? html`<p class="report"><a href=${options.reportUrl}>${renderRuby(t('salonFinder.report'))}</a></p>`
      : nothing}
  </section>`;
}

function labels(ctx: RenderContext, group: 'audience' | 'activity', codes: string[] | undefined, text: string | undefined): string | undefined {
  const words = (codes ?? []).map((c) => stripRuby(ctx.t(`salonFinder.${group}.${c}`)));
  if (text && !words.length) return text;
  const all = words.join('、');
  return all ? (text && ctx.locale.startsWith('ja') ? `${all}（${text}）` : all) : undefined;
}
