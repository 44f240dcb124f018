import { css } from 'lit';

export const styles = css`
  :host {
    min-height: 12em;
    font-size: 1em;
  }
  /*
   * Padding live on the inner wrapper, not on :host: a host page's
   * "* { padding: 0 }" reset targets the element itself and beats :host rules.
   */
  .root {
    padding: var(--_space);
    container-type: inline-size;
  }
  h2 {
    font-size: 1.4em;
    margin: 0 0 0.5em;
  }
  h3 {
    font-size: 1.15em;
    margin: 1em 0 0.5em;
  }
  h4 {
    font-size: 1em;
    margin: 0.75em 0 0.25em;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 1em;
    padding: 0.5em 0.75em 0.75em;
    min-width: 0;
  }
  legend {
    font-weight: bold;
    padding: 0 0.25em;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .chip,
  .choice {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.75em;
    min-width: 2.75em;
    box-sizing: border-box;
    padding: 0.4em 0.9em;
    border: 2px solid var(--_border);
    border-radius: 1.5em;
    background: var(--_bg);
    color: var(--_text);
    cursor: pointer;
  }
  .chip input,
  .choice input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .chip:has(input:checked),
  .choice:has(input:checked) {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  /* The check mark is a decorative, aria-hidden element (not ::before content, which would enter
     the accessible name): the checked state is announced by the control itself. */
  .check {
    display: none;
    font-weight: bold;
  }
  .chip:has(input:checked) .check,
  .choice:has(input:checked) .check {
    display: inline;
  }
  .chip:focus-within,
  .choice:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .icon {
    font-size: 1.2em;
  }
  .direction {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin: 0 0 0.5em;
  }
  .field.inline {
    display: inline-flex;
    margin-inline-end: 0.75em;
  }
  /* Fields never get wider than the widget (320 px at 200 % text): labels wrap, controls shrink. */
  .field,
  .field > * {
    max-width: 100%;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  input[type='number'] {
    width: min(8em, 100%);
  }
  /*
   * File pickers: the native control (a fixed-width button and "no file chosen" text that never wrap)
   * is visually hidden but stays focusable and named by its label; the label is the visible button,
   * its text wraps. The chosen file's name is shown under it.
   */
  .file-button {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.75em;
    max-width: 100%;
    box-sizing: border-box;
    padding: 0.3em 1em;
    margin: 0.25em 0.5em 0.25em 0;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_primary);
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .file-button:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  select,
  input[type='number'],
  input[type='search'],
  textarea {
    font: inherit;
    min-height: 2.75em;
    box-sizing: border-box;
    padding: 0.3em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    max-width: 100%;
  }
  button,
  a.button {
    font: inherit;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.75em;
    min-width: 2.75em;
    box-sizing: border-box;
    padding: 0.3em 1em;
    margin: 0.25em 0.5em 0.25em 0;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    text-decoration: none;
    cursor: pointer;
  }
  button.secondary,
  a.button.secondary {
    background: var(--_bg);
    color: var(--_primary);
  }
  button.small {
    min-height: 2.25em;
    padding: 0.1em 0.6em;
    font-size: 0.9em;
  }
  button[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  button:disabled,
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .muted {
    color: var(--_muted);
  }
  .hits {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.75em;
  }
  .hit {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
    background: var(--_surface);
  }
  .hit p {
    margin: 0.25em 0;
  }
  .hit-name {
    font-weight: bold;
    font-size: 1.05em;
  }
  .kind,
  .tag {
    display: inline-block;
    font-size: 0.85em;
    font-weight: normal;
    border: 1px solid var(--_border);
    border-radius: 0.75em;
    padding: 0 0.5em;
    margin: 0 0.25em 0.25em 0;
    background: var(--_bg);
  }
  .consent {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.75em;
  }
  .consent input {
    width: 1.5em;
    height: 1.5em;
  }
  .error-text,
  .notice.error {
    color: var(--_danger);
  }
  .notice {
    border: 1px solid var(--_border);
    border-inline-start: 0.35em solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.25em 0.75em;
    margin: 0 0 1em;
    background: var(--_surface);
  }
  .files {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(14em, 100%), 1fr));
    gap: 0.75em;
  }
  .drop {
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
  }
  .drop.over {
    border-color: var(--_primary);
    background: var(--_surface);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.25em;
    margin: 0.5em 0;
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  progress {
    width: 12em;
    height: 1.2em;
  }
  .scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.95em;
  }
  caption {
    text-align: start;
    font-weight: bold;
    padding: 0.25em 0;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.25em 0.5em;
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  thead th {
    background: var(--_surface);
  }
  td.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  button.sort {
    background: none;
    border: none;
    color: inherit;
    padding: 0;
    margin: 0;
    min-height: 2.75em;
    font-weight: bold;
    justify-content: flex-start;
  }
  .row-actions {
    white-space: nowrap;
  }
  /*
   * Narrow widget (a phone, or 320 px at 200 % text): the assignment table's rows become cards,
   * each value after its column name (generated text with empty alternative text, so screen readers
   * keep reading the real column headers); the sort buttons stay on top.
   */
  @container (max-width: 36em) {
    table.stack,
    table.stack > :is(thead, tbody),
    table.stack > tbody > tr,
    table.stack > tbody > tr > :is(th, td) {
      display: block;
    }
    table.stack > thead > tr {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75em;
    }
    table.stack > thead > tr > th {
      display: block;
      border: none;
      padding: 0;
      background: none;
    }
    table.stack > thead > tr > th:not(:has(button)) {
      display: none;
    }
    table.stack > tbody > tr {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin: 0 0 0.5em;
      padding: 0.25em 0.5em;
    }
    table.stack > tbody > tr > :is(th, td) {
      border: none;
      padding: 0.1em 0;
      text-align: start;
      white-space: normal;
    }
    table.stack [data-label]::before {
      content: attr(data-label) '：' / '';
      color: var(--_muted);
      font-weight: normal;
    }
  }
  .pairs {
    padding-inline-start: 1.25em;
  }
  .pair-lists {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(16em, 100%), 1fr));
    gap: 0 1em;
  }
  .chart svg {
    width: 100%;
    max-width: 44em;
    height: auto;
    display: block;
  }
  .chart text {
    fill: var(--_text);
    font-size: 12px;
    font-family: var(--_font);
  }
  .bar-needs {
    fill: var(--_primary);
  }
  .bar-offers {
    fill: var(--_accent);
  }
  .empty {
    padding: 1em 0;
  }
  @media (forced-colors: active) {
    .chip:has(input:checked),
    .choice:has(input:checked),
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .bar-needs {
      fill: Highlight;
    }
    .bar-offers {
      fill: CanvasText;
    }
    .chart text {
      fill: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media print {
    .no-print,
    .sources .files,
    .sources .toolbar,
    .progress,
    button,
    .file-button {
      display: none !important;
    }
    :host {
      color: #000;
      background: #fff;
    }
    table {
      font-size: 10pt;
    }
    .scroll {
      overflow: visible;
    }
  }
`;
