/**
 * The case status state machine (documented on `CaseStatus` in schema/cases.graphql). A case moves forward only,
 * except IN_PROGRESS ⇄ AWAITING_CLIENT; from any open status before a decision it may skip ahead (an automatic
 * service goes SUBMITTED → COMPLETED) or end as REJECTED or WITHDRAWN. DECIDED may only become COMPLETED.
 */
import type { CaseStatus } from '../db/tables.ts';

const NEXT: Record<CaseStatus, readonly CaseStatus[]> = {
  SUBMITTED: ['REGISTERED', 'IN_PROGRESS', 'AWAITING_CLIENT', 'DECIDED', 'COMPLETED', 'REJECTED', 'WITHDRAWN'],
  REGISTERED: ['IN_PROGRESS', 'AWAITING_CLIENT', 'DECIDED', 'COMPLETED', 'REJECTED', 'WITHDRAWN'],
  IN_PROGRESS: ['AWAITING_CLIENT', 'DECIDED', 'COMPLETED', 'REJECTED', 'WITHDRAWN'],
  AWAITING_CLIENT: ['IN_PROGRESS', 'DECIDED', 'COMPLETED', 'REJECTED', 'WITHDRAWN'],
  DECIDED: ['COMPLETED'],
  COMPLETED: [],
  REJECTED: [],
  WITHDRAWN: [],
};

/** Statuses a case may be registered in. */
export const INITIAL_STATUSES: readonly CaseStatus[] = ['SUBMITTED', 'REGISTERED', 'IN_PROGRESS'];

/** Reaching one of these for the first time ends processing (resolvedAt, processing-time statistics). */
export const RESOLVING_STATUSES: readonly CaseStatus[] = ['DECIDED', 'COMPLETED', 'REJECTED'];

/** Statuses that may carry a decision and a result. */
export const DECISION_STATUSES = RESOLVING_STATUSES;

/** Statuses a case never leaves. */
export const FINAL_STATUSES: readonly CaseStatus[] = ['COMPLETED', 'REJECTED', 'WITHDRAWN'];

/** The statuses a case may move to next; none for event-only cases, which have no lifecycle. */
export function allowedNext(status: CaseStatus, kind: 'APPLICATION' | 'EVENT_ONLY' = 'APPLICATION'): readonly CaseStatus[] {
  return kind === 'EVENT_ONLY' ? [] : NEXT[status];
}

export type TransitionCheck = { ok: true } | { ok: false; allowedNext: readonly CaseStatus[] };

export function checkTransition(from: CaseStatus, to: CaseStatus, kind: 'APPLICATION' | 'EVENT_ONLY' = 'APPLICATION'): TransitionCheck {
  const next = allowedNext(from, kind);
  return next.includes(to) ? { ok: true } : { ok: false, allowedNext: next };
}
