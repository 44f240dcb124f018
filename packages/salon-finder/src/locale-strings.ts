/**
 * @deprecated The finder's own loader is gone: its locales load through core's `registerLazyStrings`
 * / `ensureStrings` (see `locales/lazy.ts`). This re-export stays only until
 * `test/browser/locales.test.ts` imports `lazyStrings` from `locales/lazy.js`; delete it then.
 */
export { lazyStrings as LAZY_LOCALES } from './locales/lazy.js';
