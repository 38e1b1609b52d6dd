/**
 * Latvian calendar facts the catalogue needs: local time in Europe/Riga and the public holidays (svētku dienas)
 * of the Law on Public Holidays, Remembrance Days and Celebration Days. One-off holidays the Saeima declares
 * (a song festival's closing day, a hockey final) are not predictable: locations add them as exceptions.
 */
import type { Weekday } from './model.ts';

export const TIME_ZONE = 'Europe/Riga';
const WEEKDAYS: Weekday[] = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

const formatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

export interface LocalTime {
  /** "YYYY-MM-DD" in Riga. */
  date: string;
  /** Minutes since local midnight. */
  minutes: number;
  weekday: Weekday;
}

/** The wall-clock date and time in Riga at an instant (daylight saving time included). */
export function rigaTime(at: Date): LocalTime {
  const parts = Object.fromEntries(formatter.formatToParts(at).map((p) => [p.type, p.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  return { date, minutes: Number(parts.hour) * 60 + Number(parts.minute), weekday: weekdayOf(date) };
}

export function weekdayOf(date: string): Weekday {
  return WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];
}

/** The calendar date `days` after (or before, when negative) a "YYYY-MM-DD" date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Western (Gregorian) Easter Sunday of a year, "YYYY-MM-DD" (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const cache = new Map<number, Set<string>>();

/** The public holidays (non-working days) of a year. */
export function publicHolidays(year: number): Set<string> {
  const hit = cache.get(year);
  if (hit) return hit;
  const y = String(year);
  const easter = easterSunday(year);
  const days = [`${y}-01-01`, addDays(easter, -2), easter, addDays(easter, 1), `${y}-05-01`, `${y}-06-23`, `${y}-06-24`, `${y}-12-24`, `${y}-12-25`, `${y}-12-26`, `${y}-12-31`];
  // 4 May and 18 November: when they fall on a Saturday or Sunday, the next Monday is a holiday too.
  for (const day of [`${y}-05-04`, `${y}-11-18`]) {
    days.push(day);
    const weekday = weekdayOf(day);
    if (weekday === 'SATURDAY') days.push(addDays(day, 2));
    if (weekday === 'SUNDAY') days.push(addDays(day, 1));
  }
  const set = new Set(days);
  cache.set(year, set);
  return set;
}

export const isPublicHoliday = (date: string): boolean => publicHolidays(Number(date.slice(0, 4))).has(date);
