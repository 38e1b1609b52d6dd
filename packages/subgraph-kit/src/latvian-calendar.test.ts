import { describe, expect, it } from 'vitest';
import { dayKind, isWorkingDay } from './latvian-calendar.ts';

describe('the one Latvian calendar', () => {
  it('tells a day off, a Saturday worked instead of a weekday, and an ordinary day', () => {
    expect(dayKind('2026-06-22')).toEqual({ kind: 'day-off' });
    expect(dayKind('2026-06-27')).toEqual({ kind: 'worked-as', weekday: 'MONDAY' });
    expect(dayKind('2026-01-17')).toEqual({ kind: 'worked-as', weekday: 'FRIDAY' });
    expect(dayKind('2026-06-26')).toEqual({ kind: 'ordinary', weekday: 'FRIDAY' });
    expect(dayKind('2026-06-24')).toEqual({ kind: 'day-off' });
  });
  it('agrees with the working days of the cases subgraph, and an operator’s day off wins', () => {
    for (const day of ['2026-06-22', '2026-06-27', '2026-06-26', '2026-11-18', '2025-11-17', '2025-11-08'])
      expect(dayKind(day).kind !== 'day-off', day).toBe(isWorkingDay(day) || ['SATURDAY', 'SUNDAY'].includes((dayKind(day) as { weekday: string }).weekday));
    expect(dayKind('2026-06-26', new Map([['2026-06-26', false]]))).toEqual({ kind: 'day-off' });
  });
});
