import { html, type TemplateResult } from 'lit';

/** `{漢字|かんじ}`: how strings carry furigana without HTML (PRODUCT.md §2). */
const RUBY = /\{([^{}|]+)\|([^{}|]+)\}/g;

/** Renders a string with `{base|reading}` marks as text and `<ruby>` elements; never parses HTML. */
export function renderRuby(text: string): TemplateResult | string {
  if (!text.includes('{')) return text;
  const parts: (TemplateResult | string)[] = [];
  let last = 0;
  for (const m of text.matchAll(RUBY)) {
    parts.push(text.slice(last, m.index));
    parts.push(html`<ruby>${m[1]}<rt>${m[2]}</rt></ruby>`);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return html`${parts}`;
}

/** The same string without readings, for attributes such as `aria-label` and `title`. */
export function stripRuby(text: string): string {
  return text.replace(RUBY, '$1');
}
