import { LitElement, html } from 'lit';
import { LocaleController, registerStrings, renderRuby, themeStyles } from '@chiiki/core';
import { styles } from './consultation-badge.styles.js';
import { strings } from './strings.js';

/**
 * @summary Community welfare consultation point.
 *
 * @cssproperty --chiiki-color-primary - Main colour of controls.
 */
export class ChiikiConsultationBadge extends LitElement {
  static override styles = [themeStyles, styles];

  static {
    registerStrings(strings);
  }

  readonly #i18n = new LocaleController(this);

  override render() {
    return html`<h2 part="title">${renderRuby(this.#i18n.t('badge.name'))}</h2>
      <p role="status">${renderRuby(this.#i18n.t('core.empty'))}</p>`;
  }
}
