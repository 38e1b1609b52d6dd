import { describe, expect, it } from 'vitest';
import { visibleTo } from './live-events.ts';

// The in-memory rule must say what the feed's SQL says (data/outbox-store.ts eventsAfter/receivedAfter).
const row = (institutionCode: string | null, clientId: string | null, isPublic = false) => ({ institutionCode, clientId, public: isPublic });
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
});
