/** The locales of PRODUCT.md §2 and the mapping from any BCP 47 tag to one of them. */
export const LOCALES = ['ja', 'ja-x-easy', 'en', 'zh-Hans', 'zh-Hant', 'ko', 'vi', 'pt-BR', 'tl', 'ne', 'es', 'id'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'ja';

const TRADITIONAL = new Set(['zh-hant', 'zh-tw', 'zh-hk', 'zh-mo']);
/** Languages that are a locale of their own by their code alone, and two older codes. */
const SAME = new Set<string>(['ko', 'vi', 'tl', 'ne', 'es', 'id'] satisfies Locale[]);
// `in`: the deprecated code for Indonesian some old browsers still send.
const ALIASES = new Map<string, Locale>([
  ['fil', 'tl'],
  ['in', 'id'],
]);

/**
 * Maps a language tag to a supported locale: an empty tag means the default (`ja`), unknown
 * languages fall back to English, as §2 fixes.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  const lower = (tag ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (!lower) return DEFAULT_LOCALE;
  if (lower === 'ja-x-easy' || lower.startsWith('ja-x-easy-')) return 'ja-x-easy';
  const [language, region] = lower.split('-');
  if (language === 'ja') return 'ja';
  if (language === 'zh') {
    const script = region ? `zh-${region}` : 'zh';
    return [...TRADITIONAL].some((t) => script === t || lower.startsWith(`${t}-`)) ? 'zh-Hant' : 'zh-Hans';
  }
  if (language === 'pt') return 'pt-BR';
  if (language === 'en') return 'en';
  return SAME.has(language!) ? (language as Locale) : (ALIASES.get(language!) ?? 'en');
}
