import { describe, expect, it } from 'vitest';
import { farmHolderFor, mayReadDeclaration, mayReadSomeDeclaration } from './access.ts';
import type { Identity } from '@public-service-graph/subgraph-kit/identity';

const base: Identity = { kind: 'anonymous', subject: 'anonymous', person: null, institution: null, application: null, operator: null, onBehalfOf: null, roles: [], scopes: [] };
const janis = { clientId: 'c-janis', personalCode: '150385-12346' };
const koks = { clientId: 'c-koks', code: '40103987654', kind: 'company' as const };
const person: Identity = { ...base, kind: 'person', subject: 'person:c-janis', person: janis };
const actingForKoks: Identity = { ...person, onBehalfOf: koks };
const app: Identity = { ...base, kind: 'application', subject: 'application:farm-app', application: 'farm-app', person: janis, scopes: ['consent:profile:read'] };
const appWithoutConsent: Identity = { ...app, scopes: [] };
const lad: Identity = { ...base, kind: 'institution', subject: 'institution:LAD', institution: 'LAD' };
const vid: Identity = { ...lad, subject: 'institution:VID', institution: 'VID' };
const operator: Identity = { ...base, kind: 'operator', subject: 'operator:o', operator: 'o' };

describe('farmHolderFor', () => {
  it('maps the caller\'s own id and the id of the party they act for, nothing else', () => {
    expect(farmHolderFor(person, 'c-janis')).toBe('150385-12346');
    expect(farmHolderFor(app, 'c-janis')).toBe('150385-12346');
    expect(farmHolderFor(appWithoutConsent, 'c-janis')).toBeNull();
    expect(farmHolderFor(actingForKoks, 'c-koks')).toBe('40103987654');
    expect(farmHolderFor(actingForKoks, 'c-janis')).toBe('150385-12346');
    expect(farmHolderFor(person, 'c-koks')).toBeNull();
    expect(farmHolderFor(lad, 'c-janis')).toBeNull();
    expect(farmHolderFor(operator, 'c-janis')).toBeNull();
    expect(farmHolderFor(base, 'c-janis')).toBeNull();
  });
});

describe('mayReadDeclaration', () => {
  it('lets LAD read all, the applicant and their representative their own, nobody else', () => {
    expect(mayReadDeclaration(lad, '40103987654')).toBe(true);
    expect(mayReadDeclaration(person, '150385-12346')).toBe(true);
    expect(mayReadDeclaration(app, '150385-12346')).toBe(true);
    expect(mayReadDeclaration(appWithoutConsent, '150385-12346')).toBe(false);
    expect(mayReadDeclaration(actingForKoks, '40103987654')).toBe(true);
    expect(mayReadDeclaration(person, '40103987654')).toBe(false);
    expect(mayReadDeclaration(vid, '40103987654')).toBe(false);
    expect(mayReadDeclaration(operator, '40103987654')).toBe(false);
    expect(mayReadDeclaration(base, '150385-12346')).toBe(false);
  });

  it('spares the database for callers who may read no declaration', () => {
    expect([lad, person, app, actingForKoks].map(mayReadSomeDeclaration)).toEqual([true, true, true, true]);
    expect([vid, operator, base, appWithoutConsent].map(mayReadSomeDeclaration)).toEqual([false, false, false, false]);
  });
});
