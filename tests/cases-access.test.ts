import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, clientIdFor, IdentityVerifier, type Identity } from '@public-service-graph/subgraph-kit/identity';
import { GATEWAY_SERVICE } from '@public-service-graph/subgraph-kit/scopes';
import { createLogger } from '@public-service-graph/subgraph-kit/logger';
import { startSubgraph, type RunningSubgraph } from '@public-service-graph/subgraph-kit/subgraph-server';
import { InternalTokenSigner } from '../gateway/internal-token.ts';
import { casesSubgraph } from '../subgraphs/cases/server.ts';
import { ADD_EVENT, registerCase, testPersonalCode, TIMELINE, UPDATE_STATUS } from './support/cases.ts';
import { DEMO_PEOPLE, errorCodes, startTestGraph, type TestGraph } from './support/platform.ts';

let graph: TestGraph;
const tokens: Record<string, string> = {};
const ACCESS_LOG = '{ me { caseAccessEvents { actorKind actor resource purpose at } } }';

beforeAll(async () => {
  graph = await startTestGraph();
  tokens.pmlp = await graph.token({ institution: 'PMLP' });
  tokens.vid = await graph.token({ institution: 'VID' });
  tokens.operator = await graph.token({ operator: 'ops-1' });
  tokens.janis = await graph.token({ person: DEMO_PEOPLE.janis.personalCode });
  tokens.anna = await graph.token({ person: DEMO_PEOPLE.anna.personalCode });
  tokens.app = await graph.token({ person: DEMO_PEOPLE.janis.personalCode, app: 'startup-app' });
  tokens.appAlone = await graph.token({ application: 'startup-app' });
});
afterAll(() => graph?.stop());

const caseById = (id: string, token?: string, purpose?: string) =>
  graph.gql('query($id: ID!, $purpose: String) { case(id: $id, purpose: $purpose) { id reference } }', { id, purpose }, { token });

describe('a person sees their own cases only', () => {
  it('by id: another person’s case is null, for anonymous and applications too', async () => {
    const annaCase = await registerCase(graph, tokens.pmlp, { personalCode: DEMO_PEOPLE.anna.personalCode });
    expect((await caseById(annaCase.id, tokens.anna)).data.case.id).toBe(annaCase.id);
    for (const token of [tokens.janis, tokens.app, tokens.appAlone, undefined]) {
      const res = await caseById(annaCase.id, token);
      expect(res.errors).toBeUndefined();
      expect(res.data.case).toBeNull();
    }
  });

  it('by list: me.cases holds only the person’s own cases, whatever the filter', async () => {
    const res = await graph.gql('{ me { cases(first: 100, filter: { institutionCode: "PMLP" }) { nodes { reference } } } }', {}, { token: tokens.janis });
    expect(res.data.me.cases.nodes.map((n: { reference: string }) => n.reference).sort()).toEqual(['PMLP-2026/003907', 'PMLP-2026/004211']);
    expect(errorCodes(await graph.gql('{ institutionCases(purpose: "x") { totalCount } }', {}, { token: tokens.janis }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql('{ caseReport(year: 2026) { csv } }', {}, { token: tokens.janis }))).toEqual(['FORBIDDEN']);
  });

  it('filters the person’s cases by status, service, institution and period, newest first, with cursors', async () => {
    const q = 'query($f: CaseFilter, $after: String) { me { cases(first: 1, after: $after, filter: $f) { totalCount pageInfo { hasNextPage endCursor } nodes { reference } } } }';
    const all = await graph.gql(q, {}, { token: tokens.janis });
    expect(all.data.me.cases).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true }, nodes: [{ reference: 'PMLP-2026/004211' }] });
    const next = await graph.gql(q, { after: all.data.me.cases.pageInfo.endCursor }, { token: tokens.janis });
    expect(next.data.me.cases.nodes).toEqual([{ reference: 'PMLP-2026/003907' }]);
    const filtered = async (f: Record<string, unknown>) => (await graph.gql(q, { f }, { token: tokens.janis })).data.me.cases.totalCount;
    expect(await filtered({ statuses: ['COMPLETED'] })).toBe(2);
    expect(await filtered({ serviceCode: 'CSDD-IPASNIEKA-MAINA' })).toBe(1);
    expect(await filtered({ institutionCode: 'CSDD' })).toBe(1);
    expect(await filtered({ submittedFrom: '2026-09-01T00:00:00Z', submittedTo: '2026-11-01T00:00:00Z' })).toBe(1);
  });

  it('applications and institutions may not write as the client, persons may not write as an institution', async () => {
    const input = { idempotencyKey: randomUUID(), reference: 'X-1', serviceCode: 'PMLP-PASE', applicationChannel: 'E_SERVICE', submittedAt: '2026-03-02T09:00:00Z', client: { personalCode: testPersonalCode(1) } };
    const register = 'mutation($input: RegisterCaseInput!) { registerCase(input: $input) { errors { code } } }';
    for (const token of [tokens.janis, tokens.app, tokens.appAlone, tokens.operator, undefined]) expect(errorCodes(await graph.gql(register, { input }, { token }))).toEqual(['FORBIDDEN']);
  });
});

