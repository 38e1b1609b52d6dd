import { beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type Identity } from '@public-service-graph/subgraph-kit/identity';
import { createLogger } from '@public-service-graph/subgraph-kit/logger';
import { clientsUrlIn, createIdentityEnricher, operationLabel, type IdentityEnricher } from './enrich-identity.ts';
import { InternalTokenSigner } from './internal-token.ts';

describe('operationLabel', () => {
  it.each([
    [{ query: 'query CaseStatuses { me { id } }' }, 'query CaseStatuses'],
    [{ query: '# a comment\n  mutation Grant($x: ID!) { x }' }, 'mutation Grant'],
    [{ query: 'query A { a } query B { b }', operationName: 'B' }, 'query B'],
    [{ query: '{ me { id } }' }, 'anonymous operation'],
    [{ query: '{ me { id } }', operationName: 'a.*(' }, 'anonymous operation'],
    [undefined, 'anonymous operation'],
  ])('%j → %s', (params, label) => expect(operationLabel(params)).toBe(label));
});

describe('the enricher, before it asks anything', () => {
  let enricher: IdentityEnricher;
  beforeAll(async () => {
    // Nothing listens there: any question to the clients subgraph would fail the test.
    enricher = createIdentityEnricher({ clientsUrl: 'http://127.0.0.1:9/graphql', signer: await InternalTokenSigner.create(), timeoutMs: 500, log: createLogger('silent') });
  });
  const request = (headers: Record<string, string> = {}) => new Request('http://gateway/graphql', { headers });
  const person: Identity = { ...ANONYMOUS, kind: 'person', subject: 'person:x', person: { clientId: '11111111-1111-8111-8111-111111111111', personalCode: '150385-12346' }, scopes: ['openid', 'consent:cases:read', 'represent:profile:read'] };

  it('drops delegated scopes from a caller’s own token and asks nothing when there is nothing to ask', async () => {
    expect(await enricher.enrich(person, request())).toEqual({ ...person, scopes: ['openid'] });
    const institution: Identity = { ...ANONYMOUS, kind: 'institution', subject: 'institution:VID', institution: 'VID', scopes: ['cases:write'] };
    expect(await enricher.enrich(institution, request())).toBe(institution);
  });

  it('refuses X-Act-For from anyone but a person, without asking', async () => {
    const institution: Identity = { ...ANONYMOUS, kind: 'institution', subject: 'institution:VID', institution: 'VID' };
    await expect(enricher.enrich(institution, request({ 'x-act-for': '40203123456' }))).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(enricher.enrich(ANONYMOUS, request({ 'x-act-for': '40203123456' }))).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('fails closed, as a retryable outage, when the clients subgraph cannot be asked', async () => {
    await expect(enricher.enrich(person, request({ 'x-act-for': '40203123456' }))).rejects.toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
  });

  it('finds the clients subgraph in a supergraph', () => {
    expect(clientsUrlIn('  CLIENTS @join__graph(name: "clients", url: "http://c:4003/graphql")')).toBe('http://c:4003/graphql');
    expect(clientsUrlIn('  CASES @join__graph(name: "cases", url: "http://c:4004/graphql")')).toBeNull();
  });
});
