import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ACTIVITIES, AUDIENCES, renderRuby, stripRuby } from '@chiiki/core';
import { activeFilterCount, WHEN, type FilterState } from './filters.js';
import type { RenderContext } from './render-context.js';

export interface FilterFormOptions {
  filters: FilterState;
  districts: string[];
  /** Only the codes present in the data are offered. */
  audiences: Set<string>;
  activities: Set<string>;
  change(patch: Partial<FilterState>): void;
  reset(): void;
}

/** Monday first, as Japanese calendars in welfare offices are usually printed. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];

/**
 * The filters: large (2.75em) touch targets, native controls, every filter combinable. The free-text
 * search stays visible; the rest sit in a disclosure that shows how many filters are on.
 */
export function renderFilterForm(ctx: RenderContext, o: FilterFormOptions): TemplateResult {
  const f = o.filters;
  const t = ctx.t;
  const count = activeFilterCount({ ...f, text: '' });
  const check = (key: 'free' | 'transport' | 'consultation' | 'activeOnly') =>
    html`<label class="check"><input type="checkbox" .checked=${live(f[key])} @change=${(e: Event) => o.change({ [key]: (e.target as HTMLInputElement).checked })} />
      <span>${renderRuby(t(`salonFinder.filter.${key}`))}</span></label>`;
  return html`<form class="filters" part="filters" role="search" aria-label=${stripRuby(t('salonFinder.filter.label'))} @submit=${(e: Event) => e.preventDefault()}>
    <div class="field">
      <label for="q">${renderRuby(t('salonFinder.filter.text'))}</label>
      <input id="q" type="search" autocomplete="off" enterkeyhint="search" .value=${live(f.text)} @input=${(e: Event) => o.change({ text: (e.target as HTMLInputElement).value })} />
    </div>
    <details class="more-filters">
      <summary>${renderRuby(t('salonFinder.filter.more'))}${count ? html` <span class="badge-count">${t('salonFinder.filter.on', { count })}</span>` : nothing}</summary>
      <fieldset class="chips">
        <legend>${renderRuby(t('salonFinder.filter.when'))}</legend>
        ${WHEN.map(
          (when) => html`<label class="chip-input"><input type="radio" name="when" value=${when} .checked=${live(f.when === when)} @change=${() => o.change({ when })} />
            <span>${renderRuby(t(`salonFinder.when.${when}`))}</span></label>`,
        )}
      </fieldset>
      <fieldset class="chips">
        <legend>${renderRuby(t('salonFinder.filter.weekday'))}</legend>
        ${WEEK.map(
          (day) => html`<label class="chip-input"><input type="checkbox" .checked=${live(f.weekdays.includes(day))}
              @change=${(e: Event) => o.change({ weekdays: (e.target as HTMLInputElement).checked ? [...f.weekdays, day] : f.weekdays.filter((d) => d !== day) })} />
            <span>${renderRuby(t(`salonFinder.weekday.${day}`))}</span></label>`,
        )}
      </fieldset>
      <div class="selects">
        <div class="field">
          <label for="f-audience">${renderRuby(t('salonFinder.filter.audience'))}</label>
          <select id="f-audience" @change=${(e: Event) => o.change({ audience: (e.target as HTMLSelectElement).value as FilterState['audience'] })}>
            <option value="" ?selected=${!f.audience}>${stripRuby(t('salonFinder.filter.any'))}</option>
            ${AUDIENCES.filter((a) => o.audiences.has(a)).map((a) => html`<option value=${a} ?selected=${f.audience === a}>${stripRuby(t(`salonFinder.audience.${a}`))}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="f-activity">${renderRuby(t('salonFinder.filter.activity'))}</label>
          <select id="f-activity" @change=${(e: Event) => o.change({ activity: (e.target as HTMLSelectElement).value as FilterState['activity'] })}>
            <option value="" ?selected=${!f.activity}>${stripRuby(t('salonFinder.filter.any'))}</option>
            ${ACTIVITIES.filter((a) => o.activities.has(a)).map((a) => html`<option value=${a} ?selected=${f.activity === a}>${stripRuby(t(`salonFinder.activity.${a}`))}</option>`)}
          </select>
        </div>
        ${o.districts.length
          ? html`<div class="field">
              <label for="f-district">${renderRuby(t('salonFinder.filter.district'))}</label>
              <select id="f-district" @change=${(e: Event) => o.change({ district: (e.target as HTMLSelectElement).value })}>
                <option value="" ?selected=${!f.district}>${stripRuby(t('salonFinder.filter.any'))}</option>
                ${o.districts.map((d) => html`<option value=${d} ?selected=${f.district === d}>${d}</option>`)}
              </select>
            </div>`
          : nothing}
      </div>
      <fieldset class="checks">
        <legend class="visually-hidden">${stripRuby(t('salonFinder.filter.conditions'))}</legend>
        ${check('free')} ${check('transport')} ${check('consultation')} ${check('activeOnly')}
      </fieldset>
    </details>
    <button type="button" class="button reset" @click=${o.reset}>${renderRuby(t('salonFinder.filter.reset'))}</button>
  </form>`;
}
