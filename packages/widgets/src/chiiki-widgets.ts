/** Every element in one ES module (shared chunks): `<script type="module" src="…/chiiki-widgets.js">`. */
import '@chiiki/consultation-badge/define';
import '@chiiki/salon-finder/define';
import '@chiiki/support-matcher/define';
import '@chiiki/plan-viewer/define';

export { ChiikiConsultationBadge } from '@chiiki/consultation-badge';
export { ChiikiSalonFinder } from '@chiiki/salon-finder';
export { ChiikiSupportMatcher } from '@chiiki/support-matcher';
export { ChiikiPlanViewer } from '@chiiki/plan-viewer';
export { setStrings, LOCALES, resolveLocale } from '@chiiki/core';
