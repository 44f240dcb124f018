import { css } from 'lit';

/**
 * The つながりカード as printed: large type, black on white, no controls. Used twice: inside
 * `@media print` in the badge (printing the whole page gives one card per page) and as the only
 * stylesheet of the print frame (the card's "print" button).
 */
export const printCardStyles = css`
  .card {
    display: block;
    break-before: page;
    break-after: page;
    break-inside: avoid;
    box-sizing: border-box;
    max-width: none;
    margin: 0;
    padding: 0.5em 0;
    border: 0;
    color: #000;
    background: #fff;
    font-family: system-ui, 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Noto Sans JP', Meiryo, sans-serif;
    font-size: 16pt;
    line-height: 1.5;
  }
  .card h2 {
    font-size: 1.8em;
    margin: 0.2em 0 0.4em;
  }
  .card .kicker {
    display: flex;
    align-items: center;
    gap: 0.4em;
    margin: 0;
    font-size: 1.1em;
    font-weight: bold;
  }
  .card .mark {
    width: 2.5em;
    height: 2.5em;
  }
  .card dl,
  .card ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card dd {
    margin: 0 0 0.4em;
  }
  .card ul.topics li {
    display: inline-block;
    margin-inline-end: 0.75em;
  }
  .card .pole,
  .card .dot {
    fill: #000;
  }
  .card .cloth {
    fill: #000;
  }
  .card .sign {
    fill: #fff;
  }
  .card dl > div {
    break-inside: avoid;
  }
  .card dt {
    font-weight: bold;
  }
  .card a {
    color: #000;
    text-decoration: none;
  }
  .card .tel {
    font-size: 1.5em;
    font-weight: bold;
  }
  .card .no-print,
  .card button {
    display: none;
  }
`;

const cardStyles = css`
  .card {
    display: block;
  }
  .kicker {
    display: flex;
    align-items: center;
    gap: 0.4em;
    margin: 0;
    font-weight: bold;
    color: var(--_text);
  }
  .kicker .mark {
    width: 2em;
    height: 2em;
  }
  .card h2 {
    margin: 0.25em 0;
    font-size: 1.35em;
    line-height: 1.35;
  }
  .intro {
    margin: 0 0 0.5em;
  }
  .now {
    display: inline-block;
    margin: 0 0 0.5em;
    font-weight: bold;
  }
  dl {
    margin: 0;
    display: grid;
    gap: 0.5em;
  }
  dt {
    font-weight: bold;
    color: var(--_muted);
    font-size: 0.9em;
  }
  dd {
    margin: 0;
  }
  ul.topics {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
  }
  ul.topics li {
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: 1em;
  }
  ul.links {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card a {
    color: var(--_primary);
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
  }
  .tel {
    font-size: 1.2em;
    font-weight: bold;
  }
`;

/** Buttons (retry, close, print, save) and the message instead of a badge. */
const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.75em;
    padding: 0.25em 1em;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    color: var(--_primary);
    background: var(--_bg);
    font-weight: bold;
    cursor: pointer;
  }
  .button.primary {
    color: var(--_on-primary);
    background: var(--_primary);
  }
  .message {
    margin: 0;
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid var(--_danger);
    background: var(--_surface);
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;

/** Loaded with the card code: dialog, card, つながりカード actions, messages and print rules (the trigger's are the element's own). */
export const detailStyles = css`
  ${buttonStyles}
  dialog {
    width: min(36em, calc(100vw - 1em));
    max-height: calc(100dvh - 1em);
    padding: 0;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--_font);
    line-height: 1.6;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .sheet,
  :host([variant='card']) .panel {
    padding: var(--_space);
  }
  :host([variant='card']) .panel {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .top {
    display: flex;
    justify-content: flex-end;
  }
  .connect {
    margin-top: 1em;
    padding-top: 0.75em;
    border-top: 1px solid var(--_border);
  }
  .connect h3 {
    margin: 0;
    font-size: 1.1em;
  }
  .connect p {
    margin: 0.25em 0 0.5em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  ${cardStyles}
  @media (forced-colors: active) {
    dialog {
      border-color: ButtonText;
    }
  }
  @media print {
    :host {
      display: block !important;
      min-height: 0;
    }
    .trigger,
    .top,
    .connect,
    .message button {
      display: none !important;
    }
    dialog {
      display: block;
      position: static;
      width: auto;
      max-height: none;
      margin: 0;
      padding: 0;
      border: 0;
    }
    dialog::backdrop {
      display: none;
    }
    .sheet,
    :host([variant='card']) .panel {
      padding: 0;
      border: 0;
    }
    ${printCardStyles}
  }
`;
