import { ChiikiSupportMatcher } from './support-matcher.js';

if (!customElements.get('chiiki-support-matcher')) customElements.define('chiiki-support-matcher', ChiikiSupportMatcher);

declare global {
  interface HTMLElementTagNameMap {
    'chiiki-support-matcher': ChiikiSupportMatcher;
  }
}
