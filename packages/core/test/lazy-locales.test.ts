import { expect } from '@open-wc/testing';
import { ensureStrings, lazyLocales, LOCALES, registerStrings, translate, type LazyLocale } from '@chiiki/core';

describe('lazyLocales (one loader for the ten lazily loaded locales)', () => {
  it('asks for every locale but ja and en, once each, and registers what a module or a plain object gives', async () => {
    const asked: LazyLocale[] = [];
    registerStrings({ ja: { lazyTest: { hello: 'こんにちは' } }, en: { lazyTest: { hello: 'Hello' } } });
    lazyLocales((locale) => {
      asked.push(locale);
      const strings = { lazyTest: { hello: `hello in ${locale}` } };
      return Promise.resolve(locale === 'vi' ? strings : { default: strings });
    });
    expect(translate('ko', 'lazyTest.hello')).to.equal('Hello'); // the fallback until it is loaded
    for (const locale of LOCALES.filter((l) => l !== 'ja' && l !== 'en')) await ensureStrings(locale);
    await ensureStrings('ko');
    expect([...asked].sort()).to.deep.equal(LOCALES.filter((l) => l !== 'ja' && l !== 'en').sort());
    expect(translate('ko', 'lazyTest.hello')).to.equal('hello in ko');
    expect(translate('vi', 'lazyTest.hello')).to.equal('hello in vi');
    expect(translate('ja-x-easy', 'lazyTest.hello')).to.equal('hello in ja-x-easy');
  });

  it('core and schedule strings come through it from their per-locale files', async () => {
    await ensureStrings('es');
    expect(translate('es', 'schedule.daily')).to.not.equal(translate('en', 'schedule.daily'));
  });
});
