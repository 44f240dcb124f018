import { css } from 'lit';

export const styles = css`
  :host {
    min-height: 12em;
  }
  /*
   * Padding (and the size container) live on the inner wrapper, not on :host: a host page's
   * "* { padding: 0 }" reset targets the element itself and beats :host rules.
   */
  .frame {
    padding: var(--_space);
    container-type: inline-size;
  }
  h2 {
    margin: 0 0 0.25em;
    font-size: 1.5em;
    line-height: 1.3;
  }
  h3 {
    margin: 1.25em 0 0.5em;
    font-size: 1.15em;
  }
  p {
    margin: 0.25em 0;
  }
  a {
    color: var(--_primary);
  }
  .municipality,
  .period {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    color: var(--_muted);
  }
  .vision {
    margin: 1em 0;
    padding: 0.75em 1em;
    background: var(--_surface);
    border-inline-start: 0.35em solid var(--_primary);
    border-radius: var(--_radius);
  }
  .vision h3 {
    margin: 0 0 0.25em;
    font-size: 1em;
    color: var(--_muted);
  }
  .vision p {
    font-size: 1.2em;
    font-weight: bold;
    white-space: pre-line;
  }
  /*
   * Reflow (320 px, 200 % text): every control column may shrink below its content's width
   * (minmax(0, 1fr), min-inline-size: 0; fieldsets default to min-content), inputs and selects take
   * the width they are given, and rows wrap.
   */
  .controls {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
    margin: 1em 0;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .search {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
  }
  .search input {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 30em;
    min-inline-size: 0;
  }
  input[type='search'],
  select {
    min-height: 2.75em;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
    max-inline-size: 100%;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1.5em;
    align-items: flex-start;
    min-inline-size: 0;
  }
  .filters > * {
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  fieldset {
    margin: 0;
    padding: 0.25em 0.5em 0.5em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    min-inline-size: 0;
    max-inline-size: 100%;
    box-sizing: border-box;
  }
  legend {
    padding: 0 0.25em;
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }
  .check {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.35em;
    min-height: 2.75em;
    min-inline-size: 0;
    max-inline-size: 100%;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .check input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .select {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
  }
  .select select {
    box-sizing: border-box;
    inline-size: 100%;
    min-inline-size: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    min-inline-size: 0;
  }
  .actions button {
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }
  button {
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.25em 0.9em;
    border: 1px solid var(--_primary);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
    color: var(--_primary);
    cursor: pointer;
  }
  button:hover {
    background: var(--_surface);
  }
  button.link {
    min-height: 2.75em;
    border: none;
    padding: 0 0.25em;
    text-decoration: underline;
    background: none;
  }
  .status:empty {
    display: none;
  }
  .browse {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1em;
  }
  .trees,
  .panel {
    min-inline-size: 0;
  }
  @container (min-width: 48em) {
    .browse {
      grid-template-columns: minmax(0, 3fr) minmax(16em, 2fr);
      align-items: start;
    }
    .panel {
      position: sticky;
      top: 0.5em;
    }
  }
  [role='tree'],
  [role='tree'] ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* The rows under one item of the first two levels: off screen, not laid out or painted (their size is
     hinted from their row count until first laid out); still in the accessibility tree and found by find-in-page. */
  .group {
    content-visibility: auto;
    contain-intrinsic-size: auto 3em;
  }
  [role='treeitem'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    min-height: 2.75em;
    margin: 0.125em 0;
    padding: 0.25em 0.5em 0.25em 0;
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
    /* Rows off screen are not laid out or painted (large plans: toggles and searches stay quick); they stay in the accessibility tree. */
    content-visibility: auto;
    contain-intrinsic-size: auto 2.75em;
  }
  /* Indentation by level; it stops growing after a few levels so deep trees stay readable at 320 px. */
  [aria-level='2'] {
    padding-inline-start: 1.25em;
  }
  [aria-level='3'] {
    padding-inline-start: 2.5em;
  }
  [aria-level='4'] {
    padding-inline-start: 3.5em;
  }
  [aria-level='5'] {
    padding-inline-start: 4.25em;
  }
  [role='treeitem']:not([aria-level='1'], [aria-level='2'], [aria-level='3'], [aria-level='4'], [aria-level='5']) {
    padding-inline-start: 5em;
  }
  [role='treeitem']:hover {
    background: var(--_surface);
  }
  [role='treeitem']:focus {
    outline: none;
  }
  [role='treeitem']:focus-visible {
    outline: 0.1875em solid var(--_focus);
    outline-offset: -0.1875em;
  }
  [role='treeitem'][aria-selected='true'] {
    background: var(--_surface);
    box-shadow: inset 0.25em 0 0 var(--_primary);
  }
  .twisty {
    display: inline-block;
    inline-size: 1.25em;
    text-align: center;
    flex: none;
    color: var(--_muted);
  }
  .label {
    flex: 1 1 12em;
    min-inline-size: 0;
  }
  .kind {
    display: inline-block;
    max-inline-size: 100%;
    box-sizing: border-box;
    padding: 0 0.4em;
    margin-inline-end: 0.25em;
    border: 1px solid var(--_border);
    border-radius: 0.25em;
    font-size: 0.85em;
    color: var(--_muted);
    white-space: nowrap;
  }
  .in-text {
    font-size: 0.85em;
    color: var(--_muted);
  }
  [aria-level='1'] .title {
    font-weight: bold;
  }
  .progress {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    flex: 0 1 auto;
    flex-wrap: wrap;
    min-inline-size: 0;
    max-inline-size: 100%;
    margin-inline-start: auto;
  }
  .bar {
    display: inline-block;
    flex: 0 1 6em;
    min-inline-size: 2em;
    inline-size: 6em;
    block-size: 0.75em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 0.375em;
    overflow: hidden;
  }
  .fill {
    display: block;
    block-size: 100%;
    background: var(--_primary);
  }
  .value {
    min-inline-size: 3em;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .panel {
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .panel h3 {
    margin: 0 0 0.25em;
  }
  .panel .progress {
    margin: 0.25em 0;
  }
  .path,
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .print-view {
    display: none;
  }
  .print-view ul {
    padding-inline-start: 1.25em;
  }
  .print-title {
    margin-top: 0.5em;
  }
  .description {
    white-space: pre-line;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    list-style: none;
    margin: 0.25em 0;
    padding: 0;
  }
  .tag {
    padding: 0 0.5em;
    border-radius: 1em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    font-size: 0.85em;
  }
  .role-label {
    margin-top: 0.5em;
    font-weight: bold;
  }
  .role ul,
  .indicators ul,
  .milestones,
  .links {
    margin: 0.25em 0;
    padding-inline-start: 1.25em;
  }
  .links a {
    display: inline-block;
    min-height: 1.5em;
    padding: 0.25em 0;
  }
  .year {
    font-weight: bold;
  }
  mark {
    background: #fff3a0;
    color: #000;
    outline: 1px solid var(--_accent);
  }
  .timeline ol {
    list-style: none;
    margin: 0;
    padding: 0;
    border-inline-start: 0.25em solid var(--_border);
  }
  .timeline > ol > li {
    padding: 0.25em 0 0.5em 1em;
  }
  .timeline li.current {
    border-inline-start: 0.25em solid var(--_accent);
    margin-inline-start: -0.25em;
  }
  .now {
    color: var(--_accent);
  }
  .timeline ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .notice {
    margin: 0.75em 0;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-inline-start: 0.35em solid var(--_danger);
    border-radius: var(--_radius);
  }
  .notice summary {
    cursor: pointer;
    min-height: 2em;
  }
  table {
    border-collapse: collapse;
    font-size: 0.85em;
    margin-top: 0.5em;
    display: block;
    overflow-x: auto;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.2em 0.4em;
    text-align: start;
  }
  .state.error p {
    color: var(--_danger);
  }
  .about {
    margin-top: 1.5em;
    color: var(--_muted);
    font-size: 0.95em;
  }
  .contacts {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  @container (max-width: 30em) {
    .label {
      flex-basis: 100%;
    }
    [role='treeitem'] .progress {
      margin-inline-start: 0;
    }
    .value {
      min-inline-size: 0;
    }
  }
  @media (forced-colors: active) {
    .fill {
      background: Highlight;
      forced-color-adjust: none;
    }
    .bar {
      border-color: CanvasText;
    }
    [role='treeitem'][aria-selected='true'] {
      outline: 2px solid Highlight;
    }
    mark {
      background: Mark;
      color: MarkText;
    }
  }
  @media print {
    :host {
      min-height: 0;
    }
    /* Nothing printed is ever skipped as off screen. */
    .group,
    [role='treeitem'],
    .print-view li {
      content-visibility: visible;
    }
    .frame {
      padding: 0;
    }
    .controls,
    .notice,
    .browse,
    .timeline button,
    .empty {
      display: none !important;
    }
    .print-view {
      display: block;
    }
    .print-view li {
      break-inside: avoid-page;
    }
    .fill {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
    }
  }
`;
