import { describe, expect, it } from 'vitest';
import { endsStream, visibleTo } from './live-events.ts';

// The in-memory rule must say what the feed's SQL says (data/outbox-store.ts eventsAfter/receivedAfter).
const CASE = 'lv.gov.psg.case.status-changed.v1';
const CONSENT = 'lv.gov.psg.consent.granted.v1';
const row = (institutionCode: string | null, clientId: string | null, isPublic = false, type = CASE, applicationId: string | null = null) => ({ institutionCode, clientId, public: isPublic, type, applicationId });
const ANNA = '11111111-1111-4111-8111-111111111111';
const JANIS = '22222222-2222-4222-8222-222222222222';

describe('who receives a live event', () => {
  it('operators all; an institution its own; a person their own or their party’s; public events everyone', () => {
    expect(visibleTo(row('PMLP', ANNA), { all: true })).toBe(true);
    expect(visibleTo(row('PMLP', ANNA), { institutionCode: 'PMLP' })).toBe(true);
    expect(visibleTo(row('PMLP', ANNA), { institutionCode: 'VID' })).toBe(false);
    expect(visibleTo(row('PMLP', ANNA), { clientIds: [ANNA] })).toBe(true);
    expect(visibleTo(row('PMLP', ANNA), { clientIds: [JANIS] })).toBe(false);
    expect(visibleTo(row('PMLP', ANNA), { clientIds: [JANIS, ANNA] })).toBe(true);
    expect(visibleTo(row(null, null), { clientIds: [ANNA] })).toBe(false);
    expect(visibleTo(row(null, null), { institutionCode: 'PMLP' })).toBe(false);
    expect(visibleTo(row('VID', null, true), { clientIds: [] })).toBe(true);
    expect(visibleTo(row(null, ANNA), { clientIds: [] })).toBe(false);
  });

  it('an application: case events of the persons who consented, and only the consents that name it', () => {
    expect(visibleTo(row('PMLP', ANNA), { clientIds: [ANNA], application: 'app-a' })).toBe(true);
    expect(visibleTo(row(null, ANNA, false, CONSENT, 'app-a'), { clientIds: [], application: 'app-a' })).toBe(true);
    expect(visibleTo(row(null, ANNA, false, CONSENT, 'app-a'), { clientIds: [ANNA], application: 'app-b' })).toBe(false);
    expect(visibleTo(row(null, ANNA, false, 'lv.gov.psg.representation.granted.v1'), { clientIds: [ANNA], application: 'app-a' })).toBe(false);
    expect(visibleTo(row(null, ANNA, false, CONSENT, 'app-a'), { clientIds: [ANNA] })).toBe(true);
  });

  it('a revoked or expired consent that names the application ends its streams reading that person, and no other', () => {
    const revoked = (clientId: string, applicationId: string, type = 'lv.gov.psg.consent.revoked.v1') => ({ clientId, applicationId, type });
    expect(endsStream(revoked(ANNA, 'app-a'), { clientIds: [ANNA], application: 'app-a' })).toBe(true);
    expect(endsStream(revoked(ANNA, 'app-a', 'lv.gov.psg.consent.expired.v1'), { clientIds: [ANNA], application: 'app-a' })).toBe(true);
    expect(endsStream(revoked(ANNA, 'app-a', 'lv.gov.psg.consent.granted.v1'), { clientIds: [ANNA], application: 'app-a' })).toBe(false);
    expect(endsStream(revoked(ANNA, 'app-a'), { clientIds: [ANNA], application: 'app-b' })).toBe(false);
    expect(endsStream(revoked(ANNA, 'app-a'), { clientIds: [JANIS], application: 'app-a' })).toBe(false);
    expect(endsStream(revoked(ANNA, 'app-a'), { clientIds: [ANNA] })).toBe(false);
  });
});
