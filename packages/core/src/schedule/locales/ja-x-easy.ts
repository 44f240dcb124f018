import type { Strings } from '../../i18n/instance.js';

/** `schedule.*` in ja-x-easy, loaded when first needed (see ../strings.ts). */
const strings: Strings = {
  schedule: {
    weekly: '{毎週|まいしゅう} {{days}}',
    weekly2: '2{週間|しゅうかん}に 1{回|かい} {{days}}',
    weeklyN: '{{count}}{週間|しゅうかん}に 1{回|かい} {{days}}',
    monthly: '{毎月|まいつき} {{days}}',
    monthly2: '2か{月|げつ}に 1{回|かい} {{days}}',
    monthlyN: '{{count}}か{月|げつ}に 1{回|かい} {{days}}',
    yearly: '{毎年|まいとし} {{days}}',
    yearlyN: '{{count}}{年|ねん}に 1{回|かい} {{days}}',
    daily: '{毎日|まいにち}',
    dailyN: '{{count}}{日|にち}に 1{回|かい}',
    nth: '{第|だい}{{count}}',
    last: '{最後|さいご}の',
    nthDay: '{{nth}}{{day}}',
    dom: '{{count}}{日|にち}',
    lastDay: '{月|つき}の {最後|さいご}の {日|ひ}',
    inMonth: '{{month}} {{days}}',
    time: '{{start}}〜{{end}}',
    from: '{{start}}から',
    rule: '{{when}} {{time}}',
    holidays: '（{祝日|しゅくじつ}は {休|やす}みです）',
    closed: '（{{ranges}}は {休|やす}みです）',
    range: '{{from}}〜{{to}}',
    sep: '・',
    dayGroup: '{{days}}{曜日|ようび}',
    dayRange: '{{from}}〜{{to}}',
  },
};
export default strings;
