import type { Strings } from '../../i18n/instance.js';

/** `schedule.*` in ne, loaded when first needed (see ../strings.ts). */
const strings: Strings = {
  schedule: {
    weekly: 'हरेक हप्ता {{days}}',
    weekly2: 'हरेक दुई हप्तामा {{days}}',
    weeklyN: 'हरेक {{count}} हप्तामा {{days}}',
    monthly: 'हरेक महिनाको {{days}}',
    monthly2: 'हरेक दुई महिनामा {{days}}',
    monthlyN: 'हरेक {{count}} महिनामा {{days}}',
    yearly: 'हरेक वर्ष {{days}}',
    yearlyN: 'हरेक {{count}} वर्षमा {{days}}',
    daily: 'हरेक दिन',
    dailyN: 'हरेक {{count}} दिनमा',
    // Chromium has no Nepali date data: these names stand in for Intl's.
    weekdays: 'सोमबार,मङ्गलबार,बुधबार,बिहिबार,शुक्रबार,शनिबार,आइतबार',
    weekdaysShort: 'सोम,मङ्गल,बुध,बिहि,शुक्र,शनि,आइत',
    months: 'जनवरी,फेब्रुअरी,मार्च,अप्रिल,मे,जुन,जुलाई,अगस्ट,सेप्टेम्बर,अक्टोबर,नोभेम्बर,डिसेम्बर',
    date: '{{month}} {{day}}, {{weekday}}',
    monthDay: '{{month}} {{day}}',
    and: 'र',
    nth: '{{count}}औं',
    last: 'अन्तिम',
    nthDay: '{{nth}} {{day}}',
    dom: '{{count}} तारिख',
    lastDay: 'अन्तिम दिन',
    inMonth: '{{month}} को {{days}}',
    time: '{{start}}–{{end}}',
    from: '{{start}} देखि',
    rule: '{{when}}, {{time}}',
    holidays: ' (सार्वजनिक बिदामा बन्द)',
    closed: ' ({{ranges}} बन्द)',
    range: '{{from}} – {{to}}',
  },
};
export default strings;
