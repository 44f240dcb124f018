import type { DataEncoding } from './types.js';
import { Slicer } from './slice.js';

/** The label TextDecoder understands for each encoding we read (Shift_JIS is decoded as CP932 / Windows-31J). */
type Label = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis';

/** Bytes decoded per step: 256 KB is 2–8 ms even for Shift_JIS on a busy machine (1 MB took 15–35 ms). */
const CHUNK = 1 << 18;

/**
 * Which encoding bytes are in, PRODUCT.md §2: a byte-order mark (UTF-8, UTF-16 LE/BE) wins (a UTF-16
 * mark only when the bytes hold zero bytes; `decodeBytes` still checks UTF-8 after a UTF-8 mark); then
 * UTF-16 without a mark when every other byte of the start is zero; then strict UTF-8; else Shift_JIS.
 * An explicit `encoding` is honoured (for `utf-16`, the mark or the zero bytes tell the byte order).
 */
export function sniffEncoding(bytes: Uint8Array, encoding: DataEncoding = 'auto'): Label | 'utf-8-or-shift_jis' {
  const bom = bomLabel(bytes);
  if (encoding === 'utf-8') return 'utf-8';
  if (encoding === 'shift_jis') return 'shift_jis';
  if (encoding === 'utf-16') return bom === 'utf-16be' || (!bom && zeroBytesAt(bytes, 0)) ? 'utf-16be' : 'utf-16le';
  // A UTF-16 mark is believed only when the bytes look like UTF-16 (a CSV or JSON in UTF-16 has ASCII
  // punctuation, so zero bytes); a mark in front of 8-bit text is a mistake: read the text as it is.
  if (bom === 'utf-16le' || bom === 'utf-16be') return hasZeroByte(bytes) ? bom : 'utf-8-or-shift_jis';
  if (bom) return bom;
  if (zeroBytesAt(bytes, 1)) return 'utf-16le';
  if (zeroBytesAt(bytes, 0)) return 'utf-16be';
  return 'utf-8-or-shift_jis';
}

function bomLabel(b: Uint8Array): Label | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return undefined;
}

function hasZeroByte(b: Uint8Array): boolean {
  const n = Math.min(b.length, 512);
  for (let i = 2; i < n; i++) if (b[i] === 0) return true;
  return n <= 2;
}

/** UTF-16 text of ASCII-range characters has a zero in every other byte (at `parity` 1 for LE, 0 for BE). */
function zeroBytesAt(b: Uint8Array, parity: 0 | 1): boolean {
  const n = Math.min(b.length, 256) & ~1;
  if (n < 4) return false;
  let zeros = 0;
  let others = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i + parity] === 0) zeros++;
    if (b[i + 1 - parity] === 0) others++;
  }
  return zeros >= (n / 2) * 0.6 && others === 0;
}

/**
 * Decodes bytes to text (the mark removed) in 256 KB steps, yielding between them. `auto` tries strict
 * UTF-8 and falls back to Shift_JIS at the first invalid sequence.
 */
export async function decodeBytes(input: ArrayBuffer | Uint8Array, encoding: DataEncoding = 'auto', signal?: AbortSignal): Promise<string> {
  return (await decodePieces(input, encoding, signal)).join('');
}

/**
 * `decodeBytes` without the final join: the text in pieces of 256 KB of bytes, in order (joining 27 MB
 * of text is one long task; the CSV reader takes the pieces as they are).
 */
export async function decodePieces(input: ArrayBuffer | Uint8Array, encoding: DataEncoding = 'auto', signal?: AbortSignal): Promise<string[]> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  let label = sniffEncoding(bytes, encoding);
  let body = bytes;
  if (encoding === 'auto' && label === 'utf-8') label = 'utf-8-or-shift_jis'; // a UTF-8 mark is checked too
  if (label !== 'utf-8-or-shift_jis') return decodeAs(body, label, false, signal);
  // Strip a mark that was not believed (UTF-16 mark on 8-bit text) or that is checked (UTF-8 mark).
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) body = bytes.subarray(2);
  try {
    return await decodeAs(body, 'utf-8', true, signal);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return decodeAs(body, 'shift_jis', false, signal);
  }
}

async function decodeAs(bytes: Uint8Array, label: Label, fatal: boolean, signal?: AbortSignal): Promise<string[]> {
  const decoder = new TextDecoder(label, { fatal });
  if (bytes.length <= CHUNK) return [decoder.decode(bytes)];
  const slicer = new Slicer(undefined, signal);
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += CHUNK) {
    parts.push(decoder.decode(bytes.subarray(at, at + CHUNK), { stream: at + CHUNK < bytes.length }));
    if (slicer.due()) await slicer.next();
  }
  return parts;
}
