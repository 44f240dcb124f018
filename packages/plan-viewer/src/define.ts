import { ChiikiPlanViewer } from './plan-viewer.js';

if (!customElements.get('chiiki-plan-viewer')) customElements.define('chiiki-plan-viewer', ChiikiPlanViewer);

declare global {
  interface HTMLElementTagNameMap {
    'chiiki-plan-viewer': ChiikiPlanViewer;
  }
}
