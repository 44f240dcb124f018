export { normalizeForSearch, searchText, matchesQuery } from './search.js';
export { toIsoDate, toYearMonth, toMonthDayOrDate } from './dates.js';
