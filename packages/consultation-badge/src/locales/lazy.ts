import { registerLazyStrings } from '@chiiki/core';

/**
 * The badge's strings in the eleven locales beyond ja, each a small chunk that core's
 * `ensureStrings` loads the first time an element renders in that locale. This module (the table of
 * those chunks) is itself imported only when a badge renders in one of them, so a Japanese page never
 * downloads it (PRODUCT.md §7). Until the strings arrive the element's first render waits (3 s at
 * most); i18next falls back to ja (やさしい日本語) or en, then ja (the others). `strings.ts` has all twelve.
 * A side-effect module: listed in the package's `sideEffects` so no bundler drops the registration.
 */
registerLazyStrings({
  en: () => import('./en.js').then((m) => m.en),
  'ja-x-easy': () => import('./ja-x-easy.js').then((m) => m.jaEasy),
  'zh-Hans': () => import('./zh-Hans.js').then((m) => m.zhHans),
  'zh-Hant': () => import('./zh-Hant.js').then((m) => m.zhHant),
  ko: () => import('./ko.js').then((m) => m.ko),
  vi: () => import('./vi.js').then((m) => m.vi),
  'pt-BR': () => import('./pt-BR.js').then((m) => m.ptBR),
  tl: () => import('./tl.js').then((m) => m.tl),
  ne: () => import('./ne.js').then((m) => m.ne),
  es: () => import('./es.js').then((m) => m.es),
  id: () => import('./id.js').then((m) => m.id),
});
