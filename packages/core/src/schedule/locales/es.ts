import type { Strings } from '../../i18n/instance.js';

/** `schedule.*` in es, loaded when first needed (see ../strings.ts). */
const strings: Strings = {
  schedule: {
    weekly: 'cada {{days}}',
    weekly2: '{{days}}, cada dos semanas',
    weeklyN: '{{days}}, cada {{count}} semanas',
    monthly: 'el {{days}} de cada mes',
    monthly2: 'el {{days}}, cada dos meses',
    monthlyN: 'el {{days}}, cada {{count}} meses',
    yearly: 'el {{days}} de cada año',
    yearlyN: 'el {{days}}, cada {{count}} años',
    daily: 'todos los días',
    dailyN: 'cada {{count}} días',
    nth: '{{count}}.º',
    last: 'último',
    nthDay: '{{nth}} {{day}}',
    dom: 'día {{count}}',
    lastDay: 'último día',
    inMonth: '{{days}} de {{month}}',
    time: '{{start}}–{{end}}',
    from: 'desde las {{start}}',
    rule: '{{when}}, {{time}}',
    holidays: ' (excepto festivos)',
    closed: ' (cerrado del {{ranges}})',
    range: '{{from}} al {{to}}',
  },
};
export default strings;
