import { css } from 'lit';
import { flagMarkStyles } from './flag-mark.js';

/**
 * The element's box, the のぼり旗 mark and the flag / chip button with its status: everything of the
 * first paint. The dialog, card and messages bring their styles with the card code (details.styles.ts).
 */
export const styles = [
  flagMarkStyles,
  css`
    :host {
      display: inline-block;
      vertical-align: middle;
      min-height: 2.75em;
      background: transparent;
    }
    :host([variant='card']) {
      display: block;
      max-width: 40em;
      background: var(--_bg);
    }
    .trigger {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      min-width: 2.75em;
      min-height: 2.75em;
      margin: 0;
      padding: 0.25em 0.75em 0.25em 0.5em;
      border: 1px solid var(--_border);
      border-radius: 1.5em;
      color: var(--_text);
      background: var(--_bg);
      cursor: pointer;
      text-align: start;
      line-height: 1.3;
    }
    .trigger:hover {
      border-color: var(--_text);
      background: var(--_surface);
    }
    .label {
      font-weight: bold;
    }
    .status {
      font-size: 0.9em;
    }
    .status::before {
      content: '';
      display: inline-block;
      width: 1px;
      height: 1em;
      margin-inline-end: 0.5em;
      vertical-align: -0.15em;
      background: var(--_border);
    }
    .flag {
      justify-content: center;
      padding: 0.25em;
      border-radius: var(--_radius);
    }
    .flag .mark {
      width: 2em;
      height: 2em;
    }
    @media (forced-colors: active) {
      .trigger {
        border-color: ButtonText;
      }
      .status::before {
        background: CanvasText;
      }
    }
  `,
];