describe('an institution touches its own cases only', () => {
  it('cannot read, change or add to another institution’s case by id; nothing is written', async () => {
    const vidCase = await registerCase(graph, tokens.vid, { serviceCode: 'VID-GID', personalCode: DEMO_PEOPLE.anna.personalCode });
    expect((await caseById(vidCase.id, tokens.pmlp, 'pārbaude')).data.case).toBeNull();
    const update = await graph.gql(UPDATE_STATUS, { input: { caseId: vidCase.id, idempotencyKey: randomUUID(), expectedVersion: 1, status: 'REJECTED' } }, { token: tokens.pmlp });
    expect(errorCodes(update)).toEqual(['NOT_FOUND']);
    const event = await graph.gql(ADD_EVENT, { input: { caseId: vidCase.id, idempotencyKey: randomUUID(), expectedVersion: 1, type: 'MESSAGE', note: [{ language: 'lv', value: 'x' }] } }, { token: tokens.pmlp });
    expect(errorCodes(event)).toEqual(['NOT_FOUND']);
    // A case id that does not exist answers the same, so the error reveals nothing.
    const missing = await graph.gql(UPDATE_STATUS, { input: { caseId: randomUUID(), idempotencyKey: randomUUID(), expectedVersion: 1, status: 'REJECTED' } }, { token: tokens.pmlp });
    expect(missing.errors![0].message.replace(/\S+-\S+-\S+-\S+-\S+/, 'ID')).toBe(update.errors![0].message.replace(/\S+-\S+-\S+-\S+-\S+/, 'ID'));
    const own = await graph.gql(TIMELINE, { id: vidCase.id, purpose: 'pārbaude' }, { token: tokens.vid });
    expect(own.data.case).toMatchObject({ version: 1, status: 'SUBMITTED', timeline: { totalCount: 1 } });
  });

  it('lists its own cases only, and cannot ask for another institution’s', async () => {
    const q = 'query($f: InstitutionCaseFilter) { institutionCases(purpose: "kontrole", first: 100, filter: $f) { totalCount nodes { institutionCode } } }';
    const vidList = await graph.gql(q, {}, { token: tokens.vid });
    expect(vidList.data.institutionCases.totalCount).toBeGreaterThan(0);
    expect(new Set(vidList.data.institutionCases.nodes.map((n: { institutionCode: string }) => n.institutionCode))).toEqual(new Set(['VID']));
    expect(errorCodes(await graph.gql(q, { f: { institutionCode: 'PMLP' } }, { token: tokens.vid }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql(q, { f: { reference: 'PMLP-2026/004211', institutionCode: 'PMLP' } }, { token: tokens.vid }))).toEqual(['FORBIDDEN']);
    expect((await graph.gql(q, { f: { reference: 'PMLP-2026/004211' } }, { token: tokens.vid })).data.institutionCases.totalCount).toBe(0);
    expect(errorCodes(await graph.gql('{ caseReport(year: 2026, institutionCode: "PMLP") { csv } }', {}, { token: tokens.vid }))).toEqual(['FORBIDDEN']);
    // Operators see every institution's.
    const all = await graph.gql(q, { f: { institutionCode: 'PMLP' } }, { token: tokens.operator });
    expect(all.data.institutionCases.nodes.every((n: { institutionCode: string }) => n.institutionCode === 'PMLP')).toBe(true);
  });
});

describe('every read by someone other than the client is in the client’s access log', () => {
  it('needs a purpose from institutions and operators, and records who, what and why', async () => {
    const personalCode = testPersonalCode(13);
    const person = await graph.token({ person: personalCode });
    const created = await registerCase(graph, tokens.pmlp, { personalCode, reference: 'PMLP-2026/777001' });
    expect((await graph.gql(ACCESS_LOG, {}, { token: person })).data.me.caseAccessEvents).toEqual([]);

    expect(errorCodes(await caseById(created.id, tokens.pmlp))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await caseById(created.id, tokens.operator))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await caseById(created.id, tokens.pmlp, '   '))).toEqual(['BAD_USER_INPUT']);
    expect((await caseById(created.id, tokens.pmlp, 'pases izsniegšana')).data.case.id).toBe(created.id);
    expect((await caseById(created.id, tokens.operator, 'atbalsta pieprasījums #12')).data.case.id).toBe(created.id);
    await graph.gql('{ institutionCases(purpose: "termiņu kontrole", filter: { reference: "PMLP-2026/777001" }) { nodes { id } } }', {}, { token: tokens.pmlp });
    // The client's own reads are not logged.
    await caseById(created.id, person);
    await graph.gql('{ me { cases { nodes { id } } } }', {}, { token: person });

    const log = (await graph.gql(ACCESS_LOG, {}, { token: person })).data.me.caseAccessEvents;
    expect(log.map(({ at: _at, ...entry }: { at: string }) => entry)).toEqual([
      { actorKind: 'INSTITUTION', actor: 'PMLP', resource: 'case PMLP-2026/777001', purpose: 'termiņu kontrole' },
      { actorKind: 'OPERATOR', actor: 'ops-1', resource: 'case PMLP-2026/777001', purpose: 'atbalsta pieprasījums #12' },
      { actorKind: 'INSTITUTION', actor: 'PMLP', resource: 'case PMLP-2026/777001', purpose: 'pases izsniegšana' },
    ]);
    // Nobody else reads it: another person sees only their own log.
    const annaLog = (await graph.gql(ACCESS_LOG, {}, { token: tokens.anna })).data.me.caseAccessEvents;
    expect(annaLog.some((e: { resource: string }) => e.resource === 'case PMLP-2026/777001')).toBe(false);
  });

  it('does not need a purpose for a company’s case', async () => {
    const created = await registerCase(graph, tokens.pmlp, { registrationNumber: '40003000001' });
    expect((await caseById(created.id, tokens.pmlp)).data.case.id).toBe(created.id);
  });
});

