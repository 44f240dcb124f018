import type { StringBundle } from '@chiiki/core';

export const strings: StringBundle = {
  ja: { matcher: { name: '支え合いマッチング' } },
  'ja-x-easy': { matcher: { name: 'たすけあい マッチング' } },
  en: { matcher: { name: 'Support matching' } },
};
