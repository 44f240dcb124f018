import { html, nothing, type TemplateResult } from 'lit';
import { renderRuby, stripRuby } from '@chiiki/core';
import type { OriginController } from './origin-controller.js';
import type { RenderContext } from './render-context.js';

export interface OriginFormOptions {
  origin: OriginController;
  districts: string[];
  geocoder: boolean;
  locate(): void;
  search(query: string): void;
  pickDistrict(district: string): void;
  clear(): void;
}

/** "Where are you?": my location, an address, a district; the current origin with a way to clear it. */
export function renderOriginForm(ctx: RenderContext, o: OriginFormOptions): TemplateResult {
  const t = ctx.t;
  const { origin, problem, busy, candidates } = o.origin;
  const onSearch = (event: Event) => {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('address') as HTMLInputElement;
    o.search(input.value);
  };
  return html`<section class="origin" part="origin" aria-labelledby="origin-title">
    <h3 id="origin-title" class="small-title">${renderRuby(t('salonFinder.origin.title'))}</h3>
    <div class="origin-row">
      <button type="button" class="button" @click=${o.locate} ?disabled=${busy === 'geolocation'}>
        ${renderRuby(t(busy === 'geolocation' ? 'salonFinder.origin.locating' : 'salonFinder.origin.locate'))}
      </button>
      ${o.districts.length
        ? html`<div class="field inline">
            <label for="origin-district">${renderRuby(t('salonFinder.origin.district'))}</label>
            <select id="origin-district" @change=${(e: Event) => o.pickDistrict((e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${origin?.source !== 'district'}>${stripRuby(t('salonFinder.origin.chooseDistrict'))}</option>
              ${o.districts.map((d) => html`<option value=${d} ?selected=${origin?.source === 'district' && origin.label === d}>${d}</option>`)}
            </select>
          </div>`
        : nothing}
    </div>
    ${o.geocoder
      ? html`<form class="address" @submit=${onSearch}>
          <label for="address">${renderRuby(t('salonFinder.origin.address'))}</label>
          <div class="origin-row">
            <input id="address" name="address" type="text" autocomplete="street-address" enterkeyhint="search" />
            <button type="submit" class="button" ?disabled=${busy === 'address'}>${renderRuby(t('salonFinder.origin.search'))}</button>
          </div>
        </form>`
      : nothing}
    <p class="hint">${renderRuby(t('salonFinder.origin.mapHint'))}</p>
    <div class="origin-status" role="status">
      ${busy === 'address' ? renderRuby(t('salonFinder.origin.searching')) : nothing}
      ${origin
        ? html`<p>
            ${renderRuby(t(`salonFinder.origin.from.${origin.source}`, { label: origin.label ?? '' }))}
            <span class="muted">${renderRuby(t('salonFinder.origin.straight'))}</span>
            <button type="button" class="button small" @click=${o.clear}>${renderRuby(t('salonFinder.origin.clear'))}</button>
          </p>`
        : nothing}
    </div>
    ${problem ? html`<p class="message error" role="alert">${renderRuby(t(`salonFinder.origin.${problem.reason}`))}</p>` : nothing}
    ${candidates.length
      ? html`<div class="candidates">
          <p>${renderRuby(t('salonFinder.origin.candidates'))}</p>
          <ul>
            ${candidates.map(
              (c) => html`<li><button type="button" class="button small" @click=${() => o.origin.set({ ...c })}>${c.label ?? `${c.lat.toFixed(4)}, ${c.lng.toFixed(4)}`}</button></li>`,
            )}
          </ul>
        </div>`
      : nothing}
  </section>`;
}