describe('a person acting for a client (X-Act-For: the gateway fills in onBehalfOf and represent:* scopes)', () => {
  const asLiga = async () => ({ token: await graph.token({ person: DEMO_PEOPLE.liga.personalCode }), headers: { 'x-act-for': DEMO_PEOPLE.emilija.personalCode } });
  let emilijaCase: { id: string };

  beforeAll(async () => {
    const riga = await graph.token({ institution: 'RIGA' });
    emilijaCase = await registerCase(graph, riga, { personalCode: DEMO_PEOPLE.emilija.personalCode, serviceCode: 'RIGA-DZIMSANA', reference: 'RIGA-2026-EM1', status: 'IN_PROGRESS' });
    await graph.gql(UPDATE_STATUS, { input: { caseId: emilijaCase.id, idempotencyKey: randomUUID(), expectedVersion: 1, status: 'COMPLETED' } }, { token: riga });
  });

  it('a parent sees the child’s cases and completed services, rates for the child, and each read is in the child’s log', async () => {
    const acting = await graph.gql('{ actingFor { cases { nodes { id reference } } completedServiceCodes } }', {}, await asLiga());
    expect(acting.errors).toBeUndefined();
    expect(acting.data.actingFor).toEqual({ cases: { nodes: [{ id: emilijaCase.id, reference: 'RIGA-2026-EM1' }] }, completedServiceCodes: ['RIGA-DZIMSANA'] });
    const byId = await graph.gql('query($id: ID!) { case(id: $id) { reference } }', { id: emilijaCase.id }, await asLiga());
    expect(byId.data.case).toEqual({ reference: 'RIGA-2026-EM1' });
    const rated = await graph.gql('mutation($id: ID!) { rateCase(input: { caseId: $id, rating: 5 }) { errors { code } case { feedback { rating } } } }', { id: emilijaCase.id }, await asLiga());
    expect(rated.data.rateCase).toEqual({ errors: [], case: { feedback: { rating: 5 } } });

    const ligaId = clientIdFor(graph.config.CLIENT_ID_SECRET, 'person', DEMO_PEOPLE.liga.personalCode);
    const emilija = await graph.token({ person: DEMO_PEOPLE.emilija.personalCode });
    const log = (await graph.gql(ACCESS_LOG, {}, { token: emilija })).data.me.caseAccessEvents;
    expect(log.map((e: { actorKind: string; actor: string; resource: string }) => [e.actorKind, e.actor, e.resource])).toEqual([
      ['PERSON', ligaId, 'case RIGA-2026-EM1'],
      ['PERSON', ligaId, 'case RIGA-2026-EM1'],
    ]);
    // The parent (PROFILE_READ) reads the child's log too; in the clients subgraph's merged access log the case reads stand beside the profile reads.
    expect((await graph.gql('{ actingFor { caseAccessEvents { actorKind } } }', {}, await asLiga())).data.actingFor.caseAccessEvents).toHaveLength(2);
    const merged = (await graph.gql('{ me { accessLog(first: 100) { nodes { actorKind actor resource } } } }', {}, { token: emilija })).data.me.accessLog.nodes;
    expect(merged.filter((e: { resource: string }) => e.resource === 'case RIGA-2026-EM1')).toHaveLength(2);
    // In the person's access log the representative is a name she recognises, not an opaque id.
    expect(merged.filter((e: { resource: string }) => e.resource === 'case RIGA-2026-EM1').map((e: { actor: string }) => e.actor)).toEqual(['Līga Liepiņa', 'Līga Liepiņa']);
    expect(merged.map((e: { actor: string }) => e.actor)).not.toContain(ligaId);
  });

  it('without X-Act-For, or with a representation that lacks CASES_READ, the party’s cases stay hidden', async () => {
    const liga = await graph.token({ person: DEMO_PEOPLE.liga.personalCode });
    expect((await graph.gql('query($id: ID!) { case(id: $id) { reference } }', { id: emilijaCase.id }, { token: liga })).data.case).toBeNull();
    // Mārtiņš lets Anna read his profile only.
    const martins = await graph.token({ person: DEMO_PEOPLE.martins.personalCode });
    const grant = await graph.gql('mutation($input: GrantPowerOfAttorneyInput!) { grantPowerOfAttorney(input: $input) { representation { id } errors { code } } }', { input: { attorneyPersonalCode: DEMO_PEOPLE.anna.personalCode, scopes: ['PROFILE_READ'] } }, { token: martins });
    expect(grant.errors).toBeUndefined();
    expect(grant.data.grantPowerOfAttorney.errors).toEqual([]);
    const accepted = await graph.gql('mutation($id: ID!) { acceptPowerOfAttorney(id: $id) { errors { code } } }', { id: grant.data.grantPowerOfAttorney.representation.id }, { token: tokens.anna });
    expect(accepted.data.acceptPowerOfAttorney.errors).toEqual([]);
    const actingForMartins = { token: tokens.anna, headers: { 'x-act-for': DEMO_PEOPLE.martins.personalCode } };
    expect(errorCodes(await graph.gql('{ actingFor { cases { totalCount } } }', {}, actingForMartins))).toEqual(['FORBIDDEN']);
    expect((await graph.gql('{ actingFor { completedServiceCodes } }', {}, actingForMartins)).data.actingFor.completedServiceCodes).toEqual([]);
  });
});

