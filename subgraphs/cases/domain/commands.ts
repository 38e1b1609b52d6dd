/**
 * What each write does to a case, decided without a database: the data layer loads and locks the case, asks one of
 * these functions for a plan (or an expected failure), and writes the plan. Bad input is a GraphQLError
 * (BAD_USER_INPUT); failures a caller must handle (a stale version, an illegal move) are returned as values.
 */
import { badInput } from '@public-service-graph/subgraph-kit/errors';
import type { LocalizedText } from '@public-service-graph/subgraph-kit/i18n';
import type { CaseActorKind, CaseChannel, CaseEventType, CaseRow, CaseStatus, ClientKind, NewCaseEventRow, NewCaseRow } from '../db/tables.ts';
import type { CalendarOverrides } from './calendar.ts';
import { dueDate, formatProcessingTime, parseProcessingTime } from './processing-time.ts';
import { checkTransition, DECISION_STATUSES, INITIAL_STATUSES, RESOLVING_STATUSES } from './transitions.ts';

/** A timeline event to write; the case id is filled in by the data layer. */
export type PlannedEvent = Omit<NewCaseEventRow, 'caseId' | 'id'>;
export type CasePatch = Partial<Omit<NewCaseRow, 'id' | 'institutionCode' | 'reference' | 'clientId'>>;
export interface CasePlan { patch: CasePatch; event: PlannedEvent | null }

export type Conflict = { kind: 'CONFLICT'; currentVersion: number };
export type IllegalTransition = { kind: 'ILLEGAL_TRANSITION'; from: CaseStatus; to: CaseStatus; allowedNext: readonly CaseStatus[] };
export type RatingFailure = { kind: 'NOT_COMPLETED'; status: CaseStatus } | { kind: 'ALREADY_RATED'; rating: number; comment: string | null; at: Date };
export type Failure = Conflict | IllegalTransition | RatingFailure;

export const isPlan = (value: CasePlan | Failure): value is CasePlan => 'patch' in value;

/** Clock skew allowed between an institution's system and ours. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;
const REFERENCE = /^[^\s].{0,99}$/s;
const SERVICE_CODE = /^[A-Za-z0-9._-]{1,100}$/;

export function checkPast(at: Date, now: Date, argument: string): Date {
  if (at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) throw badInput(`${argument} is in the future.`, { argument });
  return at;
}

export function checkReference(reference: string, argument: string): string {
  const ref = reference.trim();
  if (!REFERENCE.test(ref)) throw badInput(`${argument} must be 1–100 characters.`, { argument });
  return ref;
}

export function checkServiceCode(code: string, argument: string): string {
  if (!SERVICE_CODE.test(code)) throw badInput(`${argument} must be a service code such as "PMLP-PASE".`, { argument });
  return code;
}

function checkProgress(progress: number | null | undefined, argument: string): number | undefined {
  if (progress == null) return undefined;
  if (!Number.isInteger(progress) || progress < 0 || progress > 100) throw badInput(`${argument} must be 0–100.`, { argument });
  return progress;
}

export interface Registration {
  institution: string;
  reference: string;
  serviceCode: string;
  client: { clientId: string; kind: ClientKind };
  representativeClientId: string | null;
  applicationChannel: CaseChannel;
  deliveryChannel: CaseChannel | null;
  submittedAt: Date;
  status: CaseStatus;
  processingTime: string | null;
  processingDaysAreWorkingDays: boolean;
  dueDate: string | null;
  extendedStatus: LocalizedText | null;
  progress: number | null;
  note: LocalizedText | null;
}

/** The new case and its first timeline event. */
export function planRegistration(r: Registration, now: Date, overrides: CalendarOverrides): { row: NewCaseRow; event: PlannedEvent } {
  if (!INITIAL_STATUSES.includes(r.status))
    throw badInput(`A case starts as ${INITIAL_STATUSES.join(', ')}; register it, then move it on with updateCaseStatus.`, { argument: 'input.status' });
  const submittedAt = checkPast(r.submittedAt, now, 'input.submittedAt');
  let due = r.dueDate;
  let processingTime: string | null = null;
  if (r.processingTime != null) {
    const parsed = parseProcessingTime(r.processingTime);
    if (!parsed) throw badInput('input.processingTime must be an ISO 8601 duration such as "PT4H", "P10D", "P2W", "P1M" or "P1Y".', { argument: 'input.processingTime' });
    processingTime = formatProcessingTime(parsed);
    due ??= dueDate(submittedAt, parsed, r.processingDaysAreWorkingDays, overrides);
  }
  const row: NewCaseRow = {
    institutionCode: r.institution,
    reference: checkReference(r.reference, 'input.reference'),
    serviceCode: checkServiceCode(r.serviceCode, 'input.serviceCode'),
    clientId: r.client.clientId,
    clientKind: r.client.kind,
    representativeClientId: r.representativeClientId,
    kind: 'APPLICATION',
    applicationChannel: r.applicationChannel,
    deliveryChannel: r.deliveryChannel,
    status: r.status,
    extendedStatus: r.extendedStatus,
    progress: checkProgress(r.progress, 'input.progress') ?? null,
    submittedAt,
    processingTime,
    processingWorkingDays: r.processingDaysAreWorkingDays,
    dueOn: due,
    updatedAt: now,
    version: 1,
  };
  return { row, event: { type: 'STATUS_CHANGE', at: submittedAt, actorKind: 'INSTITUTION', actor: r.institution, status: r.status, note: r.note } };
}

