import { registerLazyStrings } from './lazy-strings.js';

/** Core's strings beyond ja and en (first load) come per locale, when an element first renders in it. */
registerLazyStrings({
  'ja-x-easy': () => import('./locales/ja-x-easy.js').then((m) => m.default),
  'zh-Hans': () => import('./locales/zh-Hans.js').then((m) => m.default),
  'zh-Hant': () => import('./locales/zh-Hant.js').then((m) => m.default),
  ko: () => import('./locales/ko.js').then((m) => m.default),
  vi: () => import('./locales/vi.js').then((m) => m.default),
  'pt-BR': () => import('./locales/pt-BR.js').then((m) => m.default),
  tl: () => import('./locales/tl.js').then((m) => m.default),
  ne: () => import('./locales/ne.js').then((m) => m.default),
  es: () => import('./locales/es.js').then((m) => m.default),
  id: () => import('./locales/id.js').then((m) => m.default),
});
