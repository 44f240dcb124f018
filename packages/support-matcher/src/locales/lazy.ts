import type { Locale, Strings } from '@chiiki/core';

/**
 * The matcher's strings beyond ja and en: one chunk per locale, loaded by core's `ensureStrings` the
 * first time an element renders in that locale (registered with `registerLazyStrings` in the
 * element's static block), so a page pays only for its own language (PRODUCT.md §7). Until a chunk
 * arrives i18next falls back (やさしい日本語 → ja, the others → en).
 */
export const LAZY_LOCALES: Partial<Record<Locale, () => Promise<Strings>>> = {
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
};
