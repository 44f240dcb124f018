import { expect } from '@open-wc/testing';
import type { Schedule } from '../src/data/salon.js';
import { describeSchedule, isOpenNow, nextOccurrences, parseHours, parseScheduleText } from '../src/schedule/index.js';

/** Japan wall-clock time → instant (the tests never use the browser's time zone). */
const jst = (text: string): Date => new Date(`${text}+09:00`);
/** Occurrences as "YYYY-MM-DD HH:MM" (+ "~HH:MM") in Japan time. */
const shown = (schedule: Schedule, from: string, count = 5): string[] =>
  nextOccurrences(schedule, jst(from), count).map((o) => {
    const wall = (d: Date) => new Date(d.getTime() + 9 * 36e5).toISOString().slice(0, 16).replace('T', ' ');
    return wall(o.start) + (o.end ? `~${wall(o.end).slice(11)}` : '');
  });

describe('schedule: next occurrences in Japan time', () => {
  const secondTuesday: Schedule = { rrule: 'FREQ=MONTHLY;BYDAY=2TU', start: '10:00', end: '12:00' };

  it('lists the next meetings from a fixed clock', () => {
    expect(shown(secondTuesday, '2025-11-25T09:00', 3)).to.deep.equal([
      '2025-12-09 10:00~12:00',
      '2026-01-13 10:00~12:00',
      '2026-02-10 10:00~12:00',
    ]);
  });

  it('counts a meeting in progress, and drops it once it has ended', () => {
    expect(shown(secondTuesday, '2025-12-09T11:59', 1)).to.deep.equal(['2025-12-09 10:00~12:00']);
    expect(shown(secondTuesday, '2025-12-09T12:00', 1)).to.deep.equal(['2026-01-13 10:00~12:00']);
    expect(isOpenNow(secondTuesday, jst('2025-12-09T09:59'))).to.equal(false);
    expect(isOpenNow(secondTuesday, jst('2025-12-09T10:00'))).to.equal(true);
    expect(isOpenNow(secondTuesday, jst('2025-12-09T11:59'))).to.equal(true);
    expect(isOpenNow(secondTuesday, jst('2025-12-09T12:00'))).to.equal(false);
  });

  it('a meeting without an end counts for the rest of its day; without times it is a whole day', () => {
    expect(shown({ rrule: 'FREQ=WEEKLY;BYDAY=TU', start: '10:00' }, '2025-12-09T20:00', 2)).to.deep.equal(['2025-12-09 10:00', '2025-12-16 10:00']);
    expect(shown({ rrule: 'FREQ=WEEKLY;BYDAY=TU' }, '2025-12-09T23:59', 1)).to.deep.equal(['2025-12-09 00:00']);
    expect(isOpenNow({ rrule: 'FREQ=WEEKLY;BYDAY=TU', start: '10:00' }, jst('2025-12-09T10:30'))).to.equal(false);
  });

  it('skips 成人の日 (2nd Monday of January) and other holidays with skipHolidays', () => {
    const mondays: Schedule = { rrule: 'FREQ=MONTHLY;BYDAY=2MO', start: '13:30', end: '15:30' };
    expect(shown(mondays, '2026-01-01T00:00', 2)).to.deep.equal(['2026-01-12 13:30~15:30', '2026-02-09 13:30~15:30']);
    expect(shown({ ...mondays, skipHolidays: true }, '2026-01-01T00:00', 2)).to.deep.equal(['2026-02-09 13:30~15:30', '2026-03-09 13:30~15:30']);
    // 2027: 成人の日 is 11 January; 2028: 10 January.
    expect(shown({ ...mondays, skipHolidays: true }, '2027-01-01T00:00', 1)).to.deep.equal(['2027-02-08 13:30~15:30']);
    expect(shown({ ...mondays, skipHolidays: true }, '2028-01-01T00:00', 1)).to.deep.equal(['2028-02-14 13:30~15:30']);
    // 振替休日 (2026-05-06, Wednesday), 国民の休日 (2026-09-22, Tuesday) and 秋分の日 (2026-09-23, Wednesday).
    const weekly: Schedule = { rrule: 'FREQ=WEEKLY;BYDAY=TU,WE', skipHolidays: true };
    expect(shown(weekly, '2026-05-04T00:00', 2).map((s) => s.slice(0, 10))).to.deep.equal(['2026-05-12', '2026-05-13']);
    expect(shown(weekly, '2026-09-21T00:00', 2).map((s) => s.slice(0, 10))).to.deep.equal(['2026-09-29', '2026-09-30']);
  });

  it('respects 年末年始 closures across the new year, yearly and dated ones', () => {
    const daily: Schedule = { rrule: 'FREQ=DAILY', closures: [{ from: '12-29', to: '01-03' }] };
    expect(shown(daily, '2026-12-27T00:00', 4).map((s) => s.slice(0, 10))).to.deep.equal(['2026-12-27', '2026-12-28', '2027-01-04', '2027-01-05']);
    const dated: Schedule = { rrule: 'FREQ=WEEKLY;BYDAY=MO', closures: [{ from: '2026-08-01', to: '2026-08-31' }] };
    expect(shown(dated, '2026-07-25T00:00', 2).map((s) => s.slice(0, 10))).to.deep.equal(['2026-07-27', '2026-09-07']);
    const mixed: Schedule = { rrule: 'FREQ=DAILY', closures: [{ from: '2026-12-30', to: '01-02' }] };
    expect(shown(mixed, '2026-12-29T00:00', 3).map((s) => s.slice(0, 10))).to.deep.equal(['2026-12-29', '2027-01-03', '2027-01-04']);
    // A malformed closure is ignored, never thrown.
    expect(shown({ rrule: 'FREQ=DAILY', closures: [{ from: 'x', to: 'y' }] }, '2026-12-29T00:00', 1)).to.have.length(1);
  });

  it('handles month ends, leap years and 5th-weekday months', () => {
    expect(shown({ rrule: 'FREQ=MONTHLY;BYMONTHDAY=31' }, '2026-01-01T00:00', 4).map((s) => s.slice(0, 10))).to.deep.equal([
      '2026-01-31',
      '2026-03-31',
      '2026-05-31',
      '2026-07-31',
    ]);
    expect(shown({ rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1' }, '2028-01-15T00:00', 3).map((s) => s.slice(0, 10))).to.deep.equal([
      '2028-01-31',
      '2028-02-29',
      '2028-03-31',
    ]);
    expect(shown({ rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29' }, '2026-03-01T00:00', 2).map((s) => s.slice(0, 10))).to.deep.equal([
      '2028-02-29',
      '2032-02-29',
    ]);
    expect(shown({ rrule: 'FREQ=MONTHLY;BYDAY=5FR' }, '2026-01-01T00:00', 4).map((s) => s.slice(0, 10))).to.deep.equal([
      '2026-01-30',
      '2026-05-29',
      '2026-07-31',
      '2026-10-30',
    ]);
    expect(shown({ rrule: 'FREQ=MONTHLY;BYDAY=-1FR' }, '2026-02-01T00:00', 2).map((s) => s.slice(0, 10))).to.deep.equal(['2026-02-27', '2026-03-27']);
  });

  it('merges explicit dates (kept even on holidays) with the rule, in order and without duplicates', () => {
    const schedule: Schedule = {
      rrule: 'FREQ=MONTHLY;BYDAY=2TU',
      dates: ['2026-01-12', '2026-01-13', 'not a date', '2025-01-01', '2026-02-30'],
      start: '10:00',
      skipHolidays: true,
    };
    expect(shown(schedule, '2026-01-01T00:00', 3)).to.deep.equal(['2026-01-12 10:00', '2026-01-13 10:00', '2026-02-10 10:00']);
    expect(shown({ dates: ['2026-03-01', '2026-02-01'], start: '09:00', end: '11:00' }, '2026-01-01T00:00')).to.deep.equal([
      '2026-02-01 09:00~11:00',
      '2026-03-01 09:00~11:00',
    ]);
  });

  it('computes nothing from a published text alone; a parsed text gives dates', () => {
    expect(shown({ text: '毎月第2・第4木曜日 10時～12時' }, '2026-01-01T00:00')).to.deep.equal([]);
    const parsed = parseScheduleText('毎月第2・第4木曜日 10時～12時');
    expect(shown({ ...parsed, text: '毎月第2・第4木曜日 10時～12時' }, '2026-01-01T00:00', 2)).to.deep.equal([
      '2026-01-08 10:00~12:00',
      '2026-01-22 10:00~12:00',
    ]);
    expect(shown({ ...parseHours('月水金 10:00-12:00') }, '2026-01-01T00:00', 2)).to.deep.equal(['2026-01-02 10:00~12:00', '2026-01-05 10:00~12:00']);
  });

  it('never throws on bad input', () => {
    for (const bad of [
      {},
      { rrule: 'FREQ=' },
      { start: '25:99' },
      { rrule: 'FREQ=DAILY', start: '10:00', end: '09:00' },
      { rrule: 'FREQ=DAILY', closures: [null, { from: 3 }], dates: 'x' },
      { rrule: 42, closures: 'x', dates: [null, 7] },
    ] as unknown as Schedule[]) {
      expect(() => nextOccurrences(bad, jst('2026-01-01T00:00'))).not.to.throw();
      expect(() => describeSchedule(bad, 'ja')).not.to.throw();
    }
    expect(shown({ rrule: 'FREQ=DAILY', closures: [null] } as unknown as Schedule, '2026-01-01T00:00', 1)).to.deep.equal(['2026-01-01 00:00']);
    expect(nextOccurrences(null as unknown as Schedule, jst('2026-01-01T00:00'))).to.deep.equal([]);
    expect(nextOccurrences(secondTuesday, new Date(NaN))).to.deep.equal([]);
    expect(nextOccurrences(secondTuesday, jst('2026-01-01T00:00'), 0)).to.deep.equal([]);
    // An end before the start is not an end.
    expect(shown({ rrule: 'FREQ=DAILY', start: '10:00', end: '09:00' }, '2026-01-01T00:00', 1)).to.deep.equal(['2026-01-01 10:00']);
  });

  it('does not depend on the visitor’s time zone (no local-time Date methods are used)', () => {
    const names = ['getDate', 'getDay', 'getMonth', 'getFullYear', 'getHours', 'getMinutes', 'getTimezoneOffset', 'setDate', 'setHours'] as const;
    const saved = names.map((n) => Date.prototype[n]);
    try {
      for (const n of names)
        (Date.prototype as unknown as Record<string, () => never>)[n] = () => {
          throw new Error(`local-time ${n} used`);
        };
      expect(shown({ ...secondTuesday, skipHolidays: true, closures: [{ from: '12-29', to: '01-03' }] }, '2025-12-31T23:30', 2)).to.deep.equal([
        '2026-01-13 10:00~12:00',
        '2026-02-10 10:00~12:00',
      ]);
      expect(isOpenNow(secondTuesday, jst('2026-01-13T10:30'))).to.equal(true);
    } finally {
      names.forEach((n, i) => ((Date.prototype as unknown as Record<string, unknown>)[n] = saved[i]));
    }
    // 2026-01-13 01:00 UTC is 10:00 in Japan whatever the browser thinks.
    expect(nextOccurrences(secondTuesday, new Date('2026-01-01T00:00:00Z'), 1)[0].start.toISOString()).to.equal('2026-01-13T01:00:00.000Z');
  });
});
