/**
 * A Shift_JIS (CP932) encoder for generating test and bench data. Node has no Shift_JIS encoder, so
 * the table is the WHATWG decoder's (TextDecoder('shift_jis'), i.e. CP932), inverted. Short strings
 * (cells repeated across rows) are cached.
 */
export function createShiftJisEncoder() {
  const decoder = new TextDecoder('shift_jis', { fatal: true });
  const table = new Map();
  for (let b = 0; b < 0x80; b++) table.set(String.fromCharCode(b), [b]);
  for (let b = 0xa1; b <= 0xdf; b++) table.set(decoder.decode(Uint8Array.of(b)), [b]);
  const leads = [];
  for (let b = 0x81; b <= 0x9f; b++) leads.push(b);
  for (let b = 0xe0; b <= 0xfc; b++) leads.push(b);
  for (const lead of leads) {
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      let ch;
      try {
        ch = decoder.decode(Uint8Array.of(lead, trail));
      } catch {
        continue;
      }
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  // JIS X 0208 characters whose Unicode mapping differs between JIS and CP932: encode both ways.
  for (const [jis, cp932] of [['\u301c', '\uff5e'], ['\u2212', '\uff0d'], ['\u2016', '\u2225'], ['\u00a2', '\uffe0'], ['\u00a3', '\uffe1'], ['\u00ac', '\uffe2']]) {
    if (!table.has(jis) && table.has(cp932)) table.set(jis, table.get(cp932));
  }
  const cache = new Map();
  return (text) => {
    let bytes = cache.get(text);
    if (bytes) return bytes;
    const out = [];
    for (const ch of text) {
      const code = table.get(ch);
      if (!code) throw new Error(`Not encodable in Shift_JIS: ${ch} (U+${ch.codePointAt(0).toString(16)})`);
      out.push(...code);
    }
    bytes = Uint8Array.from(out);
    if (text.length < 40) cache.set(text, bytes);
    return bytes;
  };
}
