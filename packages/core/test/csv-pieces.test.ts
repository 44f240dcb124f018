import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CsvReader } from '@chiiki/core';

/**
 * The CSV reader over pieces of text (as the decoder makes them, so that a large file is never joined
 * into one string) reads exactly what it reads from the joined text: fields, line numbers, delimiter.
 */

const read = (input: string | string[]) => {
  const reader = new CsvReader(input);
  const records: { fields: string[]; line: number }[] = [];
  for (let r = reader.next(); r; r = reader.next()) records.push(r);
  return { delimiter: reader.delimiter, records, progress: reader.progress };
};

const cutAt = (text: string, cuts: number[]) => {
  const at = [...new Set(cuts.map((c) => Math.min(c, text.length)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const c of at) {
    pieces.push(text.slice(from, c));
    from = c;
  }
  pieces.push(text.slice(from));
  return pieces;
};

describe('CSV reader over pieces of text', () => {
  it('equals the joined text for every cut of the corner fixture (quotes, CR, LF, CRLF, blank lines)', async () => {
    const text = await (await fetch('/packages/core/test/fixtures/corner.utf8.csv')).text();
    const whole = read(text);
    expect(whole.records.length).to.be.greaterThan(3);
    for (let cut = 0; cut <= text.length; cut++) expect(read(cutAt(text, [cut])), `cut at ${cut}`).to.deep.equal(whole);
  });

  it('property: any text of CSV punctuation, cut anywhere into any number of pieces', () => {
    const chars = fc.constantFrom(...'ab,;\t"\r\n '.split(''), '""', '\r\n', 'サロン', '\uFEFF');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }), fc.array(fc.nat(200), { maxLength: 8 }), (parts, cuts) => {
        const text = parts.join('');
        expect(read(cutAt(text, cuts))).to.deep.equal(read(text));
      }),
      { seed: 20261125, numRuns: 2000 },
    );
  });

  it('a quoted field longer than many pieces (an unterminated quote) is read once more text is there', () => {
    const text = `name,note\r\nひだまり,"${'長い説明、'.repeat(5000)}`;
    const pieces = cutAt(text, Array.from({ length: 200 }, (_, i) => 20 + i * 100));
    expect(read(pieces)).to.deep.equal(read(text));
  });

  it('the delimiter is guessed from the header even when the first piece is tiny', () => {
    const text = 'a;b;c\n1;2;3\n';
    expect(read(['a', ';b;', 'c\n1;2', ';3\n']).delimiter).to.equal(';');
    expect(read(['a', ';b;', 'c\n1;2', ';3\n'])).to.deep.equal(read(text));
  });
});
