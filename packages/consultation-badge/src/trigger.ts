import { html, nothing, type TemplateResult } from 'lit';
import { renderRuby, stripRuby, type Locale } from '@chiiki/core';
import { flagMark } from './flag-mark.js';
import type { BadgeContext } from './info.js';
import type { BadgeStatus } from './status.js';

/**
 * The flag or chip button and its status line: the badge's first paint (PRODUCT.md §7), rendered by
 * the element itself before and after its card code arrives, so that nothing moves or loses focus
 * when the card code comes in.
 */

/** A status both ways: `plain` for names and descriptions, `shown` with furigana (やさしい日本語). */
export interface StatusText {
  plain: string;
  shown: TemplateResult | string;
}

export const ours = (text: string): StatusText => ({ plain: stripRuby(text), shown: renderRuby(text) });

/** Formats a meeting's date: core's `formatDate` once the card code is in, `quickDate` before. */
export type DateWords = (date: Date, locale: Locale, time: boolean) => string | undefined;

/**
 * "開催中", "次回 12月9日(火) 10:00〜", "休止中", "終了", "次回は未定", the published hours (data: text
 * only), or ''; `undefined` when the date cannot be written yet.
 */
export function statusWords(status: BadgeStatus, context: BadgeContext, date: DateWords): StatusText | undefined {
  switch (status.kind) {
    case 'open':
    case 'paused':
    case 'closed':
    case 'none':
      return ours(context.t(`badge.status.${status.kind}`));
    case 'next': {
      const when = date(status.start, context.locale, status.hasTime);
      return when === undefined ? undefined : ours(context.t(status.hasTime ? 'badge.status.next' : 'badge.status.nextDay', { date: when }));
    }
    case 'text':
      return { plain: status.text, shown: status.text };
    default:
      return { plain: '', shown: '' };
  }
}

/** The flag or chip button that opens the card. */
export function renderTrigger(context: BadgeContext, flag: boolean, { plain: status, shown }: StatusText, open: () => void): TemplateResult {
  const { info } = context;
  const named = stripRuby(info.name ? context.t('badge.named', { name: info.name }) : context.t('badge.label'));
  if (flag) {
    return html`<button class="trigger flag" part="trigger" type="button" aria-haspopup="dialog" aria-label=${named}
        aria-describedby=${status ? 'flag-status' : nothing} @click=${open}>
        ${flagMark()}</button
      >${status ? html`<span id="flag-status" hidden>${status}</span>` : nothing}`;
  }
  // The name is the visible text (WCAG 2.5.3; furigana stay the browser's business); the place, which the
  // chip does not show, is its description.
  return html`<button class="trigger" part="trigger" type="button" aria-haspopup="dialog"
      aria-describedby=${info.name ? 'chip-place' : nothing} @click=${open}>
      ${flagMark()}<span class="label">${renderRuby(context.t('badge.label'))}</span>
      ${status ? html`<span class="status">${shown}</span>` : nothing}
    </button
    >${info.name ? html`<span id="chip-place" hidden>${info.name}</span>` : nothing}`;
}
