import { expect } from '@open-wc/testing';
import { parseHours, parseScheduleText, parseWeekdays } from '../src/schedule/index.js';

describe('schedule: parsing the published forms', () => {
  it('parseHours reads times with optional weekdays, in every width and dash', () => {
    const cases: [string, ReturnType<typeof parseHours>][] = [
      ['10:00-12:00', { rrule: 'FREQ=DAILY', start: '10:00', end: '12:00' }],
      ['月水金 10:00-12:00', { rrule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR', start: '10:00', end: '12:00' }],
      ['火・木 13:30～15:30', { rrule: 'FREQ=WEEKLY;BYDAY=TU,TH', start: '13:30', end: '15:30' }],
      ['火・木 13:30〜15:30', { rrule: 'FREQ=WEEKLY;BYDAY=TU,TH', start: '13:30', end: '15:30' }],
      ['１０：００～１２：００', { rrule: 'FREQ=DAILY', start: '10:00', end: '12:00' }],
      ['９:３０–１１:３０', { rrule: 'FREQ=DAILY', start: '09:30', end: '11:30' }],
      ['月～金 9:00－17:00', { rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', start: '09:00', end: '17:00' }],
      ['平日 9:00-17:00', { rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', start: '09:00', end: '17:00', skipHolidays: true }],
      ['土日 10時～15時', { rrule: 'FREQ=WEEKLY;BYDAY=SA,SU', start: '10:00', end: '15:00' }],
      ['午後1時半から3時まで', { rrule: 'FREQ=DAILY', start: '13:30', end: '15:00' }],
      ['月水金 10:00-12:00（祝日除く）', { rrule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR', start: '10:00', end: '12:00', skipHolidays: true }],
      ['月～金（祝日は休み） 9:00-17:00', { rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', start: '09:00', end: '17:00', skipHolidays: true }],
    ];
    for (const [text, expected] of cases) expect(parseHours(text), text).to.deep.equal(expected);
  });

  it('parseHours says undefined when unsure', () => {
    for (const text of ['', '10:00', '12:00-10:00', '25:00-26:00', '相談に応じます', '月水金', 'xyz 10:00-12:00', '10:00-12:00 要予約'])
      expect(parseHours(text), text).to.equal(undefined);
  });

  it('parseWeekdays reads 利用可能曜日', () => {
    const cases: [string, string[]][] = [
      ['月火水', ['MO', 'TU', 'WE']],
      ['月～金', ['MO', 'TU', 'WE', 'TH', 'FR']],
      ['月〜金', ['MO', 'TU', 'WE', 'TH', 'FR']],
      ['月-金', ['MO', 'TU', 'WE', 'TH', 'FR']],
      ['土日祝', ['SA', 'SU']],
      ['土・日・祝日', ['SA', 'SU']],
      ['平日', ['MO', 'TU', 'WE', 'TH', 'FR']],
      ['平日（祝日を除く）', ['MO', 'TU', 'WE', 'TH', 'FR']],
      ['毎日', ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']],
      ['月曜日から金曜日まで', ['MO', 'TU', 'WE', 'TH', 'FR']],
      ['月・水・金', ['MO', 'WE', 'FR']],
      ['火曜日、木曜日', ['TU', 'TH']],
      ['金～月', ['MO', 'FR', 'SA', 'SU']],
      ['日', ['SU']],
    ];
    for (const [text, expected] of cases) expect(parseWeekdays(text), text).to.deep.equal(expected);
    for (const text of ['', '月末', '第2火曜', '不定期', '月～', '要相談', 'Mon-Fri']) expect(parseWeekdays(text), text).to.equal(undefined);
  });

  it('parseScheduleText understands each published pattern', () => {
    const cases: [string, ReturnType<typeof parseScheduleText>][] = [
      ['毎月第2火曜日', { rrule: 'FREQ=MONTHLY;BYDAY=2TU' }],
      ['第1・第3水曜', { rrule: 'FREQ=MONTHLY;BYDAY=1WE,3WE' }],
      ['第1、第3水曜日', { rrule: 'FREQ=MONTHLY;BYDAY=1WE,3WE' }],
      ['第２・４土曜', { rrule: 'FREQ=MONTHLY;BYDAY=2SA,4SA' }],
      ['毎週金曜', { rrule: 'FREQ=WEEKLY;BYDAY=FR' }],
      ['毎週 月・水・金曜日', { rrule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR' }],
      ['毎月15日', { rrule: 'FREQ=MONTHLY;BYMONTHDAY=15' }],
      ['毎月１日と１５日', { rrule: 'FREQ=MONTHLY;BYMONTHDAY=1,15' }],
      ['毎月末日', { rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1' }],
      ['最終金曜', { rrule: 'FREQ=MONTHLY;BYDAY=-1FR' }],
      ['毎月最終金曜日', { rrule: 'FREQ=MONTHLY;BYDAY=-1FR' }],
      ['第2火曜日・第4木曜日', { rrule: 'FREQ=MONTHLY;BYDAY=2TU,4TH' }],
      ['毎日', { rrule: 'FREQ=DAILY' }],
      ['毎月第2・第4木曜日 10時～12時', { rrule: 'FREQ=MONTHLY;BYDAY=2TH,4TH', start: '10:00', end: '12:00' }],
      ['毎月第2火曜日 10:00～12:00', { rrule: 'FREQ=MONTHLY;BYDAY=2TU', start: '10:00', end: '12:00' }],
      ['毎月第２火曜日　１０：００〜１２：００', { rrule: 'FREQ=MONTHLY;BYDAY=2TU', start: '10:00', end: '12:00' }],
      ['毎週金曜 午前10時～正午', { rrule: 'FREQ=WEEKLY;BYDAY=FR', start: '10:00', end: '12:00' }],
      ['毎週水曜日 午後1時30分から3時まで', { rrule: 'FREQ=WEEKLY;BYDAY=WE', start: '13:30', end: '15:00' }],
      ['毎月15日 13時半～', { rrule: 'FREQ=MONTHLY;BYMONTHDAY=15', start: '13:30' }],
      ['毎月第3水曜日に開催', { rrule: 'FREQ=MONTHLY;BYDAY=3WE' }],
      ['第5金曜', { rrule: 'FREQ=MONTHLY;BYDAY=5FR' }],
    ];
    for (const [text, expected] of cases) expect(parseScheduleText(text), text).to.deep.equal(expected);
  });

  it('parseScheduleText leaves doubtful texts as text (undefined)', () => {
    for (const text of [
      '隔週火曜', // needs a start date
      '隔週火曜日 10時～',
      '月2回',
      '不定期',
      '毎月第2火曜日（祝日の場合は翌週）',
      '毎月火曜日', // every Tuesday, or once a month?
      '第2', // no weekday
      '第6火曜',
      '毎週第2火曜',
      '土日祝',
      '毎月32日',
      '毎月第2火曜日 12時～10時',
      '要問い合わせ',
      '',
    ])
      expect(parseScheduleText(text), text).to.equal(undefined);
  });
});
