/**
 * Opening hours of a channel (a service location, a phone line): weekly periods in Europe/Riga local time,
 * exceptions for dates (a holiday opening, a closed day), Latvian public holidays, and periods past midnight.
 */
import { addDays, dayKind, rigaTime, weekdayOf } from './calendar.ts';
import type { OpeningHoursData, TimeRange, Weekday } from './model.ts';

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

export const isTime = (text: string): boolean => TIME.test(text);
export const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Whether a period runs past midnight into the next day: it closes at or before the time it opens. */
export const overMidnight = (p: TimeRange): boolean => minutesOf(p.closes) <= minutesOf(p.opens);

/**
 * The periods a date has: its exception if it has one; else, for a channel that follows the working-day calendar
 * (`closedOnPublicHolidays`), nothing on a day off (a holiday or a day the Cabinet gave off) and, on a Saturday the
 * Cabinet made a working day, the hours of the weekday it replaces; else its weekday's.
 */
export function periodsOn(hours: OpeningHoursData, date: string): TimeRange[] {
  const exception = hours.exceptions.find((e) => e.date === date);
  if (exception) return exception.periods;
  let weekday: Weekday = weekdayOf(date);
  if (hours.closedOnPublicHolidays !== false) {
    const day = dayKind(date);
    if (day.kind === 'day-off') return [];
    weekday = day.weekday;
  }
  return hours.weekly.filter((p) => p.day === weekday);
}

/** Whether the channel is open at an instant, by Riga wall-clock time. */
export function isOpenAt(hours: OpeningHoursData | null | undefined, at: Date): boolean {
  if (!hours) return false;
  const { date, minutes } = rigaTime(at);
  const today = periodsOn(hours, date).some((p) => {
    const opens = minutesOf(p.opens);
    return minutes >= opens && (overMidnight(p) || minutes < minutesOf(p.closes));
  });
  if (today) return true;
  // A period that began yesterday and runs past midnight.
  return periodsOn(hours, addDays(date, -1)).some((p) => overMidnight(p) && minutes < minutesOf(p.closes));
}
