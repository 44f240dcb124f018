import { registerStrings, type Locale, type Strings } from '@chiiki/core';

/**
 * ja, ja-x-easy and en ship with the element (English is every other language's fallback); each
 * other locale is a small chunk loaded the first time an element renders in it, so the first load
 * stays small. Registering re-renders every element.
 */
export const LAZY_LOCALES: Partial<Record<Locale, () => Promise<Strings>>> = {
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

/** Registers the finder's strings for `locale` once; a failed load is retried next time. */
export function loadLocaleStrings(locale: Locale): Promise<void> | undefined {
  const load = LAZY_LOCALES[locale];
  if (!load) return undefined;
  let pending = loading.get(locale);
  if (!pending) {
    pending = load().then(
      (strings) => registerStrings({ ja: {}, [locale]: strings }),
      () => void loading.delete(locale),
    );
    loading.set(locale, pending);
  }
  return pending;
}
