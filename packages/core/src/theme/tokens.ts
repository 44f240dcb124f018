import { css } from 'lit';

/**
 * The documented styling API: a small set of `--chiiki-*` custom properties. Everything else is
 * private (`--_*`). Sizes are in `em` so a site's 文字サイズ switcher (html or body font-size) scales us.
 */
export const THEME_TOKENS = [
  '--chiiki-color-primary',
  '--chiiki-color-on-primary',
  '--chiiki-color-text',
  '--chiiki-color-muted',
  '--chiiki-color-background',
  '--chiiki-color-surface',
  '--chiiki-color-border',
  '--chiiki-color-focus',
  '--chiiki-color-accent',
  '--chiiki-color-danger',
  '--chiiki-font-family',
  '--chiiki-radius',
  '--chiiki-space',
] as const;

export const THEMES = ['light', 'dark', 'high-contrast'] as const;
export type Theme = (typeof THEMES)[number];

/** Every element includes these first. Colour pairs meet WCAG AA (4.5:1) in each theme. */
export const themeStyles = css`
  :host {
    --_primary: var(--chiiki-color-primary, #1a5a96);
    --_on-primary: var(--chiiki-color-on-primary, #ffffff);
    --_text: var(--chiiki-color-text, #1f1f1f);
    --_muted: var(--chiiki-color-muted, #55595e);
    --_bg: var(--chiiki-color-background, #ffffff);
    --_surface: var(--chiiki-color-surface, #f3f5f7);
    --_border: var(--chiiki-color-border, #8a9096);
    --_focus: var(--chiiki-color-focus, #b35c00);
    --_accent: var(--chiiki-color-accent, #b3261e);
    --_danger: var(--chiiki-color-danger, #a8201a);
    --_font: var(
      --chiiki-font-family,
      system-ui,
      'Hiragino Sans',
      'Hiragino Kaku Gothic ProN',
      'Noto Sans JP',
      'Noto Sans CJK JP',
      Meiryo,
      sans-serif
    );
    --_radius: var(--chiiki-radius, 0.5em);
    --_space: var(--chiiki-space, 1em);
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--_font);
    line-height: 1.6;
    /* Reset what a host stylesheet could leak in through inheritance. */
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    font-style: normal;
    font-variant: normal;
    font-feature-settings: normal;
    word-break: normal;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    --_primary: var(--chiiki-color-primary, #8cc4ff);
    --_on-primary: var(--chiiki-color-on-primary, #0b1a2a);
    --_text: var(--chiiki-color-text, #f1f1f1);
    --_muted: var(--chiiki-color-muted, #c2c7cc);
    --_bg: var(--chiiki-color-background, #15181b);
    --_surface: var(--chiiki-color-surface, #23282d);
    --_border: var(--chiiki-color-border, #8a9299);
    --_focus: var(--chiiki-color-focus, #ffb366);
    --_accent: var(--chiiki-color-accent, #ff8a80);
    --_danger: var(--chiiki-color-danger, #ff9b94);
  }
  :host([theme='high-contrast']) {
    --_primary: #ffff00;
    --_on-primary: #000000;
    --_text: #ffffff;
    --_muted: #ffffff;
    --_bg: #000000;
    --_surface: #000000;
    --_border: #ffffff;
    --_focus: #00ffff;
    --_accent: #ffff00;
    --_danger: #ff8080;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 0.1875em solid var(--_focus);
    outline-offset: 0.125em;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