export interface Delivery {
  institution: string;
  reference: string;
  serviceCode: string;
  client: { clientId: string; kind: ClientKind };
  representativeClientId: string | null;
  channel: CaseChannel;
  deliveryChannel: CaseChannel | null;
  deliveredAt: Date;
}

/** An event-only case: the fact that a service was delivered, COMPLETED from the start. */
export function planDelivery(d: Delivery, now: Date, argument: string): { row: NewCaseRow; event: PlannedEvent } {
  const at = checkPast(d.deliveredAt, now, `${argument}.deliveredAt`);
  const row: NewCaseRow = {
    institutionCode: d.institution,
    reference: checkReference(d.reference, `${argument}.reference`),
    serviceCode: checkServiceCode(d.serviceCode, `${argument}.serviceCode`),
    clientId: d.client.clientId,
    clientKind: d.client.kind,
    representativeClientId: d.representativeClientId,
    kind: 'EVENT_ONLY',
    applicationChannel: d.channel,
    deliveryChannel: d.deliveryChannel ?? d.channel,
    status: 'COMPLETED',
    submittedAt: at,
    resolvedAt: at,
    updatedAt: now,
    version: 1,
  };
  return { row, event: { type: 'DELIVERY', at, actorKind: 'INSTITUTION', actor: d.institution, status: 'COMPLETED', note: null } };
}

export interface StatusChange {
  expectedVersion: number;
  status: CaseStatus;
  at: Date | null;
  note: LocalizedText | null;
  extendedStatus: LocalizedText | null;
  progress: number | null;
  decision: 'GRANTED' | 'PARTLY_GRANTED' | 'REFUSED' | null;
  result: LocalizedText | null;
  deliveryChannel: CaseChannel | null;
}

