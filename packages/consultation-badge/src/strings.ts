import type { StringBundle } from '@chiiki/core';

export const strings: StringBundle = {
  ja: { badge: { name: '福祉の相談窓口' } },
  'ja-x-easy': { badge: { name: '{福祉|ふくし}の{相談|そうだん}まどぐち' } },
  en: { badge: { name: 'Community welfare consultation point' } },
};
