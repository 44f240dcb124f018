import { expect } from '@open-wc/testing';
import { rrulestr } from 'rrule';
import { nextOccurrences } from '../src/schedule/index.js';
import { parseRule, ruleDays } from '../src/schedule/rrule.js';
import { civil, dayNumber, daysInMonth, isoDay, weekday } from '../src/schedule/time.js';

/** A small seeded PRNG so that the generated rules are the same on every run. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

const WD = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const ical = (day: number): string => isoDay(day).replace(/-/g, '');

/** A random rule of the kinds salons use (and some they rarely do), with DTSTART. */
function randomRule(rand: () => number): string {
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)];
  const some = <T>(list: T[], max: number): T[] => {
    const n = 1 + Math.floor(rand() * max);
    return [...new Set(Array.from({ length: n }, () => pick(list)))];
  };
  const freq = pick(['MONTHLY', 'MONTHLY', 'MONTHLY', 'WEEKLY', 'WEEKLY', 'YEARLY', 'DAILY']);
  const parts = [`FREQ=${freq}`];
  if (rand() < 0.35) parts.push(`INTERVAL=${pick([2, 2, 3, 4])}`);
  const ordinals = [1, 2, 3, 4, 5, -1, -2];
  if (freq === 'MONTHLY') {
    const kind = rand();
    if (kind < 0.5) parts.push(`BYDAY=${some(WD, 2).flatMap((d) => some(ordinals, 2).map((o) => `${o}${d}`)).join(',')}`);
    else if (kind < 0.7) parts.push(`BYMONTHDAY=${some([1, 5, 15, 28, 29, 30, 31, -1, -2], 2).join(',')}`);
    else if (kind < 0.85) parts.push(`BYDAY=${some(WD, 5).join(',')}`, `BYSETPOS=${pick([1, 2, -1, -2])}`);
    else if (kind < 0.93) parts.push(`BYDAY=${some(WD, 2).join(',')}`, `BYMONTHDAY=${some([1, 8, 13, 15, 22, -1], 3).join(',')}`);
  } else if (freq === 'WEEKLY') {
    if (rand() < 0.8) parts.push(`BYDAY=${some(WD, 3).join(',')}`);
    if (rand() < 0.3) parts.push(`WKST=${pick(['SU', 'MO', 'WE'])}`);
    if (rand() < 0.15) parts.push(`BYMONTH=${some([1, 4, 8, 12], 2).join(',')}`);
  } else if (freq === 'YEARLY') {
    const kind = rand();
    if (kind < 0.4) parts.push(`BYMONTH=${some([1, 2, 3, 9, 12], 2).join(',')}`, `BYDAY=${pick(ordinals)}${pick(WD)}`);
    else if (kind < 0.7) parts.push(`BYMONTH=${pick([1, 2, 3, 12])}`, `BYMONTHDAY=${pick([1, 15, 29, 31, -1])}`);
    else if (kind < 0.8) parts.push(`BYDAY=${pick([1, 2, 10, 20, -1, -3])}${pick(WD)}`);
  } else {
    if (rand() < 0.6) parts.push(`BYDAY=${some(WD, 5).join(',')}`);
    if (rand() < 0.3) parts.push(`BYMONTHDAY=${some([1, 10, 20, -1], 2).join(',')}`);
  }
  const end = rand();
  if (end < 0.15) parts.push(`COUNT=${1 + Math.floor(rand() * 40)}`);
  else if (end < 0.3) parts.push(`UNTIL=${ical(dayNumber(2025, 1, 1) + Math.floor(rand() * 1200))}${rand() < 0.5 ? 'T235959' : ''}`);
  const start = dayNumber(2023, 6, 1) + Math.floor(rand() * 1500);
  return `DTSTART:${ical(start)}T${pad(9 + Math.floor(rand() * 6))}0000\nRRULE:${parts.join(';')}`;
}

