import { describe, expect, it } from 'vitest';
import { easterSunday, isPublicHoliday, publicHolidays, rigaTime } from './calendar.ts';
import type { OpeningHoursData } from './model.ts';
import { isOpenAt } from './opening-hours.ts';

const weekdays = (opens: string, closes: string) =>
  (['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as const).map((day) => ({ day, opens, closes }));
const office: OpeningHoursData = { weekly: weekdays('08:30', '17:00'), exceptions: [], closedOnPublicHolidays: true };

describe('Riga time', () => {
  it('is UTC+2 in winter and UTC+3 in summer', () => {
    expect(rigaTime(new Date('2026-01-15T06:30:00Z'))).toEqual({ date: '2026-01-15', minutes: 8 * 60 + 30, weekday: 'THURSDAY' });
    expect(rigaTime(new Date('2026-07-15T06:30:00Z'))).toEqual({ date: '2026-07-15', minutes: 9 * 60 + 30, weekday: 'WEDNESDAY' });
  });
  it('crosses the date line at local midnight, not UTC midnight', () => {
    expect(rigaTime(new Date('2026-03-10T22:30:00Z')).date).toBe('2026-03-11');
  });
});

describe('public holidays', () => {
  it('computes Easter', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
  });
  it('knows the fixed and movable holidays', () => {
    for (const d of ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-01', '2026-05-04', '2026-06-23', '2026-06-24', '2026-11-18', '2026-12-24', '2026-12-31'])
      expect(isPublicHoliday(d), d).toBe(true);
    expect(isPublicHoliday('2026-04-07')).toBe(false);
    expect(isPublicHoliday('2026-11-17')).toBe(false);
  });
  it('moves 4 May and 18 November to Monday when they fall on a weekend', () => {
    expect(publicHolidays(2025).has('2025-05-05')).toBe(true); // 4 May 2025 is a Sunday
    expect(publicHolidays(2023).has('2023-11-20')).toBe(true); // 18 Nov 2023 is a Saturday
    expect(publicHolidays(2026).has('2026-05-05')).toBe(false); // 4 May 2026 is a Monday
  });
});

describe('isOpenAt', () => {
  it('is open inside the weekly period in Riga time and closed outside it', () => {
    expect(isOpenAt(office, new Date('2026-03-10T07:00:00Z'))).toBe(true); // Tue 09:00 Riga
    expect(isOpenAt(office, new Date('2026-03-10T06:00:00Z'))).toBe(false); // 08:00
    expect(isOpenAt(office, new Date('2026-03-10T15:00:00Z'))).toBe(false); // 17:00 closes
    expect(isOpenAt(office, new Date('2026-03-14T09:00:00Z'))).toBe(false); // Saturday
  });
  it('closes on public holidays unless told otherwise', () => {
    expect(isOpenAt(office, new Date('2026-11-18T09:00:00Z'))).toBe(false);
    expect(isOpenAt({ ...office, closedOnPublicHolidays: false }, new Date('2026-11-18T09:00:00Z'))).toBe(true);
  });
  it('follows an exception for a date: a closed day and a holiday opening', () => {
    const hours: OpeningHoursData = {
      ...office,
      exceptions: [
        { date: '2026-03-11', periods: [] },
        { date: '2026-06-23', periods: [{ opens: '09:00', closes: '12:00' }] },
      ],
    };
    expect(isOpenAt(hours, new Date('2026-03-11T09:00:00Z'))).toBe(false);
    expect(isOpenAt(hours, new Date('2026-06-23T07:00:00Z'))).toBe(true); // 10:00 summer time
    expect(isOpenAt(hours, new Date('2026-06-23T10:00:00Z'))).toBe(false); // 13:00
  });
  it('keeps a period open past midnight into the next day', () => {
    const night: OpeningHoursData = { weekly: [{ day: 'FRIDAY', opens: '20:00', closes: '02:00' }], exceptions: [], closedOnPublicHolidays: true };
    expect(isOpenAt(night, new Date('2026-03-13T21:00:00Z'))).toBe(true); // Fri 23:00
    expect(isOpenAt(night, new Date('2026-03-13T23:30:00Z'))).toBe(true); // Sat 01:30
    expect(isOpenAt(night, new Date('2026-03-14T00:30:00Z'))).toBe(false); // Sat 02:30
    expect(isOpenAt(night, new Date('2026-03-12T23:30:00Z'))).toBe(false); // Fri 01:30: Thursday had no night period
  });
  it('treats 00:00–00:00 as open all day', () => {
    const always: OpeningHoursData = { weekly: (['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const).map((day) => ({ day, opens: '00:00', closes: '00:00' })), exceptions: [], closedOnPublicHolidays: false };
    expect(isOpenAt(always, new Date('2026-12-25T02:00:00Z'))).toBe(true);
  });
  it('is closed without hours', () => expect(isOpenAt(null, new Date())).toBe(false));
});

describe('the Cabinet’s transferred working days (one calendar with the cases subgraph)', () => {
  it('closes on a weekday given off and opens with that weekday’s hours on the Saturday worked instead', () => {
    // 2026: Monday 22 June is a day off, Saturday 27 June a working day (MK rīkojums, 10.06.2025).
    expect(isOpenAt(office, new Date('2026-06-22T07:00:00Z'))).toBe(false);
    expect(isOpenAt(office, new Date('2026-06-27T07:00:00Z'))).toBe(true);
    expect(isOpenAt(office, new Date('2026-06-20T07:00:00Z'))).toBe(false);
    // A channel that ignores holidays keeps its plain week.
    const always = { ...office, closedOnPublicHolidays: false };
    expect(isOpenAt(always, new Date('2026-06-22T07:00:00Z'))).toBe(true);
    expect(isOpenAt(always, new Date('2026-06-27T07:00:00Z'))).toBe(false);
  });
  it('knows the days off of the law the old catalogue calendar missed', () => {
    expect(isPublicHoliday('2026-01-02')).toBe(true); // transferred day off
    expect(isPublicHoliday('2023-07-10')).toBe(true); // Song Festival closing day moved to Monday
    expect(isPublicHoliday('2023-05-29')).toBe(true); // one-off hockey holiday
  });
});
