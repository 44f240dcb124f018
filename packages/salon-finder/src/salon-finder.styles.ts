import { css } from 'lit';

/** Layout: controls on top; list and map side by side from 600 px, list first (map on demand) below. */
export const styles = css`
  :host {
    min-height: 24em;
  }
  /*
   * Padding (and the size container) live on the inner wrapper, not on :host: a host page's
   * "* { padding: 0 }" reset targets the element itself and beats :host rules.
   */
  .finder {
    padding: var(--_space);
    container-type: inline-size;
  }
  h2 {
    margin: 0 0 0.5em;
    font-size: 1.375em;
    line-height: 1.3;
  }
  h3,
  h4 {
    margin: 0;
    line-height: 1.4;
  }
  a {
    color: var(--_primary);
  }
  .muted,
  .kana,
  .hint {
    color: var(--_muted);
  }
  .kana {
    display: block;
    font-size: 0.875em;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.25em;
    min-height: 2.75em;
    min-width: 2.75em;
    max-width: 100%;
    padding: 0.375em 0.875em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_primary);
    font-weight: 600;
    text-align: center;
    overflow-wrap: anywhere;
    text-decoration: none;
    cursor: pointer;
  }
  .button:hover {
    background: var(--_surface);
  }
  .button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
    border-color: var(--_primary);
  }
  .button.small {
    min-height: 2.75em;
    padding: 0.25em 0.625em;
    font-size: 0.9375em;
  }
  .button[disabled] {
    opacity: 0.7;
    cursor: progress;
  }
  input[type='search'],
  input[type='text'],
  select {
    min-height: 2.75em;
    padding: 0.375em 0.5em;
    border: 0.0625em solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
    max-width: 100%;
    min-width: 0;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin-block: 0.5em;
  }
  .field.inline {
    margin: 0;
  }
  label {
    font-weight: 600;
  }
  /* minmax(0, …): a long label or a wide control never makes a column wider than the finder (reflow at 320 px, 200 % text). */
  .controls {
    display: grid;
    gap: var(--_space);
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 50em) {
    .controls {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  .origin,
  .filters {
    min-width: 0;
    overflow-wrap: anywhere;
    padding: 0.75em;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .small-title {
    font-size: 1em;
    margin-bottom: 0.5em;
  }
  .origin-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: end;
  }
  .origin-row > * {
    min-width: 0;
    max-width: 100%;
  }
  .origin-row input,
  .origin-row .field {
    flex: 1 1 12em;
  }
  .origin-row select,
  .origin-row input {
    width: 100%;
  }
  .address {
    margin-top: 0.5em;
  }
  .address label {
    display: block;
    margin-bottom: 0.25em;
  }
  .hint {
    font-size: 0.875em;
    margin: 0.5em 0 0;
  }
  .origin-status p {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin: 0.5em 0 0;
  }
  .message.error {
    color: var(--_danger);
    font-weight: 600;
  }
  .candidates ul {
    list-style: none;
    padding: 0;
    margin: 0.25em 0 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .filters .field input {
    width: 100%;
  }
  .more-filters > summary {
    min-height: 2.75em;
    display: flex;
    align-items: center;
    gap: 0.5em;
    cursor: pointer;
    font-weight: 600;
    color: var(--_primary);
  }
  .badge-count {
    padding: 0 0.5em;
    border-radius: 1em;
    background: var(--_primary);
    color: var(--_on-primary);
    font-size: 0.875em;
  }
  fieldset {
    border: 0;
    margin: 0.5em 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.25em;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .chips legend {
    width: 100%;
  }
  .chip-input,
  .check {
    position: relative;
    max-width: 100%;
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.25em 0.75em;
    border: 0.0625em solid var(--_border);
    border-radius: 1.5em;
    background: var(--_bg);
    font-weight: 500;
    cursor: pointer;
  }
  .chip-input input,
  .check input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_primary);
  }
  .chip-input:has(input:checked),
  .check:has(input:checked) {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 0.125em var(--_primary);
  }
  .checks {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .selects {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  .selects > * {
    flex: 1 1 12em;
    min-width: 0;
    max-width: 100%;
  }
  .selects select {
    width: 100%;
  }
  .reset {
    margin-top: 0.5em;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    align-items: center;
    margin-block: 0.75em 0.5em;
  }
  .count {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
  }
  .sort {
    margin: 0;
    font-size: 0.9375em;
  }
  .panes {
    display: grid;
    gap: var(--_space);
    grid-template-columns: minmax(0, 1fr);
  }
  .wide.view-both .panes {
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
  }
  .wide.view-both .list-pane {
    order: -1;
    max-height: 40em;
    overflow: auto;
  }
  .map-pane {
    position: relative;
    min-width: 0;
  }
  .map {
    height: 28em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    z-index: 0;
    font: inherit;
  }
  .narrow .map {
    height: 20em;
  }
  .map-zoom {
    position: absolute;
    top: 0.5em;
    right: 0.5em;
    z-index: 1000;
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .button.icon {
    padding: 0;
    font-size: 1.25em;
    line-height: 1;
  }
  .attribution {
    position: absolute;
    right: 0.0625em;
    bottom: 0.0625em;
    z-index: 1000;
    max-width: calc(100% - 0.125em);
    margin: 0;
    padding: 0 0.375em;
    font-size: 0.75em;
    background: var(--_bg);
    color: var(--_text);
    border-radius: calc(var(--_radius) / 2) 0 var(--_radius) 0;
  }
  .map-failed {
    position: absolute;
    inset: 40% 1em auto;
    z-index: 1000;
    background: var(--_bg);
    padding: 0.5em;
    text-align: center;
  }
  /* Markers and clusters (our own DOM inside Leaflet's div icons). */
  .marker-icon {
    background: none;
    border: 0;
  }
  .pin {
    width: 100%;
    height: 100%;
    background: var(--_primary);
    border: 0.125em solid var(--_bg);
    border-radius: 50% 50% 50% 0;
    transform: rotate(-45deg) scale(0.8);
    box-shadow: 0 0.0625em 0.25em rgb(0 0 0 / 0.4);
    cursor: pointer;
  }
  .pin.selected {
    background: var(--_accent);
    transform: rotate(-45deg) scale(1);
  }
  .cluster {
    width: 100%;
    height: 100%;
    display: flex;
    align-items: center;
    justify-content: center;
    border-radius: 50%;
    background: var(--_primary);
    color: var(--_on-primary);
    border: 0.1875em solid var(--_bg);
    box-shadow: 0 0 0 0.25em rgb(26 90 150 / 0.3);
    font-weight: 700;
    font-size: 14px;
    cursor: pointer;
  }
  .pin:focus-visible,
  .cluster:focus-visible {
    outline: 0.1875em solid var(--_focus);
    outline-offset: 0.1875em;
  }
  .origin-icon {
    background: none;
    border: 0;
  }
  .origin-icon .origin {
    width: 100%;
    height: 100%;
    border-radius: 50%;
    background: var(--_focus);
    border: 0.1875em solid var(--_bg);
    box-shadow: 0 0 0 0.125em var(--_focus);
  }
  .results {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  .item {
    padding: 0.625em 0.75em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
  }
  .item.selected {
    border-color: var(--_accent);
    box-shadow: inset 0.375em 0 0 var(--_accent);
  }
  .item-title {
    font-size: 1.0625em;
  }
  .item-button {
    min-height: 2.75em;
    width: 100%;
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  .item-meta,
  .item-place {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    margin: 0.25em 0 0;
  }
  .status,
  .chip {
    display: inline-block;
    padding: 0 0.5em;
    border: 0.0625em solid currentColor;
    border-radius: 0.25em;
    font-weight: 700;
  }
  .status.paused,
  .status.closed {
    color: var(--_danger);
  }
  .chip.consult {
    color: var(--_primary);
  }
  .distance {
    font-weight: 600;
  }
  .more {
    margin-top: 0.75em;
    width: 100%;
  }
  .details {
    min-width: 0;
    overflow-wrap: anywhere;
    margin-bottom: var(--_space);
    padding: 0.75em;
    border: 0.125em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .details-head {
    display: flex;
    gap: 0.5em;
    align-items: start;
    justify-content: space-between;
  }
  .details-head h3 {
    font-size: 1.25em;
  }
  .status-line {
    margin: 0.5em 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0.75em 0;
  }
  .actions .primary {
    font-size: 1.0625em;
  }
  .details h4 {
    margin-top: 0.5em;
    font-size: 1em;
  }
  .meetings {
    margin: 0.25em 0 0.5em;
    padding-inline-start: 1.25em;
    font-weight: 600;
  }
  dl {
    margin: 0.5em 0 0;
  }
  /* Label above value in a narrow finder (320 px at 200 % text is 10em wide); side by side from 30em. */
  .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0 0.5em;
    padding: 0.375em 0;
    border-top: 0.0625em solid var(--_surface);
  }
  @container (min-width: 30em) {
    .row {
      grid-template-columns: minmax(6em, 1fr) minmax(0, 3fr);
    }
  }
  dt {
    font-weight: 600;
    color: var(--_muted);
  }
  dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .consultation {
    margin-top: 0.75em;
  }
  .notice {
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .credits {
    margin-top: var(--_space);
    font-size: 0.875em;
    color: var(--_muted);
  }
  .credits p {
    margin: 0.25em 0;
  }
  /* Touch targets of 44 CSS px at least: 2.75em of the finder's text, in the credits' smaller text. */
  .credits a,
  .attribution a {
    display: inline-flex;
    align-items: center;
    min-height: calc(2.75em / 0.875);
  }
  .attribution a {
    min-height: calc(2.75em / 0.75);
  }
  ruby rt {
    font-size: 0.6em;
  }
  @media (forced-colors: active) {
    .pin,
    .cluster,
    .origin-icon .origin {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Canvas;
    }
    .item.selected,
    .details {
      border-color: Highlight;
    }
  }
  @media print {
    .controls,
    .map-pane,
    .more,
    .actions .button:not(.primary),
    .close,
    .map-toggle {
      display: none !important;
    }
    .wide.view-both .list-pane {
      max-height: none;
      overflow: visible;
    }
    .item {
      break-inside: avoid;
    }
  }
`;
