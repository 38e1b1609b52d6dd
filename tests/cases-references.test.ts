// A case references a service the catalogue owns: checked at write time against the cases subgraph's projection
// of the catalogue's changes feed; a reference that goes stale later costs only `Case.service`.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceReferences } from '../subgraphs/cases/db/tables.ts';
import { testPersonalCode } from './support/cases.ts';
import { DEMO_PEOPLE, errorCodes, startTestGraph, type TestGraph } from './support/platform.ts';

let graph: TestGraph;
let pmlp: string, vsaa: string, riga: string, operator: string, janis: string, person: string;
beforeAll(async () => {
  // A write syncs the projection only when it is older than an hour or before a refusal: every sync in this file is
  // one the tests cause, so what they see is the rule, not timing.
  graph = await startTestGraph({ SERVICE_PROJECTION_MAX_AGE_MS: '3600000' });
  [pmlp, vsaa, riga, operator, janis, person] = await Promise.all([
    graph.token({ institution: 'PMLP' }),
    graph.token({ institution: 'VSAA' }),
    graph.token({ institution: 'RIGA' }),
    graph.token({ operator: 'ops' }),
    graph.token({ person: DEMO_PEOPLE.janis.personalCode }),
    graph.token({ person: DEMO_PEOPLE.anna.personalCode }),
  ]);
}, 180_000);
afterAll(() => graph?.stop());

const REGISTER = `mutation($input: RegisterCaseInput!) { registerCase(input: $input) {
  case { id serviceCode }
  errors { __typename code message ... on RegisterCaseServiceNotAvailable { serviceCode reason } } } }`;
const DELIVER = `mutation($input: RecordServiceDeliveriesInput!) { recordServiceDeliveries(input: $input) {
  recorded alreadyRecorded errors { __typename code message ... on RecordServiceDeliveriesServiceNotAvailable { index serviceCode reason } } } }`;
const NAME = `mutation($input: NamedServiceProviderInput!) { nameServiceProvider(input: $input) {
  service { code version namedProviders { code } } errors { __typename code message } } }`;
const REMOVE = `mutation($input: NamedServiceProviderInput!) { removeServiceProvider(input: $input) {
  service { code version namedProviders { code } } errors { __typename code message } } }`;
const FRESHNESS = '{ serviceProjection { syncedAt lastChangeAt services maxAgeSeconds } }';
const SYNC = 'mutation { syncServiceProjection { syncedAt lastChangeAt services } }';
const STATS = 'query($code: String!) { service(code: $code) { caseStatistics(from: "2020-01-01T00:00:00Z", to: "2030-01-01T00:00:00Z") { total } } }';
const BY_REFERENCE = 'query($ref: String!) { institutionCases(purpose: "test", filter: { reference: $ref }) { totalCount } }';

const lv = (value: string) => [{ language: 'lv', value }];
const publishable = {
  description: lv('Apliecība, ko izsniedz pēc pieprasījuma.'),
  processingTime: 'P5D',
  legalBasis: [{ title: lv('Pilsonības likums'), article: '2. pants' }],
  channels: [{ channelCode: 'PMLP-E-PAKALPOJUMI' }],
};

async function ok(query: string, variables: Record<string, unknown>, token?: string) {
  const res = await graph.gql(query, variables, { token });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data;
}

const caseInput = (serviceCode: string, reference = `R-${randomUUID().slice(0, 8)}`, personalCode = testPersonalCode(3)) => ({
  idempotencyKey: randomUUID(), reference, serviceCode, client: { personalCode }, applicationChannel: 'E_SERVICE', submittedAt: '2026-03-02T09:00:00Z',
});
const register = async (token: string, serviceCode: string, personalCode?: string) => (await ok(REGISTER, { input: caseInput(serviceCode, undefined, personalCode) }, token)).registerCase;
const total = async (code: string) => (await ok(STATS, { code })).service.caseStatistics.total as number;

/** Registers a case that must be refused; checks nothing was stored and the statistics did not move. */
async function refused(token: string, serviceCode: string) {
  const before = serviceCode.startsWith('NO-') ? 0 : await total(serviceCode).catch(() => 0);
  const input = caseInput(serviceCode);
  const payload = (await ok(REGISTER, { input }, token)).registerCase;
  expect(payload.case).toBeNull();
  expect((await ok(BY_REFERENCE, { ref: input.reference }, token)).institutionCases.totalCount).toBe(0);
  if (!serviceCode.startsWith('NO-') && !serviceCode.endsWith('-DRAFT')) expect(await total(serviceCode)).toBe(before);
  return payload.errors;
}
const notAvailable = (serviceCode: string, reason: string) => [expect.objectContaining({ __typename: 'RegisterCaseServiceNotAvailable', code: 'SERVICE_NOT_AVAILABLE', serviceCode, reason })];

