import { expect } from '@open-wc/testing';
import { rrulestr } from 'rrule';
import { formatDate, type Closure, type Locale, type Salon } from '@chiiki/core';
import type { BadgeInfo } from '../src/info.js';
import { parseClosures, quickDate, quickStatus } from '../src/quick-status.js';
import { buildSchedule, computeStatus, type BadgeStatus } from '../src/status.js';

/**
 * The first paint's quick status (quick-status.ts) must say exactly what core's full schedules say
 * wherever it answers, and answer for the forms salons publish. Generated cases, seeded, compared with
 * the card code's status (core's nextOccurrences / isOpenNow) and, for the dates, with rrule.js.
 */

/** A small seeded PRNG so that the generated cases are the same on every run. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

const WD = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const KANJI = '月火水木金土日';
const DAY = 864e5;
const jst = (local: string) => new Date(`${local}+09:00`);
const info = (fields: Partial<BadgeInfo>): BadgeInfo => ({
  name: '',
  topics: [],
  hours: '',
  rrule: '',
  skipHolidays: false,
  closures: '',
  phone: '',
  email: '',
  url: '',
  organization: '',
  referTo: '',
  updated: '',
  ...fields,
});

/** What the card code decides (the badge's full path). */
const full = (i: BadgeInfo, now: Date): BadgeStatus =>
  computeStatus(i.status, buildSchedule(i.record?.schedule, { hours: i.hours, rrule: i.rrule, skipHolidays: i.skipHolidays, closures: parseClosures(i.closures) }), now);

/** A random badge of the kinds salons publish (and some the quick status leaves to core). */
function randomBadge(rand: () => number): BadgeInfo {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const some = <T>(list: readonly T[], max: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(rand() * max) }, () => pick(list)))];
  const time = () => `${pick(['9', '09', '10', '13', '13', '18', '23'])}:${pick(['00', '30', '45'])}`;
  const hours = () => {
    const span = `${time()}${pick(['-', '〜', '～', ' - ', 'ー'])}${time()}`;
    const days = rand() < 0.7 ? some([...KANJI], 3).join(pick(['', '・', '、'])) : '';
    return pick([`${days}${days ? pick([' ', '']) : ''}${span}`, span, `第2火曜日 ${span}`, `${days} 午後1時〜3時`, '２４:００-１０:００', `${days}曜日 ${span}`]);
  };
  const rule = () =>
    pick([
      `FREQ=WEEKLY;BYDAY=${some(WD, 3).join(',')}`,
      `FREQ=MONTHLY;BYDAY=${some(WD, 2).flatMap((d) => some([1, 2, 3, 4, 5, -1, -2], 2).map((o) => `${o}${d}`)).join(',')}`,
      `FREQ=MONTHLY;BYDAY=${pick(['2TU', '1WE,3WE', '-1FR', '5SA', '+1MO'])};INTERVAL=1`,
      `RRULE:FREQ=MONTHLY;BYDAY=${pick(WD)}`,
      `freq=weekly;byday=${pick(WD).toLowerCase()}`,
      `FREQ=MONTHLY;BYMONTHDAY=${pick([1, 15, 31, -1])}`,
      `FREQ=WEEKLY;INTERVAL=2;BYDAY=${pick(WD)}`,
      `FREQ=WEEKLY;BYDAY=2TU`,
      `FREQ=WEEKLY;BYDAY=TU;BYDAY=WE`,
      'FREQ=DAILY',
    ]);
  const closure = () => pick(['12-29/01-03', '08-13/08-16', '2026-08-13/2026-08-16', '2026-05-05', '2025-12-24/2026-01-12', '05-03/05-05', '2026-02-30']);
  const fields: Partial<BadgeInfo> = {};
  const kind = rand();
  if (kind < 0.45) fields.hours = hours();
  else if (kind < 0.8) {
    fields.rrule = rule();
    if (rand() < 0.8) fields.hours = pick(['10:00-12:00', '13:30-15:00', '9:00-24:00']);
  } else {
    const closures: Closure[] = rand() < 0.5 ? [{ from: '12-29', to: '01-03' }] : rand() < 0.5 ? [{ from: '2026-01-01', to: '2026-01-31' }] : [];
    fields.record = {
      id: 'x',
      name: 'x',
      schedule: { rrule: rule(), ...(rand() < 0.8 ? { start: '10:00', end: '12:00' } : {}), skipHolidays: rand() < 0.5, closures, ...(rand() < 0.1 ? { dates: ['2026-03-03'] } : {}) },
    } as Salon;
    if (rand() < 0.3) fields.hours = hours();
  }
  if (rand() < 0.5) fields.skipHolidays = true;
  if (rand() < 0.4) fields.closures = some([closure(), closure()], 2).join(',');
  if (rand() < 0.05) fields.status = pick(['paused', 'closed', 'active'] as const);
  return info(fields);
}

