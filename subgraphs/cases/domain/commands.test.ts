import { describe, expect, it } from 'vitest';
import type { CaseRow } from '../db/tables.ts';
import { planRating, planRegistration, planStatusChange, type Registration, type StatusChange } from './commands.ts';

const now = new Date('2026-03-20T10:00:00Z');
const row = {
  id: 'c1', status: 'IN_PROGRESS', kind: 'APPLICATION', version: 3, submittedAt: new Date('2026-03-02T09:00:00Z'), resolvedAt: null, decision: null,
  rating: null, ratingComment: null, ratedAt: null, complaintCount: 0, updatedAt: now,
} as unknown as CaseRow;
const change = (c: Partial<StatusChange>): StatusChange => ({
  expectedVersion: 3, status: 'DECIDED', at: null, note: null, extendedStatus: null, progress: null, decision: null, result: null, deliveryChannel: null, ...c,
});

describe('planning a status change', () => {
  it('reports a stale version before anything else', () => {
    expect(planStatusChange(row, change({ expectedVersion: 2, status: 'REGISTERED' }), 'PMLP', now)).toEqual({ kind: 'CONFLICT', currentVersion: 3 });
  });

  it('sets resolvedAt the first time a case is decided, completed or rejected, not later', () => {
    const decided = planStatusChange(row, change({ at: new Date('2026-03-10T10:00:00Z') }), 'PMLP', now);
    expect(decided).toMatchObject({ patch: { status: 'DECIDED', version: 4, resolvedAt: new Date('2026-03-10T10:00:00Z') }, event: { type: 'STATUS_CHANGE', status: 'DECIDED', actor: 'PMLP' } });
    const completed = planStatusChange({ ...row, status: 'DECIDED', resolvedAt: new Date('2026-03-10T10:00:00Z') }, change({ status: 'COMPLETED' }), 'PMLP', now);
    expect(completed).not.toHaveProperty('patch.resolvedAt');
  });

  it('gives a rejection the decision REFUSED unless another is given', () => {
    expect(planStatusChange(row, change({ status: 'REJECTED' }), 'PMLP', now)).toMatchObject({ patch: { decision: 'REFUSED' } });
    expect(planStatusChange(row, change({ status: 'REJECTED', decision: 'PARTLY_GRANTED' }), 'PMLP', now)).toMatchObject({ patch: { decision: 'PARTLY_GRANTED' } });
  });

  it('refuses a decision with an open status, a future time and a time before submission', () => {
    expect(() => planStatusChange(row, change({ status: 'AWAITING_CLIENT', decision: 'GRANTED' }), 'PMLP', now)).toThrow(/decision/);
    expect(() => planStatusChange(row, change({ at: new Date('2026-03-21T10:00:00Z') }), 'PMLP', now)).toThrow(/future/);
    expect(() => planStatusChange(row, change({ at: new Date('2026-03-01T10:00:00Z') }), 'PMLP', now)).toThrow(/before the case was submitted/);
  });
});

describe('planning a registration', () => {
  const registration: Registration = {
    institution: 'PMLP', reference: ' PMLP-1 ', serviceCode: 'PMLP-PASE', client: { clientId: 'x', kind: 'PERSON' }, representativeClientId: null,
    applicationChannel: 'E_SERVICE', deliveryChannel: null, submittedAt: new Date('2026-06-19T07:00:00Z'), status: 'SUBMITTED',
    processingTime: 'p3d', processingDaysAreWorkingDays: true, dueDate: null, extendedStatus: null, progress: null, note: null, region: null,
  };

  it('computes the due date from the processing time, unless the institution gives one', () => {
    const later = new Date('2026-07-01T00:00:00Z');
    expect(planRegistration(registration, later, new Map()).row).toMatchObject({ reference: 'PMLP-1', processingTime: 'P3D', dueOn: '2026-06-27' });
    expect(planRegistration({ ...registration, dueDate: '2026-07-01' }, later, new Map()).row.dueOn).toBe('2026-07-01');
    expect(planRegistration({ ...registration, processingTime: null }, later, new Map()).row.dueOn).toBeNull();
  });
});

describe('planning a rating', () => {
  const completed = { ...row, status: 'COMPLETED' } as CaseRow;
  it('rates once; the same rating again is nothing to do', () => {
    expect(planRating(row, 4, null, now)).toEqual({ kind: 'NOT_COMPLETED', status: 'IN_PROGRESS' });
    expect(planRating(completed, 4, ' ok ', now)).toEqual({ patch: { rating: 4, ratingComment: 'ok', ratedAt: now }, event: null });
    const rated = { ...completed, rating: 4, ratingComment: 'ok', ratedAt: now } as CaseRow;
    expect(planRating(rated, 4, 'ok', now)).toBeNull();
    expect(planRating(rated, 2, null, now)).toMatchObject({ kind: 'ALREADY_RATED', rating: 4 });
    expect(() => planRating(completed, 0, null, now)).toThrow(/1–5/);
  });
});
