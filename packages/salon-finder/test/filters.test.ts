import { expect } from '@open-wc/testing';
import { sortEntries, topEntries } from '../src/filters.js';
import { makeEntries } from '../src/salon-entries.js';
import { foldText } from '../src/text.js';

describe('salon finder filters (units)', () => {
  it('folds kana, width and case for search', () => {
    expect(foldText('ＡＢＣ　カフェ')).to.equal('abc かふぇ');
    expect(foldText('ｲｷｲｷ')).to.equal('いきいき');
    expect(foldText('ヴォランティア')).to.equal('ゔぉらんてぃあ');
  });

  it('topEntries gives the same first k as a full sort, ties in data order', () => {
    const entries = makeEntries(Array.from({ length: 20_000 }, (_, i) => ({ id: `x${i}`, name: `n${i}` })));
    const key = (e: { index: number }) => (e.index * 7919) % 1000; // many ties
    const full = sortEntries(entries, key).slice(0, 60).map((e) => e.index);
    const top = topEntries(entries, 60, key).map((e) => e.index);
    expect(top).to.deep.equal(full);
  });
});
