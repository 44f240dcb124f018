export { normalizeForSearch, searchText, matchesQuery } from './search.js';
