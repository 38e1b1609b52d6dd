import http from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey } from 'jose';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '@public-service-graph/subgraph-kit/identity';
import { startLadSubgraph, type RunningLadSubgraph } from './server.ts';

/**
 * LAD's subgraph over HTTP, as the gateway calls it: a local JWKS server stands in for the gateway's key set,
 * and tokens are signed as the gateway signs them. With TEST_DATABASE_URL the tests run in a fresh database
 * created on that server (and dropped after); otherwise in an in-memory PGlite.
 */

const ISSUER = 'public-service-graph-gateway';
const AUDIENCE = 'psg-subgraph:lad';

// Demo identifiers (the platform's demo people and companies); client ids are pseudonymous, any UUID will do.
const JANIS = { clientId: randomUUID(), personalCode: '150385-12346', name: 'Jānis Bērziņš' };
const ANNA = { clientId: randomUUID(), personalCode: '220790-14568', name: 'Anna Kalniņa' };
const PETERIS = { clientId: randomUUID(), personalCode: '010150-17898', name: 'Pēteris Ozols' };
const KOKS = { clientId: randomUUID(), code: '40103987654', kind: 'company' as const };
const JANIS_REF = 'LAD-VPM-2026-4100';
const KOKS_REF = 'LAD-VPM-2026-3310';

const base: Identity = { kind: 'anonymous', subject: 'anonymous', person: null, institution: null, application: null, operator: null, onBehalfOf: null, roles: [], scopes: [] };
const asPerson = (person: Identity['person'] & object, onBehalfOf: Identity['onBehalfOf'] = null): Identity =>
  ({ ...base, kind: 'person', subject: `person:${person.clientId}`, person, onBehalfOf });
const asInstitution = (code: string): Identity => ({ ...base, kind: 'institution', subject: `institution:${code}`, institution: code, roles: ['institution'] });
const asOperator: Identity = { ...base, kind: 'operator', subject: 'operator:ops-1', operator: 'ops-1', roles: ['operator'] };

let gatewayKey: CryptoKey;
let strangerKey: CryptoKey;
let jwks: http.Server;
let jwksUrl: string;
let lad: RunningLadSubgraph;
let statements: string[] = [];
let database: { url: string; drop(): Promise<void> } | undefined;

async function sign(identity: Identity, opts: { audience?: string; issuer?: string; key?: CryptoKey; expiresIn?: number } = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ psg: identity })
    .setProtectedHeader({ alg: 'ES256', kid: 'gateway-1' })
    .setIssuer(opts.issuer ?? ISSUER)
    .setAudience(opts.audience ?? AUDIENCE)
    .setSubject(identity.subject)
    .setIssuedAt(now)
    .setExpirationTime(now + (opts.expiresIn ?? 120))
    .sign(opts.key ?? gatewayKey);
}

interface GraphQLResponse {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function post(query: string, variables: Record<string, unknown>, headers: Record<string, string>, url = lad.url): Promise<GraphQLResponse> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as GraphQLResponse['body'] };
}

const as = async (identity: Identity, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  post(query, variables, { authorization: `Bearer ${await sign(identity)}`, ...headers });

const FARM_QUERY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Client { ladFarm {
  registrationNumber name latestDeclarationYear totalDeclaredHectares
  fields { declarationReference blockNumber fieldNumber areaHectares cropCode cropName cropGroup eligible } } } } }`;
const CASE_QUERY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Case { id ladDeclaredFieldAreas {
  declarationReference blockNumber fieldNumber areaHectares cropCode cropName(language: "en") eligible } } } }`;

const client = (id: string) => ({ __typename: 'Client', id });
const ladCase = (reference: string, institutionCode = 'LAD') => ({ __typename: 'Case', id: randomUUID(), reference, institutionCode });

type Entity = Record<string, unknown> | null;
const entities = (r: GraphQLResponse): Entity[] => {
  expect(r.body.errors).toBeUndefined();
  return r.body.data!._entities as Entity[];
};
const farmOf = async (identity: Identity, clientId: string) => entities(await as(identity, FARM_QUERY, { r: [client(clientId)] }))[0]!.ladFarm as Record<string, unknown> | null;
const areasOf = async (identity: Identity, reference: string, institutionCode = 'LAD') =>
  entities(await as(identity, CASE_QUERY, { r: [ladCase(reference, institutionCode)] }))[0]!.ladDeclaredFieldAreas as Record<string, unknown>[] | null;

