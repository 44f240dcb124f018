import { lazyLocales, type LazyLocale } from './lazy-strings.js';
import type { Strings } from './instance.js';

/**
 * Core's strings beyond ja and en (first load) come per locale, when an element first renders in it.
 * An explicit table rather than a template import: the bundler's helper for template imports costs
 * the first load of every element more bytes than the table (PRODUCT.md §7's 30 KB badge page).
 */
const LOADERS: Record<LazyLocale, () => Promise<{ default: Strings }>> = {
  'ja-x-easy': () => import('./locales/ja-x-easy.js'),
  'zh-Hans': () => import('./locales/zh-Hans.js'),
  'zh-Hant': () => import('./locales/zh-Hant.js'),
  ko: () => import('./locales/ko.js'),
  vi: () => import('./locales/vi.js'),
  'pt-BR': () => import('./locales/pt-BR.js'),
  tl: () => import('./locales/tl.js'),
  ne: () => import('./locales/ne.js'),
  es: () => import('./locales/es.js'),
  id: () => import('./locales/id.js'),
};

lazyLocales((locale) => LOADERS[locale]());
