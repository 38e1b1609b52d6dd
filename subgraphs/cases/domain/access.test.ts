import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Identity } from '@public-service-graph/subgraph-kit/identity';
import { CONSENT_SCOPES, GATEWAY_SERVICE, REPRESENT_SCOPES } from '@public-service-graph/subgraph-kit/scopes';
import type { CaseRow } from '../db/tables.ts';
import { accessEntries, clientSideActor, institutionScope, mayListClientCases, mayReadAccessLog, mayReadCase, mayReadCompletedServices, requirePurposeFor } from './access.ts';

const CLIENT = '11111111-1111-8111-8111-111111111111';
const PARENT = '22222222-2222-8222-8222-222222222222';
const OTHER = '33333333-3333-8333-8333-333333333333';
const ALL_REPRESENT = Object.values(REPRESENT_SCOPES);
/** A person; acting for `onBehalfOf` with `scopes` (by default everything a parent or board member may). */
const person = (clientId: string, onBehalfOf?: string, scopes: string[] = ALL_REPRESENT): Identity => ({
  ...ANONYMOUS, kind: 'person', subject: `person:${clientId}`, person: { clientId, personalCode: 'x' },
  onBehalfOf: onBehalfOf ? { clientId: onBehalfOf, code: 'y', kind: 'person' } : null,
  scopes: onBehalfOf ? scopes : [],
});
const institution = (code: string): Identity => ({ ...ANONYMOUS, kind: 'institution', subject: `institution:${code}`, institution: code });
const operator: Identity = { ...ANONYMOUS, kind: 'operator', subject: 'operator:ops', operator: 'ops' };
const app: Identity = { ...ANONYMOUS, kind: 'application', subject: 'application:a', application: 'a', person: { clientId: CLIENT, personalCode: 'x' } };
const consentedApp: Identity = { ...app, scopes: [CONSENT_SCOPES.CASES_READ] };
const row = { id: 'c1', reference: 'PMLP-1', clientId: CLIENT, institutionCode: 'PMLP', clientKind: 'PERSON' } as CaseRow;

describe('who may read a case', () => {
  it('the client, a person acting for them, its institution and operators; nobody else', () => {
    expect(mayReadCase(person(CLIENT), row)).toBe(true);
    expect(mayReadCase(person(PARENT, CLIENT), row)).toBe(true);
    expect(mayReadCase(institution('PMLP'), row)).toBe(true);
    expect(mayReadCase(operator, row)).toBe(true);
    for (const who of [person(OTHER), person(PARENT), person(OTHER, PARENT), institution('VID'), app, ANONYMOUS, GATEWAY_SERVICE]) expect(mayReadCase(who, row), who.subject).toBe(false);
  });

  it('a representative needs CASES_READ; an application the person’s CASES_READ consent', () => {
    expect(mayReadCase(person(PARENT, CLIENT, [REPRESENT_SCOPES.PROFILE_READ]), row)).toBe(false);
    expect(mayReadCase(person(PARENT, CLIENT, [REPRESENT_SCOPES.CASES_READ]), row)).toBe(true);
    expect(mayReadCase(consentedApp, row)).toBe(true);
    expect(mayReadCase({ ...app, scopes: [CONSENT_SCOPES.PROFILE_READ] }, row)).toBe(false);
    expect(mayReadCase({ ...consentedApp, person: { clientId: OTHER, personalCode: 'z' } }, row)).toBe(false);
  });

  it('the access log and completed services: the client and their representative, never an application', () => {
    expect(mayReadAccessLog(person(CLIENT), CLIENT)).toBe(true);
    expect(mayReadAccessLog(person(PARENT, CLIENT, [REPRESENT_SCOPES.PROFILE_READ]), CLIENT)).toBe(true);
    expect(mayReadAccessLog(person(PARENT, CLIENT, [REPRESENT_SCOPES.CASES_READ]), CLIENT)).toBe(false);
    expect(mayReadAccessLog(consentedApp, CLIENT)).toBe(false);
    expect(mayReadAccessLog(operator, CLIENT)).toBe(false);
    expect(mayReadCompletedServices(person(PARENT, CLIENT, [REPRESENT_SCOPES.CASES_READ]), CLIENT)).toBe(true);
    expect(mayReadCompletedServices(consentedApp, CLIENT)).toBe(false);
    expect(mayReadCompletedServices(institution('PMLP'), CLIENT)).toBe(false);
  });

  it('lists a client’s cases: the client, their representative, operators', () => {
    expect(mayListClientCases(person(PARENT, CLIENT), CLIENT)).toBe(true);
    expect(mayListClientCases(institution('PMLP'), CLIENT)).toBe(false);
    expect(mayListClientCases(app, CLIENT)).toBe(false);
  });

  it('asks institutions and operators for a purpose on a person’s case, not on a company’s', () => {
    expect(() => requirePurposeFor(institution('PMLP'), row, null)).toThrow(/purpose/);
    expect(() => requirePurposeFor(operator, row, null)).toThrow(/purpose/);
    expect(() => requirePurposeFor(institution('PMLP'), { clientKind: 'COMPANY' }, null)).not.toThrow();
    expect(() => requirePurposeFor(person(PARENT, CLIENT), row, null)).not.toThrow();
  });
});

describe('the access log', () => {
  it('records every reader but the client, naming them', () => {
    expect(accessEntries(person(CLIENT), [row], null)).toEqual([]);
    expect(accessEntries(person(CLIENT, OTHER), [row], null)).toEqual([]);
    expect(accessEntries(person(PARENT, CLIENT), [row], null)).toEqual([{ actorKind: 'PERSON', actor: PARENT, clientId: CLIENT, caseId: 'c1', resource: 'case PMLP-1', purpose: null }]);
    expect(accessEntries(institution('PMLP'), [row, row], 'kontrole').map((e) => [e.actorKind, e.actor, e.purpose])).toEqual([['INSTITUTION', 'PMLP', 'kontrole'], ['INSTITUTION', 'PMLP', 'kontrole']]);
    expect(accessEntries(operator, [row], 'x')[0]).toMatchObject({ actorKind: 'OPERATOR', actor: 'ops' });
    expect(accessEntries(consentedApp, [row], null)[0]).toMatchObject({ actorKind: 'APPLICATION', actor: 'a', clientId: CLIENT });
  });
});

describe('scopes of institutions', () => {
  it('an institution its own code only; an operator any or all', () => {
    expect(institutionScope(institution('VID'), null)).toBe('VID');
    expect(institutionScope(institution('VID'), 'VID')).toBe('VID');
    expect(() => institutionScope(institution('VID'), 'PMLP')).toThrow(/own cases only/);
    expect(institutionScope(operator, null)).toBeNull();
    expect(institutionScope(operator, 'PMLP')).toBe('PMLP');
    expect(() => institutionScope(person(CLIENT), null)).toThrow();
    expect(() => institutionScope(GATEWAY_SERVICE, null)).toThrow();
  });

  it('the client side of a case: the client, or the representative acting for them', () => {
    expect(clientSideActor(person(CLIENT), row)).toEqual({ kind: 'CLIENT', id: CLIENT });
    expect(clientSideActor(person(PARENT, CLIENT), row)).toEqual({ kind: 'REPRESENTATIVE', id: PARENT });
    expect(clientSideActor(person(PARENT, CLIENT, [REPRESENT_SCOPES.CASES_READ]), row)).toBeNull();
    expect(clientSideActor(person(OTHER), row)).toBeNull();
    expect(clientSideActor(consentedApp, row)).toBeNull();
  });
});
