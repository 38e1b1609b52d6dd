import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ANONYMOUS, type Identity } from '@public-service-graph/subgraph-kit/identity';
import { InternalTokenSigner } from '../gateway/internal-token.ts';
import { createKey, revokeKey, withKey } from './support/access.ts';
import { registerCase, updateStatus } from './support/cases.ts';
import { openEvents, type Stream } from './support/live.ts';
import { ADDED_EXPECTED, ADDED_OPS, addedOutcome } from './support/access-matrix-ops.ts';
import { DEMO_PEOPLE, errorCodes, startTestGraph, type GraphQLResponse, type TestGraph } from './support/platform.ts';

/**
 * Who may do what, through the gateway: every role against every query and mutation of the graph, including ids of
 * what another owner holds (IDOR), and credentials that are forged, expired or revoked. Then the same rules against a
 * subgraph reached directly, past the gateway.
 */
type Outcome = 'ok' | 'null' | 'UNAUTHENTICATED' | 'FORBIDDEN';
type Role = 'anonymous' | 'person' | 'otherPerson' | 'appKey' | 'appKeyWithPerson' | 'appToken' | 'appPersonToken' | 'institutionKey' | 'institutionToken' | 'operator';
const ROLES: Role[] = ['anonymous', 'person', 'otherPerson', 'appKey', 'appKeyWithPerson', 'appToken', 'appPersonToken', 'institutionKey', 'institutionToken', 'operator'];

interface Op { query: string; variables?: () => Record<string, unknown> | Promise<Record<string, unknown>>; root: string; ok?: (data: any) => boolean }

let graph: TestGraph;
let signingKey: string;
const creds = {} as Record<Role, { token?: string; headers?: Record<string, string> }>;
const ids = { janisPmlpCase: '', annaCase: '', appKey: '', otherAppKey: '' };
let appKey = '';

const victim = async () => ({ id: (await createKey(graph, { ownerKind: 'APPLICATION', ownerCode: 'victim-app' })).id });

const OPS: Record<string, Op> = {
  catalogue: { query: '{ services(first: 1) { nodes { code holder { code } } } institutions(first: 1) { totalCount } lifeSituations(first: 1) { totalCount } }', root: 'services', ok: (d) => d.services.nodes.length === 1 },
  me: { query: '{ me { id displayName cases { totalCount } } }', root: 'me' },
  // A case of Jānis at PMLP: Jānis, PMLP and operators see it; nobody else, whatever id they pass.
  janisCase: { query: 'query($id: ID!) { case(id: $id, purpose: "access matrix") { id reference } }', variables: () => ({ id: ids.janisPmlpCase }), root: 'case' },
  apiKeys: { query: '{ apiKeys { totalCount nodes { prefix } } }', root: 'apiKeys' },
  // The matrix application's own key, and another application's key (IDOR).
  appKey: { query: 'query($id: ID!) { apiKey(id: $id) { id usage { operations } } }', variables: () => ({ id: ids.appKey }), root: 'apiKey' },
  otherAppKey: { query: 'query($id: ID!) { apiKey(id: $id) { id usage { operations } } }', variables: () => ({ id: ids.otherAppKey }), root: 'apiKey' },
  myApiKeys: { query: '{ myApiKeys { totalCount nodes { id ownerCode } } }', root: 'myApiKeys' },
  createApiKey: { query: 'mutation { createApiKey(input: { name: "m", ownerKind: APPLICATION, ownerCode: "matrix-app" }) { secret errors { code } } }', root: 'createApiKey', ok: (d) => !!d.createApiKey.secret },
  rotateApiKey: { query: 'mutation($id: ID!) { rotateApiKey(input: { id: $id }) { secret errors { code } } }', variables: victim, root: 'rotateApiKey', ok: (d) => !!d.rotateApiKey.secret },
  revokeApiKey: { query: 'mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { status } errors { code } } }', variables: victim, root: 'revokeApiKey', ok: (d) => d.revokeApiKey.apiKey?.status === 'REVOKED' },
};

