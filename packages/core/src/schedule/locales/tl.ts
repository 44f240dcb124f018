import type { Strings } from '../../i18n/instance.js';

/** `schedule.*` in tl, loaded when first needed (see ../strings.ts). */
const strings: Strings = {
  schedule: {
    weekly: 'tuwing {{days}}',
    weekly2: '{{days}}, tuwing ikalawang linggo',
    weeklyN: '{{days}}, tuwing {{count}} linggo',
    monthly: '{{days}} ng bawat buwan',
    monthly2: '{{days}}, tuwing ikalawang buwan',
    monthlyN: '{{days}}, tuwing {{count}} buwan',
    yearly: '{{days}} taun-taon',
    yearlyN: '{{days}}, tuwing {{count}} taon',
    daily: 'araw-araw',
    dailyN: 'tuwing {{count}} araw',
    nth: 'ika-{{count}} na',
    last: 'huling',
    nthDay: '{{nth}} {{day}}',
    dom: 'ika-{{count}} na araw',
    lastDay: 'huling araw',
    inMonth: '{{days}} ng {{month}}',
    time: '{{start}}–{{end}}',
    from: 'mula {{start}}',
    rule: '{{when}}, {{time}}',
    holidays: ' (sarado kapag pista opisyal)',
    closed: ' (sarado {{ranges}})',
    range: '{{from}} – {{to}}',
  },
};
export default strings;
