import type { StringBundle } from '@chiiki/core';

export const strings: StringBundle = {
  ja: { salonFinder: { name: 'サロンをさがす' } },
  'ja-x-easy': { salonFinder: { name: 'サロンを さがす' } },
  en: { salonFinder: { name: 'Find a community salon' } },
};
