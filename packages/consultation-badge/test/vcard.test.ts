import { expect } from '@open-wc/testing';
import { buildVCard, escapeText, foldLine, vcardFileName } from '../src/vcard.js';

const octets = (s: string) => new TextEncoder().encode(s).length;
/** RFC 2425 §5.8.1: a CRLF followed by one space is removed when reading. */
const unfold = (card: string) => card.replace(/\r\n /g, '');

describe('vCard 3.0 (RFC 2426)', () => {
  it('escapes backslashes, commas, semicolons and every kind of line break', () => {
    expect(escapeText('a\\b,c;d\ne\r\nf\rg')).to.equal('a\\\\b\\,c\\;d\\ne\\nf\\ng');
  });

  it('folds lines at 75 octets without cutting a UTF-8 character, and unfolds back to the same line', () => {
    const line = `NOTE:${'相談窓口、'.repeat(40)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).to.be.greaterThan(1);
    for (const part of parts) expect(octets(part)).to.be.at.most(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).to.equal(true);
    expect(folded.includes('\uFFFD')).to.equal(false);
    expect(unfold(folded)).to.equal(line);
    expect(foldLine('FN:short')).to.equal('FN:short');
  });

  it('writes only the fields it has, with CRLF line endings', () => {
    const card = buildVCard({ name: 'ひだまりサロン', phone: '０２８０－１２－３４５６' });
    expect(card).to.equal('BEGIN:VCARD\r\nVERSION:3.0\r\nN:ひだまりサロン;;;;\r\nFN:ひだまりサロン\r\nTEL;TYPE=VOICE:0280-12-3456\r\nEND:VCARD\r\n');
  });

  it('keeps the kana reading, and a URL unescaped but on one line', () => {
    const lines = unfold(buildVCard({ name: 'A', nameKana: 'えー', url: 'https://example.jp/a,b;c\nd' })).split('\r\n');
    expect(lines).to.include('SORT-STRING:えー');
    expect(lines).to.include('X-PHONETIC-LAST-NAME:えー');
    expect(lines).to.include('URL:https://example.jp/a,b;c d');
  });

  it('names the file after the place, without characters file systems refuse', () => {
    expect(vcardFileName('ひだまり/サロン: "東"')).to.equal('ひだまり サロン 東.vcf');
    expect(vcardFileName('')).to.equal('contact.vcf');
  });
});
