import { addDays, addMonths, addWorkingDays, latvianDay, onOrNextWorkingDay, type CalendarOverrides } from './calendar.ts';

/** A processing time as institutions state it: an ISO 8601 duration of whole hours, days, weeks, months or years. */
export interface ProcessingTime {
  amount: number;
  unit: 'H' | 'D' | 'W' | 'M' | 'Y';
}

const DURATION = /^P(?:(\d{1,4})([DWMY])|T(\d{1,4})H)$/;

/** The parsed duration, or null when it is not one of "PTnH", "PnD", "PnW", "PnM", "PnY" (n at most 9999). */
export function parseProcessingTime(text: string): ProcessingTime | null {
  const match = DURATION.exec(text.trim().toUpperCase());
  if (!match) return null;
  return match[3] ? { amount: Number(match[3]), unit: 'H' } : { amount: Number(match[1]), unit: match[2] as ProcessingTime['unit'] };
}

/** The duration in its canonical ISO 8601 form. */
export const formatProcessingTime = (t: ProcessingTime): string => (t.unit === 'H' ? `PT${t.amount}H` : `P${t.amount}${t.unit}`);

/**
 * The due date of a case submitted at `submittedAt`. The term runs from the day after submission (Latvian date):
 * in working days, the n-th working day; in calendar days, weeks, months or years, that date, moved to the next
 * working day when it is a day off (as terms are counted under the Administrative Procedure Law). Weeks of working
 * days count five working days each; months and years are always calendar months and years. Hours are counted from
 * the moment of submission; the case is due on that (working) day.
 */
export function dueDate(submittedAt: Date, time: ProcessingTime, workingDays: boolean, overrides?: CalendarOverrides): string {
  if (time.unit === 'H') return onOrNextWorkingDay(latvianDay(new Date(submittedAt.getTime() + time.amount * 3_600_000)), overrides);
  const day0 = latvianDay(submittedAt);
  if (workingDays && (time.unit === 'D' || time.unit === 'W')) return addWorkingDays(day0, time.unit === 'W' ? time.amount * 5 : time.amount, overrides);
  const end =
    time.unit === 'D' ? addDays(day0, time.amount)
    : time.unit === 'W' ? addDays(day0, time.amount * 7)
    : addMonths(day0, time.unit === 'M' ? time.amount : time.amount * 12);
  return onOrNextWorkingDay(end, overrides);
}