const U = 'UNAUTHENTICATED', F = 'FORBIDDEN';
// Columns in the order of ROLES.
const EXPECTED: Record<keyof typeof OPS, Outcome[]> = {
  //            anon    person  other   appKey  app+prs appTok  appPrsT instKey instTok operator
  catalogue:   ['ok',   'ok',   'ok',   'ok',   'ok',   'ok',   'ok',   'ok',   'ok',   'ok'],
  me:          [U,      'ok',   'ok',   F,      F,      F,      F,      F,      F,      F],
  janisCase:   ['null', 'ok',   'null', 'null', 'null', 'null', 'null', 'ok',   'null', 'ok'],
  apiKeys:     [U,      F,      F,      F,      F,      F,      F,      F,      F,      'ok'],
  appKey:      ['null', 'null', 'null', 'ok',   'ok',   'ok',   'ok',   'null', 'null', 'ok'],
  otherAppKey: ['null', 'null', 'null', 'null', 'null', 'null', 'null', 'null', 'null', 'ok'],
  myApiKeys:   [U,      F,      F,      'ok',   'ok',   'ok',   'ok',   'ok',   'ok',   F],
  createApiKey:[U,      F,      F,      F,      F,      F,      F,      F,      F,      'ok'],
  rotateApiKey:[U,      F,      F,      F,      F,      F,      F,      F,      F,      'ok'],
  revokeApiKey:[U,      F,      F,      F,      F,      F,      F,      F,      F,      'ok'],
};

beforeAll(async () => {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  signingKey = JSON.stringify({ ...(await exportJWK(privateKey)), kid: 'matrix' });
  graph = await startTestGraph({ GATEWAY_SIGNING_KEY: signingKey });
  const janis = DEMO_PEOPLE.janis.personalCode;
  const app = await createKey(graph, { ownerKind: 'APPLICATION', ownerCode: 'matrix-app' });
  const other = await createKey(graph, { ownerKind: 'APPLICATION', ownerCode: 'other-app' });
  const pmlp = await createKey(graph, { ownerKind: 'INSTITUTION', ownerCode: 'PMLP' });
  appKey = app.key;
  ids.appKey = app.id;
  ids.otherAppKey = other.id;
  creds.anonymous = {};
  creds.person = { token: await graph.token({ person: janis }) };
  creds.otherPerson = { token: await graph.token({ person: DEMO_PEOPLE.anna.personalCode }) };
  creds.appKey = withKey(app.key);
  creds.appKeyWithPerson = withKey(app.key, await graph.token({ person: janis, app: 'matrix-app' }));
  creds.appToken = { token: await graph.token({ application: 'matrix-app' }) };
  creds.appPersonToken = { token: await graph.token({ person: janis, app: 'matrix-app' }) };
  creds.institutionKey = withKey(pmlp.key);
  creds.institutionToken = { token: await graph.token({ institution: 'VID' }) };
  creds.operator = { token: await graph.token({ operator: 'ops' }) };
  const cases = await graph.gql('{ me { cases { nodes { id institutionCode } } } }', {}, creds.person);
  ids.janisPmlpCase = cases.data.me.cases.nodes.find((c: { institutionCode: string }) => c.institutionCode === 'PMLP').id;
  // A case of Anna's at another institution than PMLP (whose key is among the roles).
  const anna = await graph.gql('{ me { cases { nodes { id institutionCode } } } }', {}, creds.otherPerson);
  ids.annaCase = anna.data.me.cases.nodes.find((c: { institutionCode: string }) => c.institutionCode !== 'PMLP').id;
});
afterAll(() => graph?.stop());

function outcome(res: GraphQLResponse, op: Op): Outcome | string {
  const codes = errorCodes(res);
  if (codes.length) return codes.length === 1 && !res.data?.[op.root] ? String(codes[0]) : `mixed ${JSON.stringify(res.errors)}`;
  const value = res.data?.[op.root];
  if (value === null) return 'null';
  return (op.ok ?? (() => true))(res.data) ? 'ok' : `unexpected ${JSON.stringify(res.data)}`;
}

describe('every role against every operation', () => {
  const cells = Object.entries(EXPECTED).flatMap(([name, row]) => ROLES.map((role, i) => [name, role, row[i]] as const));
  it.each(cells)('%s as %s → %s', async (name, role, expected) => {
    const op = OPS[name];
    const res = await graph.gql(op.query, await op.variables?.(), creds[role]);
    expect(outcome(res, op)).toBe(expected);
    if (expected === U) expect([200, 401]).toContain(res.status);
  });
});

