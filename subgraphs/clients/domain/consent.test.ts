import { describe, expect, it } from 'vitest';
import { checkTerms, consentHolds, consentStatus, identityScopes, mayAnswer, mayRevoke } from './consent.ts';

const now = new Date('2026-11-22T12:00:00Z');
const before = (ms: number) => new Date(now.getTime() - ms);
const after = (ms: number) => new Date(now.getTime() + ms);
const DAY = 86_400_000;

describe('consent lifecycle', () => {
  it('a granted consent holds within its validity, and is EXPIRED once validUntil passes', () => {
    const granted = { status: 'GRANTED' as const, validFrom: before(DAY), validUntil: after(DAY) };
    expect(consentStatus(granted, now)).toBe('GRANTED');
    expect(consentHolds(granted, now)).toBe(true);
    expect(consentStatus(granted, after(DAY))).toBe('EXPIRED');
    expect(consentHolds(granted, after(DAY))).toBe(false);
    expect(consentHolds({ ...granted, validUntil: null }, after(1000 * DAY))).toBe(true);
  });

  it('does not hold before validFrom, nor when requested, rejected or revoked', () => {
    expect(consentHolds({ status: 'GRANTED', validFrom: after(1), validUntil: null }, now)).toBe(false);
    for (const status of ['REQUESTED', 'REJECTED', 'REVOKED'] as const) expect(consentHolds({ status, validFrom: before(DAY), validUntil: null }, now)).toBe(false);
  });

  it('an unanswered request lapses (EXPIRED) at its validUntil and can no longer be answered', () => {
    const request = { status: 'REQUESTED' as const, validUntil: after(DAY) };
    expect(mayAnswer(request, now)).toEqual({ ok: true });
    expect(mayAnswer(request, after(2 * DAY))).toEqual({ ok: false, status: 'EXPIRED' });
    expect(mayAnswer({ status: 'GRANTED', validUntil: null }, now)).toEqual({ ok: false, status: 'GRANTED' });
  });

  it('only a granted, unexpired consent can be revoked', () => {
    expect(mayRevoke({ status: 'GRANTED', validUntil: null }, now)).toEqual({ ok: true });
    expect(mayRevoke({ status: 'GRANTED', validUntil: before(1) }, now)).toEqual({ ok: false, status: 'EXPIRED' });
    for (const status of ['REQUESTED', 'REJECTED', 'REVOKED'] as const) expect(mayRevoke({ status, validUntil: null }, now)).toEqual({ ok: false, status });
  });

  it('maps consent scopes to identity scopes, once each', () => {
    expect(identityScopes([{ scopes: ['CASES_READ', 'PROFILE_READ'] }, { scopes: ['CASES_READ'] }]).sort()).toEqual(['consent:cases:read', 'consent:profile:read']);
  });
});

describe('consent terms', () => {
  const app = { recipientKind: 'APPLICATION' as const, recipientId: 'startup-app', purpose: 'Show my case statuses', scopes: ['CASES_READ' as const] };

  it('accepts good terms and fills in validFrom', () => {
    expect(checkTerms(app, now, 'grant')).toEqual({ ...app, validFrom: now, validUntil: null });
    expect(checkTerms({ recipientKind: 'PUBLIC_ADMINISTRATION', purpose: 'Proactive offers', scopes: ['PROACTIVE_OFFERS'] }, now, 'grant')).toMatchObject({ recipientId: null });
  });

  it.each([
    ['an application without a valid client id', { ...app, recipientId: 'Startup App' }, 'recipient.id'],
    ['an institution without a code', { ...app, recipientKind: 'INSTITUTION' as const, recipientId: null, scopes: ['PROACTIVE_OFFERS' as const] }, 'recipient.id'],
    ['the public administration with an id', { ...app, recipientKind: 'PUBLIC_ADMINISTRATION' as const, scopes: ['PROACTIVE_OFFERS' as const] }, 'recipient.id'],
    ['a purpose too short', { ...app, purpose: ' x ' }, 'purpose'],
    ['a purpose too long', { ...app, purpose: 'x'.repeat(301) }, 'purpose'],
    ['no scopes', { ...app, scopes: [] }, 'scopes'],
    ['proactive offers to an application', { ...app, scopes: ['PROACTIVE_OFFERS' as const] }, 'scopes'],
    ['case reading to an institution', { ...app, recipientKind: 'INSTITUTION' as const, recipientId: 'VSAA' }, 'scopes'],
    ['validUntil in the past', { ...app, validUntil: before(1) }, 'validUntil'],
    ['validUntil before validFrom', { ...app, validFrom: after(2 * DAY), validUntil: after(DAY) }, 'validUntil'],
  ])('refuses %s', (_, input, field) => {
    expect(checkTerms(input, now, 'grant')).toMatchObject({ field });
  });

  it('an application must ask for a limited period: required, at most a year', () => {
    expect(checkTerms(app, now, 'request')).toMatchObject({ field: 'validUntil' });
    expect(checkTerms({ ...app, validUntil: after(400 * DAY) }, now, 'request')).toMatchObject({ field: 'validUntil' });
    expect(checkTerms({ ...app, validUntil: after(300 * DAY) }, now, 'request')).toMatchObject({ validUntil: after(300 * DAY) });
  });
});
