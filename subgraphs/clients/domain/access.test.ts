import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Identity } from '@public-service-graph/subgraph-kit/identity';
import { GATEWAY_SERVICE } from '@public-service-graph/subgraph-kit/scopes';
import { managedClient, viewOf } from './access.ts';

const ME = '11111111-1111-8111-8111-111111111111';
const OTHER = '22222222-2222-8222-8222-222222222222';
const COMPANY = '33333333-3333-8333-8333-333333333333';
const person = (clientId: string, extra: Partial<Identity> = {}): Identity =>
  ({ ...ANONYMOUS, kind: 'person', subject: `person:${clientId}`, person: { clientId, personalCode: '150385-12346', name: 'Jānis' }, ...extra });
const app = (scopes: string[]): Identity => ({ ...person(ME), kind: 'application', application: 'startup-app', subject: 'application:startup-app', scopes });
const parts = (identity: Identity, id: string, purpose?: string) => [...(viewOf(identity, id, purpose ?? null)?.parts ?? [])].sort();

describe('who sees what of a client', () => {
  it('the client everything, without logging; another person nothing, whatever id', () => {
    expect(parts(person(ME), ME)).toHaveLength(9);
    expect(viewOf(person(ME), ME)!.audit).toBeNull();
    expect(viewOf(person(ME), OTHER)).toBeNull();
    expect(viewOf(person(ME), OTHER, 'curious')).toBeNull();
    expect(viewOf(ANONYMOUS, ME)).toBeNull();
  });

  it('a representative per the representation scopes, logged as PERSON; with profile-read also the proactive-offers consent', () => {
    const acting = person(ME, { onBehalfOf: { clientId: COMPANY, code: '40203123456', kind: 'company' }, scopes: ['represent:profile:read'] });
    expect(parts(acting, COMPANY)).toEqual(['accessLog', 'basic', 'consents', 'contacts', 'personalCode', 'preferences', 'proactiveConsent', 'representations']);
    expect(viewOf(acting, COMPANY)!.audit).toMatchObject({ actorKind: 'PERSON' });
    expect(parts({ ...acting, scopes: ['represent:cases:read'] }, COMPANY)).toEqual(['basic']);
    expect(viewOf(acting, OTHER)).toBeNull();
  });

  it('an application only what the person consented to, and nothing without consent', () => {
    expect(viewOf(app([]), ME)).toBeNull();
    // CASES_READ alone reaches the client (for `me { cases }`) but none of the profile.
    expect(viewOf(app(['consent:cases:read']), ME)?.parts.size).toBe(0);
    expect(parts(app(['consent:profile:read']), ME)).toEqual(['basic']);
    expect(parts(app(['consent:profile:personal-code']), ME)).toEqual(['basic', 'personalCode']);
    expect(parts(app(['consent:contacts:read']), ME)).toEqual(['basic', 'contacts']);
    expect(viewOf(app(['consent:profile:read']), OTHER)).toBeNull();
  });

  it('an institution or operator only with a purpose; the gateway service never', () => {
    const vid: Identity = { ...ANONYMOUS, kind: 'institution', subject: 'institution:VID', institution: 'VID' };
    expect(viewOf(vid, ME)).toBeNull();
    expect(parts(vid, ME, 'tax audit')).toEqual(['basic', 'contacts', 'personalCode', 'preferences']);
    expect(viewOf(vid, ME, 'tax audit')!.audit).toEqual({ actorKind: 'INSTITUTION', actor: 'VID', purpose: 'tax audit' });
    expect(viewOf(GATEWAY_SERVICE, ME, 'anything')).toBeNull();
  });
});

describe('who changes a profile', () => {
  it('the person, or a representative with the manage scope for the party', () => {
    expect(managedClient(person(ME)).clientId).toBe(ME);
    const acting = person(ME, { onBehalfOf: { clientId: COMPANY, code: '40203123456', kind: 'company' }, scopes: ['represent:profile:manage'] });
    expect(managedClient(acting)).toMatchObject({ clientId: COMPANY, actor: { clientId: ME } });
    expect(() => managedClient(acting, 'powers')).toThrow(/POWERS_MANAGE/);
    expect(() => managedClient(app(['consent:profile:read']))).toThrow(/application/);
    expect(() => managedClient(ANONYMOUS)).toThrow();
  });
});
