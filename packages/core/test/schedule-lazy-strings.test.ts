import { expect } from '@open-wc/testing';
import { onStringsChanged } from '../src/i18n/instance.js';
import { describeSchedule, loadScheduleStrings } from '../src/schedule/index.js';

// Runs in its own page: no locale chunk has been loaded yet.
describe('schedule: locale words loaded on first use', () => {
  it('words in the fallback language first, then in the locale once its chunk arrives (elements are told)', async () => {
    const schedule = { rrule: 'FREQ=MONTHLY;BYDAY=2TU', start: '10:00', end: '12:00' };
    let changed = 0;
    const off = onStringsChanged(() => changed++);
    expect(describeSchedule(schedule, 'ko')).to.equal('2nd Tuesday of every month, 10:00–12:00');
    expect(describeSchedule(schedule, 'ja-x-easy')).to.equal('毎月 第2火曜日 10:00〜12:00');
    await loadScheduleStrings('ko');
    await loadScheduleStrings('ja-x-easy');
    off();
    expect(changed).to.be.greaterThan(1);
    expect(describeSchedule(schedule, 'ko')).to.equal('매월 2번째 화요일 10:00~12:00');
    expect(describeSchedule(schedule, 'ja-x-easy')).to.equal('{毎月|まいつき} {第|だい}2{火|か}{曜日|ようび} 10:00〜12:00');
  });
});
