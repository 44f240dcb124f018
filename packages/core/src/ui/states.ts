import { html, nothing, type TemplateResult } from 'lit';
import { renderRuby, stripRuby } from '../i18n/ruby.js';
import type { ErrorCode, Problem } from '../data/types.js';
import { registerStrings } from '../i18n/instance.js';
import { problemStrings } from '../i18n/problem-strings.js';

// The words of errors and data problems (ja, en) come with the code that shows them, not in every
// element's first load (i18n/first-strings.ts: the consultation badge's first paint, PRODUCT.md §7).
registerStrings(problemStrings);

/**
 * The shared states every element shows (PRODUCT.md §2): loading, empty, a failed read with a retry
 * button, and the residents' notice about records that could not be shown (with the full table for
 * staff under `debug`). Plain Lit template functions: an element calls them in its `render()` and
 * adds `stateStyles` to its `static styles`. Strings come from core's `core.*` keys.
 */

/** What the templates need from the element: its `LocaleController` (or anything with `t`). */
export interface Translator {
  t(key: string, options?: Record<string, unknown>): string;
}

/** "読み込み中…", announced politely. */
export function renderLoading(i18n: Translator): TemplateResult {
  return html`<div class="chiiki-state chiiki-loading" part="loading" role="status" aria-live="polite">
    <span class="chiiki-spinner" aria-hidden="true"></span>${renderRuby(i18n.t('core.loading'))}
  </div>`;
}

/** "表示できるデータがありません". */
export function renderEmpty(i18n: Translator, message?: string): TemplateResult {
  return html`<p class="chiiki-state chiiki-empty" part="empty" role="status">${renderRuby(message ?? i18n.t('core.empty'))}</p>`;
}

/**
 * A read that failed: what happened in words for the code, and a retry button. Announced as an alert.
 * `error` is a `ChiikiError` or the `{ code, message }` of `chiiki-error`.
 */
export function renderError(i18n: Translator, error: { code: ErrorCode }, onRetry?: () => void): TemplateResult {
  return html`<div class="chiiki-state chiiki-error" part="error" role="alert">
    <p>${renderRuby(errorMessage(i18n, error.code))}</p>
    ${onRetry
      ? html`<button type="button" class="chiiki-retry" part="retry" @click=${onRetry}>${renderRuby(i18n.t('core.retry'))}</button>`
      : nothing}
  </div>`;
}

/** The message for an error code in the element's language. */
export function errorMessage(i18n: Translator, code: ErrorCode): string {
  return i18n.t(`core.error.${code}`, { defaultValue: i18n.t('core.error.fetch-failed') });
}

/** The label of a problem reason ("位置情報がありません") in the element's language. */
export function reasonLabel(i18n: Translator, reason: Problem['reason']): string {
  return i18n.t(`core.reason.${reason}`, { defaultValue: reason });
}

/** How many records (rows) have at least one problem: the number residents see. */
export function problemRowCount(problems: readonly Problem[]): number {
  return new Set(problems.map((p) => p.row)).size;
}

export interface ProblemsOptions {
  /** Show the full row / field / reason / value / severity table (the `debug` attribute, for staff). */
  debug?: boolean;
}

/**
 * "一部のデータを表示できませんでした（1件）" with the reasons collapsed in a `<details>`; nothing when
 * there are no problems. With `debug`, the full table follows. The count is the number of records
 * with at least one problem (rejected or shown with a warning).
 */
export function renderProblems(i18n: Translator, problems: readonly Problem[], options: ProblemsOptions = {}): TemplateResult | typeof nothing {
  if (!problems.length) return nothing;
  const count = problemRowCount(problems);
  const byReason = new Map<Problem['reason'], Set<number>>();
  for (const p of problems) {
    const rows = byReason.get(p.reason) ?? new Set<number>();
    rows.add(p.row);
    byReason.set(p.reason, rows);
  }
  return html`<div class="chiiki-problems" part="problems">
    <details>
      <summary>${renderRuby(i18n.t('core.problems.notice', { count }))}</summary>
      <ul>
        ${[...byReason].map(
          ([reason, rows]) => html`<li>${renderRuby(i18n.t('core.problems.item', { reason: reasonLabel(i18n, reason), count: rows.size }))}</li>`,
        )}
      </ul>
      ${options.debug ? nothing : html`<p class="chiiki-problems-hint">${renderRuby(i18n.t('core.problems.hint'))}</p>`}
    </details>
    ${options.debug ? renderProblemTable(i18n, problems) : nothing}
  </div>`;
}

const COLUMNS = ['row', 'field', 'reason', 'value', 'severity'] as const;

/** The staff table: one line per problem. Values are shown as text (never HTML). */
export function renderProblemTable(i18n: Translator, problems: readonly Problem[]): TemplateResult {
  const caption = i18n.t('core.problems.caption', { count: problems.length });
  return html`<div class="chiiki-problem-table" part="problem-table" role="region" tabindex="0" aria-label=${stripRuby(caption)}>
    <table>
      <caption>${renderRuby(caption)}</caption>
      <thead>
        <tr>
          ${COLUMNS.map((c) => html`<th scope="col">${renderRuby(i18n.t(`core.problems.column.${c}`))}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${problems.map(
          (p) => html`<tr class=${p.severity}>
            <td>${p.row}</td>
            <td><code>${p.field || '—'}</code></td>
            <td>${renderRuby(reasonLabel(i18n, p.reason))}</td>
            <td>${showValue(p.value)}</td>
            <td>${renderRuby(i18n.t(`core.severity.${p.severity}`))}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function showValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string') return value.length > 120 ? `${value.slice(0, 120)}…` : value;
  try {
    const json = JSON.stringify(value);
    return json.length > 120 ? `${json.slice(0, 120)}…` : json;
  } catch {
    return String(value);
  }
}
