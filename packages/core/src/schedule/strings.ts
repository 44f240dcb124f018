import type { StringBundle } from '../i18n/instance.js';
import { ensureStrings, lazyLocales, stringsReady } from '../i18n/lazy-strings.js';
import type { Locale } from '../i18n/locales.js';

/**
 * Words for schedules (`schedule.*`): ja and en here, the other ten locales of PRODUCT.md §2 in
 * `locales/`. `{{days}}` is the day part
 * ("第2火曜日", "2nd Tuesday"), `{{count}}` the interval or the ordinal number. Keys with `_ordinal_*`
 * follow Intl plural rules (en 1st/2nd/3rd/4th). `sep` joins lists where set (else Intl.ListFormat);
 * `dayGroup` writes several weekdays compactly ("月・水・金曜日"). Weekday and month names come from Intl.
 */
export const scheduleStrings: StringBundle = {
  ja: {
    schedule: {
      weekly: '毎週 {{days}}',
      weekly2: '隔週 {{days}}',
      weeklyN: '{{count}}週ごと {{days}}',
      monthly: '毎月 {{days}}',
      monthly2: '隔月 {{days}}',
      monthlyN: '{{count}}か月ごと {{days}}',
      yearly: '毎年 {{days}}',
      yearlyN: '{{count}}年ごと {{days}}',
      daily: '毎日',
      dailyN: '{{count}}日ごと',
      nth: '第{{count}}',
      last: '最終',
      nthDay: '{{nth}}{{day}}',
      dom: '{{count}}日',
      lastDay: '末日',
      inMonth: '{{month}} {{days}}',
      time: '{{start}}〜{{end}}',
      from: '{{start}}〜',
      rule: '{{when}} {{time}}',
      holidays: '（祝日は休み）',
      closed: '（{{ranges}}は休み）',
      range: '{{from}}〜{{to}}',
      sep: '・',
      dayGroup: '{{days}}曜日',
      dayRange: '{{from}}〜{{to}}',
    },
  },
  en: {
    schedule: {
      weekly: 'every {{days}}',
      weekly2: 'every other {{days}}',
      weeklyN: '{{days}}, every {{count}} weeks',
      monthly: '{{days}} of every month',
      monthly2: '{{days}} of every other month',
      monthlyN: '{{days}}, every {{count}} months',
      yearly: '{{days}} every year',
      yearlyN: '{{days}}, every {{count}} years',
      daily: 'every day',
      dailyN: 'every {{count}} days',
      nth_ordinal_one: '{{count}}st',
      nth_ordinal_two: '{{count}}nd',
      nth_ordinal_few: '{{count}}rd',
      nth_ordinal_other: '{{count}}th',
      last: 'last',
      nthDay: '{{nth}} {{day}}',
      dom_ordinal_one: '{{count}}st',
      dom_ordinal_two: '{{count}}nd',
      dom_ordinal_few: '{{count}}rd',
      dom_ordinal_other: '{{count}}th',
      lastDay: 'last day',
      inMonth: '{{days}} of {{month}}',
      time: '{{start}}–{{end}}',
      from: 'from {{start}}',
      rule: '{{when}}, {{time}}',
      holidays: ' (not on public holidays)',
      closed: ' (closed {{ranges}})',
      range: '{{from}} – {{to}}',
      dayRange: '{{from}} to {{to}}',
    },
  },
};

/**
 * The badge page must stay within 30 KB gzip (PRODUCT.md §7): Japanese (the default) and English (the
 * fallback of every other language) are in the first load; each other locale is a small chunk in
 * `locales/`, loaded the first time a schedule is worded or dated in it. Until then i18next falls back
 * (やさしい日本語 → Japanese, others → English); registering re-renders every element.
 */
lazyLocales((locale) => import(`./locales/${locale}.ts`));

/**
 * Registers the words of `locale`: `undefined` when they are already there (or built in), else a
 * promise that settles once they are. A failed load keeps the fallback and is retried later.
 */
export function loadScheduleStrings(locale: Locale): Promise<void> | undefined {
  return stringsReady(locale) ? undefined : ensureStrings(locale);
}
