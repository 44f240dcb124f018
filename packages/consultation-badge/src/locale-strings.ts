import { registerStrings, type Locale, type Strings } from '@chiiki/core';

/**
 * The badge page must stay within 30 KB gzip (PRODUCT.md §7): the element's first load holds only
 * the strings it shows before its card code arrives (locales/shell.ts, ja and en); the card code
 * registers the rest of ja and en (English is the fallback of every other language); each other
 * locale is a small chunk loaded when an element first renders in it. `strings.ts` has all twelve.
 */
const LAZY: Partial<Record<Locale, () => Promise<Strings>>> = {
  'ja-x-easy': () => import('./locales/ja-x-easy.js').then((m) => m.jaEasy),
  'zh-Hans': () => import('./locales/zh-Hans.js').then((m) => m.zhHans),
  'zh-Hant': () => import('./locales/zh-Hant.js').then((m) => m.zhHant),
  ko: () => import('./locales/ko.js').then((m) => m.ko),
  vi: () => import('./locales/vi.js').then((m) => m.vi),
  'pt-BR': () => import('./locales/pt-BR.js').then((m) => m.ptBR),
  tl: () => import('./locales/tl.js').then((m) => m.tl),
  ne: () => import('./locales/ne.js').then((m) => m.ne),
  es: () => import('./locales/es.js').then((m) => m.es),
  id: () => import('./locales/id.js').then((m) => m.id),
};

const loading = new Map<Locale, Promise<void>>();
const loaded = new Set<Locale>();

/**
 * Makes sure the badge's strings for `locale` are registered. `undefined` when they already are;
 * else a promise that settles once they are (registering re-renders every element). A failed load
 * leaves the fallback (English, or Japanese for やさしい日本語) and is retried next time.
 */
export function loadLocaleStrings(locale: Locale): Promise<void> | undefined {
  const load = LAZY[locale];
  if (!load || loaded.has(locale)) return undefined;
  let pending = loading.get(locale);
  if (!pending) {
    pending = load().then(
      (strings) => {
        loaded.add(locale);
        registerStrings({ ja: {}, [locale]: strings });
      },
      () => void loading.delete(locale),
    );
    loading.set(locale, pending);
  }
  return pending;
}
