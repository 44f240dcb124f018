import type { StringBundle, Strings } from './instance.js';
import { firstLoadStrings } from './first-strings.js';
import { problemStrings } from './problem-strings.js';

/**
 * Core's own strings: the shared states every element shows (loading, empty, retry), the messages of
 * each error code, the residents' problems notice and the staff table with its reason labels.
 * Keys: `core.loading`, `core.empty`, `core.retry`, `core.error.<code>`, `core.reason.<reason>`,
 * `core.severity.<error|warning>`, `core.problems.*`. Ruby is written `{漢字|かんじ}`; no HTML.
 */
export interface CoreStrings {
  loading: string;
  empty: string;
  retry: string;
  problems: { notice: string; item: string; hint: string; caption: string; column: Record<'row' | 'field' | 'reason' | 'value' | 'severity', string> };
  severity: { error: string; warning: string };
  reason: Record<
    | 'required'
    | 'invalid-record'
    | 'invalid-type'
    | 'invalid-value'
    | 'unknown-code'
    | 'coordinates-swapped'
    | 'coordinates-missing'
    | 'coordinates-out-of-japan'
    | 'coordinates-placeholder'
    | 'schedule-unparsed'
    | 'duplicate-id'
    | 'too-deep',
    string
  >;
  error: Record<
    | 'fetch-failed'
    | 'http-status'
    | 'timeout'
    | 'parse-failed'
    | 'empty'
    | 'geolocation-denied'
    | 'geolocation-unavailable'
    | 'geocoder-failed'
    | 'submit-failed',
    string
  >;
}

/**
 * The whole of core's ja and en strings (what the locale files of the other ten locales match key
 * for key). They ship in two parts: first-strings.ts (loading, empty, retry) with core's i18n, and
 * problem-strings.ts (errors and data problems) with the code that shows them (ui/states.ts).
 */
export const coreStrings: StringBundle = {
  ja: merged('ja'),
  en: merged('en'),
};

function merged(lang: 'ja' | 'en'): Strings {
  return { core: { ...(firstLoadStrings[lang]!.core as Strings), ...(problemStrings[lang]!.core as Strings) } };
}