export function planStatusChange(row: CaseRow, c: StatusChange, institution: string, now: Date): CasePlan | Conflict | IllegalTransition {
  if (row.version !== c.expectedVersion) return { kind: 'CONFLICT', currentVersion: row.version };
  const check = checkTransition(row.status, c.status, row.kind);
  if (!check.ok) return { kind: 'ILLEGAL_TRANSITION', from: row.status, to: c.status, allowedNext: check.allowedNext };
  if ((c.decision || c.result) && !DECISION_STATUSES.includes(c.status))
    throw badInput(`A decision or result goes with ${DECISION_STATUSES.join(', ')} only.`, { argument: 'input.decision' });
  const at = checkPast(c.at ?? now, now, 'input.at');
  if (at < row.submittedAt) throw badInput('input.at is before the case was submitted.', { argument: 'input.at' });
  const patch: CasePatch = { status: c.status, version: row.version + 1, updatedAt: now };
  if (c.extendedStatus) patch.extendedStatus = c.extendedStatus;
  const progress = checkProgress(c.progress, 'input.progress');
  if (progress !== undefined) patch.progress = progress;
  if (c.deliveryChannel) patch.deliveryChannel = c.deliveryChannel;
  if (c.decision) patch.decision = c.decision;
  else if (c.status === 'REJECTED' && !row.decision) patch.decision = 'REFUSED';
  if (c.result) patch.result = c.result;
  if (RESOLVING_STATUSES.includes(c.status) && !row.resolvedAt) patch.resolvedAt = at;
  return { patch, event: { type: 'STATUS_CHANGE', at, actorKind: 'INSTITUTION', actor: institution, status: c.status, note: c.note } };
}

export interface InstitutionEvent {
  expectedVersion: number;
  type: 'PROGRESS' | 'DOCUMENT_REQUEST' | 'MESSAGE' | 'COMPLAINT';
  at: Date | null;
  note: LocalizedText | null;
  extendedStatus: LocalizedText | null;
  progress: number | null;
}

export function planInstitutionEvent(row: CaseRow, e: InstitutionEvent, institution: string, now: Date): CasePlan | Conflict {
  if (e.type === 'PROGRESS') {
    if (!e.extendedStatus && e.progress == null) throw badInput('A PROGRESS event needs extendedStatus, progress or both.', { argument: 'input.extendedStatus' });
  } else {
    if (!e.note) throw badInput(`A ${e.type} event needs a note for the client.`, { argument: 'input.note' });
    if (e.extendedStatus || e.progress != null) throw badInput('extendedStatus and progress go with PROGRESS events only.', { argument: 'input.extendedStatus' });
  }
  if (row.version !== e.expectedVersion) return { kind: 'CONFLICT', currentVersion: row.version };
  const at = checkPast(e.at ?? now, now, 'input.at');
  const patch: CasePatch = { version: row.version + 1, updatedAt: now };
  if (e.extendedStatus) patch.extendedStatus = e.extendedStatus;
  const progress = checkProgress(e.progress, 'input.progress');
  if (progress !== undefined) patch.progress = progress;
  if (e.type === 'COMPLAINT') patch.complaintCount = row.complaintCount + 1;
  return { patch, event: { type: e.type as CaseEventType, at, actorKind: 'INSTITUTION', actor: institution, status: null, note: e.note } };
}

const RATING_COMMENT_MAX = 2000;

/** A rating of a completed case; the same rating again changes nothing. */
export function planRating(row: CaseRow, rating: number, comment: string | null, now: Date): CasePlan | RatingFailure | null {
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) throw badInput('input.rating must be 1–5.', { argument: 'input.rating' });
  const text = comment?.trim() || null;
  if (text && text.length > RATING_COMMENT_MAX) throw badInput(`input.comment must be at most ${RATING_COMMENT_MAX} characters.`, { argument: 'input.comment' });
  if (row.status !== 'COMPLETED') return { kind: 'NOT_COMPLETED', status: row.status };
  if (row.rating != null) {
    if (row.rating === rating && (row.ratingComment ?? null) === text) return null;
    return { kind: 'ALREADY_RATED', rating: row.rating, comment: row.ratingComment, at: row.ratedAt ?? row.updatedAt };
  }
  return { patch: { rating, ratingComment: text, ratedAt: now }, event: null };
}

/** A complaint by the client side; it does not change the case's version (that counts institution writes). */
export function planComplaint(row: CaseRow, note: LocalizedText, actor: { kind: CaseActorKind; id: string }, now: Date): CasePlan {
  return {
    patch: { complaintCount: row.complaintCount + 1 },
    event: { type: 'COMPLAINT', at: now, actorKind: actor.kind, actor: actor.id, status: null, note },
  };
}
