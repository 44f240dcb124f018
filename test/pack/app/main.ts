// A developer's page using the packed npm packages: define entries, classes, types and the engine.
import '@chiiki/consultation-badge/define';
import '@chiiki/salon-finder/define';
import '@chiiki/support-matcher/define';
import '@chiiki/plan-viewer/define';
import { ChiikiSalonFinder } from '@chiiki/salon-finder';
import type { ChiikiConsultationBadge } from '@chiiki/consultation-badge';
import type { ChiikiPlanViewer } from '@chiiki/plan-viewer';
import { matchSupport } from '@chiiki/support-matcher/engine';
import { setStrings, LOCALES } from '@chiiki/core';

declare global {
  interface Window {
    __scratch?: { done: boolean; defined: string[]; rendered: boolean[]; engine: string };
  }
}

const TAGS = ['chiiki-consultation-badge', 'chiiki-salon-finder', 'chiiki-support-matcher', 'chiiki-plan-viewer'] as const;

// HTMLElementTagNameMap comes with the define entries: these are typed without casts.
const badge: ChiikiConsultationBadge = document.createElement('chiiki-consultation-badge');
badge.setAttribute('name', 'ひだまりサロン');
badge.setAttribute('hours', '10:00-12:00');
const finder: ChiikiSalonFinder = document.createElement('chiiki-salon-finder');
finder.setAttribute('view', 'list');
finder.data = [{ id: 's1', name: 'ひだまりサロン', lat: 32.87, lng: 130.86 }];
const matcher = document.createElement('chiiki-support-matcher');
const plan: ChiikiPlanViewer = document.createElement('chiiki-plan-viewer');
plan.data = { id: 'p', title: '地域福祉計画', municipality: 'さくら町', goals: [{ id: 'g', title: 'つながり' }] };
setStrings('ja', {});
console.assert(LOCALES.includes('ja'));

document.getElementById('app')!.append(badge, finder, matcher, plan);

await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
await Promise.all([badge, finder, matcher, plan].map((el) => el.updateComplete));
await new Promise((resolve) => setTimeout(resolve, 200));
window.__scratch = {
  done: true,
  defined: TAGS.filter((tag) => customElements.get(tag) !== undefined),
  rendered: [badge, finder, matcher, plan].map((el) => (el.shadowRoot?.textContent ?? '').trim().length > 0),
  engine: typeof matchSupport,
};
