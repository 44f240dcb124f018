import type { Locale, StringsLoader } from '@chiiki/core';

/**
 * The finder's strings in the nine locales beyond ja, ja-x-easy and en (those three ship with the
 * element; English is every other language's fallback). Each is a small chunk that core's
 * `ensureStrings` loads the first time an element renders in that locale (`registerLazyStrings` in
 * the element's static block); registering it re-renders every element.
 */
export const lazyStrings: Partial<Record<Locale, StringsLoader>> = {
  'zh-Hans': () => import('./zh-Hans.js').then((m) => m.zhHans),
  'zh-Hant': () => import('./zh-Hant.js').then((m) => m.zhHant),
  ko: () => import('./ko.js').then((m) => m.ko),
  vi: () => import('./vi.js').then((m) => m.vi),
  'pt-BR': () => import('./pt-BR.js').then((m) => m.ptBR),
  tl: () => import('./tl.js').then((m) => m.tl),
  ne: () => import('./ne.js').then((m) => m.ne),
  es: () => import('./es.js').then((m) => m.es),
  id: () => import('./id.js').then((m) => m.id),
};
