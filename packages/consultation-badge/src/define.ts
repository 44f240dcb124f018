import { ChiikiConsultationBadge } from './consultation-badge.js';

if (!customElements.get('chiiki-consultation-badge')) customElements.define('chiiki-consultation-badge', ChiikiConsultationBadge);

declare global {
  interface HTMLElementTagNameMap {
    'chiiki-consultation-badge': ChiikiConsultationBadge;
  }
}
