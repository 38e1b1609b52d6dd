import { describe, expect, it } from 'vitest';
import type { CaseEventRow, CaseRow } from '../db/tables.ts';
import { CASE_EVENT_TYPES as T, caseEventsOf } from './case-events.ts';

const at = new Date('2026-03-05T10:00:00Z');
const row = (over: Partial<CaseRow> = {}): CaseRow => ({
  id: '5d0c3f1e-8a5e-4b8e-9d7b-2f0f7c1d9e44', institutionCode: 'PMLP', reference: 'R-1', serviceCode: 'PMLP-PASE',
  clientId: '1b2c3d4e-0000-8000-8000-000000000001', clientKind: 'PERSON', representativeClientId: null, kind: 'APPLICATION',
  applicationChannel: 'E_SERVICE', deliveryChannel: null, status: 'REGISTERED', extendedStatus: null, progress: null,
  submittedAt: at, processingTime: null, processingWorkingDays: true, dueOn: null, resolvedAt: null, decision: null, result: null,
  rating: null, ratingComment: null, ratedAt: null, complaintCount: 0, region: null, resolvedWorkingDays: null, registeredAt: null, updatedAt: at, version: 1, overdueEventAt: null, ...over,
});
const timeline = (type: CaseEventRow['type']): CaseEventRow => ({ id: 7, caseId: row().id, type, at, actorKind: 'INSTITUTION', actor: 'PMLP', status: null, note: null });
const types = (before: CaseRow | null, after: CaseRow, t: CaseEventRow | null = null) => caseEventsOf(before, after, t).map((e) => e.type);

describe('which events a write to a case sends', () => {
  it('a new case: registered, or delivered for an event-only case', () => {
    expect(types(null, row(), timeline('STATUS_CHANGE'))).toEqual([T.registered]);
    expect(types(null, row({ kind: 'EVENT_ONLY', status: 'COMPLETED' }), timeline('DELIVERY'))).toEqual([T.delivered]);
  });

  it('a status change, with a decided event when it records a decision', () => {
    expect(types(row(), row({ status: 'IN_PROGRESS', version: 2 }), timeline('STATUS_CHANGE'))).toEqual([T.statusChanged]);
    expect(types(row(), row({ status: 'DECIDED', decision: 'REFUSED', version: 2 }), timeline('STATUS_CHANGE'))).toEqual([T.statusChanged, T.decided]);
  });

  it('a rating, a complaint, and other timeline events', () => {
    expect(types(row({ status: 'COMPLETED' }), row({ status: 'COMPLETED', rating: 5, ratingComment: 'Paldies' }))).toEqual([T.rated]);
    expect(types(row(), row({ complaintCount: 1, version: 2 }), timeline('COMPLAINT'))).toEqual([T.complaintSubmitted]);
    expect(types(row(), row({ progress: 50, version: 2 }), timeline('PROGRESS'))).toEqual([T.timelineEventAdded]);
    expect(types(row(), row({ version: 2 }))).toEqual([]);
  });

  it('carries ids and codes, never the client, the comment or the note; the client only as who may see it', () => {
    const [event] = caseEventsOf(row({ status: 'COMPLETED' }), row({ status: 'COMPLETED', rating: 5, ratingComment: 'Paldies', version: 2 }), null);
    expect(event.data).toEqual({ caseId: row().id, institutionCode: 'PMLP', serviceCode: 'PMLP-PASE', version: 2, rating: 5 });
    expect(event).toMatchObject({ subject: row().id, time: at, institutionCode: 'PMLP', clientId: row().clientId });
  });
});
