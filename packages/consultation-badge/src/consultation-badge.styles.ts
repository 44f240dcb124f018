import { css } from 'lit';

/** The element's box, reserved before its card code (with the rest of its styles) arrives. */
export const styles = css`
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
`;
