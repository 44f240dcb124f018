import type { StringBundle } from '@chiiki/core';
import ja from './locales/ja.js';
import en from './locales/en.js';

/**
 * First-load strings of `<chiiki-plan-viewer>`: ja and en (the fallback of every other locale but
 * ja-x-easy). The ten others are per-locale chunks (`locales/lazy.ts`). Keys: `plan.*` as in
 * `locales/ja.ts`; `plan.error.<code>` per chiiki-error code (`default` for the others), `plan.sdg.<n>`
 * the 17 SDG names. Ruby is written `{漢字|かんじ}`; no HTML.
 */
export const strings: StringBundle = { ja, en };
