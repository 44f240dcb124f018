import type { StringBundle } from './instance.js';

/** Core's own strings: the shared states every element shows. */
export const coreStrings: StringBundle = {
  ja: {
    core: {
      loading: '読み込み中…',
      empty: '表示できるデータがありません',
      retry: 'もう一度読み込む',
    },
  },
  'ja-x-easy': {
    core: {
      loading: '{読|よ}み{込|こ}んでいます',
      empty: 'データが ありません',
      retry: 'もう{一度|いちど} {読|よ}み{込|こ}む',
    },
  },
  en: {
    core: {
      loading: 'Loading…',
      empty: 'No data to show',
      retry: 'Try again',
    },
  },
};
