import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  LocaleController,
  renderEmpty,
  renderError,
  renderLoading,
  renderProblems,
  stateStyles,
  themeStyles,
  type ErrorCode,
  type Problem,
} from '@chiiki/core';

class StatesHost extends LitElement {
  static override styles = [themeStyles, stateStyles];
  static override properties = { state: {}, problems: { attribute: false }, debug: { type: Boolean }, code: {} };
  state: 'loading' | 'empty' | 'error' | 'problems' = 'loading';
  problems: Problem[] = [];
  debug = false;
  code: ErrorCode = 'fetch-failed';
  retries = 0;
  readonly i18n = new LocaleController(this);

  override render() {
    switch (this.state) {
      case 'loading':
        return renderLoading(this.i18n);
      case 'empty':
        return renderEmpty(this.i18n);
      case 'error':
        return renderError(this.i18n, { code: this.code }, () => this.retries++);
      default:
        return renderProblems(this.i18n, this.problems, { debug: this.debug });
    }
  }
}
customElements.define('core-test-states', StatesHost);

const PROBLEMS: Problem[] = [
  { row: 4, field: 'name', reason: 'required', value: undefined, severity: 'error' },
  { row: 5, field: 'lat', reason: 'coordinates-swapped', value: '130.91, 32.91', severity: 'warning' },
  { row: 5, field: 'id', reason: 'duplicate-id', value: '<b>7</b>', severity: 'warning' },
];

const shadow = (el: Element) => el.shadowRoot!;

describe('shared UI states', function () {
  this.timeout(60_000);

  it('loading is a status with the localized text', async () => {
    const el = await fixture<StatesHost>(html`<core-test-states lang="ja"></core-test-states>`);
    const status = shadow(el).querySelector('[role="status"]')!;
    expect(status.textContent!.trim()).to.equal('読み込み中…');
    await expect(el).to.be.accessible();
  });

  it('empty state in English', async () => {
    const el = await fixture<StatesHost>(html`<core-test-states lang="en" state="empty"></core-test-states>`);
    expect(shadow(el).querySelector('[role="status"]')!.textContent!.trim()).to.equal('No data to show');
  });

  it('error: an alert with the message for the code and a working retry button', async () => {
    const el = await fixture<StatesHost>(html`<core-test-states lang="ja" state="error" code="timeout"></core-test-states>`);
    const alert = shadow(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('時間がかかりすぎました');
    const button = alert.querySelector('button')!;
    expect(button.textContent!.trim()).to.equal('もう一度読み込む');
    button.click();
    expect(el.retries).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('every error code has a message in every locale', async () => {
    const codes: ErrorCode[] = ['fetch-failed', 'http-status', 'timeout', 'parse-failed', 'empty', 'geolocation-denied', 'geolocation-unavailable', 'geocoder-failed', 'submit-failed'];
    for (const lang of ['ja', 'ja-x-easy', 'en', 'zh-Hans', 'zh-Hant', 'ko', 'vi', 'pt-BR', 'tl', 'ne', 'es', 'id']) {
      const el = await fixture<StatesHost>(html`<core-test-states lang=${lang} state="error"></core-test-states>`);
      for (const code of codes) {
        el.code = code;
        await el.updateComplete;
        const text = shadow(el).querySelector('[role="alert"] p')!.textContent!.trim();
        expect(text, `${lang} ${code}`).not.to.contain('core.');
        expect(text.length, `${lang} ${code}`).to.be.greaterThan(3);
      }
    }
  });

  it('residents see a short notice counting records, details collapsed', async () => {
    const el = await fixture<StatesHost>(html`<core-test-states lang="ja" state="problems" .problems=${PROBLEMS.slice(0, 1)}></core-test-states>`);
    const details = shadow(el).querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent!.trim()).to.equal('一部のデータを表示できませんでした（1件）');
    expect(shadow(el).querySelector('table')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('counts records (not problems) and lists reasons with their counts', async () => {
    const el = await fixture<StatesHost>(html`<core-test-states lang="ja" state="problems" .problems=${PROBLEMS}></core-test-states>`);
    expect(shadow(el).querySelector('summary')!.textContent!.trim()).to.equal('一部のデータを表示できませんでした（2件）');
    const items = [...shadow(el).querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(items).to.deep.equal(['必要な項目（名称など）がありません（1件）', '緯度と経度が逆でした（直して表示）（1件）', 'IDが重複しています（番号を付けて区別）（1件）']);
  });

  it('やさしい日本語 renders furigana as ruby', async () => {
    const el = await fixture<StatesHost>(html`<core-test-states lang="ja-x-easy" state="problems" .problems=${PROBLEMS}></core-test-states>`);
    // ja-x-easy is a lazy locale: its strings arrive after the first render (Japanese until then).
    await waitUntil(() => shadow(el).querySelector('summary ruby'), 'the easy-Japanese strings never arrived');
    const summary = shadow(el).querySelector('summary')!;
    expect(summary.querySelectorAll('ruby').length).to.be.greaterThan(0);
    expect(summary.querySelector('rt')!.textContent).to.equal('み');
  });

  it('debug shows the full row / field / reason / value / severity table, values as text', async () => {
    const el = await fixture<StatesHost>(html`<core-test-states lang="en" state="problems" debug .problems=${PROBLEMS}></core-test-states>`);
    const table = shadow(el).querySelector('table')!;
    expect(table.querySelector('caption')!.textContent!.trim()).to.equal('Data problems (3)');
    expect([...table.querySelectorAll('th')].map((th) => th.textContent!.trim())).to.deep.equal(['Row', 'Field', 'Reason', 'Value', 'Severity']);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()));
    expect(rows).to.deep.equal([
      ['4', 'name', 'A required field (such as the name) is missing', '—', 'Not loaded'],
      ['5', 'lat', 'Latitude and longitude were swapped (fixed)', '130.91, 32.91', 'Warning'],
      ['5', 'id', 'Duplicate ID (a suffix was added)', '<b>7</b>', 'Warning'],
    ]);
    expect(table.querySelector('b')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('renders nothing without problems', async () => {
    const el = await fixture<StatesHost>(html`<core-test-states state="problems" .problems=${[]}></core-test-states>`);
    expect(shadow(el).querySelector('.chiiki-problems')).to.equal(null);
  });
});
