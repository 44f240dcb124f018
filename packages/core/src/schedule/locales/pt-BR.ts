import type { Strings } from '../../i18n/instance.js';

/** `schedule.*` in pt-BR, loaded when first needed (see ../strings.ts). */
const strings: Strings = {
  schedule: {
    weekly: '{{days}}, toda semana',
    weekly2: '{{days}}, a cada duas semanas',
    weeklyN: '{{days}}, a cada {{count}} semanas',
    monthly: '{{days}} de cada mês',
    monthly2: '{{days}}, a cada dois meses',
    monthlyN: '{{days}}, a cada {{count}} meses',
    yearly: '{{days}}, todo ano',
    yearlyN: '{{days}}, a cada {{count}} anos',
    daily: 'todos os dias',
    dailyN: 'a cada {{count}} dias',
    nth: '{{count}}ª',
    nthWeekend: '{{count}}º',
    last: 'última',
    lastWeekend: 'último',
    nthDay: '{{nth}} {{day}}',
    dom: 'dia {{count}}',
    lastDay: 'último dia',
    inMonth: '{{days}} de {{month}}',
    time: '{{start}}–{{end}}',
    from: 'a partir das {{start}}',
    rule: '{{when}}, {{time}}',
    holidays: ' (exceto feriados)',
    closed: ' (fechado de {{ranges}})',
    range: '{{from}} a {{to}}',
  },
};
export default strings;
