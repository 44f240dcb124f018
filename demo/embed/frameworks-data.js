// Sample data passed as properties (arrays and objects) by the React and Vue pages.
export const SALONS_A = [
  { id: 'a1', name: 'ひだまりサロン', lat: 32.8781, lng: 130.8652, address: 'さくら町大字本町1-1', schedule: { rrule: 'FREQ=MONTHLY;BYDAY=2TU', start: '10:00', end: '12:00' }, audiences: ['elderly'], activities: ['tea'] },
  { id: 'a2', name: 'にこにこ子育てひろば', lat: 32.8812, lng: 130.8703, address: 'さくら町大字東町2-5', audiences: ['parenting'], activities: ['games'] },
];
export const SALONS_B = [{ id: 'b1', name: 'みどり体操クラブ', lat: 32.8745, lng: 130.8601, address: 'さくら町大字西町3-8', activities: ['exercise'] }];
export const PLAN = {
  id: 'fw-plan',
  title: 'さくら町地域福祉計画（抜粋）',
  municipality: 'さくら町',
  vision: 'みんなで支え合うまち',
  goals: [{ id: 'g1', title: 'つながりをつくる', status: 'in-progress', children: [{ id: 'g1-1', title: '通いの場を増やす', status: 'started' }] }],
};
export const TAGS = ['chiiki-consultation-badge', 'chiiki-salon-finder', 'chiiki-support-matcher', 'chiiki-plan-viewer'];

/** The elements come from the built distribution (served next to this page), as a site would load them. */
export async function loadElements() {
  await import(/* @vite-ignore */ new URL('../../../../packages/widgets/dist/chiiki-widgets.js', document.baseURI).href);
  await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
  Object.assign(window, { __data: { SALONS_A, SALONS_B, PLAN } });
}
