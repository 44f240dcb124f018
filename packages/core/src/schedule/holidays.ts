import { HOLIDAY_DAYS, HOLIDAY_FIRST_YEAR, HOLIDAY_LAST_YEAR } from './holidays-data.js';

export { HOLIDAY_FIRST_YEAR, HOLIDAY_LAST_YEAR };

let table: Set<number> | undefined;

function holidaySet(): Set<number> {
  if (!table) {
    table = new Set();
    HOLIDAY_DAYS.forEach((days, i) => {
      // Day numbers as in time.ts (days since 1970-01-01), without importing it: the consultation
      // badge's first paint needs this table but none of the calendar code (PRODUCT.md §7).
      const jan1 = Date.UTC(HOLIDAY_FIRST_YEAR + i, 0, 1) / 864e5 - 1;
      for (let k = 0; k < days.length; k += 2) table!.add(jan1 + parseInt(days.slice(k, k + 2), 36));
    });
  }
  return table;
}

/** Whether a day number is a Japanese public holiday (false outside the years of the table). */
export const isHolidayDay = (day: number): boolean => holidaySet().has(day);

/**
 * Whether a date is a Japanese public holiday in Japan time (振替休日 and 国民の休日 included).
 * Known for {@link HOLIDAY_FIRST_YEAR}–{@link HOLIDAY_LAST_YEAR} only; always false outside.
 */
export const isJapaneseHoliday = (date: Date): boolean => isHolidayDay(Math.floor((date.getTime() + 324e5) / 864e5));