describe('registerCase accepts only a published service of its holder or a named provider', () => {
  it('refuses an unknown code, a draft and another holder’s service with a typed error; nothing stored, statistics unchanged', async () => {
    expect(await refused(pmlp, 'NO-SUCH-SERVICE')).toEqual(notAvailable('NO-SUCH-SERVICE', 'UNKNOWN'));
    expect((await ok('mutation($input: ServiceInput!) { createService(input: $input) { errors { code } } }', { input: { code: 'PMLP-REF-DRAFT', name: lv('Melnraksts') } }, pmlp)).createService.errors).toEqual([]);
    // The catalogue's feed shows no drafts: to the cases subgraph a draft is a code the catalogue has not published.
    expect(await refused(pmlp, 'PMLP-REF-DRAFT')).toEqual(notAvailable('PMLP-REF-DRAFT', 'UNKNOWN'));
    expect(await refused(pmlp, 'VSAA-GVB')).toEqual(notAvailable('VSAA-GVB', 'NOT_PROVIDER'));
    expect((await refused(pmlp, 'VSAA-GVB'))[0].message).toContain('VSAA');
  });

  it('accepts the holder, and a provider the holder named (Riga’s client service centres for the old-age pension)', async () => {
    expect((await register(pmlp, 'PMLP-PASE')).errors).toEqual([]);
    const before = await total('VSAA-VECUMA-PENSIJA');
    const byRiga = await register(riga, 'VSAA-VECUMA-PENSIJA');
    expect(byRiga).toMatchObject({ errors: [], case: { serviceCode: 'VSAA-VECUMA-PENSIJA' } });
    expect(await total('VSAA-VECUMA-PENSIJA')).toBe(before + 1);
  });

  it('accepts a service published a moment ago, and a provider named a moment ago; a removed one is refused again', async () => {
    const code = `PMLP-REF-${randomUUID().slice(0, 6).toUpperCase()}`;
    await ok('mutation($input: ServiceInput!) { createService(input: $input) { errors { code } } }', { input: { code, name: lv('Jauns pakalpojums'), ...publishable } }, pmlp);
    expect((await ok('mutation($code: String!) { publishService(code: $code) { errors { code } } }', { code }, pmlp)).publishService.errors).toEqual([]);
    expect((await register(pmlp, code)).errors).toEqual([]);

    expect(await refused(riga, code)).toEqual(notAvailable(code, 'NOT_PROVIDER'));
    const named = (await ok(NAME, { input: { serviceCode: code, institutionCode: 'RIGA' } }, pmlp)).nameServiceProvider;
    expect(named).toMatchObject({ errors: [], service: { namedProviders: [{ code: 'RIGA' }] } });
    expect((await register(riga, code)).errors).toEqual([]);

    expect((await ok(REMOVE, { input: { serviceCode: code, institutionCode: 'RIGA' } }, pmlp)).removeServiceProvider.errors).toEqual([]);
    await ok(SYNC, {}, operator); // acceptances may rest on a projection up to its max age old; a sync makes it now
    expect(await refused(riga, code)).toEqual(notAvailable(code, 'NOT_PROVIDER'));
  });
});

describe('a service archived after its cases were registered', () => {
  it('is refused for new cases, and resolves to null with NOT_FOUND on its path while me { cases } still answers', async () => {
    const code = `PMLP-ARCH-${randomUUID().slice(0, 6).toUpperCase()}`;
    await ok('mutation($input: ServiceInput!) { createService(input: $input) { errors { code } } }', { input: { code, name: lv('Drīz arhivēts'), ...publishable } }, pmlp);
    await ok('mutation($code: String!) { publishService(code: $code) { errors { code } } }', { code }, pmlp);
    expect((await register(pmlp, code, DEMO_PEOPLE.janis.personalCode)).errors).toEqual([]);
    expect((await ok('mutation($code: String!) { archiveService(code: $code) { errors { code } } }', { code }, pmlp)).archiveService.errors).toEqual([]);

    // The projection hears of it from the bus (below) or a sync (at a write once it is older than its max age, here
    // an hour; or now, by an operator).
    await ok(SYNC, {}, operator);
    expect(await refused(pmlp, code)).toEqual(notAvailable(code, 'ARCHIVED'));
    const res = await graph.gql('{ me { displayName cases(first: 50) { totalCount nodes { serviceCode service { code } } } } }', {}, { token: janis });
    expect(res.data.me.displayName).toBeTruthy();
    const nodes = res.data.me.cases.nodes as { serviceCode: string; service: { code: string } | null }[];
    expect(nodes.find((n) => n.serviceCode === code)).toEqual({ serviceCode: code, service: null });
    expect(nodes.find((n) => n.serviceCode === 'PMLP-PASE')?.service).toEqual({ code: 'PMLP-PASE' });
    const i = nodes.findIndex((n) => n.serviceCode === code);
    expect(res.errors).toEqual([expect.objectContaining({ path: ['me', 'cases', 'nodes', i, 'service'], extensions: expect.objectContaining({ code: 'NOT_FOUND', reason: 'ARCHIVED', serviceCode: code }) })]);
  });
});

