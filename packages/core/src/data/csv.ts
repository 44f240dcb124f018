import { Slicer, throwIfAborted } from './slice.js';

/** One CSV record: its fields and the 1-based line where it starts (for staff reading the file). */
export interface CsvRecord {
  fields: string[];
  line: number;
}

/**
 * A small RFC 4180 reader, resumable so that a caller can parse in time slices: quoted fields with
 * commas, doubled quotes and line breaks; LF, CRLF or CR line ends; a leading byte-order mark removed.
 * `next()` returns the next record, skipping blank lines (empty, or only spaces and delimiters), or
 * `undefined` at the end. A quote left open at the end of the text closes there.
 *
 * The text may come in pieces (as decoded, 256 KB of bytes each), so that a large file is never joined
 * into one string (for 27 MB of Shift_JIS that join alone was one main-thread task of ~250 ms of CPU).
 * A record that runs into the end of a piece is read again with the next pieces added; records and
 * line numbers are the same as for the joined text.
 */
export class CsvReader {
  readonly delimiter: string;
  #text: string;
  #pos = 0;
  #line = 1;
  /** Pieces not yet in `#text`, and the characters before `#text` (for `progress`). */
  #pieces: string[];
  #before = 0;
  #length: number;

  constructor(text: string | readonly string[], delimiter?: string) {
    const pieces = typeof text === 'string' ? [text] : text.filter((piece) => piece.length > 0);
    let first = pieces[0] ?? '';
    if (first.charCodeAt(0) === 0xfeff) first = first.slice(1);
    const rest = pieces.slice(1);
    this.#length = rest.reduce((n, piece) => n + piece.length, first.length);
    // The delimiter is guessed from the header record's first 64 K characters: have them at hand.
    while (rest.length && first.length < 65536) first += rest.shift()!;
    this.#text = first;
    this.#pieces = rest;
    this.delimiter = delimiter ?? guessDelimiter(this.#text);
  }

  /** How far the reader is, 0–1 (for progress estimates). */
  get progress(): number {
    return this.#length ? (this.#before + this.#pos) / this.#length : 1;
  }

  next(): CsvRecord | undefined {
    for (;;) {
      if (this.#pos >= this.#text.length && !this.#more(this.#text.length)) return undefined;
      const line = this.#line;
      const start = this.#pos;
      const fields = this.#readRecord();
      if (this.#pos >= this.#text.length && this.#pieces.length) {
        // The record may go on in the next piece: read it again with more text.
        this.#line = line;
        this.#pos = start;
        this.#more(start);
        continue;
      }
      if (fields.some((f) => NOT_BLANK.test(f))) return { fields, line };
    }
  }

  /**
   * Drops the text before `from` and adds pieces, at least as many characters as are kept (so a
   * record longer than a piece is re-read a logarithmic number of times). False when none are left.
   */
  #more(from: number): boolean {
    if (!this.#pieces.length) return false;
    const kept = this.#text.slice(from);
    const parts = [kept];
    let added = 0;
    do {
      const piece = this.#pieces.shift()!;
      parts.push(piece);
      added += piece.length;
    } while (this.#pieces.length && added < kept.length);
    this.#before += from;
    this.#text = parts.join('');
    this.#pos = 0;
    this.#next = [-1, -1, -1];
    return true;
  }

  /** Next delimiter / LF / CR positions, cached so that a scan never repeats (linear time). */
  #next = [-1, -1, -1];

  #fieldEnd(from: number): number {
    const text = this.#text;
    let end = text.length;
    const stops = [this.delimiter, '\n', '\r'];
    for (let i = 0; i < 3; i++) {
      let at = this.#next[i]!;
      if (at < from) {
        at = text.indexOf(stops[i]!, from);
        if (at < 0) at = text.length;
        this.#next[i] = at;
      }
      if (at < end) end = at;
    }
    return end;
  }

  #readRecord(): string[] {
    const text = this.#text;
    const d = this.delimiter;
    const fields: string[] = [];
    let pos = this.#pos;
    for (;;) {
      let value = '';
      if (text[pos] === '"') {
        // Quoted field: up to the closing quote; "" is a quote.
        pos++;
        for (;;) {
          const q = text.indexOf('"', pos);
          if (q < 0) {
            value += text.slice(pos);
            pos = text.length;
            break;
          }
          value += text.slice(pos, q);
          if (text[q + 1] === '"') {
            value += '"';
            pos = q + 2;
          } else {
            pos = q + 1;
            break;
          }
        }
        this.#line += countBreaks(value);
        // Anything between the closing quote and the delimiter is kept (lenient, as spreadsheets write it).
        const end = this.#fieldEnd(pos);
        value += text.slice(pos, end);
        pos = end;
      } else {
        const end = this.#fieldEnd(pos);
        value = text.slice(pos, end);
        pos = end;
      }
      fields.push(value);
      const c = text[pos];
      if (c === d) {
        pos++;
        continue;
      }
      if (c === '\r') pos += text[pos + 1] === '\n' ? 2 : 1;
      else if (c === '\n') pos++;
      if (c === '\r' || c === '\n') this.#line++;
      this.#pos = pos;
      return fields;
    }
  }
}


const NOT_BLANK = /\S/;

function countBreaks(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  if (!n) for (let i = s.indexOf('\r'); i >= 0; i = s.indexOf('\r', i + 1)) n++;
  return n;
}

/**
 * The delimiter of the header record: the one of comma, semicolon (European Excel) and tab that it holds
 * most often outside quotes; comma on a tie or when it holds none.
 */
function guessDelimiter(text: string): string {
  let [comma, semicolon, tab] = [0, 0, 0];
  let quoted = false;
  for (let i = 0, n = Math.min(text.length, 65536); i < n; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '\n' || c === '\r') break;
    else if (c === ',') comma++;
    else if (c === ';') semicolon++;
    else if (c === '\t') tab++;
  }
  if (semicolon > comma && semicolon >= tab) return ';';
  return tab > comma ? '\t' : ',';
}

/** Reads every record, yielding to the page between slices. */
export async function readCsv(text: string, signal?: AbortSignal): Promise<CsvRecord[]> {
  const reader = new CsvReader(text);
  const records: CsvRecord[] = [];
  const slicer = new Slicer(undefined, signal);
  throwIfAborted(signal);
  for (let record = reader.next(); record; record = reader.next()) {
    records.push(record);
    if ((records.length & 255) === 0 && slicer.due()) await slicer.next();
  }
  return records;
}
