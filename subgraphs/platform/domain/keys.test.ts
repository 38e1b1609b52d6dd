import { describe, expect, it } from 'vitest';
import { DAY_MS, isInvalid, keyStatus, rotationEnd, usageWindow, validGrace, validateNewKey } from './keys.ts';

const now = new Date('2026-06-01T12:00:00Z');

describe('a new key', () => {
  it('gets defaults: FREE, no scopes, a year', () => {
    const v = validateNewKey({ name: ' App ', ownerKind: 'APPLICATION', ownerCode: 'my-app' }, now);
    expect(v).toEqual({ name: 'App', ownerKind: 'APPLICATION', ownerCode: 'my-app', scopes: [], tier: 'FREE', persistedOnly: false, expiresAt: new Date(now.getTime() + 365 * DAY_MS) });
  });

  it('never carries a role, which would pass the schema’s role checks', () => {
    const v = validateNewKey({ name: 'x', ownerKind: 'INSTITUTION', ownerCode: 'VID', scopes: ['developer', 'role:operator'] }, now);
    expect(isInvalid(v) && v.field).toBe('scopes');
  });

  it('owner codes follow their kind', () => {
    expect(isInvalid(validateNewKey({ name: 'x', ownerKind: 'INSTITUTION', ownerCode: 'VID' }, now))).toBe(false);
    expect(isInvalid(validateNewKey({ name: 'x', ownerKind: 'INSTITUTION', ownerCode: 'vid' }, now))).toBe(true);
    expect(isInvalid(validateNewKey({ name: 'x', ownerKind: 'APPLICATION', ownerCode: 'VID' }, now))).toBe(true);
  });
});

describe('status, rotation and usage windows', () => {
  it('a key is revoked once its revocation time has come, expired once its expiry has', () => {
    const later = new Date(now.getTime() + 1000);
    expect(keyStatus({ revokedAt: null, expiresAt: later }, now)).toBe('ACTIVE');
    expect(keyStatus({ revokedAt: now, expiresAt: later }, now)).toBe('REVOKED');
    expect(keyStatus({ revokedAt: null, expiresAt: now }, now)).toBe('EXPIRED');
  });

  it('rotation ends the old key now, or at the end of the grace period but never after its own expiry', () => {
    const expiresAt = new Date(now.getTime() + 30 * 60_000);
    expect(rotationEnd({ expiresAt }, 0, now)).toEqual({ revokedAt: now, expiresAt });
    expect(rotationEnd({ expiresAt }, 10, now)).toEqual({ revokedAt: null, expiresAt: new Date(now.getTime() + 10 * 60_000) });
    expect(rotationEnd({ expiresAt }, 60, now)).toEqual({ revokedAt: null, expiresAt });
    expect([validGrace(null), validGrace(10_080), validGrace(10_081), validGrace(-1), validGrace(1.5)]).toEqual([true, true, false, false, false]);
  });

  it('usage windows default to the last 30 days and span at most 366', () => {
    expect(usageWindow(null, null, '2026-03-31')).toEqual({ from: '2026-03-02', to: '2026-03-31' });
    expect(usageWindow('2025-01-01', '2025-12-31')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(usageWindow('2025-01-01', '2026-01-02')).toBeNull();
    expect(usageWindow('2026-02-01', '2026-01-01')).toBeNull();
  });
});