describe('the projection fed by the catalogue’s events', () => {
  it('an archive reaches the projection through the bus: refused at once, with no pull in between', async () => {
    const code = `PMLP-BUS-${randomUUID().slice(0, 6).toUpperCase()}`;
    await ok('mutation($input: ServiceInput!) { createService(input: $input) { errors { code } } }', { input: { code, name: lv('Arhivēts pa kopni'), ...publishable } }, pmlp);
    await ok('mutation($code: String!) { publishService(code: $code) { errors { code } } }', { code }, pmlp);
    expect((await register(pmlp, code)).errors).toEqual([]);
    const syncedBefore = (await ok(FRESHNESS, {}, operator)).serviceProjection.syncedAt;
    expect((await ok('mutation($code: String!) { archiveService(code: $code) { errors { code } } }', { code }, pmlp)).archiveService.errors).toEqual([]);

    const db = graph.platform.databases.get('cases')!.db;
    const status = async () => (await db.select({ status: serviceReferences.status }).from(serviceReferences).where(eq(serviceReferences.code, code)))[0]?.status;
    for (let i = 0; i < 100 && (await status()) !== 'ARCHIVED'; i++) {
      await graph.platform.events.drain();
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await status()).toBe('ARCHIVED');
    // No pull happened: the projection's last sync is the one before the archive (its max age here is an hour).
    expect((await ok(FRESHNESS, {}, operator)).serviceProjection.syncedAt).toBe(syncedBefore);
    expect(await refused(pmlp, code)).toEqual(notAvailable(code, 'ARCHIVED'));
  });
});

describe('recordServiceDeliveries', () => {
  const delivery = (serviceCode: string) => ({ reference: `D-${randomUUID().slice(0, 8)}`, serviceCode, client: { personalCode: testPersonalCode(4) }, channel: 'IN_PERSON', deliveredAt: '2026-03-02T09:00:00Z' });

  it('writes nothing when one delivery’s service is not available, naming each such item', async () => {
    const before = await total('PMLP-PASE');
    const deliveries = [delivery('PMLP-PASE'), delivery('VSAA-GVB'), delivery('NO-SUCH-SERVICE')];
    const payload = (await ok(DELIVER, { input: { idempotencyKey: randomUUID(), deliveries } }, pmlp)).recordServiceDeliveries;
    expect(payload).toMatchObject({ recorded: 0, alreadyRecorded: [] });
    expect(payload.errors).toEqual([
      expect.objectContaining({ __typename: 'RecordServiceDeliveriesServiceNotAvailable', code: 'SERVICE_NOT_AVAILABLE', index: 1, serviceCode: 'VSAA-GVB', reason: 'NOT_PROVIDER' }),
      expect.objectContaining({ index: 2, serviceCode: 'NO-SUCH-SERVICE', reason: 'UNKNOWN' }),
    ]);
    expect((await ok(BY_REFERENCE, { ref: deliveries[0].reference }, pmlp)).institutionCases.totalCount).toBe(0);
    expect(await total('PMLP-PASE')).toBe(before);
  });

  it('records a holder’s and a named provider’s deliveries', async () => {
    const mine = (await ok(DELIVER, { input: { idempotencyKey: randomUUID(), deliveries: [delivery('PMLP-PASE')] } }, pmlp)).recordServiceDeliveries;
    expect(mine).toEqual({ recorded: 1, alreadyRecorded: [], errors: [] });
    const rigas = (await ok(DELIVER, { input: { idempotencyKey: randomUUID(), deliveries: [delivery('VID-GID'), delivery('PMLP-DZIVESVIETA')] } }, riga)).recordServiceDeliveries;
    expect(rigas).toEqual({ recorded: 2, alreadyRecorded: [], errors: [] });
  });
});

