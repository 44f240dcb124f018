/**
 * Folds text for the free-text filter (PRODUCT.md §3): NFKC (full/half width, half-width kana),
 * lower case, katakana → hiragana, runs of spaces → one.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60))
    .replace(/\s+/g, ' ')
    .trim();
}
