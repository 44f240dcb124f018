import type { Strings } from '../../i18n/instance.js';

/** `schedule.*` in zh-Hant, loaded when first needed (see ../strings.ts). */
const strings: Strings = {
  schedule: {
    weekly: '每週{{days}}',
    weekly2: '每隔一週的{{days}}',
    weeklyN: '每{{count}}週的{{days}}',
    monthly: '每月{{days}}',
    monthly2: '每隔一個月的{{days}}',
    monthlyN: '每{{count}}個月的{{days}}',
    yearly: '每年{{days}}',
    yearlyN: '每{{count}}年的{{days}}',
    daily: '每天',
    dailyN: '每{{count}}天',
    nth: '第{{count}}個',
    last: '最後一個',
    nthDay: '{{nth}}{{day}}',
    dom: '{{count}}日',
    lastDay: '最後一天',
    inMonth: '{{month}}的{{days}}',
    time: '{{start}}–{{end}}',
    from: '{{start}}起',
    rule: '{{when}} {{time}}',
    holidays: '（國定假日休息）',
    closed: '（{{ranges}}休息）',
    range: '{{from}}至{{to}}',
    sep: '、',
  },
};
export default strings;