describe('naming providers', () => {
  const input = { serviceCode: 'VSAA-GVB', institutionCode: 'PMLP' };

  it('is for the holder and operators; others are refused and nothing changes', async () => {
    expect(errorCodes(await graph.gql(NAME, { input }, { token: pmlp }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql(NAME, { input }, { token: person }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql(NAME, { input }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await graph.gql(REMOVE, { input: { serviceCode: 'VSAA-VECUMA-PENSIJA', institutionCode: 'RIGA' } }, { token: riga }))).toEqual(['FORBIDDEN']);
    expect((await ok('{ service(code: "VSAA-GVB") { namedProviders { code } } }', {})).service.namedProviders).toEqual([]);

    const byOperator = (await ok(NAME, { input }, operator)).nameServiceProvider;
    expect(byOperator).toMatchObject({ errors: [], service: { namedProviders: [{ code: 'PMLP' }] } });
    const again = (await ok(NAME, { input }, vsaa)).nameServiceProvider;
    expect(again.service.version).toBe(byOperator.service.version); // already named: nothing changes
    expect((await ok(REMOVE, { input }, vsaa)).removeServiceProvider).toMatchObject({ errors: [], service: { namedProviders: [] } });
  });

  it('gives typed errors for an unknown institution, the holder itself, and one not named', async () => {
    expect((await ok(NAME, { input: { serviceCode: 'VSAA-GVB', institutionCode: 'NOPE' } }, vsaa)).nameServiceProvider)
      .toMatchObject({ service: null, errors: [{ __typename: 'NameServiceProviderUnknownInstitution', code: 'BAD_USER_INPUT' }] });
    expect((await ok(NAME, { input: { serviceCode: 'VSAA-GVB', institutionCode: 'VSAA' } }, vsaa)).nameServiceProvider)
      .toMatchObject({ service: null, errors: [{ __typename: 'NameServiceProviderIsHolder', code: 'BAD_USER_INPUT' }] });
    expect((await ok(REMOVE, { input: { serviceCode: 'VSAA-GVB', institutionCode: 'RIGA' } }, vsaa)).removeServiceProvider)
      .toMatchObject({ service: null, errors: [{ __typename: 'RemoveServiceProviderNotNamed', code: 'NOT_FOUND' }] });
    expect(errorCodes(await graph.gql(NAME, { input: { serviceCode: 'NO-SUCH-SERVICE', institutionCode: 'RIGA' } }, { token: operator }))).toEqual(['NOT_FOUND']);
  });

  it('shows in the catalogue’s changes feed as a new version', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    await ok(NAME, { input: { serviceCode: 'VSAA-SLIMIBAS-PABALSTS', institutionCode: 'RIGA' } }, vsaa);
    const feed = (await ok('query($s: DateTime!) { serviceChanges(modifiedSince: $s, first: 100) { nodes { code namedProviders { code } } } }', { s: since })).serviceChanges.nodes;
    expect(feed).toContainEqual({ code: 'VSAA-SLIMIBAS-PABALSTS', namedProviders: [{ code: 'RIGA' }] });
    const history = (await ok('{ service(code: "VSAA-SLIMIBAS-PABALSTS") { internal { history(first: 1) { nodes { change changedFields changedBy } } } } }', {}, vsaa)).service.internal.history.nodes;
    expect(history).toEqual([{ change: 'UPDATED', changedFields: ['namedProviders'], changedBy: 'institution:VSAA' }]);
  });
});

describe('the projection’s freshness', () => {
  it('operators read it and sync it; others may not', async () => {
    const fresh = (await ok(FRESHNESS, {}, operator)).serviceProjection;
    expect(fresh.services).toBeGreaterThan(80);
    expect(fresh.maxAgeSeconds).toBe(3600);
    expect(Date.parse(fresh.syncedAt)).toBeGreaterThan(Date.now() - 600_000);
    const synced = (await ok(SYNC, {}, operator)).syncServiceProjection;
    expect(Date.parse(synced.syncedAt)).toBeGreaterThanOrEqual(Date.parse(fresh.syncedAt));
    expect(Date.parse(synced.lastChangeAt)).toBeGreaterThan(0);
    for (const token of [pmlp, person]) {
      expect(errorCodes(await graph.gql(FRESHNESS, {}, { token }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await graph.gql(SYNC, {}, { token }))).toEqual(['FORBIDDEN']);
    }
  });
});