/**
 * rrule.js's occurrence days in [from, to] (its "UTC" dates are our Japan-time wall clock). A date-only
 * UNTIL includes its whole day here (what a person writing "until 10 June" means); rrule.js reads it
 * as midnight, so the reference is given the end of that day.
 */
function reference(text: string, from: number, to: number): string[] {
  return rrulestr(text.replace(/UNTIL=(\d{8})(?!T)/, 'UNTIL=$1T235959'))
    .between(new Date(from * 864e5), new Date((to + 1) * 864e5 - 1), true)
    .map((d) => d.toISOString().slice(0, 10));
}

function ours(text: string, from: number, to: number): string[] {
  const rule = parseRule(text);
  if (!rule) throw new Error(`not understood: ${text}`);
  const out: string[] = [];
  for (const day of ruleDays(rule, from, to)) {
    if (day > to) break;
    out.push(isoDay(day));
  }
  return out;
}

describe('schedule: calendar arithmetic', () => {
  it('agrees with Date.UTC on every day from 1900 to 2100', () => {
    for (let day = dayNumber(1900, 1, 1); day <= dayNumber(2100, 12, 31); day++) {
      const d = new Date(day * 864e5);
      const [y, m, dd] = civil(day);
      if (y !== d.getUTCFullYear() || m !== d.getUTCMonth() + 1 || dd !== d.getUTCDate() || weekday(day) !== (d.getUTCDay() + 6) % 7)
        throw new Error(`civil(${day}) = ${y}-${m}-${dd}, Date says ${d.toISOString()}`);
      if (dayNumber(y, m, dd) !== day) throw new Error(`dayNumber(${y}, ${m}, ${dd}) !== ${day}`);
    }
    expect(daysInMonth(2028, 2)).to.equal(29);
    expect(daysInMonth(2100, 2)).to.equal(28);
    expect(daysInMonth(2000, 2)).to.equal(29);
    expect(dayNumber(2026, 13, 1)).to.equal(dayNumber(2027, 1, 1));
    expect(dayNumber(2026, 0, 1)).to.equal(dayNumber(2025, 12, 1));
  });
});

