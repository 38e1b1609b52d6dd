import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type Identity } from '@public-service-graph/subgraph-kit/identity';
import { createLogger } from '@public-service-graph/subgraph-kit/logger';
import { servicesSubgraph } from '../../subgraphs/services/server.ts';
import { DEMO_PEOPLE, errorCodes, startTestGraph, type TestGraph } from '../support/platform.ts';

let graph: TestGraph;
let tokens: Record<'pmlp' | 'vid' | 'operator' | 'person' | 'app', string>;
// Starting the whole graph and its demo catalogue on PGlite can take longer than the default hook limit when the
// machine's two cores are shared with other suites running in parallel.
beforeAll(async () => {
  graph = await startTestGraph();
  tokens = {
    pmlp: await graph.token({ institution: 'PMLP' }),
    vid: await graph.token({ institution: 'VID' }),
    operator: await graph.token({ operator: 'ops' }),
    person: await graph.token({ person: DEMO_PEOPLE.janis.personalCode }),
    app: await graph.token({ application: 'catalogue-mirror' }),
  };
}, 180_000);
afterAll(() => graph?.stop());

type Node = { code: string };
const codes = (nodes: Node[]) => nodes.map((n) => n.code);

async function ok<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T> {
  const res = await graph.gql<T>(query, variables, { token });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

describe('a service card', () => {
  const CARD = `query($code: String) { service(code: $code) {
    id code name(language: "en") alternativeNames keywords(language: "en") summary description(language: "lv") instructions
    kind basis audiences isKeyService maturityLevel lifecyclePhase status version modifiedAt validFrom validTo
    holder { code name(language: "en") parent { code } }
    providers { role institution { code } name delivers }
    channels { channel { __typename code type name
      ... on EServiceChannel { url authenticationLevel signatureRequired }
      ... on ServiceLocation { municipality coordinates { latitude longitude } address { city postalCode } isClientServiceCentre } } }
    costs { amount currency channelType description(language: "en") exemptions } isFree
    processingTime processingDaysAreWorkingDays processingTimeLimit
    requirements { description } evidence { name(language: "en") obtainedByInstitution sourceRegister } outputs { type name }
    legalBasis { title(language: "en") article url } authenticationLevel executionType
    importance { targetGroupSize needImportance contribution level }
    relatedServices { code } requiredServices { code } thematicAreas
    redress { howToAppeal appealDeadline silence }
    internal { unitCost }
  } }`;

  it('carries the whole CPSV-AP description of a service', async () => {
    const { service } = await ok(CARD, { code: 'PMLP-PASE' });
    expect(service).toMatchObject({
      code: 'PMLP-PASE', name: 'Issuing a passport', kind: 'PUBLIC_INDIVIDUAL_BENEFIT', basis: 'STATE_MANDATED', audiences: ['PERSON'],
      isKeyService: true, status: 'PUBLISHED', processingTime: 'P10D', processingDaysAreWorkingDays: true, executionType: 'FRONT_OFFICE',
      holder: { code: 'PMLP', name: 'Office of Citizenship and Migration Affairs', parent: { code: 'IEM' } },
      importance: { targetGroupSize: 4, needImportance: 3, contribution: 4, level: 4 }, relatedServices: [{ code: 'PMLP-EID' }],
      thematicAreas: ['IDENTITY_DOCUMENTS'], isFree: false, redress: { silence: 'NOT_APPLICABLE', appealDeadline: 'P1M' },
    });
    expect(service.alternativeNames).toContain('Ceļošanas dokuments');
    expect(service.keywords).toContain('passport');
    expect(service.costs[0]).toMatchObject({ amount: 30, currency: 'EUR', description: 'State fee, issued within 10 working days' });
    expect(service.providers[0]).toMatchObject({ role: 'HOLDER', institution: { code: 'PMLP' }, name: 'Pilsonības un migrācijas lietu pārvalde' });
    expect(service.outputs).toEqual([{ type: 'DOCUMENT', name: 'Pase' }]);
    expect(service.legalBasis[0]).toMatchObject({ title: 'Law on Personal Identification Documents', article: '5. pants', url: null });
    // Once-only: the Population Register data is obtained by the institution, the identity document is shown by the client.
    expect(service.evidence).toEqual([
      { name: 'Identity document', obtainedByInstitution: false, sourceRegister: null },
      { name: 'Personal data', obtainedByInstitution: true, sourceRegister: 'Iedzīvotāju reģistrs' },
    ]);
    const location = service.channels.find((c: any) => c.channel.code === 'PMLP-RIGA-CIEKURKALNS').channel;
    expect(location).toMatchObject({ __typename: 'ServiceLocation', type: 'SERVICE_LOCATION', municipality: 'Rīga', address: { city: 'Rīga', postalCode: 'LV-1026' }, isClientServiceCentre: false });
    const online = service.channels.find((c: any) => c.channel.type === 'E_SERVICE').channel;
    expect(online).toMatchObject({ __typename: 'EServiceChannel', url: 'https://www.latvija.lv', authenticationLevel: 'HIGH' });
    // The internal view is not for the public, and asking for it breaks nothing.
    expect(service.internal).toBeNull();
  });

  it('is the same by id as by code, and null for a code nobody has', async () => {
    const { service } = await ok('{ service(code: "VSAA-SLIMIBAS-PABALSTS") { id code } }');
    expect((await ok('query($id: ID) { service(id: $id) { code } }', { id: service.id })).service.code).toBe('VSAA-SLIMIBAS-PABALSTS');
    expect((await ok('{ service(code: "NO-SUCH-SERVICE") { code } }')).service).toBeNull();
  });

  it('gives costs per channel and what is free', async () => {
    const { service } = await ok('{ service(code: "IEMIC-SODAMIBA") { isFree costs { amount channelType } } }');
    expect(service).toEqual({ isFree: false, costs: [{ amount: 4.27, channelType: 'E_SERVICE' }, { amount: 7.11, channelType: 'SERVICE_LOCATION' }] });
    expect((await ok('{ service(code: "PMLP-DZIVESVIETA") { isFree costs { amount } } }')).service).toEqual({ isFree: true, costs: [] });
  });

  it('narrows the channels to one type', async () => {
    const { service } = await ok('{ service(code: "VSAA-VECUMA-PENSIJA") { channels(type: SERVICE_LOCATION) { channel { type ... on ServiceLocation { isClientServiceCentre } } } } }');
    expect(service.channels.length).toBeGreaterThanOrEqual(21);
    expect(service.channels.every((c: any) => c.channel.type === 'SERVICE_LOCATION')).toBe(true);
    expect(service.channels.filter((c: any) => c.channel.isClientServiceCentre).length).toBeGreaterThanOrEqual(20);
  });
});

describe('the internal view', () => {
  const Q = '{ service(code: "PMLP-PASE") { internal { manager { name } unitCost indicators { name value period } sourceId history { totalCount nodes { version change changedBy } } } holder { portfolioManager { name } } } }';

  it('is null for the public, persons, applications and other institutions, without an error', async () => {
    for (const token of [undefined, tokens.person, tokens.app, tokens.vid]) {
      const { service } = await ok(Q, {}, token);
      expect(service.internal).toBeNull();
      expect(service.holder.portfolioManager).toBeNull();
    }
  });

  it('is there for the holder institution and for operators', async () => {
    for (const token of [tokens.pmlp, tokens.operator]) {
      const { service } = await ok(Q, {}, token);
      expect(service.internal).toMatchObject({ manager: { name: 'Inga Bērziņa (demo)' }, unitCost: 21.4, sourceId: 'demo:PMLP-PASE', indicators: [{ name: 'Pieteikumu skaits', value: 118000, period: '2025' }] });
      expect(service.internal.history.nodes[0]).toMatchObject({ version: 1, change: 'CREATED', changedBy: 'system:demo-seed' });
    }
  });
});

describe('the catalogue list', () => {
  const LIST = `query($filter: ServiceFilter, $first: Int, $after: String) { services(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { code holder { code } audiences kind isKeyService thematicAreas channels { channel { type ... on ServiceLocation { municipality } } } } } }`;
  const list = async (filter: Record<string, unknown>, first = 100) => (await ok(LIST, { filter, first })).services;

  it('holds at least 80 published services of at least 15 institutions', async () => {
    const all = await list({});
    expect(all.totalCount).toBeGreaterThanOrEqual(80);
    expect(new Set(all.nodes.map((n: any) => n.holder.code)).size).toBeGreaterThanOrEqual(15);
  });

  it('filters by holder, audience, kind, key service and thematic area', async () => {
    const vsaa = await list({ holderCode: 'VSAA' });
    expect(vsaa.nodes.every((n: any) => n.holder.code === 'VSAA')).toBe(true);
    expect(codes(vsaa.nodes)).toContain('VSAA-APGADNIEKA-PENSIJA');
    const business = await list({ audience: 'BUSINESS' });
    expect(business.nodes.every((n: any) => n.audiences.includes('BUSINESS'))).toBe(true);
    expect(codes(business.nodes)).toContain('UR-LIKVIDACIJA');
    const regulated = await list({ kind: 'REGULATED' });
    expect(regulated.nodes.every((n: any) => n.kind === 'REGULATED')).toBe(true);
    expect(codes(regulated.nodes)).toContain('UR-SIA');
    const key = await list({ keyService: true });
    expect(key.nodes.every((n: any) => n.isKeyService)).toBe(true);
    expect(key.totalCount + (await list({ keyService: false })).totalCount).toBe((await list({})).totalCount);
    const education = await list({ thematicArea: 'EDUCATION' });
    expect(education.nodes.every((n: any) => n.thematicAreas.includes('EDUCATION'))).toBe(true);
    expect(codes(education.nodes)).toEqual(expect.arrayContaining(['RIGA-BERNUDARZS', 'VIAA-STUDIJU-KREDITS', 'AIC-DIPLOMA-ATZISANA']));
  });

  it('filters by channel type: services that can be done online', async () => {
    const online = await list({ channelType: 'E_SERVICE' });
    expect(online.nodes.every((n: any) => n.channels.some((c: any) => c.channel.type === 'E_SERVICE'))).toBe(true);
    expect(codes(online.nodes)).not.toContain('VDAA-VPVKAC-KONSULTACIJA'); // in person only
    const phone = await list({ channelType: 'PHONE' });
    expect(codes(phone.nodes)).toEqual(expect.arrayContaining(['VID-GID', 'NVD-GIMENES-ARSTS']));
    expect(codes(phone.nodes)).not.toContain('PMLP-PASE');
  });

  it('filters by the municipality where a service can be requested in person, whatever the spelling', async () => {
    const cesis = await list({ municipality: 'cesu novads' });
    expect(cesis.nodes.every((n: any) => n.channels.some((c: any) => c.channel.municipality === 'Cēsu novads'))).toBe(true);
    expect(codes(cesis.nodes)).toEqual(expect.arrayContaining(['VSAA-VECUMA-PENSIJA', 'CSDD-REGISTRACIJA']));
    expect(codes(cesis.nodes)).not.toContain('PMLP-PASE');
    expect((await list({ municipality: 'Atlantīda' })).totalCount).toBe(0);
  });

  it('filters by a life situation’s service codes, taken from the life-situations subgraph', async () => {
    const { lifeSituation } = await ok('{ lifeSituation(code: "BERNA-PIEDZIMSANA") { steps { services { code } } } }');
    const situation: string[] = lifeSituation.steps.flatMap((s: any) => s.services.map((x: Node) => x.code));
    const { totalCount, nodes } = await list({ codes: situation, channelType: 'E_SERVICE' });
    expect(totalCount).toBeGreaterThan(0);
    expect(codes(nodes).every((c) => situation.includes(c))).toBe(true);
  });

  it('pages with a filter and reports the total', async () => {
    const first = (await ok(LIST, { filter: { holderCode: 'VSAA' }, first: 4 })).services;
    const second = (await ok(LIST, { filter: { holderCode: 'VSAA' }, first: 100, after: first.pageInfo.endCursor })).services;
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(new Set([...codes(first.nodes), ...codes(second.nodes)]).size).toBe(first.totalCount);
    expect(second.totalCount).toBe(first.totalCount);
  });

  it.each([
    ['too many codes', { codes: Array.from({ length: 101 }, (_, i) => `X-${i}`) }],
    ['no codes', { codes: [] }],
    ['an unknown holder', { holderCode: 'NOPE' }],
  ])('rejects %s with BAD_USER_INPUT', async (_, filter) => {
    expect(errorCodes(await graph.gql(LIST, { filter }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('channels and service locations', () => {
  it('lists the client service centres of a municipality and what each offers', async () => {
    const { channels } = await ok(`{ channels(filter: { type: SERVICE_LOCATION, clientServiceCentre: true }, first: 100) { totalCount nodes { code ... on ServiceLocation { municipality services(first: 3) { totalCount nodes { code } } } } } }`);
    expect(channels.totalCount).toBeGreaterThanOrEqual(20);
    const cesis = channels.nodes.find((c: any) => c.code === 'VPVKAC-CESIS');
    expect(cesis.municipality).toBe('Cēsu novads');
    expect(cesis.services.totalCount).toBeGreaterThan(10);
    expect(cesis.services.nodes).toHaveLength(3);
  });

  it('pages the services of a location without losing the total', async () => {
    const Q = 'query($after: String) { channel(code: "VPVKAC-CESIS") { services(first: 5, after: $after) { totalCount pageInfo { endCursor } nodes { code } } } }';
    const a = (await ok(Q)).channel.services;
    const b = (await ok(Q, { after: a.pageInfo.endCursor })).channel.services;
    expect(b.totalCount).toBe(a.totalCount);
    expect(codes(b.nodes).every((c) => c > codes(a.nodes).at(-1)!)).toBe(true);
  });

  it('gives a location’s hours with exceptions and tells whether it is open, in Riga time', async () => {
    const Q = `query($at: DateTime) { channel(code: "VPVKAC-CESIS") { ... on ServiceLocation {
      hours { closedOnPublicHolidays weekly { day opens closes } exceptions { date closed periods { opens closes } reason(language: "en") } }
      open: isOpen(at: $at) } } }`;
    const tuesday = (await ok(Q, { at: '2026-03-10T07:00:00Z' })).channel; // 09:00 in Riga
    expect(tuesday.open).toBe(true);
    expect(tuesday.hours.weekly[0]).toEqual({ day: 'MONDAY', opens: '08:00', closes: '18:00' });
    expect(tuesday.hours.exceptions).toContainEqual({ date: '2026-11-17', closed: false, periods: [{ opens: '08:00', closes: '16:00' }], reason: 'Day before a public holiday' });
    expect((await ok(Q, { at: '2026-03-10T05:30:00Z' })).channel.open).toBe(false); // 07:30
    expect((await ok(Q, { at: '2026-11-18T09:00:00Z' })).channel.open).toBe(false); // Proclamation Day
    expect((await ok(Q, { at: '2026-11-17T14:30:00Z' })).channel.open).toBe(false); // 16:30 on the shortened day
  });

  it('finds the locations nearest a point that offer a service, closest first', async () => {
    const Q = `query($near: GeoPointInput!, $radius: Float, $service: String, $at: DateTime, $first: Int, $after: String) {
      serviceLocationsNear(near: $near, radiusKm: $radius, serviceCode: $service, openAt: $at, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { distanceKm node { code isOpen(at: $at) } } } }`;
    const cesis = { latitude: 57.3119, longitude: 25.271 };
    const near = (await ok(Q, { near: cesis, radius: 60, service: 'VSAA-VECUMA-PENSIJA' })).serviceLocationsNear;
    expect(near.edges[0]).toMatchObject({ distanceKm: 0, node: { code: 'VPVKAC-CESIS' } });
    const distances = near.edges.map((e: any) => e.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(Math.max(...distances)).toBeLessThanOrEqual(60);
    const valmiera = near.edges.find((e: any) => e.node.code === 'VPVKAC-VALMIERA');
    expect(valmiera.distanceKm).toBeGreaterThan(20);
    expect(valmiera.distanceKm).toBeLessThan(35);
    // A passport is not issued at client service centres: none offers it near Cēsis.
    expect((await ok(Q, { near: cesis, radius: 25, service: 'PMLP-PASE' })).serviceLocationsNear.totalCount).toBe(0);

    // On a Saturday at 11:00 in Riga only centres open on Saturdays are left.
    const saturday = (await ok(Q, { near: cesis, radius: 150, service: 'VSAA-VECUMA-PENSIJA', at: '2026-03-14T09:00:00Z' })).serviceLocationsNear;
    expect(codes(saturday.edges.map((e: any) => e.node))).toContain('VPVKAC-VALMIERA');
    expect(codes(saturday.edges.map((e: any) => e.node))).not.toContain('VPVKAC-CESIS');
    expect(saturday.edges.every((e: any) => e.node.isOpen)).toBe(true);

    // Pages continue where the last one ended.
    const page1 = (await ok(Q, { near: cesis, radius: 300, service: 'VSAA-VECUMA-PENSIJA', first: 3 })).serviceLocationsNear;
    const page2 = (await ok(Q, { near: cesis, radius: 300, service: 'VSAA-VECUMA-PENSIJA', first: 3, after: page1.pageInfo.endCursor })).serviceLocationsNear;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page2.edges[0].distanceKm).toBeGreaterThanOrEqual(page1.edges[2].distanceKm);
    expect(codes(page2.edges.map((e: any) => e.node))).not.toContain(page1.edges[2].node.code);
  });

  it.each([
    ['a latitude off the Earth', { near: { latitude: 100, longitude: 24 } }],
    ['a radius of 0', { near: { latitude: 57, longitude: 24 }, radius: 0 }],
    ['a radius of 1000 km', { near: { latitude: 57, longitude: 24 }, radius: 1000 }],
    ['an unknown service', { near: { latitude: 57, longitude: 24 }, service: 'NOPE' }],
  ])('rejects %s with BAD_USER_INPUT', async (_, variables) => {
    const res = await graph.gql('query($near: GeoPointInput!, $radius: Float, $service: String) { serviceLocationsNear(near: $near, radiusKm: $radius, serviceCode: $service) { totalCount } }', variables);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('institutions', () => {
  it('have a type, a parent, contacts, services and channels', async () => {
    const { institution } = await ok('{ institution(code: "CSDD") { type registrationNumber parent { code type } contacts { phone address { street city } } services(first: 2) { totalCount nodes { code } } channels(first: 50) { totalCount nodes { code type } } } }');
    expect(institution).toMatchObject({ type: 'STATE_COMPANY', registrationNumber: null, parent: { code: 'SAM', type: 'MINISTRY' }, contacts: { phone: '+371 67025777', address: { street: 'Bauskas iela 86', city: 'Rīga' } } });
    expect(institution.services.totalCount).toBeGreaterThanOrEqual(6);
    expect(institution.channels.nodes.map((c: any) => c.type)).toEqual(expect.arrayContaining(['E_SERVICE', 'PHONE', 'SERVICE_LOCATION']));
  });

  it('number at least 15 in the catalogue', async () => {
    expect((await ok('{ institutions(first: 1) { totalCount } }')).institutions.totalCount).toBeGreaterThanOrEqual(15);
  });
});

describe('federation', () => {
  it('resolves services referenced by code from the other subgraphs, through the gateway', async () => {
    const token = await graph.token({ person: DEMO_PEOPLE.janis.personalCode });
    const { me } = await ok('{ me { cases(first: 5) { nodes { service { code holder { code } } } } } }', {}, token);
    expect(me.cases.nodes[0].service).toMatchObject({ code: 'PMLP-PASE', holder: { code: 'PMLP' } });
    const { lifeSituation } = await ok('{ lifeSituation(code: "TUVINIEKA-NAVE") { steps { services { code name(language: "en") } } } }');
    expect(lifeSituation.steps[0].services[0]).toEqual({ code: 'RIGA-MIRSANA', name: 'Registering a death' });
  });

  it('resolves _entities by every key of Service and Institution, and no draft for the public', async () => {
    const { service } = await ok('{ service(code: "VSAA-GVB") { id holder { id } } }');
    const draft = await graph.gql('mutation { createService(input: { code: "VSAA-ENTITY-DRAFT", name: [{ language: "lv", value: "Melnraksts" }] }) { service { id } } }', {}, { token: await graph.token({ institution: 'VSAA' }) });
    const draftId = draft.data.createService.service.id;
    const representations = [
      { __typename: 'Service', code: 'VSAA-GVB' },
      { __typename: 'Service', id: service.id },
      { __typename: 'Institution', code: 'VSAA' },
      { __typename: 'Institution', id: service.holder.id },
      { __typename: 'Service', code: 'VSAA-ENTITY-DRAFT' },
      { __typename: 'Service', id: draftId },
    ];
    const Q = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Service { code } ... on Institution { code } } }';
    // The gateway never lets a client send _entities; ask the subgraph's schema the way the gateway does.
    const schema = buildSubgraphSchema({ typeDefs: servicesSubgraph.typeDefs, resolvers: servicesSubgraph.resolvers as never });
    const db = graph.platform.databases.get('services')!.db;
    const asCaller = (identity: Identity, representations: unknown[]) =>
      graphql({ schema, source: Q, variableValues: { r: representations }, contextValue: servicesSubgraph.createContext(db, { clientIdSecret: graph.config.CLIENT_ID_SECRET })({ identity, languages: [], requestId: 'test', log: createLogger('silent') }) });
    const anonymous = await asCaller(ANONYMOUS, representations);
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data!._entities).toEqual([{ code: 'VSAA-GVB' }, { code: 'VSAA-GVB' }, { code: 'VSAA' }, { code: 'VSAA' }, null, null]);
    const holder = await asCaller({ ...ANONYMOUS, kind: 'institution', subject: 'institution:VSAA', institution: 'VSAA' }, representations.slice(4));
    expect(holder.data!._entities).toEqual([{ code: 'VSAA-ENTITY-DRAFT' }, { code: 'VSAA-ENTITY-DRAFT' }]);
  });
});

describe('SQL per request stays constant', () => {
  const Q = `query($n: Int) { services(first: $n) { nodes { code holder { code parent { code } } providers { institution { code } }
    channels { channel { code owner { code } ... on ServiceLocation { services(first: 2) { totalCount } } } } relatedServices { code } } } }`;
  it('50 services with holders, channels and each location’s services cost as many statements as 10', async () => {
    const count = async (n: number) => {
      const before = graph.statementCount();
      await ok(Q, { n });
      return graph.requestStatementsSince(before);
    };
    const ten = await count(10);
    const fifty = await count(50);
    // Loaders at different depths (holders, parents, channel owners, related services' holders) may share a batch
    // or not, depending on when each level's rows arrive; either way the count does not grow with the page.
    expect(Math.abs(fifty - ten)).toBeLessThanOrEqual(1);
    expect(fifty).toBeLessThanOrEqual(12);
  });

  it('a search of 20 results with holders and channels costs a handful of statements', async () => {
    const before = graph.statementCount();
    await ok('{ searchServices(query: "pabalsts", first: 20) { nodes { code holder { code } channels { channel { code } } } } }');
    expect(graph.requestStatementsSince(before)).toBeLessThanOrEqual(4);
  });
});
