import type { StringBundle } from '@chiiki/core';
import { ja } from './locales/ja.js';
import { jaEasy } from './locales/ja-x-easy.js';
import { en } from './locales/en.js';
import { zhHans } from './locales/zh-Hans.js';
import { zhHant } from './locales/zh-Hant.js';
import { ko } from './locales/ko.js';
import { vi } from './locales/vi.js';
import { ptBR } from './locales/pt-BR.js';
import { tl } from './locales/tl.js';
import { ne } from './locales/ne.js';
import { es } from './locales/es.js';
import { id } from './locales/id.js';

/**
 * Every string of <chiiki-support-matcher> (`matcher.*`) in the twelve locales of PRODUCT.md §2, each
 * with ja's key set (test/browser/locales.test.ts). The element does not import this table: it
 * registers ja and en (the first load) and loads each other locale as a chunk of its own
 * (locales/lazy.ts), from the same files.
 */
export const strings: StringBundle = {
  ja,
  'ja-x-easy': jaEasy,
  en,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  ko,
  vi,
  'pt-BR': ptBR,
  tl,
  ne,
  es,
  id,
};
