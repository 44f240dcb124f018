import '@chiiki/consultation-badge/define';
import { ChiikiSalonFinder } from './salon-finder.js';

if (!customElements.get('chiiki-salon-finder')) customElements.define('chiiki-salon-finder', ChiikiSalonFinder);

declare global {
  interface HTMLElementTagNameMap {
    'chiiki-salon-finder': ChiikiSalonFinder;
  }
}
