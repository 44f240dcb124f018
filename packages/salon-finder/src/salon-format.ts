import { describeSchedule, formatDate, walkingMinutes, type Locale, type Occurrence, type Salon } from '@chiiki/core';
import type { RenderContext } from './render-context.js';

const JST = 9 * 3_600_000;
const DAY = 86_400_000;

/**
 * Dates as words, per locale and Japan-time day: a list of 30 salons shows a handful of distinct
 * dates, and each `formatDate` builds an `Intl.DateTimeFormat` (the largest cost of a list render).
 * Only for locales the browser's Intl knows: elsewhere (Nepali in Chromium) core takes the names
 * from lazily loaded strings, and a fallback must not stick.
 */
const dates = new Map<string, string>();
const intlKnows = new Map<Locale, boolean>();

function meetingDate(date: Date, locale: Locale): string {
  let cacheable = intlKnows.get(locale);
  if (cacheable === undefined) {
    const tag = locale === 'ja-x-easy' ? 'ja' : locale === 'tl' ? 'fil' : locale;
    cacheable = Intl.DateTimeFormat.supportedLocalesOf(tag).length > 0;
    intlKnows.set(locale, cacheable);
  }
  if (!cacheable) return formatDate(date, locale);
  const key = `${locale}|${Math.floor((date.getTime() + JST) / DAY)}`;
  let text = dates.get(key);
  if (text === undefined) {
    text = formatDate(date, locale);
    if (dates.size > 2000) dates.clear();
    dates.set(key, text);
  }
  return text;
}

function hhmm(date: Date): string {
  const d = new Date(date.getTime() + JST);
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

/** "12月9日(火) 10:00〜12:00" in `ja`; the locale's own date with the times elsewhere. */
export function formatMeeting(ctx: RenderContext, meeting: Occurrence): string {
  const date = meetingDate(meeting.start, ctx.locale);
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