describe('quick status (the first paint) against core schedules', () => {
  it('answers exactly what core answers, in 3,000 generated cases, and answers the common forms', () => {
    const rand = prng(20261125);
    let answered = 0;
    for (let i = 0; i < 3000; i++) {
      const badge = randomBadge(rand);
      // Any minute between 2025 and the end of 2030, Japan time (the years of the holiday table).
      const now = new Date(Date.UTC(2025, 0, 1) - 9 * 36e5 + Math.floor(rand() * 6 * 365) * DAY + Math.floor(rand() * 96) * 15 * 6e4);
      const quick = quickStatus(badge, now);
      if (quick === undefined) continue;
      answered++;
      expect(quick, `${JSON.stringify(badge)} at ${now.toISOString()}`).to.deep.equal(JSON.parse(JSON.stringify(full(badge, now)), (k, v) => (['start', 'end'].includes(k) ? new Date(v) : v)));
    }
    // Many generated cases are forms left to core on purpose (DTSTART, intervals, 午後, BYMONTHDAY…).
    expect(answered).to.be.greaterThan(800);
  });

  it('answers for the published forms of the demo and the stories', () => {
    const now = jst('2025-12-02T13:00:00');
    for (const fields of [
      { hours: '月水金 10:00-12:00', skipHolidays: true, closures: '12-29/01-03' },
      { hours: '10:00-12:00', rrule: 'FREQ=WEEKLY;BYDAY=TU' },
      { hours: '10:00-12:00', rrule: 'FREQ=MONTHLY;BYDAY=2TU' },
      { hours: '水 10:00-12:00', closures: '12-29/01-03' },
      { status: 'paused' as const },
      {},
    ]) {
      const badge = info(fields);
      expect(quickStatus(badge, now), JSON.stringify(fields)).to.deep.equal(full(badge, now));
    }
  });

  it('leaves to core what it does not read (DTSTART, intervals, 午後, explicit dates, odd closures)', () => {
    const now = jst('2025-12-02T13:00:00');
    for (const fields of [
      { rrule: 'DTSTART:20250107T100000\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU' },
      { rrule: 'FREQ=MONTHLY;BYMONTHDAY=15' },
      { hours: '火 午後1時〜3時' },
      { hours: '第2火曜日の午後（要予約）' },
      { hours: '10:00-12:00', rrule: 'FREQ=WEEKLY;BYDAY=TU', closures: '2026-02-30' },
      { record: { id: 'x', name: 'x', schedule: { rrule: 'FREQ=WEEKLY;BYDAY=TU', dates: ['2026-01-01'] } } as Salon },
    ]) {
      expect(quickStatus(info(fields), now), JSON.stringify(fields)).to.equal(undefined);
    }
  });

  it('finds the same meeting days as rrule.js for weekly and monthly rules, with holidays skipped', () => {
    const rand = prng(7);
    for (let i = 0; i < 200; i++) {
      const rule = rand() < 0.5 ? `FREQ=WEEKLY;BYDAY=${WD[Math.floor(rand() * 7)]}` : `FREQ=MONTHLY;BYDAY=${[1, 2, 3, 4, -1][Math.floor(rand() * 5)]}${WD[Math.floor(rand() * 7)]}`;
      let now = new Date(Date.UTC(2026, Math.floor(rand() * 12), 1 + Math.floor(rand() * 28), 3));
      // rrule.js works on "UTC" wall clocks: they are our Japan-time days at 10:00.
      const reference = rrulestr(`DTSTART:20250101T100000Z\nRRULE:${rule}`);
      for (let k = 0; k < 3; k++) {
        const quick = quickStatus(info({ rrule: rule, hours: '10:00-12:00' }), now);
        const expected = reference.after(new Date(now.getTime() + 9 * 36e5), true)!;
        expect(quick?.kind, rule).to.equal('next');
        const start = (quick as { start: Date }).start;
        expect(new Date(start.getTime() + 9 * 36e5).toISOString(), `${rule} after ${now.toISOString()}`).to.equal(expected.toISOString());
        now = new Date(start.getTime() + 3 * 36e5);
      }
    }
  });

  it('writes dates as core formatDate does (ja, en; with and without time); other locales wait for core', () => {
    const rand = prng(42);
    for (let i = 0; i < 300; i++) {
      const date = new Date(Date.UTC(2025, 0, 1) + Math.floor(rand() * 2200) * DAY + Math.floor(rand() * 288) * 5 * 6e4);
      for (const locale of ['ja', 'en'] as Locale[]) {
        for (const time of [true, false]) expect(quickDate(date, locale, time), `${locale} ${date.toISOString()}`).to.equal(formatDate(date, locale, { time }));
      }
    }
    for (const locale of ['ja-x-easy', 'ko', 'ne'] as Locale[]) expect(quickDate(new Date(), locale, true)).to.equal(undefined);
  });
});
