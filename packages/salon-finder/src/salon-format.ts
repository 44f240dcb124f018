import { describeSchedule, formatDate, walkingMinutes, type Occurrence, type Salon } from '@chiiki/core';
import type { RenderContext } from './render-context.js';

const JST = 9 * 3_600_000;

function hhmm(date: Date): string {
  const d = new Date(date.getTime() + JST);
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

/** "12月9日(火) 10:00〜12:00" in `ja`; the locale's own date with the times elsewhere. */
export function formatMeeting(ctx: RenderContext, meeting: Occurrence): string {
  const date = formatDate(meeting.start, ctx.locale);
  const start = hhmm(meeting.start);
  const timed = start !== '00:00' || meeting.end;
  if (!timed) return date;
  return ctx.t('salonFinder.meeting', { date, start, end: meeting.end ? hhmm(meeting.end) : '' }).replace(/[〜–-]\s*$/, '').trim();
}

/** The schedule in words; the published text when nothing can be computed. */
export function scheduleWords(ctx: RenderContext, salon: Salon): string {
  if (!salon.schedule) return '';
  try {
    return describeSchedule(salon.schedule, ctx.locale) || salon.schedule.text || '';
  } catch {
    return salon.schedule.text ?? '';
  }
}

/** "直線 1.2km・徒歩約20分" (straight line, 60 m per minute). */
export function distanceWords(ctx: RenderContext, km: number): string {
  const distance =
    km < 1
      ? ctx.t('salonFinder.metres', { value: Math.max(10, Math.round((km * 1000) / 10) * 10) })
      : ctx.t('salonFinder.kilometres', { value: new Intl.NumberFormat(ctx.locale === 'ja-x-easy' ? 'ja' : ctx.locale, { maximumFractionDigits: 1 }).format(km) });
  return ctx.t('salonFinder.distance', { distance, minutes: Math.max(1, walkingMinutes(km)) });
}

/** The fee in words: 無料, 100円, or the published text. */
export function feeWords(ctx: RenderContext, salon: Salon): string {
  const fee = salon.fee;
  if (!fee) return '';
  if (fee.amount === 0) return ctx.t('salonFinder.free') + (fee.text && !/無料|^0/.test(fee.text) ? `（${fee.text}）` : '');
  if (typeof fee.amount === 'number') return ctx.t('salonFinder.yen', { amount: fee.amount }) + (fee.text && !/^\d+円?$/.test(fee.text) ? `（${fee.text}）` : '');
  return fee.text ?? '';
}
