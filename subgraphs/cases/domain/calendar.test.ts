import { describe, expect, it } from 'vitest';
import { addMonths, addWorkingDays, daysOff, easterSunday, isWorkingDay, latvianDay } from './calendar.ts';
import { dueDate, parseProcessingTime } from './processing-time.ts';

describe('Latvian public holidays', () => {
  it('computes Easter Sunday', () => {
    // Published dates of Western Easter.
    expect(['2023', '2024', '2025', '2026', '2027', '2038'].map((y) => easterSunday(Number(y)))).toEqual([
      '2023-04-09', '2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2038-04-25',
    ]);
  });

  it('knows the fixed and the Easter holidays of 2026', () => {
    const off = [...daysOff(2026).keys()].filter((d) => isWorkingDayOfWeek(d)).sort();
    expect(off).toEqual([
      '2026-01-01', '2026-01-02', // New Year; 2 Jan transferred to Saturday 17 Jan
      '2026-04-03', '2026-04-06', // Good Friday, Easter Monday
      '2026-05-01', '2026-05-04',
      '2026-06-22', '2026-06-23', '2026-06-24', // 22 June transferred to Saturday 27 June; Līgo, Jāņi
      '2026-11-18',
      '2026-12-24', '2026-12-25', '2026-12-31',
    ]);
  });

  it('gives the next working day off when 4 May or 18 November falls on a weekend', () => {
    expect(isWorkingDay('2024-05-06')).toBe(false); // 4 May 2024 was a Saturday
    expect(isWorkingDay('2025-05-05')).toBe(false); // 4 May 2025 was a Sunday
    expect(isWorkingDay('2029-11-19')).toBe(false); // 18 November 2029 is a Sunday
    expect(isWorkingDay('2029-11-20')).toBe(true);
    expect(isWorkingDay('2023-07-10')).toBe(false); // the Song Festival closed on Sunday 9 July 2023
    expect(isWorkingDay('2023-05-29')).toBe(false); // one-off holiday
  });

  it('makes the Cabinet’s Saturdays working days and their weekdays days off', () => {
    expect(isWorkingDay('2026-06-27')).toBe(true);
    expect(isWorkingDay('2026-06-20')).toBe(false);
    expect(isWorkingDay('2026-01-17')).toBe(true);
    expect(isWorkingDay('2026-01-02')).toBe(false);
    expect(isWorkingDay('2025-11-08')).toBe(true);
    expect(isWorkingDay('2025-11-17')).toBe(false);
    expect(isWorkingDay('2024-12-14')).toBe(true);
    expect(isWorkingDay('2024-12-23')).toBe(false);
  });

  it('lets recorded days override the built-in calendar', () => {
    const overrides = new Map([['2027-05-08', true], ['2027-05-03', false], ['2026-06-27', false]]);
    expect(isWorkingDay('2027-05-08', overrides)).toBe(true);
    expect(isWorkingDay('2027-05-03', overrides)).toBe(false);
    expect(isWorkingDay('2026-06-27', overrides)).toBe(false);
    expect(isWorkingDay('2027-05-03')).toBe(true);
  });
});

describe('working days', () => {
  it('counts from the day after, skipping weekends', () => {
    expect(addWorkingDays('2026-03-06', 1)).toBe('2026-03-09'); // Friday + 1 = Monday
    expect(addWorkingDays('2026-03-02', 10)).toBe('2026-03-16');
    expect(addWorkingDays('2026-03-07', 0)).toBe('2026-03-09'); // 0 days from a Saturday: the next working day
  });

  it('crosses the Līgo holidays with a transferred day off and a transferred working Saturday', () => {
    // 22 June 2026 is off (transferred), 23–24 are holidays, Saturday 27 June is a working day.
    expect(addWorkingDays('2026-06-19', 1)).toBe('2026-06-25');
    expect(addWorkingDays('2026-06-19', 3)).toBe('2026-06-27');
    expect(addWorkingDays('2026-06-19', 4)).toBe('2026-06-29');
  });

  it('crosses Christmas and New Year', () => {
    // 24–26 Dec 2026 are Thursday–Saturday; 31 Dec and 1 Jan are holidays.
    expect(addWorkingDays('2026-12-23', 1)).toBe('2026-12-28');
    expect(addWorkingDays('2026-12-29', 2)).toBe('2027-01-04');
  });

  it('crosses Easter', () => {
    expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-07');
  });
});

describe('due dates from processing times', () => {
  it('parses ISO 8601 durations of days, weeks, months and years', () => {
    expect(parseProcessingTime('P10D')).toEqual({ amount: 10, unit: 'D' });
    expect(parseProcessingTime('p2w')).toEqual({ amount: 2, unit: 'W' });
    expect(parseProcessingTime('P1M')).toEqual({ amount: 1, unit: 'M' });
    expect(parseProcessingTime('PT1H')).toEqual({ amount: 1, unit: 'H' });
    for (const bad of ['10', 'PT2M', 'P1Y2M', 'P-1D', 'P99999D', 'P1DT2H', '']) expect(parseProcessingTime(bad), bad).toBeNull();
  });

  it('uses the Latvian date of submission', () => {
    // 22:30 UTC on 19 June is already 20 June in Riga (UTC+3 in summer).
    expect(latvianDay(new Date('2026-06-19T22:30:00Z'))).toBe('2026-06-20');
    // Friday 26 June 23:30 in Riga counts from Friday; 00:30 on Saturday 27 June (a working day) from Saturday.
    expect(dueDate(new Date('2026-06-26T20:30:00Z'), { amount: 1, unit: 'D' }, true)).toBe('2026-06-27');
    expect(dueDate(new Date('2026-06-26T21:30:00Z'), { amount: 1, unit: 'D' }, true)).toBe('2026-06-29');
  });

  it('moves a calendar term that ends on a day off to the next working day', () => {
    expect(dueDate(new Date('2026-06-13T10:00:00Z'), { amount: 10, unit: 'D' }, false)).toBe('2026-06-25');
    expect(dueDate(new Date('2026-01-31T10:00:00Z'), { amount: 1, unit: 'M' }, false)).toBe('2026-03-02'); // 28 Feb is a Saturday
    expect(dueDate(new Date('2026-03-02T10:00:00Z'), { amount: 2, unit: 'W' }, true)).toBe('2026-03-16');
  });

  it('counts hours from the moment of submission', () => {
    expect(dueDate(new Date('2026-03-05T10:00:00Z'), { amount: 1, unit: 'H' }, true)).toBe('2026-03-05');
    expect(dueDate(new Date('2026-03-06T21:30:00Z'), { amount: 1, unit: 'H' }, true)).toBe('2026-03-09'); // Saturday 00:30 → Monday
  });

  it('clamps months to their last day', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
  });
});

function isWorkingDayOfWeek(day: string): boolean {
  const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
  return dow !== 0 && dow !== 6;
}
