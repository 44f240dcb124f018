import type { Locale, StringsLoader } from '@chiiki/core';

/**
 * The plan viewer's strings in the ten locales beyond ja and en, each a small chunk that core's
 * `ensureStrings` loads the first time an element renders in that locale (`registerLazyStrings` in the
 * element's static block). The viewer shows a plan once its locale's strings are in (3 s at most);
 * until then i18next falls back to ja (やさしい日本語) or en (the others).
 */
export const lazyStrings: Partial<Record<Locale, StringsLoader>> = {
  'ja-x-easy': () => import('./ja-x-easy.js').then((m) => m.default),
  'zh-Hans': () => import('./zh-Hans.js').then((m) => m.default),
  'zh-Hant': () => import('./zh-Hant.js').then((m) => m.default),
  ko: () => import('./ko.js').then((m) => m.default),
  vi: () => import('./vi.js').then((m) => m.default),
  'pt-BR': () => import('./pt-BR.js').then((m) => m.default),
  tl: () => import('./tl.js').then((m) => m.default),
  ne: () => import('./ne.js').then((m) => m.default),
  es: () => import('./es.js').then((m) => m.default),
  id: () => import('./id.js').then((m) => m.default),
};
