import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, IdentityVerifier, clientIdFor, type Identity } from '@public-service-graph/subgraph-kit/identity';
import { createLogger } from '@public-service-graph/subgraph-kit/logger';
import { GATEWAY_SERVICE } from '@public-service-graph/subgraph-kit/scopes';
import { startSubgraph, type RunningSubgraph } from '@public-service-graph/subgraph-kit/subgraph-server';
import { InternalTokenSigner } from '../gateway/internal-token.ts';
import { lifeSituationsSubgraph } from '../subgraphs/life-situations/server.ts';
import { registerCase, testPersonalCode, updateStatus } from './support/cases.ts';
import { DEMO_PEOPLE, errorCodes, startTestGraph, type TestGraph } from './support/platform.ts';

let graph: TestGraph;
let tokens: Record<'riga' | 'pmlp' | 'vsaa' | 'nvd', string>;
beforeAll(async () => {
  graph = await startTestGraph();
  tokens = {
    riga: await graph.token({ institution: 'RIGA' }),
    pmlp: await graph.token({ institution: 'PMLP' }),
    vsaa: await graph.token({ institution: 'VSAA' }),
    nvd: await graph.token({ institution: 'NVD' }),
  };
});
afterAll(() => graph?.stop());

const REPORT = 'mutation($input: ReportLifeEventInput!) { reportLifeEvent(input: $input) { created errors { code message } } }';
const GRANT = 'mutation { grantConsent(input: { recipient: { kind: PUBLIC_ADMINISTRATION }, purpose: "Offer me services when my life changes", scopes: [PROACTIVE_OFFERS] }) { consent { id } errors { code message } } }';
const REVOKE = 'mutation($id: ID!) { revokeConsent(id: $id) { consent { status } errors { code message } } }';
const OFFERS = `query($first: Int, $after: String) { me { proactiveOffers(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  nodes { serviceCode service { code } dueDate overdue required applicability
          lifeSituation { code offerText(language: "en") } step { position condition { kind text(language: "en") } } lifeEvent { type occurredOn reportedByCode } }
} } }`;
const PROGRESS = `query($code: String!) { me { lifeSituationProgress(code: $code) {
  lifeSituation { code } lifeEvent { type occurredOn } requiredStepCount doneRequiredStepCount complete
  steps { step { position } status applicability receivedServiceCodes dueDate overdue }
} } }`;

/** A person with no demo data: their token, personal code, and helpers to act on their life. */
async function newcomer(n: number) {
  const personalCode = testPersonalCode(n);
  const token = await graph.token({ person: personalCode });
  return {
    personalCode,
    token,
    report: async (type: string, occurredOn: string, by: string, reference: string, extra: Record<string, unknown> = {}) => {
      const res = await graph.gql(REPORT, { input: { type, client: { personalCode }, occurredOn, reference, ...extra } }, { token: by });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      expect(res.data.reportLifeEvent.errors).toEqual([]);
    },
    consent: async () => {
      const res = await graph.gql(GRANT, {}, { token });
      expect(res.data.grantConsent.errors).toEqual([]);
      return res.data.grantConsent.consent.id as string;
    },
    /** A case of `serviceCode` registered by the institution holding `by`, completed unless `open`. */
    receive: async (serviceCode: string, by: string, open = false) => {
      const c = await registerCase(graph, by, { serviceCode, personalCode, status: 'REGISTERED' });
      if (!open) expect((await updateStatus(graph, by, { caseId: c.id, expectedVersion: c.version, status: 'COMPLETED' })).errors).toEqual([]);
      return c;
    },
    offers: async (first = 100, after?: string) => {
      const res = await graph.gql(OFFERS, { first, after }, { token });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return res.data.me.proactiveOffers;
    },
    progress: async (code: string) => {
      const res = await graph.gql(PROGRESS, { code }, { token });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return res.data.me.lifeSituationProgress;
    },
  };
}
const codesOf = (offers: { nodes: { serviceCode: string }[] }) => offers.nodes.map((o) => o.serviceCode);
const CHILD = '329001-26158';

