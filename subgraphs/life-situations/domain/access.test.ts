import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Identity } from '@public-service-graph/subgraph-kit/identity';
import { GATEWAY_SERVICE } from '@public-service-graph/subgraph-kit/scopes';
import { clientSide, offersAllowed, reportersScope, reportingInstitution, requireReporter } from './access.ts';

const ME = '11111111-1111-8111-8111-111111111111';
const CHILD = '22222222-2222-8222-8222-222222222222';
const person = (extra: Partial<Identity> = {}): Identity =>
  ({ ...ANONYMOUS, kind: 'person', subject: `person:${ME}`, person: { clientId: ME, personalCode: '120488-13210' }, ...extra });
const institution = (code: string): Identity => ({ ...ANONYMOUS, kind: 'institution', subject: `institution:${code}`, institution: code });
const operator: Identity = { ...ANONYMOUS, kind: 'operator', subject: 'operator:ops', operator: 'ops' };
const forbidden = (f: () => unknown) => {
  expect(f).toThrow();
  try {
    f();
  } catch (err) {
    expect((err as { extensions: { code: string } }).extensions.code).toBe('FORBIDDEN');
  }
};

describe('a client’s life data', () => {
  it('the client sees it with their own personal code for conditions; a representative with the party’s', () => {
    expect(clientSide(person(), ME, 'x')).toEqual({ as: 'CLIENT', identifier: '120488-13210' });
    const parent = person({ onBehalfOf: { clientId: CHILD, code: '051026-21119', kind: 'person' } });
    expect(clientSide(parent, CHILD, 'x')).toEqual({ as: 'REPRESENTATIVE', identifier: '051026-21119' });
    expect(clientSide(person({ onBehalfOf: { clientId: CHILD, code: '40203123456', kind: 'company' } }), CHILD, 'x').identifier).toBeNull();
  });

  it('nobody else: another client id, institutions, operators, applications, the gateway, anonymous', () => {
    forbidden(() => clientSide(person(), CHILD, 'offers'));
    for (const who of [institution('VSAA'), operator, { ...person(), kind: 'application' as const, application: 'app' }, GATEWAY_SERVICE, ANONYMOUS])
      forbidden(() => clientSide(who, ME, 'offers'));
  });

  it('offers only with a consent known to hold', () => {
    expect(offersAllowed({ consentsToProactiveOffers: true })).toBe(true);
    for (const consent of [false, null, undefined]) expect(offersAllowed({ consentsToProactiveOffers: consent })).toBe(false);
  });
});

describe('reporting life events', () => {
  it('only institutions report, each what it is listed for; the refusal names who may', () => {
    expect(reportingInstitution(institution('RIGA'))).toBe('RIGA');
    for (const who of [person(), operator, ANONYMOUS]) forbidden(() => reportingInstitution(who));
    expect(() => requireReporter('RIGA', 'CHILD_BIRTH', ['PMLP', 'RIGA'])).not.toThrow();
    expect(() => requireReporter('VID', 'CHILD_BIRTH', ['PMLP', 'RIGA'])).toThrow(/only PMLP, RIGA may/);
    expect(() => requireReporter('VID', 'STUDIES_START', [])).toThrow(/no institution may yet/);
  });

  it('operators read the whole list, an institution its own entries, nobody else anything', () => {
    expect(reportersScope(operator)).toBeNull();
    expect(reportersScope(institution('PMLP'))).toBe('PMLP');
    for (const who of [person(), GATEWAY_SERVICE, ANONYMOUS]) forbidden(() => reportersScope(who));
  });
});