describe('an application with the person’s consent (consent:cases:read from the clients subgraph)', () => {
  const GRANT = 'mutation($input: GrantConsentInput!) { grantConsent(input: $input) { consent { id } errors { code } } }';

  it('reads the person’s cases while the consent holds, is logged, never writes, and stops at revocation', async () => {
    const annaCase = await registerCase(graph, tokens.pmlp, { personalCode: DEMO_PEOPLE.anna.personalCode, reference: 'PMLP-2026/777900' });
    const app = await graph.token({ person: DEMO_PEOPLE.anna.personalCode, app: 'case-tracker' });
    expect((await caseById(annaCase.id, app)).data.case).toBeNull();

    const granted = await graph.gql(GRANT, { input: { recipient: { kind: 'APPLICATION', id: 'case-tracker' }, purpose: 'Sekot maniem pieteikumiem', scopes: ['CASES_READ'] } }, { token: tokens.anna });
    expect(granted.data.grantConsent.errors).toEqual([]);
    const mine = await graph.gql('{ me { cases(first: 100) { nodes { id } } } }', {}, { token: app });
    expect(mine.errors).toBeUndefined();
    expect(mine.data.me.cases.nodes.map((n: { id: string }) => n.id)).toContain(annaCase.id);
    expect((await caseById(annaCase.id, app)).data.case.id).toBe(annaCase.id);
    const janisCase = (await graph.gql('{ me { cases(first: 1) { nodes { id } } } }', {}, { token: tokens.janis })).data.me.cases.nodes[0];
    expect((await caseById(janisCase.id, app)).data.case).toBeNull();
    const rate = await graph.gql('mutation($id: ID!) { rateCase(input: { caseId: $id, rating: 1 }) { errors { code } } }', { id: annaCase.id }, { token: app });
    expect(errorCodes(rate)).toEqual(['FORBIDDEN']);

    const log = (await graph.gql(ACCESS_LOG, {}, { token: tokens.anna })).data.me.caseAccessEvents;
    expect(log.filter((e: { actorKind: string; actor: string }) => e.actorKind === 'APPLICATION' && e.actor === 'case-tracker').length).toBeGreaterThanOrEqual(2);
    // Institution and application reads of the case stand in the person's one access log (clients subgraph, merged).
    await caseById(annaCase.id, tokens.pmlp, 'pases izsniegšana');
    const merged = (await graph.gql('{ me { accessLog(first: 100) { nodes { actorKind actor resource purpose } } } }', {}, { token: tokens.anna })).data.me.accessLog.nodes;
    const caseReads = merged.filter((e: { resource: string }) => e.resource === 'case PMLP-2026/777900').map((e: { actorKind: string; actor: string }) => `${e.actorKind} ${e.actor}`);
    expect(new Set(caseReads)).toEqual(new Set(['INSTITUTION PMLP', 'APPLICATION case-tracker']));
    // Why the application read it: the purpose of the consent Anna gave it.
    const appReads = merged.filter((e: { actorKind: string; resource: string }) => e.actorKind === 'APPLICATION' && e.resource === 'case PMLP-2026/777900');
    expect(new Set(appReads.map((e: { purpose: string | null }) => e.purpose))).toEqual(new Set(['consent: Sekot maniem pieteikumiem']));

    await graph.gql('mutation($id: ID!) { revokeConsent(id: $id) { errors { code } } }', { id: granted.data.grantConsent.consent.id }, { token: tokens.anna });
    expect((await caseById(annaCase.id, app)).data.case).toBeNull();
  });
});