describe('every role against every operation added since (tests/support/access-matrix-ops.ts)', () => {
  const cells = Object.entries(ADDED_EXPECTED).flatMap(([name, row]) => ROLES.map((role, i) => [name, role, row[i]] as const));
  it.each(cells)('%s as %s → %s', async (name, role, expected) => {
    const op = ADDED_OPS[name];
    const res = await graph.gql(op.query, op.variables, creds[role]);
    expect(addedOutcome(res, op)).toBe(expected);
  });

  it('the matrix names every root field of the public graph', async () => {
    const { data } = await graph.gql('{ __schema { queryType { fields { name } } mutationType { fields { name } } } }', {}, creds.operator);
    const covered = new Set([...Object.values(OPS), ...Object.values(ADDED_OPS)].flatMap((op) => [...op.query.matchAll(/[{(\s]([a-zA-Z]+)\s*[({]/g)].map((m) => m[1])));
    const roots = [...data.__schema.queryType.fields, ...data.__schema.mutationType.fields].map((f: { name: string }) => f.name);
    expect(roots.filter((r: string) => !covered.has(r))).toEqual([]);
  });
});

describe('Subscription.events: every role receives live what it may read', () => {
  // Which of two status changes each role's stream carries: one on Jānis's case at PMLP, one on Anna's at VID.
  // 'consentedApp' is an application holding Jānis's token with his CASES_READ consent; matrix-app has none.
  const LIVE: Record<Role | 'consentedApp', typeof U | ('janis' | 'anna')[]> = {
    anonymous: U, person: ['janis'], otherPerson: ['anna'], appKey: [], appKeyWithPerson: [], appToken: [], appPersonToken: [],
    institutionKey: ['janis'], institutionToken: ['anna'], operator: ['janis', 'anna'], consentedApp: ['janis'],
  };

  it('anonymous is refused; a person gets their own, an institution its own cases, an application the persons who consented', async () => {
    const janis = DEMO_PEOPLE.janis.personalCode;
    const granted = await graph.gql('mutation($input: GrantConsentInput!) { grantConsent(input: $input) { errors { code } } }', {
      input: { recipient: { kind: 'APPLICATION', id: 'matrix-live-app' }, purpose: 'Matrica', scopes: ['CASES_READ'] },
    }, creds.person);
    expect(granted.data.grantConsent.errors).toEqual([]);
    const cred = { ...creds, consentedApp: { token: await graph.token({ person: janis, app: 'matrix-live-app' }) } };
    const names = Object.keys(LIVE) as (keyof typeof LIVE)[];
    const streams = Object.fromEntries(await Promise.all(names.map(async (name) => [name, await openEvents(graph, cred[name], ['lv.gov.psg.case.status-changed.v1'])] as const))) as Record<keyof typeof LIVE, Stream>;
    try {
      await new Promise((r) => setTimeout(r, 500)); // the streams are open before the changes
      const changed = async (institution: string, personalCode: string, serviceCode: string) => {
        const token = await graph.token({ institution });
        const created = await registerCase(graph, token, { personalCode, serviceCode, submittedAt: new Date().toISOString() });
        await updateStatus(graph, token, { caseId: created.id, expectedVersion: 1, status: 'REGISTERED' });
        return created.id as string;
      };
      const cases = { janis: await changed('PMLP', janis, 'PMLP-PASE'), anna: await changed('VID', DEMO_PEOPLE.anna.personalCode, 'VID-GID') };
      const got = (name: keyof typeof LIVE) => (Object.keys(cases) as ('janis' | 'anna')[]).filter((who) => streams[name].events.some((e) => e.subject === cases[who]));
      await vi.waitFor(() => expect(got('operator')).toHaveLength(2), { timeout: 30_000, interval: 100 });
      await new Promise((r) => setTimeout(r, 1000)); // one poll more for anything that should not come
      await streams.anonymous.completed;
      for (const name of names) {
        const expected = LIVE[name];
        if (expected === U) {
          expect(streams[name].errors.map((e) => e.extensions?.code), name).toEqual([U]);
          expect(streams[name].events, name).toEqual([]);
        } else {
          expect(streams[name].errors, name).toEqual([]);
          expect(got(name), name).toEqual(expected);
        }
      }
    } finally {
      for (const stream of Object.values(streams)) stream.close();
    }
  });
});

describe('ids of what others own (IDOR)', () => {
  it('a person passing another person’s case id gets null, as does every other caller but PMLP and operators', async () => {
    const q = 'query($id: ID!) { case(id: $id, purpose: "access matrix") { id } }';
    expect((await graph.gql(q, { id: ids.annaCase }, creds.otherPerson)).data.case.id).toBe(ids.annaCase);
    for (const role of ['person', 'appKeyWithPerson', 'institutionKey'] as const) expect((await graph.gql(q, { id: ids.annaCase }, creds[role])).data.case, role).toBeNull();
  });

  it('an application cannot read, rotate or revoke another application’s key, nor read its usage', async () => {
    const res = await graph.gql('query($id: ID!) { apiKey(id: $id) { id usage { operations } } }', { id: ids.otherAppKey }, creds.appKey);
    expect(res.data.apiKey).toBeNull();
    const revoke = await graph.gql('mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { status } } }', { id: ids.otherAppKey }, creds.appKey);
    expect(errorCodes(revoke)).toEqual([F]);
    const stillThere = await graph.gql('query($id: ID!) { apiKey(id: $id) { status } }', { id: ids.otherAppKey }, creds.operator);
    expect(stillThere.data.apiKey.status).toBe('ACTIVE');
  });

  it('the gateway refuses a coarse rule before the subgraph is asked, and says which role it needs', async () => {
    const res = await graph.gql('{ apiKeys { totalCount } }', {}, creds.person);
    expect(res.status).toBe(403);
    expect(res.errors![0].message).toBe('Query.apiKeys needs role:operator.');
    const anonymous = await graph.gql('{ me { id } }');
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors![0].message).toContain('Query.me needs a signed-in caller');
  });

  it('a protected field left out by @include/@skip needs no rights; the same document with it in does', async () => {
    const q = 'query($signedIn: Boolean!) { services(first: 1) { totalCount } me @include(if: $signedIn) { id } }';
    const out = await graph.gql(q, { signedIn: false });
    expect(errorCodes(out)).toEqual([]);
    expect(out.data.services.totalCount).toBeGreaterThan(0);
    expect(out.data.me).toBeUndefined();
    // The same parsed document, now asking for `me`: the cached check must not carry over from the answer above.
    const anonymous = await graph.gql(q, { signedIn: true });
    expect(anonymous.status).toBe(401);
    expect(errorCodes(anonymous)).toEqual([U]);
    expect((await graph.gql(q, { signedIn: true }, creds.person)).data.me.id).toBeTruthy();
    // Literal conditions, @skip, a default value and a fragment spread are read the same way.
    expect(errorCodes(await graph.gql('{ __typename me @include(if: false) { id } }'))).toEqual([]);
    expect(errorCodes(await graph.gql('query($out: Boolean = true) { __typename ...Me @skip(if: $out) } fragment Me on Query { me { id } }'))).toEqual([]);
    expect(errorCodes(await graph.gql('query($out: Boolean = true) { __typename ...Me @skip(if: $out) } fragment Me on Query { me { id } }', { out: false }))).toEqual([U]);
  });

  it('a scope named like a role in a token does not make its holder that role', async () => {
    const token = await graph.token({ person: DEMO_PEOPLE.janis.personalCode, scope: 'role:operator developer' });
    expect(errorCodes(await graph.gql('{ apiKeys { totalCount } }', {}, { token }))).toEqual([F]);
  });
});

describe('bad credentials are errors, never anonymity', () => {
  it.each(['forged token', 'expired token', 'token from an unknown issuer', 'revoked key', 'forged key', 'key of another graph'])('%s: 401 on a public query too', async (kind) => {
    const { privateKey } = await generateKeyPair('ES256');
    const forge = (issuer: string) => new SignJWT({ roles: ['operator'] }).setProtectedHeader({ alg: 'ES256' }).setIssuer(issuer).setAudience('public-service-graph').setExpirationTime('1h').sign(privateKey);
    let cred: { token?: string; headers?: Record<string, string> };
    if (kind === 'forged token') cred = { token: await forge('urn:public-service-graph:dev-issuer') };
    else if (kind === 'expired token') cred = { token: await graph.token({ operator: 'ops' }, -30) };
    else if (kind === 'token from an unknown issuer') cred = { token: await forge('https://idp.example') };
    else if (kind === 'revoked key') {
      const k = await createKey(graph, { ownerKind: 'APPLICATION', ownerCode: 'revoked-app' });
      await revokeKey(graph, k.id);
      cred = withKey(k.key);
      // The revocation's NOTIFY reaches the gateway's listener within milliseconds (on PostgreSQL, after the commit).
      await vi.waitFor(async () => expect((await graph.gql('{ __typename }', {}, cred)).status).toBe(401), { timeout: 1000, interval: 20 });
    } else if (kind === 'forged key') cred = withKey(`${appKey.slice(0, 'psg_'.length + 13)}${'x'.repeat(43)}`);
    else cred = withKey(`sk_live_${'x'.repeat(40)}`);
    for (const query of ['{ services(first: 1) { totalCount } }', '{ apiKeys { totalCount } }']) {
      const res = await graph.gql(query, {}, cred);
      expect(res.status).toBe(401);
      expect(errorCodes(res)).toEqual([U]);
      expect(res.data).toBeUndefined();
    }
  });
});

describe('a subgraph reached directly', () => {
  const platformUrl = () => graph.platform.subgraphs.find((s) => s.name === 'platform')!.url;
  const post = (url: string, query: string, variables: Record<string, unknown>, authorization?: string) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) }, body: JSON.stringify({ query, variables }) });

  it('answers nothing without the gateway’s token, or with one signed by anyone else', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const impostor = await InternalTokenSigner.create(JSON.stringify(await exportJWK(privateKey)));
    const operator: Identity = { ...ANONYMOUS, kind: 'operator', subject: 'operator:evil', operator: 'evil' };
    for (const authorization of [undefined, `Bearer ${await impostor.sign(operator, 'platform')}`, `Bearer ${creds.operator.token}`]) {
      const res = await post(platformUrl(), '{ apiKeys { totalCount } }', {}, authorization);
      expect(res.status).toBe(401);
      expect(((await res.json()) as GraphQLResponse).errors![0].extensions!.code).toBe(U);
    }
  });

  it('refuses the gateway’s token made out to another subgraph, so a subgraph cannot replay what it receives', async () => {
    const signer = await InternalTokenSigner.create(signingKey);
    const operator: Identity = { ...ANONYMOUS, kind: 'operator', subject: 'operator:ops', operator: 'ops' };
    for (const audience of ['lad', 'clients']) {
      const res = await post(platformUrl(), '{ apiKeys { totalCount } }', {}, `Bearer ${await signer.sign(operator, audience)}`);
      expect(res.status).toBe(401);
    }
    const ok = (await (await post(platformUrl(), '{ apiKeys { totalCount } }', {}, `Bearer ${await signer.sign(operator, 'platform')}`)).json()) as GraphQLResponse;
    expect(ok.data!.apiKeys.totalCount).toBeGreaterThan(0);
  });

  it('with a valid internal token, still enforces its own rules where the data lives', async () => {
    // The gateway's directives are not there: only the subgraph's own checks stand between a caller and the data.
    const signer = await InternalTokenSigner.create(signingKey);
    const as = async (identity: Identity) => `Bearer ${await signer.sign(identity, 'platform')}`;
    const person: Identity = { ...ANONYMOUS, kind: 'person', subject: 'person:x', person: { clientId: '00000000-0000-4000-8000-000000000001', personalCode: DEMO_PEOPLE.anna.personalCode } };
    const otherApp: Identity = { ...ANONYMOUS, kind: 'application', subject: 'application:other-app', application: 'other-app' };
    const create = 'mutation { createApiKey(input: { name: "x", ownerKind: APPLICATION, ownerCode: "x-app" }) { secret } }';
    for (const identity of [person, otherApp]) {
      const res = (await (await post(platformUrl(), create, {}, await as(identity))).json()) as GraphQLResponse;
      expect(res.errors![0].extensions!.code).toBe(F);
      expect(res.data?.createApiKey ?? null).toBeNull();
      const list = (await (await post(platformUrl(), '{ apiKeys { totalCount } }', {}, await as(identity))).json()) as GraphQLResponse;
      expect(list.errors![0].extensions!.code).toBe(F);
    }
    // Entity resolution, as the gateway would ask it: another owner's key resolves to null.
    const entities = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on ApiKey { id prefix } } }';
    const res = (await (await post(platformUrl(), entities, { r: [{ __typename: 'ApiKey', id: ids.appKey }] }, await as(otherApp))).json()) as GraphQLResponse;
    expect(res.data!._entities).toEqual([null]);
    const own = (await (await post(platformUrl(), entities, { r: [{ __typename: 'ApiKey', id: ids.otherAppKey }] }, await as(otherApp))).json()) as GraphQLResponse;
    expect(own.data!._entities[0].id).toBe(ids.otherAppKey);
  });
});
