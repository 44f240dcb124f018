import type { Schedule } from '../data/salon.js';
import type { Locale } from '../i18n/locales.js';

/** The rule in words for a locale ("毎月 第2火曜日 10:00〜12:00"); the published text when not computable. */
export function describeSchedule(schedule: Schedule, locale: Locale): string {
  void locale;
  return schedule.text ?? '';
}
