import { LitElement, html } from 'lit';
import { LocaleController, registerStrings, renderRuby, themeStyles } from '@chiiki/core';
import { styles } from './plan-viewer.styles.js';
import { strings } from './strings.js';

/**
 * @summary Community welfare plan.
 *
 * @cssproperty --chiiki-color-primary - Main colour of controls.
 */
export class ChiikiPlanViewer extends LitElement {
  static override styles = [themeStyles, styles];

  static {
    registerStrings(strings);
  }

  readonly #i18n = new LocaleController(this);

  override render() {
    return html`<h2 part="title">${renderRuby(this.#i18n.t('plan.name'))}</h2>
      <p role="status">${renderRuby(this.#i18n.t('core.empty'))}</p>`;
  }
}
