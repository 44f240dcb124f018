import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LOCALES, LocaleController, registerStrings, renderLoading, resolveLocale, setStrings, translate } from '@chiiki/core';
import i18next from 'i18next';

class LangHost extends LitElement {
  readonly i18n = new LocaleController(this);
  override render() {
    return renderLoading(this.i18n);
  }
}
customElements.define('core-test-lang', LangHost);

const statusText = (el: Element) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

describe('i18n', () => {
  it('maps language tags as §2 fixes', () => {
    const cases: [string | null, string][] = [
      [null, 'ja'],
      ['', 'ja'],
      ['ja-JP', 'ja'],
      ['ja-x-easy', 'ja-x-easy'],
      ['zh', 'zh-Hans'],
      ['zh-CN', 'zh-Hans'],
      ['zh-SG', 'zh-Hans'],
      ['zh-TW', 'zh-Hant'],
      ['zh-HK', 'zh-Hant'],
      ['zh-Hant', 'zh-Hant'],
      ['pt', 'pt-BR'],
      ['pt-PT', 'pt-BR'],
      ['fil', 'tl'],
      ['en-GB', 'en'],
      ['ko-KR', 'ko'],
      ['fr', 'en'],
      ['de-DE', 'en'],
    ];
    for (const [tag, locale] of cases) expect(resolveLocale(tag), String(tag)).to.equal(locale);
  });

  it('core strings exist in all 12 locales', () => {
    for (const locale of LOCALES) {
      for (const key of ['core.loading', 'core.empty', 'core.retry', 'core.problems.notice', 'core.reason.required', 'core.error.timeout']) {
        const text = translate(locale, key, { count: 1 });
        expect(text, `${locale} ${key}`).not.to.equal(key);
      }
    }
    expect(translate('ja', 'core.problems.notice', { count: 1 })).to.equal('一部のデータを表示できませんでした（1件）');
  });

  it('follows the closest ancestor lang, live, and the element own lang first', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><core-test-lang></core-test-lang></div>`);
    const el = wrapper.querySelector('core-test-lang') as LangHost;
    await el.updateComplete;
    expect(statusText(el)).to.equal('Loading…');
    wrapper.setAttribute('lang', 'ko');
    // Korean strings are a lazy chunk: English shows until they arrive, then the element re-renders.
    await waitUntil(() => statusText(el) === '불러오는 중…', 'Korean strings never arrived');
    el.setAttribute('lang', 'ja');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(statusText(el)).to.equal('読み込み中…');
  });

  it('setStrings overrides a string everywhere and survives a later registerStrings', async () => {
    const el = await fixture<LangHost>(html`<core-test-lang lang="en"></core-test-lang>`);
    setStrings('en', { core: { loading: 'Fetching salons…' } });
    await el.updateComplete;
    expect(statusText(el)).to.equal('Fetching salons…');
    registerStrings({ ja: { testPkg: { a: 'a' } }, en: { core: { loading: 'Loading…' } } });
    await el.updateComplete;
    expect(statusText(el)).to.equal('Fetching salons…');
    setStrings('en', { core: { loading: 'Loading…' } });
  });

  it('never initialises the host page global i18next', () => {
    expect(i18next.isInitialized).not.to.equal(true);
  });
});