/** A fresh database on the TEST_DATABASE_URL server, so `drop` never touches anything else. */
async function createTestDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `psg_lad_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

beforeAll(async () => {
  const gateway = await generateKeyPair('ES256', { extractable: true });
  gatewayKey = gateway.privateKey;
  strangerKey = (await generateKeyPair('ES256')).privateKey;
  const publicJwk = { ...(await exportJWK(gateway.publicKey)), kid: 'gateway-1', alg: 'ES256', use: 'sig' };
  jwks = http.createServer((req, res) => {
    if (req.url !== '/.well-known/jwks.json') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [publicJwk] }));
  });
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(jwks.address() as { port: number }).port}/.well-known/jwks.json`;

  if (process.env.TEST_DATABASE_URL) database = await createTestDatabase(process.env.TEST_DATABASE_URL);
  lad = await startLadSubgraph({
    port: 0, host: '127.0.0.1', databaseUrl: database?.url, gatewayJwksUrl: jwksUrl, seedDemo: true,
    onStatement: (sql) => statements.push(sql),
  });
});

afterAll(async () => {
  await lad?.close();
  await database?.drop();
  await new Promise((resolve) => jwks?.close(resolve));
});

describe('only the gateway gets in', () => {
  const query = '{ _service { sdl } }';

  it('answers 401 UNAUTHENTICATED without a token, before anything runs', async () => {
    statements = [];
    const r = await post(query, {}, {});
    expect(r.status).toBe(401);
    expect(r.body).toEqual({ errors: [{ message: expect.stringContaining('gateway'), extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(statements).toHaveLength(0);
  });

  it('refuses a token the gateway made for another subgraph', async () => {
    const r = await post(query, {}, { authorization: `Bearer ${await sign(asPerson(JANIS), { audience: 'psg-subgraph:clients' })}` });
    expect(r.status).toBe(401);
    expect(r.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token from another issuer, another key, or one that has expired', async () => {
    for (const token of [
      await sign(asPerson(JANIS), { issuer: 'someone-else' }),
      await sign(asPerson(JANIS), { key: strangerKey }),
      await sign(asPerson(JANIS), { expiresIn: -60 }),
      'not-a-jwt',
    ]) {
      const r = await post(query, {}, { authorization: `Bearer ${token}` });
      expect(r.status).toBe(401);
      expect(r.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a token whose identity claim is malformed', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ psg: { kind: 'wizard' } }).setProtectedHeader({ alg: 'ES256', kid: 'gateway-1' })
      .setIssuer(ISSUER).setAudience(AUDIENCE).setIssuedAt(now).setExpirationTime(now + 60).sign(gatewayKey);
    expect((await post(query, {}, { authorization: `Bearer ${token}` })).status).toBe(401);
  });

  it('serves the subgraph SDL and health to the gateway', async () => {
    const r = await as(asInstitution('LAD'), query);
    expect(r.status).toBe(200);
    expect((r.body.data!._service as { sdl: string }).sdl).toContain('ladDeclaredFieldAreas');
    expect((await fetch(lad.url.replace('/graphql', '/healthz'))).status).toBe(200);
    expect(await (await fetch(lad.url.replace('/graphql', '/readyz'))).json()).toEqual({ status: 'ready' });
  });
});

describe('Client.ladFarm', () => {
  it('shows a person their own farm, with the latest declaration', async () => {
    const farm = await farmOf(asPerson(JANIS), JANIS.clientId);
    expect(farm).toMatchObject({ registrationNumber: '104477', name: 'Z/S "Bērzi"', latestDeclarationYear: 2026, totalDeclaredHectares: 13.65 });
    expect((farm!.fields as Record<string, unknown>[]).map((f) => [f.blockNumber, f.fieldNumber, f.cropName])).toEqual([
      ['61234-40511', 1, 'Vasaras mieži'], ['61234-40511', 2, 'Aramzemē sētie zālāji'], ['61240-40515', 1, 'Ābeļu dārzs'],
    ]);
  });

  it('shows the farm of the party a person acts for, and only while they act for it', async () => {
    const acting = asPerson(PETERIS, { clientId: KOKS.clientId, code: KOKS.code, kind: 'company' });
    expect(await farmOf(acting, KOKS.clientId)).toMatchObject({ registrationNumber: '208115', totalDeclaredHectares: 94.45 });
    expect(await farmOf(asPerson(PETERIS), KOKS.clientId)).toBeNull();
  });

  it('gives null to another person, to LAD and to operators (they cannot map a pseudonymous id)', async () => {
    expect(await farmOf(asPerson(ANNA), JANIS.clientId)).toBeNull();
    expect(await farmOf(asInstitution('LAD'), JANIS.clientId)).toBeNull();
    expect(await farmOf(asOperator, JANIS.clientId)).toBeNull();
  });

  it('gives null to a person LAD has no farm for', async () => {
    expect(await farmOf(asPerson(ANNA), ANNA.clientId)).toBeNull();
  });

  it('answers for an earlier year, and BAD_USER_INPUT for an impossible one', async () => {
    const q = `query ($r: [_Any!]!, $y: Int) { _entities(representations: $r) { ... on Client { ladFarm {
      totalDeclaredHectares(year: $y) fields(year: $y) { declarationReference cropCode } } } } }`;
    const r2025 = entities(await as(asPerson(JANIS), q, { r: [client(JANIS.clientId)], y: 2025 }))[0]!.ladFarm as Record<string, unknown>;
    expect(r2025).toEqual({ totalDeclaredHectares: 12.45, fields: [{ declarationReference: 'LAD-VPM-2025-2871', cropCode: '113' }, { declarationReference: 'LAD-VPM-2025-2871', cropCode: '720' }] });
    const r2019 = entities(await as(asPerson(JANIS), q, { r: [client(JANIS.clientId)], y: 2019 }))[0]!.ladFarm;
    expect(r2019).toEqual({ totalDeclaredHectares: 0, fields: [] });
    const bad = await as(asPerson(JANIS), q, { r: [client(JANIS.clientId)], y: 1850 });
    expect(bad.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.body.errors?.[0].message).toContain('2000');
  });
});

describe('Case.ladDeclaredFieldAreas', () => {
  it('is null for cases of other institutions, whoever asks', async () => {
    expect(await areasOf(asInstitution('LAD'), KOKS_REF, 'VID')).toBeNull();
    expect(await areasOf(asPerson(JANIS), JANIS_REF, 'PMLP')).toBeNull();
  });

  it('is visible to LAD, in field order, with crop names in the language asked for', async () => {
    const areas = await areasOf(asInstitution('LAD'), KOKS_REF);
    expect(areas).toEqual([
      { declarationReference: KOKS_REF, blockNumber: '57643-37892', fieldNumber: 1, areaHectares: 48.2, cropCode: '111', cropName: 'Winter wheat', eligible: true },
      { declarationReference: KOKS_REF, blockNumber: '57643-37892', fieldNumber: 2, areaHectares: 12.75, cropCode: '171', cropName: 'Winter oilseed rape', eligible: true },
      { declarationReference: KOKS_REF, blockNumber: '57651-37904', fieldNumber: 1, areaHectares: 30.1, cropCode: '710', cropName: 'Permanent grassland', eligible: true },
      { declarationReference: KOKS_REF, blockNumber: '57651-37904', fieldNumber: 2, areaHectares: 3.4, cropCode: '640', cropName: 'Fallow land', eligible: false },
    ]);
    expect(await areasOf(asInstitution('LAD'), JANIS_REF)).toHaveLength(3);
  });

  it('is visible to the applicant: the person, or the party a person acts for', async () => {
    expect(await areasOf(asPerson(JANIS), JANIS_REF)).toHaveLength(3);
    expect(await areasOf(asPerson(PETERIS, { clientId: KOKS.clientId, code: KOKS.code, kind: 'company' }), KOKS_REF)).toHaveLength(4);
  });

  it('is null to another person, another institution, an operator, and for an unknown reference', async () => {
    expect(await areasOf(asPerson(ANNA), JANIS_REF)).toBeNull();
    expect(await areasOf(asPerson(ANNA), KOKS_REF)).toBeNull();
    expect(await areasOf(asPerson(JANIS), KOKS_REF)).toBeNull();
    expect(await areasOf(asPerson(PETERIS), KOKS_REF)).toBeNull();
    expect(await areasOf(asInstitution('VID'), KOKS_REF)).toBeNull();
    expect(await areasOf(asOperator, KOKS_REF)).toBeNull();
    expect(await areasOf(asInstitution('LAD'), 'LAD-VPM-2026-0000')).toBeNull();
  });

  it('takes the crop language from Accept-Language when no argument is given', async () => {
    const q = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Case { ladDeclaredFieldAreas { cropName } } } }`;
    const en = entities(await as(asInstitution('LAD'), q, { r: [ladCase(KOKS_REF)] }, { 'accept-language': 'en-GB,en;q=0.9' }));
    expect((en[0]!.ladDeclaredFieldAreas as { cropName: string }[])[0].cropName).toBe('Winter wheat');
    const fallback = entities(await as(asInstitution('LAD'), q, { r: [ladCase(KOKS_REF)] }, { 'accept-language': 'de' }));
    expect((fallback[0]!.ladDeclaredFieldAreas as { cropName: string }[])[0].cropName).toBe('Ziemas kvieši');
  });
});

describe('batching: one SQL statement per level of the query', () => {
  it('resolves 20 Client representations with one statement', async () => {
    const identity = asPerson(JANIS);
    const reps = Array.from({ length: 20 }, (_, i) => client(i % 2 ? JANIS.clientId : randomUUID()));
    const q = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Client { ladFarm { registrationNumber } } } }`;
    const token = await sign(identity);
    await post(q, { r: [client(JANIS.clientId)] }, { authorization: `Bearer ${token}` }); // warm the token cache and key set
    statements = [];
    const result = entities(await post(q, { r: reps }, { authorization: `Bearer ${token}` }));
    expect(result.filter((e) => e!.ladFarm !== null)).toHaveLength(10);
    expect(statements).toHaveLength(1);
  });

  it('resolves 20 farms and their fields with one statement per level', async () => {
    const acting = asPerson(PETERIS, { clientId: KOKS.clientId, code: KOKS.code, kind: 'company' });
    const reps = Array.from({ length: 20 }, (_, i) => client(i % 2 ? KOKS.clientId : PETERIS.clientId));
    const q = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Client {
      ladFarm { totalDeclaredHectares fields { blockNumber } older: fields(year: 2025) { blockNumber } } } } }`;
    statements = [];
    const result = entities(await as(acting, q, { r: reps }));
    expect(result.filter((e) => e!.ladFarm !== null)).toHaveLength(10);
    expect(statements).toHaveLength(2); // farms; then the field areas of every (farm, year) asked for
  });

  it('resolves 20 Case representations with one statement', async () => {
    const refs = [KOKS_REF, JANIS_REF, 'LAD-VPM-2025-2871', 'LAD-VPM-2026-0000'];
    const reps = Array.from({ length: 20 }, (_, i) => ladCase(refs[i % refs.length], i === 18 ? 'VID' : 'LAD'));
    statements = [];
    const result = entities(await as(asInstitution('LAD'), CASE_QUERY, { r: reps }));
    expect(result.filter((e) => e!.ladDeclaredFieldAreas !== null)).toHaveLength(14);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toContain('any($1');
  });
});

describe('the demo seed', () => {
  it('is idempotent: starting again over the same database migrates and seeds nothing twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lad-pglite-'));
    // The test database when there is one (already migrated and seeded once by beforeAll), else a PGlite directory.
    const where = database ? { databaseUrl: database.url } : { pgliteDir: dir };
    try {
      for (let start = 0; start < 2; start++) {
        const again = await startLadSubgraph({ port: 0, host: '127.0.0.1', ...where, gatewayJwksUrl: jwksUrl, seedDemo: true });
        try {
          const token = await sign(asInstitution('LAD'));
          const r = await post(CASE_QUERY, { r: [ladCase(KOKS_REF)] }, { authorization: `Bearer ${token}` }, again.url);
          expect(entities(r)[0]!.ladDeclaredFieldAreas).toHaveLength(4);
        } finally {
          await again.close();
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
