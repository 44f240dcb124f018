import { css, html } from 'lit';

/**
 * Our own のぼり旗 (a standing banner on a pole) with a speech bubble: the mark of a 地域の福祉相談窓口
 * (seed 003: 古河市 hangs a のぼり旗 where a salon takes consultations). Drawn on a 24-unit grid so it
 * reads at 16 px (pole, coloured cloth, white bubble) and shows its details at 64 px (loops, dots).
 * Decorative: the control that holds it carries the accessible name.
 */
export const flagMark = () =>
  // One html template: inside <svg> the parser makes SVG elements (no `svg` template needed), and no
  // whitespace between them (text nodes an SVG never shows).
  html`<svg class="mark" part="mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false"
    ><rect class="pole" x="2.6" y="1" width="2.4" height="22.4" rx="1.2"
    /><rect class="pole" x="2.6" y="1.6" width="18.6" height="2.2" rx="1.1"
    /><rect class="cloth" x="6.2" y="3.8" width="14.4" height="17.6"
    /><rect class="pole" x="5" y="7" width="1.6" height="1.2"
    /><rect class="pole" x="5" y="12" width="1.6" height="1.2"
    /><rect class="pole" x="5" y="17" width="1.6" height="1.2"
    /><path class="sign" d="M9.2 6.6h8.2a1.4 1.4 0 0 1 1.4 1.4v5a1.4 1.4 0 0 1-1.4 1.4h-4.1l-3 2.8v-2.8H9.2A1.4 1.4 0 0 1 7.8 13V8a1.4 1.4 0 0 1 1.4-1.4z"
    /><circle class="dot" cx="10.6" cy="10.5" r="0.95"
    /><circle class="dot" cx="13.3" cy="10.5" r="0.95"
    /><circle class="dot" cx="16" cy="10.5" r="0.95"
  /></svg>`;

/**
 * Colours of the mark: the pole in the text colour, the cloth in the accent colour
 * (`--chiiki-color-accent`, ≥ 3:1 against the background in every theme, WCAG 1.4.11), the bubble in
 * the background colour. Under forced colours only system colours are used.
 */
export const flagMarkStyles = css`
  .mark {
    display: inline-block;
    flex: none;
    width: 1.5em;
    height: 1.5em;
    vertical-align: middle;
    overflow: visible;
  }
  .pole {
    fill: currentColor;
  }
  .cloth,
  .dot {
    fill: var(--_accent);
  }
  .sign {
    fill: var(--_bg);
  }
  @media (forced-colors: active) {
    .pole,
    .cloth,
    .dot {
      fill: CanvasText;
    }
    .sign {
      fill: Canvas;
    }
  }
`;
