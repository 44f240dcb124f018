// Types of dist/chiiki-widgets.js (and of chiiki-widgets.iife.js's window.Chiiki): every element, registered.
import '@chiiki/consultation-badge/define';
import '@chiiki/salon-finder/define';
import '@chiiki/support-matcher/define';
import '@chiiki/plan-viewer/define';

export { ChiikiConsultationBadge } from '@chiiki/consultation-badge';
export { ChiikiSalonFinder } from '@chiiki/salon-finder';
export { ChiikiSupportMatcher } from '@chiiki/support-matcher';
export { ChiikiPlanViewer } from '@chiiki/plan-viewer';
export { setStrings, LOCALES, resolveLocale } from '@chiiki/core';
