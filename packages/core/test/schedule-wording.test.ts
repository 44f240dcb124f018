import { expect } from '@open-wc/testing';
import { render } from 'lit';
import type { Schedule } from '../src/data/salon.js';
import { LOCALES } from '../src/i18n/locales.js';
import { renderRuby, stripRuby } from '../src/i18n/ruby.js';
import { setStrings } from '../src/i18n/instance.js';
import { describeSchedule, formatDate, formatMeeting, loadScheduleStrings, parseScheduleText } from '../src/schedule/index.js';

const secondTuesday: Schedule = { rrule: 'FREQ=MONTHLY;BYDAY=2TU', start: '10:00', end: '12:00' };
/** 2025-12-09 10:00–12:00 in Japan. */
const meeting = { start: new Date('2025-12-09T01:00:00Z'), end: new Date('2025-12-09T03:00:00Z') };

describe('schedule: wording and dates', () => {
  before(async () => {
    // ja and en are built in; the other locales are chunks loaded on first use.
    for (const locale of LOCALES) await loadScheduleStrings(locale);
    expect(loadScheduleStrings('ko')).to.equal(undefined);
  });

  it('describes the rule in ja, ja-x-easy and en', () => {
    expect(describeSchedule(secondTuesday, 'ja')).to.equal('毎月 第2火曜日 10:00〜12:00');
    expect(describeSchedule(secondTuesday, 'ja-x-easy')).to.equal('{毎月|まいつき} {第|だい}2{火|か}{曜日|ようび} 10:00〜12:00');
    expect(stripRuby(describeSchedule(secondTuesday, 'ja-x-easy'))).to.equal('毎月 第2火曜日 10:00〜12:00');
    expect(describeSchedule(secondTuesday, 'en')).to.equal('2nd Tuesday of every month, 10:00–12:00');
  });

  it('describes each kind of rule', () => {
    const cases: [Schedule, string, string][] = [
      [{ rrule: 'FREQ=MONTHLY;BYDAY=1WE,3WE' }, '毎月 第1・第3水曜日', '1st and 3rd Wednesday of every month'],
      [{ rrule: 'FREQ=MONTHLY;BYDAY=2TU,4TH' }, '毎月 第2火曜日・第4木曜日', '2nd Tuesday and 4th Thursday of every month'],
      [{ rrule: 'FREQ=MONTHLY;BYDAY=-1FR' }, '毎月 最終金曜日', 'last Friday of every month'],
      [{ rrule: 'FREQ=MONTHLY;BYMONTHDAY=15' }, '毎月 15日', '15th of every month'],
      [{ rrule: 'FREQ=MONTHLY;BYMONTHDAY=1,-1' }, '毎月 1日・末日', '1st and last day of every month'],
      [{ rrule: 'FREQ=WEEKLY;BYDAY=FR', start: '13:30' }, '毎週 金曜日 13:30〜', 'every Friday, from 13:30'],
      [{ rrule: 'FREQ=WEEKLY;BYDAY=FR,MO,WE' }, '毎週 月・水・金曜日', 'every Monday, Wednesday, and Friday'],
      [{ rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', skipHolidays: true }, '毎週 月〜金曜日（祝日は休み）', 'every Monday to Friday (not on public holidays)'],
      [{ rrule: 'FREQ=DAILY;BYDAY=SA,SU' }, '毎週 土・日曜日', 'every Saturday and Sunday'],
      [{ rrule: 'DTSTART:20250107T100000\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU' }, '隔週 火曜日 10:00〜', 'every other Tuesday, from 10:00'],
      [{ rrule: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU;DTSTART=x'.replace(';DTSTART=x', '') + '\nDTSTART:20250114' }, '3か月ごと 第2火曜日', '2nd Tuesday, every 3 months'],
      [{ rrule: 'FREQ=DAILY', start: '09:00', end: '17:00' }, '毎日 09:00〜17:00', 'every day, 09:00–17:00'],
      [{ rrule: 'FREQ=YEARLY;BYMONTH=1;BYDAY=2MO' }, '毎年 1月 第2月曜日', '2nd Monday of January every year'],
      [{ rrule: 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=15' }, '毎年 3月15日', 'March 15 every year'],
      [
        { ...secondTuesday, skipHolidays: true, closures: [{ from: '12-29', to: '01-03' }] },
        '毎月 第2火曜日 10:00〜12:00（祝日は休み）（12月29日〜1月3日は休み）',
        '2nd Tuesday of every month, 10:00–12:00 (not on public holidays) (closed December 29 – January 3)',
      ],
      [{ ...parseScheduleText('毎月第2・第4木曜日 10時～12時') }, '毎月 第2・第4木曜日 10:00〜12:00', '2nd and 4th Thursday of every month, 10:00–12:00'],
    ];
    for (const [schedule, ja, en] of cases) {
      expect(describeSchedule(schedule, 'ja'), schedule.rrule ?? schedule.text).to.equal(ja);
      expect(describeSchedule(schedule, 'en'), schedule.rrule ?? schedule.text).to.equal(en);
    }
  });

  it('falls back to the published text (or nothing) when the rule cannot be put in words', () => {
    expect(describeSchedule({ text: '月2回（不定期）' }, 'en')).to.equal('月2回（不定期）');
    expect(describeSchedule({ text: '毎月第2火曜日' }, 'en')).to.equal('毎月第2火曜日');
    expect(describeSchedule({ rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', text: '月末の平日' }, 'ja')).to.equal('月末の平日');
    expect(describeSchedule({ rrule: 'FREQ=HOURLY' }, 'ja')).to.equal('');
    expect(describeSchedule({ dates: ['2026-01-10'], text: '1月10日' }, 'ja')).to.equal('1月10日');
    expect(describeSchedule({}, 'ja')).to.equal('');
  });

  it('describes in every locale of §2 with its own words', () => {
    const expected: Record<string, string> = {
      'zh-Hans': '每月第2个星期二 10:00–12:00',
      'zh-Hant': '每月第2個星期二 10:00–12:00',
      ko: '매월 2번째 화요일 10:00~12:00',
      vi: 'Thứ Ba tuần thứ 2 hằng tháng, 10:00–12:00',
      'pt-BR': '2ª terça-feira de cada mês, 10:00–12:00',
      tl: 'ika-2 na Martes ng bawat buwan, 10:00–12:00',
      ne: 'हरेक महिनाको 2औं मङ्गलबार, 10:00–12:00',
      es: 'el 2.º martes de cada mes, 10:00–12:00',
      id: 'Selasa ke-2 setiap bulan, 10:00–12:00',
    };
    for (const [locale, text] of Object.entries(expected)) expect(describeSchedule(secondTuesday, locale as never), locale).to.equal(text);
    for (const locale of LOCALES) {
      const text = describeSchedule({ ...secondTuesday, skipHolidays: true, closures: [{ from: '12-29', to: '01-03' }] }, locale);
      expect(text, locale).not.to.match(/schedule\.|\{\{/);
      expect(text.length, locale).to.be.greaterThan(10);
    }
    expect(describeSchedule({ rrule: 'FREQ=MONTHLY;BYDAY=2SA' }, 'pt-BR')).to.equal('2º sábado de cada mês');
    expect(describeSchedule({ rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE' }, 'ja-x-easy')).to.equal('{毎週|まいしゅう} {月|げつ}〜{水|すい}{曜日|ようび}');
    expect(describeSchedule({ rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE' }, 'ko')).to.equal('매주 월요일, 화요일 및 수요일');
    // Chromium has no Nepali date data: the names come from the strings.
    expect(describeSchedule({ rrule: 'FREQ=WEEKLY;BYDAY=MO,FR' }, 'ne')).to.equal('हरेक हप्ता सोमबार र शुक्रबार');
  });

  it('uses the host’s overrides (setStrings)', () => {
    setStrings('ja', { schedule: { holidays: '（祝日はお休み）' } });
    expect(describeSchedule({ ...secondTuesday, skipHolidays: true }, 'ja')).to.equal('毎月 第2火曜日 10:00〜12:00（祝日はお休み）');
    setStrings('ja', { schedule: { holidays: '（祝日は休み）' } });
  });

  it('formats dates in Japan time per locale', () => {
    expect(formatDate(meeting.start, 'ja')).to.equal('12月9日(火)');
    expect(formatDate(meeting.start, 'ja', { time: true })).to.equal('12月9日(火) 10:00');
    expect(formatDate(meeting.start, 'ja', { era: true })).to.equal('令和7年12月9日(火)');
    expect(formatDate(meeting.start, 'ja', { era: true, time: true })).to.equal('令和7年12月9日(火) 10:00');
    expect(formatDate(meeting.start, 'ja-x-easy')).to.equal('12{月|がつ}9{日|にち}({火|か})');
    expect(formatDate(meeting.start, 'en')).to.equal('Tue, December 9');
    expect(formatDate(meeting.start, 'en', { time: true })).to.match(/^Tue, December 9(,| at) 10:00$/);
    expect(formatDate(meeting.start, 'ko')).to.equal('12월 9일 (화)');
    expect(formatDate(meeting.start, 'es')).to.equal('mar, 9 de diciembre');
    expect(formatDate(meeting.start, 'ne')).to.equal('डिसेम्बर 9, मङ्गल');
    expect(formatMeeting(meeting, 'ne')).to.equal('डिसेम्बर 9, मङ्गल 10:00–12:00');
    // 2025-12-08 23:30 UTC is already 9 December in Japan.
    expect(formatDate(new Date('2025-12-08T15:30:00Z'), 'ja', { time: true })).to.equal('12月9日(火) 00:30');
    expect(formatDate(new Date(NaN), 'ja')).to.equal('');
    for (const locale of LOCALES) expect(formatDate(meeting.start, locale), locale).to.match(/9|९/);
  });

  it('formats a meeting range', () => {
    expect(formatMeeting(meeting, 'ja')).to.equal('12月9日(火) 10:00〜12:00');
    expect(formatMeeting({ start: meeting.start }, 'ja')).to.equal('12月9日(火) 10:00〜');
    expect(formatMeeting({ start: new Date('2025-12-08T15:00:00Z') }, 'ja')).to.equal('12月9日(火)');
    expect(formatMeeting(meeting, 'ja', { era: true })).to.equal('令和7年12月9日(火) 10:00〜12:00');
    expect(stripRuby(formatMeeting(meeting, 'ja-x-easy'))).to.equal('12月9日(火) 10:00〜12:00');
    expect(formatMeeting(meeting, 'en')).to.match(/^Tue, December 9, 10:00\s?–\s?12:00$/);
    // Ruby marks render as <ruby> through the library's renderer.
    const box = document.createElement('div');
    render(renderRuby(formatMeeting(meeting, 'ja-x-easy')), box);
    expect([...box.querySelectorAll('ruby')].map((r) => r.textContent)).to.deep.equal(['月がつ', '日にち', '火か']);
    expect([...box.querySelectorAll('rt')].map((r) => r.textContent)).to.deep.equal(['がつ', 'にち', 'か']);
  });
});
