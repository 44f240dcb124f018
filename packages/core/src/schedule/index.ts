/**
 * Schedules (PRODUCT.md §3): recurrence, Japanese holidays, closures, next meetings in Japan time,
 * wording. The interface is frozen for the widgets. Widgets must not compute dates for a salon whose
 * status is `paused` or `closed`: they show the status instead (see docs/schedules.md).
 */
export { nextOccurrences, isOpenNow } from './occurrences.js';
export type { Occurrence } from './occurrences.js';
export { parseHours, parseScheduleText, parseWeekdays } from './parse.js';
export { formatDate, formatMeeting } from './format.js';
export type { DateFormatOptions } from './format.js';
export { describeSchedule } from './describe.js';
export { loadScheduleStrings } from './strings.js';
export { isJapaneseHoliday, HOLIDAY_FIRST_YEAR, HOLIDAY_LAST_YEAR } from './holidays.js';
