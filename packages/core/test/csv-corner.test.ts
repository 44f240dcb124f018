import { expect } from '@open-wc/testing';
import { CsvReader, decodeBytes, loadSalons, sniffEncoding } from '@chiiki/core';

const FIXTURES = '/packages/core/test/fixtures/';
const bytesOf = async (name: string) => (await fetch(FIXTURES + name)).arrayBuffer();

describe('CSV reader', () => {
  const all = (text: string) => {
    const reader = new CsvReader(text);
    const out: string[][] = [];
    for (let r = reader.next(); r; r = reader.next()) out.push(r.fields);
    return out;
  };

  it('reads quoted commas, doubled quotes and line breaks inside quotes', () => {
    expect(all('a,b\r\n"x, y","say ""hi""\r\nagain"\r\n')).to.deep.equal([
      ['a', 'b'],
      ['x, y', 'say "hi"\r\nagain'],
    ]);
  });

  it('accepts LF, CRLF and CR line ends and a missing final line end', () => {
    expect(all('a\nb\r\nc\rd')).to.deep.equal([['a'], ['b'], ['c'], ['d']]);
  });

  it('skips blank lines, lines of spaces and lines of only delimiters', () => {
    expect(all('h1,h2\n\n  \n,,\n1,2\n\n')).to.deep.equal([
      ['h1', 'h2'],
      ['1', '2'],
    ]);
  });

  it('removes a byte-order mark and keeps empty fields', () => {
    expect(all('\ufeffa,,c\n')).to.deep.equal([['a', '', 'c']]);
  });

  it('reads tab-separated text when the header has tabs and no commas', () => {
    expect(all('名称\t住所\nさくら\t1-2, 3\n')).to.deep.equal([
      ['名称', '住所'],
      ['さくら', '1-2, 3'],
    ]);
  });

  it('detects semicolons (European Excel) and tabs from the header, outside quotes; comma on a tie', () => {
    const delimiter = (text: string) => new CsvReader(text).delimiter;
    expect(delimiter('名称;住所;緯度;経度\nサロンA;さくら町1, 2;32.88;130.86\n')).to.equal(';');
    expect(delimiter('"名称,かな";住所;緯度\n')).to.equal(';');
    expect(delimiter('名称\t住所\t備考;メモ\n')).to.equal('\t');
    expect(delimiter('名称,住所;方書\n')).to.equal(',');
    expect(delimiter('名称\nサロン;A\n')).to.equal(',');
    expect(delimiter('"名\n;;;称",住所\n')).to.equal(',');
    expect(all('名称;住所\n"サロン;A";さくら町1, 2\n')).to.deep.equal([
      ['名称', '住所'],
      ['サロン;A', 'さくら町1, 2'],
    ]);
  });

  it('loads a semicolon-separated salon file with a list field split on 、', async () => {
    const text = '名称;住所;緯度;経度;対象者\nサロンA;さくら町1;32.88;130.86;高齢者、子育て中の方\nサロンB;さくら町2;32.89;130.87;誰でも\n';
    const result = await loadSalons({ kind: 'text', text, name: 'semi.csv' });
    expect(result.problems).to.deep.equal([]);
    expect([result.total, result.loaded, result.rejected]).to.deep.equal([2, 2, 0]);
    expect(result.records.map((s) => [s.name, s.lat, s.audiences])).to.deep.equal([
      ['サロンA', 32.88, ['elderly', 'parenting']],
      ['サロンB', 32.89, ['everyone']],
    ]);
  });

  it('tells the line each record starts on (after multi-line fields)', () => {
    const reader = new CsvReader('h\n"a\nb"\n\nc\n');
    expect([reader.next()!.line, reader.next()!.line, reader.next()!.line]).to.deep.equal([1, 2, 5]);
  });

  it('closes a quote left open at the end of the text', () => {
    expect(all('a\n"open, never closed\nstill')).to.deep.equal([['a'], ['open, never closed\nstill']]);
  });
});

