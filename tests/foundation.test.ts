import { SignJWT, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE, errorCodes, startTestGraph, type TestGraph } from './support/platform.ts';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(() => graph?.stop());

describe('one graph over the subgraphs', () => {
  it('answers a query that spans services, life situations and back', async () => {
    const res = await graph.gql(`{
      service(code: "RIGA-DZIMSANA") { code name(language: "en") holder { code name } lifeSituations { code title(language: "en") steps { position services { code } } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.service).toMatchObject({ code: 'RIGA-DZIMSANA', name: 'Registering the birth of a child', holder: { code: 'RIGA' } });
    const birth = res.data.service.lifeSituations.find((l: any) => l.code === 'BERNA-PIEDZIMSANA');
    expect(birth.title).toBe('Birth of a child');
    expect(birth.steps[0].services).toEqual([{ code: 'RIGA-DZIMSANA' }]);
  });

  it('resolves a signed-in person across clients, cases and services', async () => {
    const token = await graph.token({ person: DEMO_PEOPLE.janis.personalCode });
    const res = await graph.gql('{ me { displayName personalCode cases { totalCount nodes { reference status service { code holder { code } } } } } }', {}, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data.me).toMatchObject({ displayName: 'Jānis Bērziņš', personalCode: DEMO_PEOPLE.janis.personalCode });
    expect(res.data.me.cases.totalCount).toBe(3);
    expect(res.data.me.cases.nodes[0]).toMatchObject({ reference: 'PMLP-2026/004211', status: 'IN_PROGRESS', service: { code: 'PMLP-PASE', holder: { code: 'PMLP' } } });
  });

  it('chooses the language from Accept-Language and falls back to Latvian', async () => {
    const q = '{ service(code: "PMLP-PASE") { name } }';
    expect((await graph.gql(q, {}, { headers: { 'accept-language': 'en-GB,en;q=0.9' } })).data.service.name).toBe('Issuing a passport');
    expect((await graph.gql(q, {}, { headers: { 'accept-language': 'de' } })).data.service.name).toBe('Pases izsniegšana');
    expect((await graph.gql(q)).data.service.name).toBe('Pases izsniegšana');
  });

  it('paginates with cursors and reports the total', async () => {
    const first = await graph.gql('{ services(first: 5) { totalCount pageInfo { hasNextPage endCursor } nodes { code } } }');
    const { endCursor } = first.data.services.pageInfo;
    const second = await graph.gql('query($after: String) { services(first: 5, after: $after) { nodes { code } } }', { after: endCursor });
    const codes = [...first.data.services.nodes, ...second.data.services.nodes].map((n: any) => n.code);
    expect(new Set(codes).size).toBe(10);
    expect([...codes].sort()).toEqual(codes);
    expect(first.data.services.totalCount).toBeGreaterThanOrEqual(30);
  });
});

describe('identity', () => {
  it('me without a token is UNAUTHENTICATED', async () => {
    const res = await graph.gql('{ me { id } }');
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
  });

  it('rejects tokens that are malformed, expired, forged or from an unknown issuer', async () => {
    const expired = await graph.token({ person: DEMO_PEOPLE.janis.personalCode }, -60);
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ personal_code: DEMO_PEOPLE.janis.personalCode })
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer('urn:public-service-graph:dev-issuer')
      .setAudience('public-service-graph')
      .setExpirationTime('1h')
      .sign(privateKey);
    const unknownIssuer = await new SignJWT({ personal_code: DEMO_PEOPLE.janis.personalCode }).setProtectedHeader({ alg: 'ES256' }).setIssuer('https://evil.example').setExpirationTime('1h').sign(privateKey);
    for (const token of ['not-a-jwt', expired, forged, unknownIssuer]) {
      const res = await graph.gql('{ me { id } }', {}, { token });
      expect(res.status, JSON.stringify(res.errors)).toBe(401);
      expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
      expect(res.data).toBeUndefined();
    }
    const res = await graph.gql('{ services { totalCount } }', {}, { headers: { authorization: 'Basic dXNlcjpwYXNz' } });
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
  });

  it('an application holding a person’s token is not that person', async () => {
    const token = await graph.token({ person: DEMO_PEOPLE.janis.personalCode, app: 'startup-app' });
    const me = await graph.gql('{ me { personalCode } }', {}, { token });
    expect(errorCodes(me)).toEqual(['FORBIDDEN']);
    const portal = await graph.token({ person: DEMO_PEOPLE.janis.personalCode, app: 'latvija-lv' });
    expect((await graph.gql('{ me { personalCode } }', {}, { token: portal })).data.me.personalCode).toBe(DEMO_PEOPLE.janis.personalCode);
  });

  it('shows the personal code to the person themself only', async () => {
    const token = await graph.token({ person: DEMO_PEOPLE.anna.personalCode });
    const res = await graph.gql('{ me { personalCode } }', {}, { token });
    expect(res.data.me.personalCode).toBe(DEMO_PEOPLE.anna.personalCode);
  });

  it('a person cannot read another person’s case by id', async () => {
    const janis = await graph.token({ person: DEMO_PEOPLE.janis.personalCode });
    const anna = await graph.token({ person: DEMO_PEOPLE.anna.personalCode });
    const { data } = await graph.gql('{ me { cases { nodes { id } } } }', {}, { token: janis });
    const id = data.me.cases.nodes[0].id;
    expect((await graph.gql('query($id: ID!) { case(id: $id) { id } }', { id }, { token: janis })).data.case.id).toBe(id);
    expect((await graph.gql('query($id: ID!) { case(id: $id) { id } }', { id }, { token: anna })).data.case).toBeNull();
    expect((await graph.gql('query($id: ID!) { case(id: $id) { id } }', { id })).data.case).toBeNull();
  });

  it('a subgraph reached directly gives nothing without the gateway’s token', async () => {
    for (const subgraph of graph.platform.subgraphs) {
      const noToken = await fetch(subgraph.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
      expect(noToken.status).toBe(401);
      expect(((await noToken.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      // A person's OIDC token is not an internal token either.
      const personToken = await graph.token({ person: DEMO_PEOPLE.janis.personalCode });
      const wrongToken = await fetch(subgraph.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${personToken}` }, body: JSON.stringify({ query: '{ __typename }' }) });
      expect(wrongToken.status).toBe(401);
    }
  });

  it('publishes the gateway’s public keys and no private part', async () => {
    const res = await fetch(graph.url.replace('/graphql', '/.well-known/jwks.json'));
    const jwks = (await res.json()) as { keys: Record<string, string>[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256' });
    expect(jwks.keys[0].d).toBeUndefined();
  });
});