describe('operators and institutions reaching a client’s cases through the client lookup', () => {
  const q = 'query($p: String) { client(personalCode: "150385-12346", purpose: "atbalsta pieprasījums") { cases(purpose: $p) { totalCount } } }';
  it('an operator lists them with a purpose; an institution may not (it has institutionCases for its own)', async () => {
    expect(errorCodes(await graph.gql(q, {}, { token: tokens.operator }))).toEqual(['BAD_USER_INPUT']);
    expect((await graph.gql(q, { p: 'atbalsta pieprasījums' }, { token: tokens.operator })).data.client.cases.totalCount).toBe(3);
    expect(errorCodes(await graph.gql(q, { p: 'x' }, { token: tokens.pmlp }))).toEqual(['FORBIDDEN']);
  });
});

describe('at the cases subgraph itself', () => {
  // The gateway only ever asks for Client and Service entities; these check the other doors of the subgraph.
  let subgraph: RunningSubgraph;
  let signer: InternalTokenSigner;
  const direct = async (query: string, who: Identity, variables: Record<string, unknown> = {}) => {
    const res = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await signer.sign(who, 'cases')}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
  };

  beforeAll(async () => {
    signer = await InternalTokenSigner.create();
    subgraph = await startSubgraph(
      casesSubgraph,
      { database: graph.platform.databases.get('cases')!, verifier: new IdentityVerifier(signer.jwks), log: createLogger('silent'), clientIdSecret: graph.config.CLIENT_ID_SECRET },
      { port: 0, host: '127.0.0.1' },
    );
  });
  afterAll(() => subgraph?.close());

  it('entity references to a case answer its client side only', async () => {
    const janis: Identity = { ...ANONYMOUS, kind: 'person', subject: 'person:j', person: { clientId: clientIdFor(graph.config.CLIENT_ID_SECRET, 'person', DEMO_PEOPLE.janis.personalCode), personalCode: DEMO_PEOPLE.janis.personalCode } };
    const [janisCase] = (await graph.gql('{ me { cases(first: 1) { nodes { id } } } }', {}, { token: tokens.janis })).data.me.cases.nodes;
    const q = 'query($id: ID!) { _entities(representations: [{ __typename: "Case", id: $id }]) { ... on Case { reference } } }';
    expect((await direct(q, janis, { id: janisCase.id })).data._entities[0]).not.toBeNull();
    const institution: Identity = { ...ANONYMOUS, kind: 'institution', subject: 'institution:PMLP', institution: 'PMLP' };
    expect((await direct(q, institution, { id: janisCase.id })).data._entities[0]).toBeNull();
  });

  it('the gateway’s own service identity is no operator here', async () => {
    const [janisCase] = (await graph.gql('{ me { cases(first: 1) { nodes { id } } } }', {}, { token: tokens.janis })).data.me.cases.nodes;
    expect((await direct('query($id: ID!) { case(id: $id, purpose: "x") { id } }', GATEWAY_SERVICE, { id: janisCase.id })).data.case).toBeNull();
    expect((await direct('{ institutionCases(purpose: "x") { totalCount } }', GATEWAY_SERVICE)).errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
