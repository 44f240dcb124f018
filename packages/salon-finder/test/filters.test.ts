import { expect } from '@open-wc/testing';
import { normalizeForSearch } from '@chiiki/core';
import { sortEntries, topEntries } from '../src/filters.js';
import { makeEntries } from '../src/salon-entries.js';

describe('salon finder filters (units)', () => {
  it('folds kana, width and case for search', () => {
    expect(normalizeForSearch('ＡＢＣ　カフェ')).to.equal('abc かふぇ');
    expect(normalizeForSearch('ｲｷｲｷ')).to.equal('いきいき');
    expect(normalizeForSearch('ヴォランティア')).to.equal('ゔぉらんてぃあ');
  });

  it('topEntries gives the same first k as a full sort, ties in data order', () => {
    const entries = makeEntries(Array.from({ length: 20_000 }, (_, i) => ({ id: `x${i}`, name: `n${i}` })));
    const key = (e: { index: number }) => (e.index * 7919) % 1000; // many ties
    const full = sortEntries(entries, key).slice(0, 60).map((e) => e.index);
    const top = topEntries(entries, 60, key).map((e) => e.index);
    expect(top).to.deep.equal(full);
  });
});

describe('salon finder strings', () => {
  const flatten = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? flatten(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));

  it('every locale has every key of English, with the same interpolations', async () => {
    const { strings } = await import('../src/strings.js');
    const { lazyStrings } = await import('../src/locales/lazy.js');
    const en = strings.en!;
    const keys = flatten(en).sort();
    const get = (o: object, key: string) => key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], o) as string;
    const vars = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort().join();
    const bundles: [string, object][] = [['ja', strings.ja], ['ja-x-easy', strings['ja-x-easy']!]];
    for (const [locale, load] of Object.entries(lazyStrings)) bundles.push([locale, await load!()]);
    expect(bundles).to.have.length(11);
    for (const [locale, bundle] of bundles) {
      expect(flatten(bundle).sort(), locale).to.deep.equal(keys);
      for (const key of keys) expect(vars(get(bundle, key)), `${locale} ${key}`).to.equal(vars(get(en, key)));
    }
  });
});
