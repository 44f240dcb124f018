// Vue 3 page with render functions (no SFC compiler): attributes, properties and custom events.
// Vue sets a key as a DOM property when the element has it (`data`, `view`, `name` …), else as an attribute.
import { createApp, h, markRaw, ref, shallowRef } from 'vue';
import { loadElements, SALONS_A, SALONS_B, PLAN } from '../frameworks-data.js';

const App = {
  setup() {
    const lang = ref('ja');
    const salons = shallowRef(markRaw(SALONS_A));
    const showBadge = ref(true);
    const events = ref([]);
    const log = (event) => events.value.push(`${event.type} ${event.target.localName}`);
    return () =>
      h('main', [
        h('h1', 'Vue 3'),
        h('p', [
          h('button', { type: 'button', onClick: () => (lang.value = lang.value === 'ja' ? 'en' : 'ja') }, '言語を切り替える'),
          ' ',
          h('button', { type: 'button', onClick: () => (salons.value = markRaw(SALONS_B)) }, '別のデータにする'),
          ' ',
          h('button', { type: 'button', onClick: () => (showBadge.value = !showBadge.value) }, '相談窓口を表示・非表示'),
        ]),
        showBadge.value
          ? h('chiiki-consultation-badge', {
              name: 'ひだまりサロン',
              hours: '火 10:00-12:00',
              phone: '0120-000-001',
              'skip-holidays': '',
              lang: lang.value,
              onChiikiOpen: log,
              onChiikiClose: log,
            })
          : null,
        h('chiiki-salon-finder', { view: 'list', data: salons.value, lang: lang.value, onChiikiLoad: log, onChiikiSelect: log }),
        h('chiiki-support-matcher', { mode: 'resident', 'offers-src': '../../data/offers.json', onChiikiLoad: log, onChiikiError: log }),
        h('chiiki-plan-viewer', { data: markRaw(PLAN), expand: 'goals', onChiikiLoad: log, onChiikiSelect: log }),
        h('h2', 'イベント'),
        h('ul', { id: 'events' }, events.value.map((text, i) => h('li', { key: i }, text))),
      ]);
  },
};

await loadElements();
createApp(App).mount('#app');