describe('proactive offers', () => {
  it('a reported birth produces offers for the birth services not yet received, due after the birth, only with consent', async () => {
    const parent = await newcomer(41);
    await parent.report('CHILD_BIRTH', '2026-11-01', tokens.riga, 'DZ-O-41', { relatedPersonalCode: CHILD });
    await parent.receive('NVD-GIMENES-ARSTS', tokens.nvd);
    // Nothing without consent, although the birth is reported.
    expect(await parent.offers()).toMatchObject({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false } });

    await parent.consent();
    const offers = await parent.offers();
    expect(codesOf(offers)).toEqual(['VSAA-PIEDZIMSANA', 'PMLP-DZIVESVIETA', 'VSAA-VECAKU-PABALSTS', 'VSAA-GVB', 'RIGA-BERNUDARZS', 'PMLP-EID', 'PMLP-PASE']);
    expect(offers.totalCount).toBe(7);
    // The birth was registered by the registry office that reported it; the family doctor is already chosen.
    expect(codesOf(offers)).not.toContain('RIGA-DZIMSANA');
    expect(codesOf(offers)).not.toContain('NVD-GIMENES-ARSTS');
    expect(offers.nodes[0]).toEqual({
      serviceCode: 'VSAA-PIEDZIMSANA', service: { code: 'VSAA-PIEDZIMSANA' }, dueDate: '2027-11-01', overdue: false, required: true, applicability: 'APPLIES',
      lifeSituation: { code: 'BERNA-PIEDZIMSANA', offerText: expect.stringMatching(/Congratulations/) }, step: { position: 3, condition: null },
      lifeEvent: { type: 'CHILD_BIRTH', occurredOn: '2026-11-01', reportedByCode: 'RIGA' },
    });
    expect(offers.nodes.find((o: { serviceCode: string }) => o.serviceCode === 'VSAA-VECAKU-PABALSTS')).toMatchObject({
      required: false, applicability: 'MAY_APPLY', step: { condition: { kind: 'IS_SOCIALLY_INSURED', text: 'is socially insured (employed or self-employed)' } },
    });
  });

  it('a completed case removes its offer; an open one does not', async () => {
    const parent = await newcomer(42);
    await parent.report('CHILD_BIRTH', '2026-11-02', tokens.riga, 'DZ-O-42');
    await parent.consent();
    const before = await parent.offers();
    expect(codesOf(before)).toContain('PMLP-DZIVESVIETA');
    const c = await parent.receive('PMLP-DZIVESVIETA', tokens.pmlp, true);
    expect(codesOf(await parent.offers())).toContain('PMLP-DZIVESVIETA');
    expect((await updateStatus(graph, tokens.pmlp, { caseId: c.id, expectedVersion: c.version, status: 'COMPLETED' })).errors).toEqual([]);
    const after = await parent.offers();
    expect(codesOf(after)).toEqual(codesOf(before).filter((code: string) => code !== 'PMLP-DZIVESVIETA'));
    expect(after.totalCount).toBe(before.totalCount - 1);
    // One service of a step with alternatives completes the step: an eID card takes the passport off too.
    await parent.receive('PMLP-EID', tokens.pmlp);
    expect(codesOf(await parent.offers())).not.toEqual(expect.arrayContaining(['PMLP-EID']));
    expect(codesOf(await parent.offers())).not.toContain('PMLP-PASE');
  });

  it('revoking the consent removes every offer on the next request; granting again brings them back', async () => {
    const parent = await newcomer(43);
    await parent.report('CHILD_BIRTH', '2026-11-03', tokens.pmlp, 'DZ-O-43');
    const consent = await parent.consent();
    const offered = (await parent.offers()).totalCount;
    expect(offered).toBeGreaterThan(0);
    expect((await graph.gql(REVOKE, { id: consent }, { token: parent.token })).data.revokeConsent.errors).toEqual([]);
    expect(await parent.offers()).toMatchObject({ totalCount: 0, nodes: [] });
    await parent.consent();
    expect((await parent.offers()).totalCount).toBe(offered);
  });

  it('offers a service once, for the event that makes it due first, overdue when its term has passed', async () => {
    const person = await newcomer(44);
    await person.consent();
    await person.report('CHILD_BIRTH', '2026-11-04', tokens.riga, 'DZ-O-44');
    await person.report('ARRIVAL_IN_LATVIA', '2026-09-01', tokens.pmlp, 'IR-O-44');
    const offers = await person.offers();
    const residence = offers.nodes.filter((o: { serviceCode: string }) => o.serviceCode === 'PMLP-DZIVESVIETA');
    expect(residence).toEqual([expect.objectContaining({ dueDate: '2026-10-01', overdue: true, lifeSituation: expect.objectContaining({ code: 'PARCELSANAS-UZ-LATVIJU' }) })]);
    expect(offers.nodes[0].serviceCode).toBe('PMLP-DZIVESVIETA');
    const dates = offers.nodes.map((o: { dueDate: string | null }) => o.dueDate ?? '~');
    expect(dates).toEqual([...dates].sort());
  });

  it('pages through the offers with cursors', async () => {
    const parent = await newcomer(45);
    await parent.report('CHILD_BIRTH', '2026-11-05', tokens.riga, 'DZ-O-45');
    await parent.consent();
    const all = codesOf(await parent.offers());
    const first = await parent.offers(3);
    expect(first).toMatchObject({ totalCount: all.length, pageInfo: { hasNextPage: true } });
    const second = await parent.offers(100, first.pageInfo.endCursor);
    expect([...codesOf(first), ...codesOf(second)]).toEqual(all);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const bad = await graph.gql(OFFERS, { first: 101 }, { token: parent.token });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await graph.gql(OFFERS, { after: 'nonsense' }, { token: parent.token }))).toEqual(['BAD_USER_INPUT']);
  });

  it('cost the same SQL for a person with one event as with five', async () => {
    const statements = async (token: string) => {
      const before = graph.statementCount();
      const res = await graph.gql(`{ me { proactiveOffers { totalCount nodes { serviceCode lifeSituation { code } step { position } lifeEvent { type } } }
                                        activeLifeSituations { lifeSituation { code } steps { status } } } }`, {}, { token });
      expect(res.errors).toBeUndefined();
      return graph.requestStatementsSince(before);
    };
    const one = await newcomer(46);
    await one.consent();
    await one.report('CHILD_BIRTH', '2026-11-06', tokens.riga, 'DZ-O-46');
    const five = await newcomer(47);
    await five.consent();
    await five.report('CHILD_BIRTH', '2026-11-06', tokens.riga, 'DZ-O-47');
    await five.report('MARRIAGE', '2026-06-06', tokens.riga, 'L-O-47');
    await five.report('RESIDENCE_CHANGE', '2026-07-01', tokens.pmlp, 'DZV-O-47');
    await five.report('ARRIVAL_IN_LATVIA', '2026-05-01', tokens.pmlp, 'IR-O-47');
    await five.report('JOB_LOSS', '2026-08-01', await graph.token({ institution: 'NVA' }), 'NVA-O-47');
    const single = await statements(one.token);
    expect(await statements(five.token)).toBe(single);
  });
});

