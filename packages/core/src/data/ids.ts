/** A stable id from text (FNV-1a, 32 bits, base 36): the same name and address always give the same id. */
export function stableId(...parts: (string | undefined)[]): string {
  const text = parts.map((p) => (p ?? '').normalize('NFKC').replace(/\s+/g, '')).join('\u0000');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `h${(hash >>> 0).toString(36).padStart(7, '0')}`;
}
