import { describe, expect, it } from 'vitest';
import { breakdownPeriods } from './statistics-store.ts';

describe('the breakdown roll-ups a period reads', () => {
  it('takes whole calendar years as one row each and only the months around them one by one', () => {
    expect(breakdownPeriods('2025-01', '2025-12')).toEqual(['2025']);
    expect(breakdownPeriods('2024-11', '2026-02')).toEqual(['2024-11', '2024-12', '2025', '2026-01', '2026-02']);
    expect(breakdownPeriods('2025-06', '2025-06')).toEqual(['2025-06']);
    // A year that begins the period but is not whole is read month by month.
    expect(breakdownPeriods('2025-01', '2025-03')).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(breakdownPeriods('2023-01', '2025-12')).toEqual(['2023', '2024', '2025']);
  });
});
