import { describe, expect, it } from 'vitest';
import { caseStatuses, type CaseStatus } from '../db/tables.ts';
import { allowedNext, checkTransition, FINAL_STATUSES } from './transitions.ts';

describe('case status state machine', () => {
  it('walks the usual path', () => {
    const path: CaseStatus[] = ['SUBMITTED', 'REGISTERED', 'IN_PROGRESS', 'AWAITING_CLIENT', 'IN_PROGRESS', 'DECIDED', 'COMPLETED'];
    for (let i = 1; i < path.length; i++) expect(checkTransition(path[i - 1], path[i]), `${path[i - 1]} → ${path[i]}`).toEqual({ ok: true });
  });

  it('lets an automatic service complete at once, and any open case be rejected or withdrawn', () => {
    expect(checkTransition('SUBMITTED', 'COMPLETED').ok).toBe(true);
    for (const from of ['SUBMITTED', 'REGISTERED', 'IN_PROGRESS', 'AWAITING_CLIENT'] as const) {
      expect(checkTransition(from, 'REJECTED').ok).toBe(true);
      expect(checkTransition(from, 'WITHDRAWN').ok).toBe(true);
    }
  });

  it('never goes back, and names the allowed next statuses when asked to', () => {
    expect(checkTransition('IN_PROGRESS', 'REGISTERED')).toEqual({ ok: false, allowedNext: ['AWAITING_CLIENT', 'DECIDED', 'COMPLETED', 'REJECTED', 'WITHDRAWN'] });
    expect(checkTransition('DECIDED', 'IN_PROGRESS')).toEqual({ ok: false, allowedNext: ['COMPLETED'] });
    expect(checkTransition('DECIDED', 'WITHDRAWN').ok).toBe(false);
    expect(checkTransition('REGISTERED', 'REGISTERED').ok).toBe(false);
  });

  it('has no way out of a final status', () => {
    for (const from of FINAL_STATUSES) for (const to of caseStatuses) expect(checkTransition(from, to)).toEqual({ ok: false, allowedNext: [] });
  });

  it('gives event-only cases no lifecycle', () => {
    expect(allowedNext('COMPLETED', 'EVENT_ONLY')).toEqual([]);
    expect(checkTransition('SUBMITTED', 'REGISTERED', 'EVENT_ONLY').ok).toBe(false);
  });
});
