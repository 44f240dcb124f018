import { expect } from '@open-wc/testing';
import { loadSalons, toIsoDate, toMonthDayOrDate, toYearMonth } from '@chiiki/core';

describe('dates as published (Western and 和暦)', () => {
  it('reads the Western forms', () => {
    for (const [text, iso] of [
      ['2025-04-01', '2025-04-01'],
      ['2025/4/1', '2025-04-01'],
      ['2025.4.1', '2025-04-01'],
      ['2025年4月1日', '2025-04-01'],
      ['２０２５年４月１日（火）', '2025-04-01'],
      ['2025/04/01 10:00', '2025-04-01'],
      ['2025-04-01T10:00:00+09:00', '2025-04-01'],
      ['20250401', '2025-04-01'],
      ['2024-02-29', '2024-02-29'],
    ]) expect(toIsoDate(text!), text).to.equal(iso);
  });

  it('reads the era: kanji, 元年, Latin and one-kanji abbreviations, the square era sign', () => {
    for (const [text, iso] of [
      ['令和7年4月1日', '2025-04-01'],
      ['令和７年４月１日(火)', '2025-04-01'],
      ['令和 7 年 4 月 1 日', '2025-04-01'],
      ['令和元年5月1日', '2019-05-01'],
      ['令和1年5月1日', '2019-05-01'],
      ['R7.4.1', '2025-04-01'],
      ['r07.04.01', '2025-04-01'],
      ['R7/4/1', '2025-04-01'],
      ['令7.4.1', '2025-04-01'],
      ['㋿7年4月1日', '2025-04-01'],
      ['平成31年4月30日', '2019-04-30'],
      ['H31.4.30', '2019-04-30'],
      ['㍻元年1月8日', '1989-01-08'],
      ['昭和64年1月7日', '1989-01-07'],
      ['S39.10.10', '1964-10-10'],
      ['大正15年12月24日', '1926-12-24'],
      ['昭和元年12月25日', '1926-12-25'],
      ['令和6年2月29日', '2024-02-29'],
    ]) expect(toIsoDate(text!), text).to.equal(iso);
  });

  it('the era boundaries and impossible dates are not dates', () => {
    for (const text of [
      '令和元年4月30日', // before 令和 began
      '平成31年5月1日', // after 平成 ended (its last day is 平成31年4月30日)
      '平成元年1月7日', // still 昭和
      '昭和64年1月8日',
      '令和0年5月1日',
      '令和7年2月29日',
      '令和7年13月1日',
      'X7.4.1',
      '2025-02-30',
      '2025/4',
      '令和7年4月',
      '毎月第2火曜日',
      '',
    ]) expect(toIsoDate(text), text).to.equal(undefined);
  });

  it('agrees with the platform\'s Japanese calendar on every day from 昭和64年 to 令和8年', () => {
    // Intl (ICU) is the reference here: format each day in the Japanese calendar and read it back.
    const format = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
    let checked = 0;
    for (let t = Date.UTC(1989, 0, 1); t <= Date.UTC(2026, 11, 31); t += 86_400_000 * 3) {
      const text = format.format(new Date(t));
      expect(toIsoDate(text), text).to.equal(new Date(t).toISOString().slice(0, 10));
      checked++;
    }
    expect(checked).to.be.greaterThan(4000);
  });

  it('months for plan periods and publication', () => {
    for (const [text, ym] of [
      ['2025-04', '2025-04'],
      ['2025/4', '2025-04'],
      ['2025年4月', '2025-04'],
      ['令和7年4月', '2025-04'],
      ['R7.4', '2025-04'],
      ['令和元年5月', '2019-05'],
      ['平成31年4月', '2019-04'],
      ['令和7年4月1日', '2025-04'],
    ]) expect(toYearMonth(text!), text).to.equal(ym);
    for (const text of ['令和元年4月', '平成31年5月', '2025-13', '令和7年', '2025']) expect(toYearMonth(text), text).to.equal(undefined);
  });

  it('days of every year and full dates for closures', () => {
    expect(toMonthDayOrDate('12月29日')).to.equal('12-29');
    expect(toMonthDayOrDate('1/3')).to.equal('01-03');
    expect(toMonthDayOrDate('02-29')).to.equal('02-29');
    expect(toMonthDayOrDate('令和7年8月13日')).to.equal('2025-08-13');
    expect(toMonthDayOrDate('2月30日')).to.equal(undefined);
    expect(toMonthDayOrDate('年末年始')).to.equal(undefined);
  });

  it('the loader reads 和暦 in イベント一覧 dates, updated and closures', async () => {
    const text = 'イベント名,開始日,開始時間,終了時間,場所名称,緯度,経度,更新日\n和暦サロン,令和7年4月1日,10:00,12:00,会館A,32.88,130.86,R7.3.31\n略記サロン,R7.4.8,10:00,12:00,会館A,32.88,130.86,令和元年5月1日\n';
    const result = await loadSalons({ kind: 'text', text, name: 'events.csv' });
    expect(result.problems).to.deep.equal([]);
    expect(result.records.map((s) => [s.schedule?.dates, s.updated])).to.deep.equal([
      [['2025-04-01'], '2025-03-31'],
      [['2025-04-08'], '2019-05-01'],
    ]);
    const json = await loadSalons({
      kind: 'value',
      value: [{ name: 'サロン', lat: 32.88, lng: 130.86, updated: '令和7年4月1日', schedule: { rrule: 'FREQ=WEEKLY;BYDAY=TU', closures: [{ from: '12月29日', to: '1月3日' }, { from: '令和7年8月13日', to: 'R7.8.16' }], dates: ['R7.5.6'] } }],
    });
    expect(json.problems).to.deep.equal([]);
    expect(json.records[0]!.updated).to.equal('2025-04-01');
    expect(json.records[0]!.schedule).to.deep.include({
      closures: [{ from: '12-29', to: '01-03' }, { from: '2025-08-13', to: '2025-08-16' }],
      dates: ['2025-05-06'],
    });
  });

  it('an era date outside its era is a warning and the record is still loaded', async () => {
    const result = await loadSalons({ kind: 'value', value: [{ name: 'サロン', lat: 32.88, lng: 130.86, updated: '平成31年5月1日' }] });
    expect([result.total, result.loaded, result.rejected]).to.deep.equal([1, 1, 0]);
    expect(result.problems.map(({ row, field, reason, severity }) => ({ row, field, reason, severity }))).to.deep.equal([
      { row: 1, field: 'updated', reason: 'invalid-value', severity: 'warning' },
    ]);
  });
});
