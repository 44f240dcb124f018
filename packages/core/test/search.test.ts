import { expect } from '@open-wc/testing';
import { matchesQuery, normalizeForSearch, searchText } from '@chiiki/core';

describe('search normalisation', () => {
  it('katakana = hiragana, half-width kana = full width', () => {
    expect(normalizeForSearch('サロン')).to.equal('さろん');
    expect(normalizeForSearch('ｻﾛﾝ')).to.equal('さろん');
    expect(normalizeForSearch('ヴァイオリン')).to.equal('ゔぁいおりん');
    expect(normalizeForSearch('ｶﾞｯｺｳ')).to.equal('がっこう');
  });

  it('full-width letters and digits = ASCII, case-insensitive, spaces collapsed', () => {
    expect(normalizeForSearch('ＡＢＣ　１２３')).to.equal('abc 123');
    expect(normalizeForSearch('  Café\tSALON  ')).to.equal('café salon');
    expect(normalizeForSearch(undefined)).to.equal('');
  });

  it('matches every word of the query in any field', () => {
    expect(matchesQuery('さろん', 'ひまわりサロン')).to.equal(true);
    expect(matchesQuery('ﾋﾏﾜﾘ　ｻﾛﾝ', 'ひまわりサロン', '公民館')).to.equal(true);
    expect(matchesQuery('ひまわり 公民館', 'ひまわりサロン', ['桜', '公民館'])).to.equal(true);
    expect(matchesQuery('ひまわり 集会所', 'ひまわりサロン', '公民館')).to.equal(false);
    expect(matchesQuery('  ', 'anything')).to.equal(true);
    expect(matchesQuery('TEA', searchText('Tea room', undefined))).to.equal(true);
  });
});