describe('bad input gets an error with a code and the server stays up', () => {
  const cases: [string, string, Record<string, unknown> | undefined, string][] = [
    ['a syntax error', '{ services { totalCount ', undefined, 'GRAPHQL_PARSE_FAILED'],
    ['an unknown field', '{ services { nope } }', undefined, 'GRAPHQL_VALIDATION_FAILED'],
    ['a variable of the wrong type', 'query($n: Int) { services(first: $n) { totalCount } }', { n: 'ten' }, 'BAD_USER_INPUT'],
    ['a page size over the limit', '{ services(first: 1000) { totalCount } }', undefined, 'BAD_USER_INPUT'],
    ['a cursor the list did not give out', '{ services(after: "bm9wZQ") { totalCount } }', undefined, 'BAD_USER_INPUT'],
    ['a malformed id', '{ service(id: "42") { code } }', undefined, 'BAD_USER_INPUT'],
    ['both id and code', '{ service(id: "8f0c6a59-8d0e-4c43-9a57-2a4d6a1c9b10", code: "PMLP-PASE") { code } }', undefined, 'BAD_USER_INPUT'],
    ['an unknown holder', '{ services(filter: { holderCode: "NOPE" }) { totalCount } }', undefined, 'BAD_USER_INPUT'],
  ];
  it.each(cases)('%s', async (_, query, variables, code) => {
    const res = await graph.gql(query, variables);
    expect(errorCodes(res)).toContain(code);
    expect(JSON.stringify(res.errors)).not.toMatch(/select |stack|at .*\.ts:/i);
  });

  it('rejects a body that is not JSON with 400 and keeps serving', async () => {
    const res = await fetch(graph.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBeTruthy();
    expect((await graph.gql('{ services(first: 1) { totalCount } }')).errors).toBeUndefined();
  });
});

describe('health', () => {
  it('is alive and ready, on the gateway and every subgraph', async () => {
    const base = graph.url.replace('/graphql', '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    for (const s of graph.platform.subgraphs) {
      expect((await fetch(s.url.replace('/graphql', '/healthz'))).status).toBe(200);
      expect((await fetch(s.url.replace('/graphql', '/readyz'))).status).toBe(200);
    }
  });
});
