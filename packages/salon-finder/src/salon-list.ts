import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { renderRuby } from '@chiiki/core';
import type { RenderContext } from './render-context.js';
import { isActive, nextMeeting, type SalonEntry } from './salon-entries.js';
import { distanceWords, formatMeeting, scheduleWords } from './salon-format.js';
import { renderKana, renderName } from './salon-name.js';

/** Entries added by each "show more". */
export const PAGE = 30;

export interface ListOptions {
  /** The entries to show, in order. */
  entries: SalonEntry[];
  /** How many match in all (the rest are behind "show more"). */
  total: number;
  selectedId?: string;
  now: Date;
  select(entry: SalonEntry): void;
  more(): void;
}

/**
 * The result list: the keyboard path through the salons. Each entry is a heading with a button
 * (Enter selects the salon, opens its details and shows it on the map) and a short summary.
 */
export function renderList(ctx: RenderContext, options: ListOptions): TemplateResult {
  const { entries: shown, total, now } = options;
  const rest = total - shown.length;
  return html`<ol class="results" part="list" aria-label=${ctx.t('salonFinder.listLabel')}>
      ${repeat(
        shown,
        (entry) => entry.salon.id,
        (entry) => renderItem(ctx, entry, entry.salon.id === options.selectedId, now, options.select),
      )}
    </ol>
    ${rest > 0
      ? html`<button type="button" class="button more" @click=${options.more}>
          ${renderRuby(ctx.t('salonFinder.more', { count: Math.min(PAGE, rest), rest }))}
        </button>`
      : nothing}`;
}

function renderItem(ctx: RenderContext, entry: SalonEntry, selected: boolean, now: Date, select: (entry: SalonEntry) => void): TemplateResult {
  const salon = entry.salon;
  const active = isActive(salon);
  const next = active ? nextMeeting(entry, now) : undefined;
  const when = next ? ctx.t('salonFinder.nextShort', { when: formatMeeting(ctx, next) }) : active ? scheduleWords(ctx, salon) : '';
  return html`<li class=${selected ? 'item selected' : 'item'} data-id=${salon.id} @click=${(e: Event) => onCardClick(e, entry, select)}>
    <h3 class="item-title">
      <button type="button" class="item-button" aria-current=${selected ? 'true' : 'false'} @click=${() => select(entry)}>
        ${renderName(ctx, salon)}
      </button>
    </h3>
    ${renderKana(ctx, salon)}
    <p class="item-meta">
      ${!active ? html`<span class="status ${salon.status}">${renderRuby(ctx.t(`salonFinder.status.${salon.status}`))}</span>` : nothing}
      ${salon.consultation ? html`<span class="chip consult">${renderRuby(ctx.t('salonFinder.consultationChip'))}</span>` : nothing}
      ${when ? html`<span class="when">${when}</span>` : nothing}
    </p>
    <p class="item-place">
      ${[salon.venue, salon.district].filter(Boolean).join('・')}
      ${entry.km !== undefined ? html`<span class="distance">${distanceWords(ctx, entry.km)}</span>` : nothing}
      ${!entry.pinned ? html`<span class="muted">${renderRuby(ctx.t('salonFinder.noPin'))}</span>` : nothing}
    </p>
  </li>`;
}

/** A click anywhere on the card selects too (a bigger target); the button stays the keyboard path. */
function onCardClick(event: Event, entry: SalonEntry, select: (entry: SalonEntry) => void): void {
  const target = event.target as HTMLElement;
  if (target.closest('button, a')) return;
  if (getSelection()?.toString()) return; // the resident is selecting text
  select(entry);
}
