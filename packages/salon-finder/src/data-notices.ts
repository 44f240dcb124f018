import { html, nothing, type TemplateResult } from 'lit';
import { renderRuby, stripRuby, type ChiikiError, type Problem } from '@chiiki/core';
import type { RenderContext } from './render-context.js';

/**
 * Loading, error-with-retry and problems notices (PRODUCT.md §2). LOCAL VERSIONS: core's shared UI
 * (packages/core/src/ui) is still empty; these move there when it lands.
 */
export function renderLoading(ctx: RenderContext): TemplateResult {
  return html`<p class="notice loading" role="status">${renderRuby(ctx.t('core.loading'))}</p>`;
}

export function renderLoadError(ctx: RenderContext, error: ChiikiError | undefined, retry: () => void): TemplateResult {
  return html`<div class="notice error" role="alert" part="error">
    <p>${renderRuby(ctx.t('salonFinder.loadFailed'))}</p>
    ${error ? html`<p class="muted">${error.code}</p>` : nothing}
    <button type="button" class="button" @click=${retry}>${renderRuby(ctx.t('core.retry'))}</button>
  </div>`;
}

/**
 * "一部のデータを表示できませんでした（n件）" with the details collapsed; the row/field table only
 * with `debug` (for staff). Counts records with at least one problem of the given severity.
 */
export function renderProblems(ctx: RenderContext, problems: Problem[], rejected: number, debug: boolean): TemplateResult | typeof nothing {
  if (!problems.length) return nothing;
  const warnedRows = new Set(problems.filter((p) => p.severity === 'warning').map((p) => p.row)).size;
  return html`<details class="notice problems" part="problems">
    <summary>
      ${renderRuby(rejected ? ctx.t('salonFinder.problems.rejected', { count: rejected }) : ctx.t('salonFinder.problems.warnings', { count: warnedRows }))}
    </summary>
    <p>${renderRuby(ctx.t('salonFinder.problems.explain', { rejected, warned: warnedRows }))}</p>
    ${debug
      ? html`<div class="table-wrap" tabindex="0" role="region" aria-label=${stripRuby(ctx.t('salonFinder.problems.table'))}>
          <table>
            <caption>${renderRuby(ctx.t('salonFinder.problems.table'))}</caption>
            <thead>
              <tr>
                <th scope="col">${ctx.t('salonFinder.problems.row')}</th>
                <th scope="col">${ctx.t('salonFinder.problems.field')}</th>
                <th scope="col">${ctx.t('salonFinder.problems.reason')}</th>
                <th scope="col">${ctx.t('salonFinder.problems.value')}</th>
                <th scope="col">${ctx.t('salonFinder.problems.severity')}</th>
              </tr>
            </thead>
            <tbody>
              ${problems.map(
                (p) => html`<tr>
                  <td>${p.row}</td>
                  <td>${p.field}</td>
                  <td>${p.reason}</td>
                  <td>${formatValue(p.value)}</td>
                  <td>${ctx.t(`salonFinder.problems.${p.severity}`)}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>`
      : nothing}
  </details>`;
}

function formatValue(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return String(value);
  }
}