describe('encoding detection', () => {
  it('recognises BOMs and UTF-16 without one', () => {
    expect(sniffEncoding(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41))).to.equal('utf-8');
    expect(sniffEncoding(Uint8Array.of(0xff, 0xfe, 0x41, 0))).to.equal('utf-16le');
    expect(sniffEncoding(Uint8Array.of(0xfe, 0xff, 0, 0x41))).to.equal('utf-16be');
    expect(sniffEncoding(Uint8Array.of(0x41, 0, 0x42, 0, 0x43, 0))).to.equal('utf-16le');
    expect(sniffEncoding(Uint8Array.of(0, 0x41, 0, 0x42, 0, 0x43))).to.equal('utf-16be');
  });

  it('decodes real Shift_JIS bytes (auto: strict UTF-8 fails, then CP932)', async () => {
    // 「さくら」 in Shift_JIS, then the CP932-only character ① (0x8740).
    const text = await decodeBytes(Uint8Array.of(0x82, 0xb3, 0x82, 0xad, 0x82, 0xe7, 0x87, 0x40));
    expect(text).to.equal('さくら①');
  });

  it('checks the bytes after a mark: Shift_JIS behind a UTF-8 mark, UTF-8 behind a UTF-16 mark', async () => {
    expect(await decodeBytes(Uint8Array.of(0xef, 0xbb, 0xbf, 0x82, 0xb3, 0x82, 0xad, 0x82, 0xe7))).to.equal('さくら');
    const utf8 = new TextEncoder().encode('名称,住所\nさくら,桜1\n');
    expect(await decodeBytes(Uint8Array.of(0xff, 0xfe, ...utf8))).to.equal('名称,住所\nさくら,桜1\n');
    expect(await decodeBytes(Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8))).to.equal('名称,住所\nさくら,桜1\n');
  });

  it('decodes UTF-8 without a BOM as UTF-8, and honours an explicit encoding', async () => {
    const utf8 = new TextEncoder().encode('茶話会');
    expect(await decodeBytes(utf8)).to.equal('茶話会');
    // The same bytes forced to Shift_JIS give mojibake, as asked.
    expect(await decodeBytes(utf8, 'shift_jis')).not.to.equal('茶話会');
    expect(await decodeBytes(Uint8Array.of(0x82, 0xb3), 'shift_jis')).to.equal('さ');
  });

  it('decodes large inputs in slices without splitting a character', async () => {
    const text = 'あ'.repeat(700_000); // 2.1 MB of UTF-8, more than two 1 MB slices
    expect(await decodeBytes(new TextEncoder().encode(text))).to.equal(text);
  });
});

describe('CSV corner cases from a Shift_JIS file', () => {
  for (const file of ['corner.sjis.csv', 'corner.utf8.csv']) {
    it(`${file}: counts records exactly, numbers rows 1-based, rejects the row without a name`, async () => {
      const result = await loadSalons({ kind: 'bytes', bytes: await bytesOf(file), name: file });
      // Header and the three blank lines are not records; the multi-line quoted field is one record.
      expect(result.total).to.equal(5);
      expect(result.loaded).to.equal(4);
      expect(result.rejected).to.equal(1);
      expect(result.records.map((r) => r.name)).to.deep.equal(['茶話会, さくら', 'ひまわり　サロン', '引用"符"の会', 'ﾊﾝｶｸｶﾅの会']);
      expect(result.problems.find((p) => p.severity === 'error')).to.deep.equal({
        row: 4,
        field: 'name',
        reason: 'required',
        value: undefined,
        severity: 'error',
      });
      // Row 3 has no coordinates, row 5 has them swapped (fixed).
      expect(result.problems.filter((p) => p.field === 'lat').map((p) => [p.row, p.reason])).to.deep.equal([
        [3, 'coordinates-missing'],
        [5, 'coordinates-swapped'],
      ]);
      expect(result.records[3]).to.include({ lat: 32.91, lng: 130.91 });
    });
  }

  it('turns （改行） back into a line break and keeps real line breaks', async () => {
    const result = await loadSalons({ kind: 'bytes', bytes: await bytesOf('corner.sjis.csv') }, { columns: { activitiesText: 'その他' } });
    expect(result.records[0]!.activitiesText).to.equal('1行目\n2行目');
    expect(result.records[1]!.activitiesText).to.equal('お茶\n体操');
  });
});
