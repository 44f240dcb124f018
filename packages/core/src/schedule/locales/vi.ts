import type { Strings } from '../../i18n/instance.js';

/** `schedule.*` in vi, loaded when first needed (see ../strings.ts). */
const strings: Strings = {
  schedule: {
    weekly: '{{days}} hằng tuần',
    weekly2: '{{days}} cách tuần',
    weeklyN: '{{days}}, {{count}} tuần một lần',
    monthly: '{{days}} hằng tháng',
    monthly2: '{{days}}, hai tháng một lần',
    monthlyN: '{{days}}, {{count}} tháng một lần',
    yearly: '{{days}} hằng năm',
    yearlyN: '{{days}}, {{count}} năm một lần',
    daily: 'hằng ngày',
    dailyN: '{{count}} ngày một lần',
    nth: 'tuần thứ {{count}}',
    last: 'cuối cùng',
    nthDay: '{{day}} {{nth}}',
    dom: 'ngày {{count}}',
    lastDay: 'ngày cuối tháng',
    inMonth: '{{days}} {{month}}',
    time: '{{start}}–{{end}}',
    from: 'từ {{start}}',
    rule: '{{when}}, {{time}}',
    holidays: ' (nghỉ ngày lễ)',
    closed: ' (nghỉ {{ranges}})',
    range: '{{from}} – {{to}}',
  },
};
export default strings;
