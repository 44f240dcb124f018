import { expect } from '@open-wc/testing';
import { HOLIDAY_FIRST_YEAR, HOLIDAY_LAST_YEAR, isJapaneseHoliday } from '../src/schedule/index.js';
import { dayNumber, isoDay, jstInstant } from '../src/schedule/time.js';

/** The package's own data, read as text (it is CommonJS): "YYYY-MM-DD": { … name: "…" }. */
async function packageHolidays(): Promise<Map<string, string>> {
  const text = await (await fetch('/node_modules/@holiday-jp/holiday_jp/lib/holidays.js')).text();
  const out = new Map<string, string>();
  // The dev server may serve the file with \u escapes: read each name as a JSON string.
  for (const m of text.matchAll(/"(\d{4}-\d\d-\d\d)": \{[^}]*?name: ("[^"]+")/g)) out.set(m[1], JSON.parse(m[2]) as string);
  return out;
}

describe('schedule: Japanese public holidays', () => {
  it('covers an explicit range around now: the current year − 1 … + 4 when generated', () => {
    expect(HOLIDAY_FIRST_YEAR).to.equal(2025);
    expect(HOLIDAY_LAST_YEAR).to.equal(2030);
  });

  it('equals @holiday-jp/holiday_jp for every day of the covered years', async () => {
    const all = await packageHolidays();
    expect(all.size).to.be.greaterThan(1000);
    const expected = [...all.keys()].filter((d) => +d.slice(0, 4) >= HOLIDAY_FIRST_YEAR && +d.slice(0, 4) <= HOLIDAY_LAST_YEAR);
    const ours: string[] = [];
    for (let day = dayNumber(HOLIDAY_FIRST_YEAR - 1, 1, 1); day <= dayNumber(HOLIDAY_LAST_YEAR + 1, 12, 31); day++) {
      if (isJapaneseHoliday(new Date(jstInstant(day, 12 * 60)))) ours.push(isoDay(day));
    }
    expect(ours).to.deep.equal(expected);
    expect(expected.length).to.be.greaterThan(100);
    // Spot checks with the package's names.
    expect(all.get('2026-01-12')).to.equal('成人の日'); // 2nd Monday of January
    expect(all.get('2026-05-06')).to.include('振替休日');
    expect(all.get('2026-09-22')).to.equal('休日'); // 国民の休日 between 敬老の日 and 秋分の日
    for (const d of ['2026-01-12', '2026-05-06', '2026-09-22', '2027-01-11', '2028-01-10']) expect(ours).to.include(d);
  });

  it('decides by the day in Japan, not in the visitor’s time zone', () => {
    // 2026-01-12 00:30 in Japan is still 11 January in UTC.
    expect(isJapaneseHoliday(new Date('2026-01-11T15:30:00Z'))).to.equal(true);
    expect(isJapaneseHoliday(new Date('2026-01-11T14:59:00Z'))).to.equal(false);
  });

  it('knows nothing outside its years (documented): no holiday is invented', () => {
    expect(isJapaneseHoliday(new Date('2031-01-01T03:00:00Z'))).to.equal(false);
    expect(isJapaneseHoliday(new Date('2024-01-01T03:00:00Z'))).to.equal(false);
  });
});
