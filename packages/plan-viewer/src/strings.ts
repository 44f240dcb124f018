import type { StringBundle } from '@chiiki/core';

export const strings: StringBundle = {
  ja: { plan: { name: '地域福祉計画' } },
  'ja-x-easy': { plan: { name: '{地域|ちいき}{福祉|ふくし}{計画|けいかく}' } },
  en: { plan: { name: 'Community welfare plan' } },
};
