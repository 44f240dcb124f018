/**
 * Search normalisation (PRODUCT.md §3 free text): hiragana = katakana, full = half width, NFKC,
 * case-insensitive, spaces collapsed. "ｻﾛﾝ", "サロン" and "さろん" all match one another.
 */
export function normalizeForSearch(text: string | null | undefined): string {
  if (!text) return '';
  const nfkc = text.normalize('NFKC').toLowerCase();
  let out = '';
  for (const ch of nfkc) {
    const code = ch.charCodeAt(0);
    // Katakana ァ (U+30A1) … ヶ (U+30F6) → hiragana ぁ … ゖ; also ヽヾ → ゝゞ.
    out += (code >= 0x30a1 && code <= 0x30f6) || code === 0x30fd || code === 0x30fe ? String.fromCharCode(code - 0x60) : ch;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** The normalised text of several fields, to store once per record and search many times. */
export function searchText(...fields: (string | readonly string[] | null | undefined)[]): string {
  return normalizeForSearch(fields.flat().filter(Boolean).join(' '));
}

/**
 * Whether every word of `query` occurs in the fields (AND of words; words separated by spaces,
 * full-width included). An empty query matches everything. `fields` may be one string from `searchText`.
 */
export function matchesQuery(query: string, ...fields: (string | readonly string[] | null | undefined)[]): boolean {
  const words = normalizeForSearch(query).split(' ').filter(Boolean);
  if (!words.length) return true;
  const haystack = searchText(...fields);
  return words.every((w) => haystack.includes(w));
}
