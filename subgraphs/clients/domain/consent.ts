import { CONSENT_SCOPES, type ConsentScopeName } from '@public-service-graph/subgraph-kit/scopes';
import type { ConsentRow } from '../db/tables.ts';

export type RecipientKind = ConsentRow['recipientKind'];
export type ConsentStatus = ConsentRow['status'] | 'EXPIRED';

/** Which scopes each kind of recipient may be given. */
export const SCOPES_FOR_RECIPIENT: Record<RecipientKind, readonly ConsentScopeName[]> = {
  APPLICATION: ['PROFILE_READ', 'PERSONAL_CODE_READ', 'CONTACTS_READ', 'CASES_READ'],
  INSTITUTION: ['PROACTIVE_OFFERS'],
  PUBLIC_ADMINISTRATION: ['PROACTIVE_OFFERS'],
};

export const PURPOSE_LENGTH = { min: 3, max: 300 };
/** An application's request may ask for at most this long. */
export const MAX_REQUESTED_VALIDITY_MS = 366 * 24 * 3600 * 1000;

/** The lifecycle state now: a GRANTED consent (or an unanswered request) whose validUntil has passed is EXPIRED. */
export function consentStatus(row: Pick<ConsentRow, 'status' | 'validUntil'>, now: Date): ConsentStatus {
  if ((row.status === 'GRANTED' || row.status === 'REQUESTED') && row.validUntil && row.validUntil <= now) return 'EXPIRED';
  return row.status;
}

/** Whether the consent allows its scopes right now. */
export const consentHolds = (row: Pick<ConsentRow, 'status' | 'validFrom' | 'validUntil'>, now: Date): boolean =>
  consentStatus(row, now) === 'GRANTED' && row.validFrom <= now;

/** The identity scopes ("consent:…") that a set of holding consents gives. */
export function identityScopes(rows: readonly Pick<ConsentRow, 'scopes'>[]): string[] {
  return [...new Set(rows.flatMap((r) => r.scopes.map((s) => CONSENT_SCOPES[s as ConsentScopeName]).filter(Boolean)))];
}

export interface ConsentTerms {
  recipientKind: RecipientKind;
  recipientId: string | null;
  purpose: string;
  scopes: ConsentScopeName[];
  validFrom: Date;
  validUntil: Date | null;
}

export type TermsProblem = { field: string; message: string };

const APPLICATION_ID = /^[a-z0-9][a-z0-9._-]{1,63}$/;
const INSTITUTION_CODE = /^[A-Z][A-Z0-9_-]{1,15}$/;

/** Checks the terms of a consent given directly or asked for; returns them normalized, or the first problem. */
export function checkTerms(
  input: { recipientKind: RecipientKind; recipientId?: string | null; purpose: string; scopes: readonly ConsentScopeName[]; validFrom?: Date | null; validUntil?: Date | null },
  now: Date,
  mode: 'grant' | 'request',
): ConsentTerms | TermsProblem {
  const recipientId = input.recipientId?.trim() || null;
  if (input.recipientKind === 'APPLICATION' && !(recipientId && APPLICATION_ID.test(recipientId)))
    return { field: 'recipient.id', message: 'An application is named by its OIDC client id: 2–64 lower-case letters, digits, ".", "_" or "-", e.g. "startup-app".' };
  if (input.recipientKind === 'INSTITUTION' && !(recipientId && INSTITUTION_CODE.test(recipientId)))
    return { field: 'recipient.id', message: 'An institution is named by its code: 2–16 upper-case letters, digits, "_" or "-", e.g. "VSAA".' };
  if (input.recipientKind === 'PUBLIC_ADMINISTRATION' && recipientId)
    return { field: 'recipient.id', message: 'A consent to the whole public administration names no recipient id: leave it out.' };
  const purpose = input.purpose.trim();
  if (purpose.length < PURPOSE_LENGTH.min || purpose.length > PURPOSE_LENGTH.max)
    return { field: 'purpose', message: `The purpose must be ${PURPOSE_LENGTH.min}–${PURPOSE_LENGTH.max} characters; it has ${purpose.length}.` };
  const scopes = [...new Set(input.scopes)];
  if (scopes.length === 0) return { field: 'scopes', message: 'Name at least one scope.' };
  const allowed = SCOPES_FOR_RECIPIENT[input.recipientKind];
  const refused = scopes.filter((s) => !allowed.includes(s));
  if (refused.length)
    return { field: 'scopes', message: `${refused.join(', ')} cannot be given to ${input.recipientKind === 'APPLICATION' ? 'an application' : 'an institution'}; allowed: ${allowed.join(', ')}.` };
  const validFrom = input.validFrom ?? now;
  const validUntil = input.validUntil ?? null;
  if (mode === 'request' && !validUntil) return { field: 'validUntil', message: 'A consent request must say until when it would hold.' };
  if (validUntil && validUntil <= now) return { field: 'validUntil', message: 'validUntil must be in the future.' };
  if (validUntil && validUntil <= validFrom) return { field: 'validUntil', message: 'validUntil must be after validFrom.' };
  if (mode === 'request' && validUntil && validUntil.getTime() - now.getTime() > MAX_REQUESTED_VALIDITY_MS)
    return { field: 'validUntil', message: 'An application may ask for at most a year.' };
  return { recipientKind: input.recipientKind, recipientId, purpose, scopes, validFrom, validUntil };
}

export type Transition = { ok: true } | { ok: false; status: ConsentStatus };

/** A request can be answered only while it is pending (REQUESTED and not expired). */
export function mayAnswer(row: Pick<ConsentRow, 'status' | 'validUntil'>, now: Date): Transition {
  const status = consentStatus(row, now);
  return status === 'REQUESTED' ? { ok: true } : { ok: false, status };
}

/** Only a GRANTED consent that has not expired can be revoked. */
export function mayRevoke(row: Pick<ConsentRow, 'status' | 'validUntil'>, now: Date): Transition {
  const status = consentStatus(row, now);
  return status === 'GRANTED' ? { ok: true } : { ok: false, status };
}
