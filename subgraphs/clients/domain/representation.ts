import { REPRESENT_SCOPES, type RepresentScopeName } from '@public-service-graph/subgraph-kit/scopes';
import type { RepresentationRow } from '../db/tables.ts';

export type RepresentationStatus = 'ACTIVE' | 'NOT_YET_VALID' | 'EXPIRED' | 'REVOKED' | 'AWAITING_ACCEPTANCE';

/** Board members and parents may do everything for the party; an attorney what the power of attorney says. */
export const FULL_SCOPES: readonly RepresentScopeName[] = ['PROFILE_READ', 'PROFILE_MANAGE', 'CASES_READ', 'CASES_SUBMIT', 'POWERS_MANAGE'];
/** An attorney cannot pass the power on. */
export const POWER_OF_ATTORNEY_SCOPES: readonly RepresentScopeName[] = ['PROFILE_READ', 'PROFILE_MANAGE', 'CASES_READ', 'CASES_SUBMIT'];
export const NOTE_MAX = 300;
export const AGE_OF_MAJORITY = 18;

/** A power of attorney holds only once its attorney has accepted it; register data needs no acceptance. */
export const awaitsAcceptance = (row: Pick<RepresentationRow, 'basis' | 'acceptedAt'>): boolean => row.basis === 'POWER_OF_ATTORNEY' && !row.acceptedAt;

export function representationStatus(row: Pick<RepresentationRow, 'basis' | 'acceptedAt' | 'validFrom' | 'validUntil' | 'revokedAt'>, now: Date): RepresentationStatus {
  if (row.revokedAt) return 'REVOKED';
  if (row.validUntil && row.validUntil <= now) return 'EXPIRED';
  if (awaitsAcceptance(row)) return 'AWAITING_ACCEPTANCE';
  if (row.validFrom > now) return 'NOT_YET_VALID';
  return 'ACTIVE';
}

/**
 * A parent represents a child until the child turns 18: from the birth date (an old-form personal code has it;
 * for a new-form code it comes from the Natural Persons Register) to 00:00 UTC of the 18th birthday. A child
 * born on 29 February comes of age on 1 March in a common year.
 */
export function parentalPeriod(childBirthDate: string): { validFrom: Date; validUntil: Date } {
  const [y, m, d] = childBirthDate.split('-').map(Number);
  return { validFrom: new Date(Date.UTC(y, m - 1, d)), validUntil: new Date(Date.UTC(y + AGE_OF_MAJORITY, m - 1, d)) };
}

/** The identity scopes ("represent:…") that a set of holding representations gives. */
export function identityScopes(rows: readonly Pick<RepresentationRow, 'scopes'>[]): string[] {
  return [...new Set(rows.flatMap((r) => r.scopes.map((s) => REPRESENT_SCOPES[s as RepresentScopeName]).filter(Boolean)))];
}

export interface PowerOfAttorneyTerms { scopes: RepresentScopeName[]; validFrom: Date; validUntil: Date | null; note: string | null }

/** Checks a power of attorney's terms; returns them normalized, or the first problem. */
export function checkPowerOfAttorney(
  input: { scopes: readonly RepresentScopeName[]; validFrom?: Date | null; validUntil?: Date | null; note?: string | null },
  now: Date,
): PowerOfAttorneyTerms | { field: string; message: string } {
  const scopes = [...new Set(input.scopes)];
  if (scopes.length === 0) return { field: 'scopes', message: 'Name at least one scope.' };
  const refused = scopes.filter((s) => !POWER_OF_ATTORNEY_SCOPES.includes(s));
  if (refused.length) return { field: 'scopes', message: `A power of attorney cannot give ${refused.join(', ')}; allowed: ${POWER_OF_ATTORNEY_SCOPES.join(', ')}.` };
  const validFrom = input.validFrom ?? now;
  const validUntil = input.validUntil ?? null;
  if (validUntil && validUntil <= now) return { field: 'validUntil', message: 'validUntil must be in the future.' };
  if (validUntil && validUntil <= validFrom) return { field: 'validUntil', message: 'validUntil must be after validFrom.' };
  const note = input.note?.trim() || null;
  if (note && note.length > NOTE_MAX) return { field: 'note', message: `The note may have at most ${NOTE_MAX} characters; it has ${note.length}.` };
  return { scopes, validFrom, validUntil, note };
}