describe('schedule: recurrence parity with rrule.js', () => {
  it('gives the same days as rrule.js for 300 generated rules over 2-year windows', () => {
    const rand = prng(20261125);
    let compared = 0;
    for (let i = 0; i < 300; i++) {
      const text = randomRule(rand);
      const from = dayNumber(2024, 1, 1) + Math.floor(rand() * 1100);
      const to = from + 730;
      const expected = reference(text, from, to);
      expect(ours(text, from, to), text).to.deep.equal(expected);
      compared += expected.length;
    }
    expect(compared).to.be.greaterThan(3000);
  });

  it('gives the same days as rrule.js for the rules salons publish, with and without DTSTART', () => {
    const rules = [
      'FREQ=MONTHLY;BYDAY=2TU',
      'FREQ=MONTHLY;BYDAY=1WE,3WE',
      'FREQ=MONTHLY;BYDAY=2TH,4TH',
      'FREQ=MONTHLY;BYDAY=-1FR',
      'FREQ=MONTHLY;BYDAY=5MO',
      'FREQ=MONTHLY;BYMONTHDAY=15',
      'FREQ=MONTHLY;BYMONTHDAY=31',
      'FREQ=MONTHLY;BYMONTHDAY=-1',
      'FREQ=WEEKLY;BYDAY=FR',
      'FREQ=WEEKLY;BYDAY=MO,WE,FR',
      'FREQ=DAILY',
      'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR',
      'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
      'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29',
    ];
    for (const rule of rules) {
      for (const [y, m, d] of [
        [2025, 1, 1],
        [2026, 11, 25],
        [2027, 12, 31],
        [2028, 2, 1],
      ]) {
        const from = dayNumber(y, m, d);
        const withStart = `DTSTART:${ical(from)}T100000\nRRULE:${rule}`;
        const expected = reference(withStart, from, from + 730);
        expect(ours(rule, from, from + 730), rule).to.deep.equal(expected);
        expect(ours(withStart, from, from + 730), withStart).to.deep.equal(expected);
      }
    }
  });

  it('gives the same instants as rrule.js through nextOccurrences (Japan time)', () => {
    const rand = prng(7);
    for (let i = 0; i < 60; i++) {
      const text = randomRule(rand);
      const from = new Date(Date.UTC(2025, 0, 1) + Math.floor(rand() * 700) * 864e5 + Math.floor(rand() * 24) * 36e5);
      // rrule.js works in floating "UTC": our instant is that wall clock minus 9 hours.
      const expected: string[] = [];
      const set = rrulestr(text.replace(/UNTIL=(\d{8})(?!T)/, 'UNTIL=$1T235959'));
      let cursor = new Date(from.getTime() + 9 * 36e5);
      for (let k = 0; k < 5; k++) {
        const next = set.after(cursor, k === 0);
        if (!next || next.getTime() - (+from + 9 * 36e5) > 2922 * 864e5) break;
        expected.push(new Date(next.getTime() - 9 * 36e5).toISOString());
        cursor = next;
      }
      // Without an end time a meeting counts until the end of its day: compare with start=now-or-later only.
      const got = nextOccurrences({ rrule: text }, from, 8)
        .map((o) => o.start)
        .filter((s) => s >= from)
        .slice(0, expected.length)
        .map((s) => s.toISOString());
      expect(got, text).to.deep.equal(expected);
    }
  });

  it('understands DTSTART forms, EXDATE and RDATE', () => {
    const from = new Date('2026-01-01T00:00:00+09:00');
    const days = (rrule: string) => nextOccurrences({ rrule, start: '10:00' }, from, 4).map((o) => o.start.toISOString());
    expect(days('DTSTART;TZID=Asia/Tokyo:20251230T100000\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU')).to.deep.equal([
      '2026-01-13T01:00:00.000Z',
      '2026-01-27T01:00:00.000Z',
      '2026-02-10T01:00:00.000Z',
      '2026-02-24T01:00:00.000Z',
    ]);
    // A UTC DTSTART at 15:00Z is the next day in Japan.
    expect(days('DTSTART:20251229T150000Z RRULE:FREQ=WEEKLY;INTERVAL=2')).to.deep.equal([
      '2026-01-13T01:00:00.000Z',
      '2026-01-27T01:00:00.000Z',
      '2026-02-10T01:00:00.000Z',
      '2026-02-24T01:00:00.000Z',
    ]);
    expect(days('DTSTART;VALUE=DATE:20251230\nRRULE:FREQ=WEEKLY;INTERVAL=2\nEXDATE:20260113T100000\nRDATE:20260115')).to.deep.equal([
      '2026-01-15T01:00:00.000Z',
      '2026-01-27T01:00:00.000Z',
      '2026-02-10T01:00:00.000Z',
      '2026-02-24T01:00:00.000Z',
    ]);
  });

  it('refuses what it does not understand instead of guessing', () => {
    for (const text of [
      'FREQ=HOURLY',
      'FREQ=WEEKLY;BYHOUR=10',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', // 隔週 without DTSTART: the phase is unknown
      'FREQ=MONTHLY;COUNT=3;BYDAY=2TU', // COUNT without DTSTART
      'FREQ=MONTHLY', // which day?
      'FREQ=WEEKLY;BYDAY=2TU', // an ordinal in a weekly rule
      'FREQ=MONTHLY;BYDAY=6TU',
      'FREQ=MONTHLY;BYMONTHDAY=32',
      'FREQ=MONTHLY;BYDAY=XX',
      'RRULE:FREQ=MONTHLY;BYDAY=2TU;FOO=1',
      'nonsense',
      '',
    ]) {
      expect(parseRule(text), text).to.equal(undefined);
      expect(nextOccurrences({ rrule: text }, new Date('2026-01-01T00:00:00Z'))).to.deep.equal([]);
    }
  });
});
