/**
 * A stable id from text: the same name and address always give the same id. A 53-bit hash (two
 * 32-bit multiply-xor lanes, cyrb53), so 150,000 distinct salons collide with odds below 1 in 10^6
 * (a 32-bit hash collides several times at 100,000). `h` + up to 11 base-36 characters.
 */
export function stableId(...parts: (string | undefined)[]): string {
  const text = parts.map((p) => (p ?? '').normalize('NFKC').replace(/\s+/g, '')).join('\u0000');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `h${hash.toString(36)}`;
}
