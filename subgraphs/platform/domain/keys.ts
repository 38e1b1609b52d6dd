import type { ApiKeyOwnerKind, ApiKeyRow, ApiKeyTier } from '../db/tables.ts';

export type ApiKeyStatus = 'ACTIVE' | 'EXPIRED' | 'REVOKED';

export function keyStatus(row: Pick<ApiKeyRow, 'revokedAt' | 'expiresAt'>, now = new Date()): ApiKeyStatus {
  if (row.revokedAt && row.revokedAt <= now) return 'REVOKED';
  return row.expiresAt <= now ? 'EXPIRED' : 'ACTIVE';
}

export const DAY_MS = 86_400_000;
export const MAX_LIFETIME_DAYS = 3 * 366;
export const DEFAULT_LIFETIME_DAYS = 365;
export const MAX_GRACE_MINUTES = 7 * 24 * 60;
export const MAX_SCOPES = 20;

const APPLICATION_CODE = /^[a-z0-9][a-z0-9-]{1,63}$/;
const INSTITUTION_CODE = /^[A-Z0-9][A-Z0-9-]{1,31}$/;
const SCOPE = /^[a-z][a-z0-9:_-]{0,63}$/;

export interface CreateKeyInput {
  name: string;
  ownerKind: ApiKeyOwnerKind;
  ownerCode: string;
  scopes?: readonly string[] | null;
  tier?: ApiKeyTier | null;
  persistedOperationsOnly?: boolean | null;
  expiresAt?: Date | null;
}

export interface NewKeyValues {
  name: string;
  ownerKind: ApiKeyOwnerKind;
  ownerCode: string;
  scopes: string[];
  tier: ApiKeyTier;
  persistedOnly: boolean;
  expiresAt: Date;
}

export interface InvalidField { field: string; message: string }

/** Checks an operator's request for a new key: the values to store, or the first field at fault. */
export function validateNewKey(input: CreateKeyInput, now = new Date()): NewKeyValues | InvalidField {
  const name = input.name.trim();
  if (name.length < 1 || name.length > 100) return { field: 'name', message: 'The name must be 1–100 characters.' };
  if (input.ownerKind === 'APPLICATION' && !APPLICATION_CODE.test(input.ownerCode))
    return { field: 'ownerCode', message: 'An application is named by its OIDC client id: lowercase letters, digits and hyphens, 2–64 characters, e.g. "pasts-app".' };
  if (input.ownerKind === 'INSTITUTION' && !INSTITUTION_CODE.test(input.ownerCode))
    return { field: 'ownerCode', message: 'An institution is named by its code: uppercase letters, digits and hyphens, 2–32 characters, e.g. "PMLP".' };
  const scopes = [...new Set(input.scopes ?? [])];
  if (scopes.length > MAX_SCOPES) return { field: 'scopes', message: `At most ${MAX_SCOPES} scopes.` };
  const bad = scopes.find((s) => !SCOPE.test(s));
  if (bad !== undefined) return { field: 'scopes', message: `"${bad.slice(0, 64)}" is not a scope: lowercase letters, digits and ":_-", starting with a letter.` };
  // Roles come from who the caller is; a key that carried "role:operator" would pass the schema's operator checks.
  const role = scopes.find((s) => s.startsWith('role:'));
  if (role) return { field: 'scopes', message: `"${role}" is a role, not a scope: roles cannot be granted to keys.` };
  const expiresAt = input.expiresAt ?? new Date(now.getTime() + DEFAULT_LIFETIME_DAYS * DAY_MS);
  if (expiresAt <= now) return { field: 'expiresAt', message: 'The expiry must be in the future.' };
  if (expiresAt.getTime() - now.getTime() > MAX_LIFETIME_DAYS * DAY_MS) return { field: 'expiresAt', message: 'A key lives at most 3 years: rotate it before then.' };
  return {
    name,
    ownerKind: input.ownerKind,
    ownerCode: input.ownerCode,
    scopes,
    tier: input.tier ?? 'FREE',
    persistedOnly: input.persistedOperationsOnly ?? false,
    expiresAt,
  };
}

export const isInvalid = (v: NewKeyValues | InvalidField): v is InvalidField => 'field' in v;

export const validGrace = (minutes: number | null | undefined): boolean =>
  minutes == null || (Number.isInteger(minutes) && minutes >= 0 && minutes <= MAX_GRACE_MINUTES);

/** When a rotated key stops: at once (revoked now), or at the end of the grace period (its expiry moves forward). */
export function rotationEnd(row: Pick<ApiKeyRow, 'expiresAt'>, grace: number, now = new Date()): { revokedAt: Date | null; expiresAt: Date } {
  if (grace === 0) return { revokedAt: now, expiresAt: row.expiresAt };
  const end = new Date(now.getTime() + grace * 60_000);
  return { revokedAt: null, expiresAt: end < row.expiresAt ? end : row.expiresAt };
}

/** The usage window: default the last 30 days to today, at most 366 days; null when `from` is after `to`. */
export function usageWindow(from: string | null | undefined, to: string | null | undefined, today = new Date().toISOString().slice(0, 10)): { from: string; to: string } | null {
  const end = to ?? today;
  const start = from ?? new Date(Date.parse(`${end}T00:00:00Z`) - 29 * DAY_MS).toISOString().slice(0, 10);
  const days = (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS;
  if (days < 0 || days > 365) return null;
  return { from: start, to: end };
}