describe('progress through a life situation', () => {
  it('matches the person’s cases: done by the event or a received service, to do, not applicable', async () => {
    const parent = await newcomer(48);
    await parent.report('CHILD_BIRTH', '2026-10-20', tokens.riga, 'DZ-P-48');
    await parent.receive('PMLP-DZIVESVIETA', tokens.pmlp);
    await parent.receive('VSAA-PIEDZIMSANA', tokens.vsaa, true);
    const p = await parent.progress('BERNA-PIEDZIMSANA');
    expect(p).toMatchObject({ lifeSituation: { code: 'BERNA-PIEDZIMSANA' }, lifeEvent: { type: 'CHILD_BIRTH', occurredOn: '2026-10-20' }, requiredStepCount: 4, doneRequiredStepCount: 2, complete: false });
    expect(p.steps.map((s: { step: { position: number }; status: string }) => [s.step.position, s.status])).toEqual([
      [1, 'DONE'], [2, 'DONE'], [3, 'TO_DO'], [4, 'TO_DO'], [5, 'TO_DO'], [6, 'TO_DO'], [7, 'TO_DO'], [8, 'TO_DO'],
    ]);
    expect(p.steps[0]).toMatchObject({ dueDate: '2026-11-20', overdue: false, receivedServiceCodes: [] });
    expect(p.steps[1]).toMatchObject({ receivedServiceCodes: ['PMLP-DZIVESVIETA'] });
    expect(p.steps[2]).toMatchObject({ dueDate: '2027-10-20', applicability: 'APPLIES' });
    expect(p.steps[3]).toMatchObject({ applicability: 'MAY_APPLY' });

    await parent.receive('VSAA-PIEDZIMSANA', tokens.vsaa);
    await parent.receive('NVD-GIMENES-ARSTS', tokens.nvd);
    expect(await parent.progress('BERNA-PIEDZIMSANA')).toMatchObject({ doneRequiredStepCount: 4, complete: true });
  });

  it('decides an age condition from the personal code, and gives no due dates without an event', async () => {
    const person = await newcomer(49); // born in the 1980s or 1990s
    const pension = await person.progress('PENSIONESANAS');
    expect(pension).toMatchObject({ lifeEvent: null, requiredStepCount: 0, complete: true, steps: [{ status: 'NOT_APPLICABLE', applicability: 'DOES_NOT_APPLY', dueDate: null }] });
    const peteris = await graph.token({ person: DEMO_PEOPLE.peteris.personalCode }); // born 1950, pension received
    const his = (await graph.gql(PROGRESS, { code: 'PENSIONESANAS' }, { token: peteris })).data.me.lifeSituationProgress;
    expect(his).toMatchObject({ complete: true, steps: [{ status: 'DONE', applicability: 'APPLIES', receivedServiceCodes: ['VSAA-VECUMA-PENSIJA'] }] });
    expect(await person.progress('NO-SUCH-SITUATION')).toBeNull();
  });

  it('the demo mother sees her registered birth and the benefits still open', async () => {
    const liga = await graph.token({ person: DEMO_PEOPLE.liga.personalCode });
    const p = (await graph.gql(PROGRESS, { code: 'BERNA-PIEDZIMSANA' }, { token: liga })).data.me.lifeSituationProgress;
    expect(p.lifeEvent).toEqual({ type: 'CHILD_BIRTH', occurredOn: '2026-10-05' });
    expect(p.steps[0]).toMatchObject({ status: 'DONE', receivedServiceCodes: ['RIGA-DZIMSANA'] });
    // The childbirth benefit waits for her, the parental benefit is decided but not yet paid out: both still to do.
    expect(p.steps[2]).toMatchObject({ status: 'TO_DO', dueDate: '2027-10-05' });
    expect(p.steps[3]).toMatchObject({ status: 'TO_DO' });
  });

  it('lists the situations the reported events put the person in, the latest event first, and the events themselves', async () => {
    const person = await newcomer(50);
    await person.report('CHILD_BIRTH', '2026-10-01', tokens.riga, 'DZ-A-50');
    await person.report('RESIDENCE_CHANGE', '2026-11-01', tokens.pmlp, 'DZV-A-50');
    const res = await graph.gql('{ me { activeLifeSituations { lifeSituation { code } lifeEvent { type } } lifeEvents(first: 1) { totalCount pageInfo { hasNextPage endCursor } nodes { type occurredOn reportedByCode triggers { code } } } } }', {}, { token: person.token });
    expect(res.errors).toBeUndefined();
    expect(res.data.me.activeLifeSituations).toEqual([
      { lifeSituation: { code: 'DZIVESVIETAS-MAINA' }, lifeEvent: { type: 'RESIDENCE_CHANGE' } },
      { lifeSituation: { code: 'BERNA-PIEDZIMSANA' }, lifeEvent: { type: 'CHILD_BIRTH' } },
    ]);
    expect(res.data.me.lifeEvents).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, nodes: [{ type: 'RESIDENCE_CHANGE', occurredOn: '2026-11-01', reportedByCode: 'PMLP', triggers: [{ code: 'DZIVESVIETAS-MAINA' }] }] });
    const next = await graph.gql('query($a: String) { me { lifeEvents(after: $a) { pageInfo { hasNextPage } nodes { type } } } }', { a: res.data.me.lifeEvents.pageInfo.endCursor }, { token: person.token });
    expect(next.data.me.lifeEvents).toEqual({ pageInfo: { hasNextPage: false }, nodes: [{ type: 'CHILD_BIRTH' }] });
  });
});

