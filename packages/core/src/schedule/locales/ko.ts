import type { Strings } from '../../i18n/instance.js';

/** `schedule.*` in ko, loaded when first needed (see ../strings.ts). */
const strings: Strings = {
  schedule: {
    weekly: '매주 {{days}}',
    weekly2: '격주 {{days}}',
    weeklyN: '{{count}}주마다 {{days}}',
    monthly: '매월 {{days}}',
    monthly2: '격월 {{days}}',
    monthlyN: '{{count}}개월마다 {{days}}',
    yearly: '매년 {{days}}',
    yearlyN: '{{count}}년마다 {{days}}',
    daily: '매일',
    dailyN: '{{count}}일마다',
    nth: '{{count}}번째',
    last: '마지막',
    nthDay: '{{nth}} {{day}}',
    dom: '{{count}}일',
    lastDay: '말일',
    inMonth: '{{month}} {{days}}',
    time: '{{start}}~{{end}}',
    from: '{{start}}부터',
    rule: '{{when}} {{time}}',
    holidays: ' (공휴일 휴무)',
    closed: ' ({{ranges}} 휴무)',
    range: '{{from}}~{{to}}',
  },
};
export default strings;
