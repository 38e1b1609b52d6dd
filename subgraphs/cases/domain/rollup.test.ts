import { describe, expect, it } from 'vitest';
import type { CaseRow } from '../db/tables.ts';
import { contribution, percentileOfCounts, rollupDelta, workingDaysBetween } from './rollup.ts';

const at = new Date('2026-11-05T08:00:00Z');
const row = (over: Partial<CaseRow> = {}): CaseRow => ({
  id: '5d0c3f1e-8a5e-4b8e-9d7b-2f0f7c1d9e44', institutionCode: 'VSAA', reference: 'R-1', serviceCode: 'VSAA-VECAKU-PABALSTS',
  clientId: '1b2c3d4e-0000-8000-8000-000000000001', clientKind: 'PERSON', representativeClientId: null, kind: 'APPLICATION',
  applicationChannel: 'E_SERVICE', deliveryChannel: null, status: 'SUBMITTED', extendedStatus: null, progress: null,
  submittedAt: at, processingTime: 'P10D', processingWorkingDays: true, dueOn: '2026-11-20', resolvedAt: null, decision: null, result: null,
  rating: null, ratingComment: null, ratedAt: null, complaintCount: 0, region: null, resolvedWorkingDays: null, registeredAt: null, updatedAt: at, version: 1, overdueEventAt: null, ...over,
});

describe('what a case adds to the monthly roll-ups', () => {
  it('counts working days after the day of submission up to the day of resolution, with transferred days', () => {
    expect(workingDaysBetween(at, new Date('2026-11-05T20:00:00Z'))).toBe(0);
    expect(workingDaysBetween(at, new Date('2026-11-16T12:00:00Z'))).toBe(7);
    // 27 June 2026 (a Saturday) is a transferred working day; 22 June the day off for it; 23–24 June are holidays.
    // So from Friday 19 June to Monday 29 June: 25, 26, 27 and 29 June.
    expect(workingDaysBetween(new Date('2026-06-19T08:00:00Z'), new Date('2026-06-29T08:00:00Z'))).toBe(4);
  });

  it('moves a case from open to decided on one row, and adds its working days once', () => {
    const decided = row({ status: 'DECIDED', resolvedAt: new Date('2026-11-16T12:00:00Z'), resolvedWorkingDays: 7, registeredAt: new Date('2026-11-05T08:30:00Z') });
    const delta = rollupDelta(row({ status: 'IN_PROGRESS', registeredAt: new Date('2026-11-05T08:30:00Z') }), decided)!;
    expect(delta.key).toEqual({ month: '2026-11', institutionCode: 'VSAA', serviceCode: 'VSAA-VECAKU-PABALSTS', channel: 'E_SERVICE', region: '', clientKind: 'PERSON' });
    expect(Object.fromEntries(Object.entries(delta.measures).filter(([, n]) => n !== 0))).toEqual({ inProgress: -1, decided: 1, resolved: 1, workingDays: 7, withDueDate: 1, resolvedOnTime: 1 });
    expect([...delta.days]).toEqual([[7, 1]]);
    expect(contribution(decided)).toMatchObject({ cases: 1, registrations: 1, registeredInTime: 0 });
    expect(rollupDelta(decided, decided)).toBeNull();
  });

  it('interpolates percentiles between the two nearest cases, as PostgreSQL does', () => {
    const counts = new Map([[1, 1], [2, 2], [3, 1], [23, 1]]);
    expect(percentileOfCounts(counts, 0.5)).toBe(2);
    expect(percentileOfCounts(counts, 0.9)).toBeCloseTo(15, 9);
    expect(percentileOfCounts(new Map(), 0.5)).toBeNull();
  });
});