describe('nobody else sees a person’s offers, progress or events', () => {
  const FIELDS = ['proactiveOffers { totalCount }', 'lifeSituationProgress(code: "BERNA-PIEDZIMSANA") { complete }', 'activeLifeSituations { complete }', 'lifeEvents { totalCount }'];

  it('institutions and operators reaching the client get FORBIDDEN', async () => {
    const anna = DEMO_PEOPLE.anna.personalCode; // consents to proactive offers, has reported events
    for (const token of [tokens.pmlp, await graph.token({ operator: 'ops' })])
      for (const field of FIELDS) {
        const res = await graph.gql(`query($p: String!) { client(personalCode: $p, purpose: "checking offers") { ${field} } }`, { p: anna }, { token });
        expect(errorCodes(res), field).toContain('FORBIDDEN');
        expect(JSON.stringify(res.data ?? {}), field).not.toMatch(/totalCount":[1-9]|complete":/);
      }
  });

  it('an application holding the person’s token gets FORBIDDEN, with or without a consent to read cases', async () => {
    const app = await graph.token({ person: DEMO_PEOPLE.anna.personalCode, app: 'startup-app' });
    for (const field of FIELDS) expect(errorCodes(await graph.gql(`{ me { ${field} } }`, {}, { token: app })), field).toContain('FORBIDDEN');
    const anna = await graph.token({ person: DEMO_PEOPLE.anna.personalCode });
    await graph.gql('mutation { grantConsent(input: { recipient: { kind: APPLICATION, id: "startup-app" }, purpose: "Cases", scopes: [CASES_READ, PROFILE_READ] }) { errors { code } } }', {}, { token: anna });
    for (const field of FIELDS) expect(errorCodes(await graph.gql(`{ me { ${field} } }`, {}, { token: app })), field).toContain('FORBIDDEN');
  });

  it('another person sees only their own', async () => {
    const janis = await graph.token({ person: DEMO_PEOPLE.janis.personalCode });
    const res = await graph.gql('{ me { lifeEvents { nodes { type } } proactiveOffers { totalCount } activeLifeSituations { lifeSituation { code } } } }', {}, { token: janis });
    expect(res.errors).toBeUndefined();
    expect(res.data.me.lifeEvents.nodes).toEqual([{ type: 'VEHICLE_PURCHASE' }]);
    expect(res.data.me.proactiveOffers.totalCount).toBe(0); // Jānis has not consented
    expect(res.data.me.activeLifeSituations).toEqual([{ lifeSituation: { code: 'TRANSPORTLIDZEKLA-IEGADE' } }]);
    // Acting for someone he does not represent is refused by the gateway.
    expect(errorCodes(await graph.gql('{ actingFor { lifeEvents { totalCount } } }', {}, { token: janis, headers: { 'x-act-for': DEMO_PEOPLE.anna.personalCode } }))).toEqual(['FORBIDDEN']);
    // Nor can he hand the graph a client of his choosing with a consent of his making.
    const forged = [{ __typename: 'Client', id: clientIdFor(graph.config.CLIENT_ID_SECRET, 'person', DEMO_PEOPLE.anna.personalCode), consentsToProactiveOffers: true, completedServiceCodes: [] }];
    const entities = await graph.gql('query($r: [_Any!]!) { _entities(representations: $r) { ... on Client { proactiveOffers { totalCount } } } }', { r: forged }, { token: janis });
    expect(new Set(errorCodes(entities))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
    expect(entities.data).toBeUndefined();
  });

  it('a person acting for the client sees their events and progress', async () => {
    const liga = await graph.token({ person: DEMO_PEOPLE.liga.personalCode });
    const emilija = await graph.gql('{ actingFor { lifeEvents { totalCount } lifeSituationProgress(code: "BERNA-PIEDZIMSANA") { requiredStepCount } } }', {}, { token: liga, headers: { 'x-act-for': DEMO_PEOPLE.emilija.personalCode } });
    expect(emilija.errors).toBeUndefined();
    expect(emilija.data.actingFor).toEqual({ lifeEvents: { totalCount: 0 }, lifeSituationProgress: { requiredStepCount: 4 } });
    const janis = await graph.token({ person: DEMO_PEOPLE.janis.personalCode });
    const company = await graph.gql('{ actingFor { lifeEvents { nodes { type } } activeLifeSituations { lifeSituation { code } complete steps { status } } } }', {}, { token: janis, headers: { 'x-act-for': '40203123456' } });
    expect(company.errors).toBeUndefined();
    expect(company.data.actingFor.lifeEvents.nodes).toEqual([{ type: 'COMPANY_FOUNDATION' }]);
    expect(company.data.actingFor.activeLifeSituations).toEqual([{ lifeSituation: { code: 'UZNEMUMA-DIBINASANA' }, complete: false, steps: [{ status: 'DONE' }, { status: 'TO_DO' }, { status: 'TO_DO' }] }]);
  });

  it('every read by a person acting for the client is in the client’s access log; the client’s own reads are not', async () => {
    const LOG = '{ me { lifeSituationAccessEvents { actorKind actor resource purpose } } }';
    const peteris = await graph.token({ person: DEMO_PEOPLE.peteris.personalCode });
    const anna = await graph.token({ person: DEMO_PEOPLE.anna.personalCode, name: DEMO_PEOPLE.anna.name });
    const before = (await graph.gql(LOG, {}, { token: peteris })).data.me.lifeSituationAccessEvents;
    // Anna holds Pēteris's power of attorney (demo data).
    const read = await graph.gql('{ actingFor { lifeEvents { totalCount } lifeSituationProgress(code: "PENSIONESANAS") { complete } activeLifeSituations { complete } } }', {}, { token: anna, headers: { 'x-act-for': DEMO_PEOPLE.peteris.personalCode } });
    expect(read.errors).toBeUndefined();
    await graph.gql('{ me { lifeEvents { totalCount } lifeSituationProgress(code: "PENSIONESANAS") { complete } } }', {}, { token: peteris });
    const after = (await graph.gql(LOG, {}, { token: peteris })).data.me.lifeSituationAccessEvents;
    expect(after.slice(0, after.length - before.length)).toEqual(expect.arrayContaining([
      { actorKind: 'PERSON', actor: 'Anna Kalniņa', resource: 'life events', purpose: null },
      { actorKind: 'PERSON', actor: 'Anna Kalniņa', resource: 'progress in PENSIONESANAS', purpose: null },
      { actorKind: 'PERSON', actor: 'Anna Kalniņa', resource: 'active life situations', purpose: null },
    ]));
    expect(after.length - before.length).toBe(3);
    // The same reads stand in Pēteris's one chronological access log (clients subgraph, merged through @requires).
    const merged = await graph.gql('{ me { accessLog(first: 100) { nodes { actorKind actor resource } } } }', {}, { token: peteris });
    expect(merged.errors).toBeUndefined();
    expect(merged.data.me.accessLog.nodes).toEqual(expect.arrayContaining([
      { actorKind: 'PERSON', actor: 'Anna Kalniņa', resource: 'life events' },
      { actorKind: 'PERSON', actor: 'Anna Kalniņa', resource: 'progress in PENSIONESANAS' },
      { actorKind: 'PERSON', actor: 'Anna Kalniņa', resource: 'active life situations' },
    ]));
    // Her power of attorney has no PROFILE_READ: acting for him, Anna gets an empty list.
    const hers = await graph.gql('{ actingFor { lifeSituationAccessEvents { actor } } }', {}, { token: anna, headers: { 'x-act-for': DEMO_PEOPLE.peteris.personalCode } });
    expect(hers.data.actingFor.lifeSituationAccessEvents).toEqual([]);
  });

  it('a board member reads the company’s offers, and there are none while the company has not consented', async () => {
    const janis = await graph.token({ person: DEMO_PEOPLE.janis.personalCode });
    const res = await graph.gql('{ actingFor { consentsToProactiveOffers lifeEvents { totalCount } proactiveOffers { totalCount } } }', {}, { token: janis, headers: { 'x-act-for': '40203123456' } });
    expect(res.errors).toBeUndefined();
    expect(res.data.actingFor.consentsToProactiveOffers).toBe(false);
    expect(res.data.actingFor.lifeEvents.totalCount).toBeGreaterThan(0);
    expect(res.data.actingFor.proactiveOffers.totalCount).toBe(0);
  });
});

describe('at the life-situations subgraph itself', () => {
  // The gateway hands the subgraph the consent and the received services (@requires); these check that the subgraph
  // decides who may see a client's offers itself, whatever a representation carries.
  let subgraph: RunningSubgraph;
  let signer: InternalTokenSigner;
  const Q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Client { proactiveOffers { totalCount } lifeSituationProgress(code: "LAULIBA") { complete } } } }`;
  const anna = () => clientIdFor(graph.config.CLIENT_ID_SECRET, 'person', DEMO_PEOPLE.anna.personalCode);
  const direct = async (who: Identity, consents = true) => {
    const representations = [{ __typename: 'Client', id: anna(), consentsToProactiveOffers: consents, completedServiceCodes: [] }];
    const res = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await signer.sign(who, 'life-situations')}` },
      body: JSON.stringify({ query: Q, variables: { r: representations } }),
    });
    return (await res.json()) as { data?: { _entities: ({ proactiveOffers: { totalCount: number } } | null)[] }; errors?: { extensions?: { code?: string } }[] };
  };
  const person = (code: string, extra: Partial<Identity> = {}): Identity => ({
    ...ANONYMOUS, kind: 'person', subject: 'person:x', person: { clientId: clientIdFor(graph.config.CLIENT_ID_SECRET, 'person', code), personalCode: code }, ...extra,
  });

  beforeAll(async () => {
    signer = await InternalTokenSigner.create();
    subgraph = await startSubgraph(
      lifeSituationsSubgraph,
      { database: graph.platform.databases.get('life-situations')!, verifier: new IdentityVerifier(signer.jwks), log: createLogger('silent'), clientIdSecret: graph.config.CLIENT_ID_SECRET },
      { port: 0, host: '127.0.0.1' },
    );
  });
  afterAll(() => subgraph?.close());

  it('answers the client, and a representative, and nobody else', async () => {
    const own = await direct(person(DEMO_PEOPLE.anna.personalCode));
    expect(own.errors).toBeUndefined();
    expect(own.data!._entities[0]!.proactiveOffers.totalCount).toBeGreaterThan(0);
    expect((await direct(person(DEMO_PEOPLE.anna.personalCode), false)).data!._entities[0]!.proactiveOffers.totalCount).toBe(0);
    const representative = person(DEMO_PEOPLE.peteris.personalCode, { onBehalfOf: { clientId: anna(), code: DEMO_PEOPLE.anna.personalCode, kind: 'person' } });
    expect((await direct(representative)).data!._entities[0]!.proactiveOffers.totalCount).toBeGreaterThan(0);
    const others: Identity[] = [
      person(DEMO_PEOPLE.janis.personalCode),
      { ...ANONYMOUS, kind: 'institution', subject: 'institution:VSAA', institution: 'VSAA' },
      { ...ANONYMOUS, kind: 'operator', subject: 'operator:ops', operator: 'ops' },
      { ...person(DEMO_PEOPLE.anna.personalCode), kind: 'application', application: 'startup-app', subject: 'application:startup-app', scopes: ['consent:cases:read'] },
      GATEWAY_SERVICE,
      ANONYMOUS,
    ];
    for (const who of others) {
      const res = await direct(who);
      expect(res.errors?.map((e) => e.extensions?.code), who.subject).toEqual(['FORBIDDEN', 'FORBIDDEN']);
      // The refusal costs the two fields (nullable, the failure contract), not the client around them.
      expect(Object.values(res.data?._entities[0] ?? {}), who.subject).toEqual([null, null]);
    }
  });
});

describe('identity of the client', () => {
  it('keys the client and the related person by the same pseudonymous ids as the other subgraphs', async () => {
    const liga = await graph.token({ person: DEMO_PEOPLE.liga.personalCode });
    const res = await graph.gql('{ me { id lifeEvents { totalCount nodes { relatedClient { id } } } } }', {}, { token: liga });
    expect(res.data.me).toEqual({
      id: clientIdFor(graph.config.CLIENT_ID_SECRET, 'person', DEMO_PEOPLE.liga.personalCode),
      lifeEvents: { totalCount: 1, nodes: [{ relatedClient: { id: clientIdFor(graph.config.CLIENT_ID_SECRET, 'person', DEMO_PEOPLE.emilija.personalCode) } }] },
    });
    // Acting for the child, she sees the child's name through the related person.
    const named = await graph.gql('{ me { lifeEvents { nodes { relatedClient { displayName } } } } }', {}, { token: liga, headers: { 'x-act-for': DEMO_PEOPLE.emilija.personalCode } });
    expect(named.data.me.lifeEvents.nodes).toEqual([{ relatedClient: { displayName: 'Emīlija Liepiņa' } }]);
  });
});
