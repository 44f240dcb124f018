/**
 * Byte-level fixtures of the corpus (encodings and byte-order marks), built in the browser: the test
 * server reads files as UTF-8 text and would mangle them, so they are not committed as files.
 */

/** A CP932 (Windows-31J) encoder built by inverting the platform decoder over every code. */
let cp932: Map<string, number[]> | undefined;
function cp932Table(): Map<string, number[]> {
  if (cp932) return cp932;
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('shift_jis');
  for (let b = 0xa1; b <= 0xdf; b++) table.set(decoder.decode(Uint8Array.of(b)), [b]);
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(Uint8Array.of(lead, trail));
      if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return (cp932 = table);
}

export function shiftJis(text: string): Uint8Array {
  const table = cp932Table();
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else if (table.has(char)) out.push(...table.get(char)!);
    else throw new Error(`not in CP932: ${char}`);
  }
  return Uint8Array.from(out);
}

export function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const s = (bom ? '\ufeff' : '') + text;
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i * 2 + (bigEndian ? 1 : 0)] = c & 0xff;
    out[i * 2 + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: ArrayLike<number>[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

/** ASCII-heavy header, so that UTF-16 without a mark is recognised by its zero bytes. */
export const UTF16_SAMPLE = 'name,address,lat,lng\r\nひだまりサロン,さくら町1-1,32.88,130.86\r\nYamada Salon,さくら町2-2,32.89,130.87\r\n';
/** CP932 with characters outside JIS X 0208: 髙 (IBM extension FBFC), 﨑 (FAB1), ① and ㈱ (NEC row 13). */
export const SJIS_SAMPLE = '名称,住所,緯度,経度,対象者\r\n髙橋いきいきサロン,さくら町1-1,32.88,130.86,高齢者\r\n﨑山①サロン,㈱さくら会館,32.89,130.87,どなたでも\r\n';

/** Named byte fixtures the manifests refer to with `"bytes": "<name>"`. */
export const BYTE_FIXTURES: Record<string, () => Uint8Array> = {
  'utf16le-bom': () => utf16(UTF16_SAMPLE, false, true),
  'utf16be-bom': () => utf16(UTF16_SAMPLE, true, true),
  'utf16le-nobom': () => utf16(UTF16_SAMPLE, false, false),
  'utf16be-nobom': () => utf16(UTF16_SAMPLE, true, false),
  'sjis-cp932': () => shiftJis(SJIS_SAMPLE),
  // Shift_JIS where the first bytes happen to be valid UTF-8 for a while: the fallback must be whole-file.
  'sjis-late': () => shiftJis('name,lat,lng\r\n' + Array.from({ length: 50 }, (_, i) => `Salon ${i + 1},32.88,130.86\r\n`).join('') + '髙橋サロン,32.88,130.86\r\n'),
  // A UTF-8 mark in front of Shift_JIS bytes: the mark wins (docs/data-formats.md), the text is not UTF-8.
  'bom-utf8-on-sjis': () => concat([0xef, 0xbb, 0xbf], shiftJis(SJIS_SAMPLE)),
  // A UTF-16 LE mark in front of UTF-8 text.
  'bom-utf16-on-utf8': () => concat([0xff, 0xfe], utf8(UTF16_SAMPLE)),
  // UTF-8 with its mark (the usual Excel export): the mark must not stick to the first header.
  'utf8-bom': () => concat([0xef, 0xbb, 0xbf], utf8('名称,緯度,経度\r\nサロンA,32.88,130.86\r\n')),
  // UTF-16 with a mark and a 名称 header (no zero bytes in a Japanese-only text: only the mark tells).
  'utf16le-bom-ja': () => utf16('名称,緯度,経度\r\n髙橋サロン,32.88,130.86\r\n', false, true),
  // 0 bytes, and only a mark.
  empty: () => new Uint8Array(0),
  'bom-only': () => Uint8Array.of(0xef, 0xbb, 0xbf),
};
