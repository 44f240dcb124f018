import { expect } from '@open-wc/testing';
import { LOCALES, type Strings } from '@chiiki/core';
import { strings } from '../src/strings.js';

const keys = (value: Strings | string, prefix = ''): string[] =>
  typeof value === 'string' ? [prefix] : Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));

describe('badge strings', () => {
  const reference = keys(strings.ja).sort();

  for (const locale of LOCALES) {
    it(`${locale} has every key of ja, and no other`, () => {
      const bundle = strings[locale];
      expect(bundle, locale).not.to.equal(undefined);
      expect(keys(bundle!).sort()).to.deep.equal(reference);
    });
  }

  it('keeps {{placeholders}} in every translation and never carries HTML', () => {
    const values = (value: Strings | string): string[] => (typeof value === 'string' ? [value] : Object.values(value).flatMap(values));
    const flat = (bundle: Strings) => Object.fromEntries(keys(bundle).map((k) => [k, k.split('.').reduce<Strings | string>((v, p) => (v as Strings)[p], bundle) as string]));
    const ja = flat(strings.ja);
    for (const locale of LOCALES) {
      const bundle = flat(strings[locale]!);
      for (const [key, text] of Object.entries(bundle)) {
        const wanted = (ja[key].match(/{{\w+}}/g) ?? []).sort();
        expect((text.match(/{{\w+}}/g) ?? []).sort(), `${locale} ${key}`).to.deep.equal(wanted);
      }
      for (const text of values(strings[locale]!)) expect(text, locale).not.to.match(/<[a-z/]/i);
    }
  });
});
