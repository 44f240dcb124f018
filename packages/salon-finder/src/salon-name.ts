import { html, nothing, type TemplateResult } from 'lit';
import type { Salon } from '@chiiki/core';
import type { RenderContext } from './render-context.js';

/** The salon's name: with its kana as ruby in ja-x-easy, its English name in other languages when known. */
export function renderName(ctx: RenderContext, salon: Salon): TemplateResult | string {
  if (ctx.locale === 'ja-x-easy' && salon.nameKana) return html`<ruby>${salon.name}<rt>${salon.nameKana}</rt></ruby>`;
  if (!ctx.locale.startsWith('ja') && salon.nameEn) return html`${salon.nameEn} <span lang="ja">(${salon.name})</span>`;
  if (!ctx.locale.startsWith('ja')) return html`<span lang="ja">${salon.name}</span>`;
  return salon.name;
}

/** The kana line under a name in `ja` (ja-x-easy already shows it as ruby). */
export function renderKana(ctx: RenderContext, salon: Salon): TemplateResult | typeof nothing {
  return ctx.locale === 'ja' && salon.nameKana ? html`<span class="kana">${salon.nameKana}</span>` : nothing;
}
