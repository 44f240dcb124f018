import type { StringBundle } from './instance.js';
import type { CoreStrings } from './strings.js';

/**
 * Core's strings of the first load, in ja and en: the states every element can show before any data
 * is read (loading, empty, retry). The words of errors and data problems come with the code that
 * shows them (problem-strings.ts, registered by ui/states.ts), so a page that never shows one — the
 * consultation badge's first paint (PRODUCT.md §7) — does not download them. strings.ts has them all.
 */
export type FirstLoadCoreStrings = Pick<CoreStrings, 'loading' | 'empty' | 'retry'>;

export const firstLoadStrings: StringBundle = {
  ja: {
    core: {
      loading: '読み込み中…',
      empty: '表示できるデータがありません',
      retry: 'もう一度読み込む',
    } satisfies FirstLoadCoreStrings,
  },
  en: {
    core: {
      loading: 'Loading…',
      empty: 'No data to show',
      retry: 'Try again',
    } satisfies FirstLoadCoreStrings,
  },
};
