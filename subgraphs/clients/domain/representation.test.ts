import { describe, expect, it } from 'vitest';
import { checkPowerOfAttorney, identityScopes, parentalPeriod, representationStatus } from './representation.ts';

const now = new Date('2026-11-22T12:00:00Z');

describe('a parent represents a child until the child turns 18', () => {
  it('from the birth date to the 18th birthday', () => {
    expect(parentalPeriod('2026-10-05')).toEqual({ validFrom: new Date('2026-10-05T00:00:00Z'), validUntil: new Date('2044-10-05T00:00:00Z') });
  });

  it('ends on the birthday, not a day later', () => {
    const period = parentalPeriod('2008-11-22');
    expect(representationStatus({ ...period, basis: 'PARENT', acceptedAt: null, revokedAt: null }, new Date('2026-11-21T23:59:59Z'))).toBe('ACTIVE');
    expect(representationStatus({ ...period, basis: 'PARENT', acceptedAt: null, revokedAt: null }, new Date('2026-11-22T00:00:00Z'))).toBe('EXPIRED');
  });

  it('a child born on 29 February comes of age on 1 March of a common year', () => {
    expect(parentalPeriod('2008-02-29').validUntil).toEqual(new Date('2026-03-01T00:00:00Z'));
    expect(parentalPeriod('2012-02-29').validUntil).toEqual(new Date('2030-03-01T00:00:00Z'));
  });
});

describe('representation status', () => {
  it('is REVOKED, NOT_YET_VALID, EXPIRED or ACTIVE', () => {
    const base = { basis: 'BOARD_MEMBER' as const, acceptedAt: null, validFrom: new Date('2026-01-01T00:00:00Z'), validUntil: null, revokedAt: null };
    expect(representationStatus(base, now)).toBe('ACTIVE');
    expect(representationStatus({ ...base, revokedAt: now }, now)).toBe('REVOKED');
    expect(representationStatus({ ...base, validFrom: new Date('2027-01-01T00:00:00Z') }, now)).toBe('NOT_YET_VALID');
    expect(representationStatus({ ...base, validUntil: new Date('2026-06-01T00:00:00Z') }, now)).toBe('EXPIRED');
  });

  it('a power of attorney awaits acceptance until its attorney accepts; revoked or expired comes first', () => {
    const poa = { basis: 'POWER_OF_ATTORNEY' as const, acceptedAt: null, validFrom: new Date('2026-01-01T00:00:00Z'), validUntil: null, revokedAt: null };
    expect(representationStatus(poa, now)).toBe('AWAITING_ACCEPTANCE');
    expect(representationStatus({ ...poa, acceptedAt: now }, now)).toBe('ACTIVE');
    expect(representationStatus({ ...poa, revokedAt: now }, now)).toBe('REVOKED');
    expect(representationStatus({ ...poa, validUntil: new Date('2026-06-01T00:00:00Z') }, now)).toBe('EXPIRED');
  });

  it('maps to identity scopes', () => {
    expect(identityScopes([{ scopes: ['CASES_READ'] }, { scopes: ['PROFILE_READ', 'CASES_READ'] }]).sort()).toEqual(['represent:cases:read', 'represent:profile:read']);
  });
});

describe('power of attorney terms', () => {
  it('accepts scopes an attorney may hold', () => {
    expect(checkPowerOfAttorney({ scopes: ['CASES_READ', 'CASES_READ'], note: '  for the tax return ' }, now)).toEqual({ scopes: ['CASES_READ'], validFrom: now, validUntil: null, note: 'for the tax return' });
  });

  it.each([
    ['no scopes', { scopes: [] }, 'scopes'],
    ['passing the power on', { scopes: ['POWERS_MANAGE' as const] }, 'scopes'],
    ['an end in the past', { scopes: ['CASES_READ' as const], validUntil: new Date('2026-01-01T00:00:00Z') }, 'validUntil'],
    ['an end before the start', { scopes: ['CASES_READ' as const], validFrom: new Date('2027-02-01T00:00:00Z'), validUntil: new Date('2027-01-01T00:00:00Z') }, 'validUntil'],
    ['a note too long', { scopes: ['CASES_READ' as const], note: 'x'.repeat(301) }, 'note'],
  ])('refuses %s', (_, input, field) => {
    expect(checkPowerOfAttorney(input, now)).toMatchObject({ field });
  });
});
