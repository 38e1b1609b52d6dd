import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_COMPANIES } from '@public-service-graph/subgraph-kit/demo-people';
import { clientIdFor } from '@public-service-graph/subgraph-kit/identity';
import { withCheckDigit } from '@public-service-graph/subgraph-kit/personal-code';
import { accessLog, clients, representations } from '../subgraphs/clients/db/tables.ts';
import { FULL_SCOPES, parentalPeriod } from '../subgraphs/clients/domain/representation.ts';
import { DEMO_PEOPLE, errorCodes, startTestGraph, type TestGraph } from './support/platform.ts';

let graph: TestGraph;
const tokens: Partial<Record<keyof typeof DEMO_PEOPLE, string>> = {};
beforeAll(async () => {
  graph = await startTestGraph();
  for (const key of Object.keys(DEMO_PEOPLE) as (keyof typeof DEMO_PEOPLE)[]) tokens[key] = await graph.token({ person: DEMO_PEOPLE[key].personalCode });
});
afterAll(() => graph?.stop());

const COMPANY = DEMO_COMPANIES.darznieciba.registrationNumber;
const actFor = (party: string) => ({ 'x-act-for': party });
const as = (who: keyof typeof DEMO_PEOPLE, party?: string) => ({ token: tokens[who]!, ...(party ? { headers: actFor(party) } : {}) });
const LOG = '{ actingFor { accessLog(first: 100) { totalCount nodes { at actorKind actor resource purpose } } } }';
const MY_LOG = '{ me { accessLog(first: 100) { totalCount nodes { at actorKind actor resource purpose } } } }';
const GRANT_POA = `mutation($input: GrantPowerOfAttorneyInput!) { grantPowerOfAttorney(input: $input) {
  representation { id basis status scopes representative { displayName } party { displayName } grantedBy { displayName } note validUntil }
  errors { __typename code message ... on GrantPowerOfAttorneyInvalidInput { field } } } }`;
const ACCEPT_POA = `mutation($id: ID!) { acceptPowerOfAttorney(id: $id) { representation { id status acceptedAt representative { displayName } note } errors { __typename code message } } }`;
/** The attorney accepts a power of attorney granted to them; until then it gives no rights. */
async function accept(who: keyof typeof DEMO_PEOPLE, id: string) {
  const res = await graph.gql(ACCEPT_POA, { id }, as(who));
  expect(res.data.acceptPowerOfAttorney.errors).toEqual([]);
  return res.data.acceptPowerOfAttorney.representation;
}
const REVOKE_POA = `mutation($id: ID!) { revokePowerOfAttorney(id: $id) { representation { id status revokedAt } errors { __typename code message } } }`;

describe('acting for a represented company', () => {
  it('a board member acts for the company: its profile, its cases, and the identity forwarded says so', async () => {
    const res = await graph.gql('{ me { displayName } actingFor { kind displayName registrationNumber contacts { value } representedBy { nodes { basis representative { displayName } } } cases { totalCount nodes { reference } } } }', {}, as('janis', COMPANY));
    expect(res.errors).toBeUndefined();
    // `me` stays the signed-in person; the party is `actingFor`.
    expect(res.data.me.displayName).toBe('Jānis Bērziņš');
    expect(res.data.actingFor).toMatchObject({ kind: 'COMPANY', displayName: 'SIA "Zaļā Dārzniecība"', registrationNumber: COMPANY, contacts: [] });
    expect(res.data.actingFor.representedBy.nodes).toEqual([{ basis: 'BOARD_MEMBER', representative: { displayName: 'Jānis Bērziņš' } }]);
    // The cases subgraph lists the company's cases because the forwarded identity carries onBehalfOf.
    expect(res.data.actingFor.cases.totalCount).toBe(2);
    expect(res.data.actingFor.cases.nodes.map((c: { reference: string }) => c.reference).sort()).toEqual(['UR-2026-40021', 'VID-PVN-2026-7781']);
  });

  it('each read is in the company’s access log, naming the representative and what was read', async () => {
    await graph.gql('{ actingFor { displayName contacts { value } } }', {}, as('janis', COMPANY));
    const log = (await graph.gql(LOG, {}, as('janis', COMPANY))).data.actingFor.accessLog;
    expect(log.nodes.slice(0, 2)).toEqual([
      // The log read itself is a read (newest first).
      { at: expect.any(String), actorKind: 'PERSON', actor: 'Jānis Bērziņš', resource: 'profile: accessLog', purpose: null },
      { at: expect.any(String), actorKind: 'PERSON', actor: 'Jānis Bērziņš', resource: 'profile: contacts, displayName', purpose: null },
    ]);
    expect(Date.parse(log.nodes[0].at)).toBeGreaterThanOrEqual(Date.parse(log.nodes[1].at));
  });

  it('is refused for a company the person does not represent, whatever number they pass', async () => {
    const other = await graph.gql('{ actingFor { displayName } }', {}, as('janis', DEMO_COMPANIES.koks.registrationNumber));
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    expect(other.status).toBe(403);
    expect(other.errors![0].message).toMatch(/may not act for 40103987654/);
    expect(other.data).toBeUndefined();
    // A company the graph does not know gets the same answer: the header reveals nobody's existence.
    const unknown = await graph.gql('{ actingFor { displayName } }', {}, as('janis', '40000000000'));
    expect(unknown.errors![0].message).toBe(other.errors![0].message.replace('40103987654', '40000000000'));
    // The refused request did not reach the party's data: its log has no read by Jānis.
    const peteris = (await graph.gql(LOG, {}, as('peteris', DEMO_COMPANIES.koks.registrationNumber))).data.actingFor.accessLog;
    expect(peteris.nodes.filter((e: { actor: string }) => e.actor === 'Jānis Bērziņš')).toEqual([]);
  });
});

describe('acting as a parent', () => {
  it('a parent acts for a minor child and every read is in the child’s access log', async () => {
    const child = DEMO_PEOPLE.emilija.personalCode;
    const res = await graph.gql('{ actingFor { kind displayName personalCode representedBy { nodes { basis validUntil status representative { displayName } } } } }', {}, as('liga', child));
    expect(res.errors).toBeUndefined();
    expect(res.data.actingFor).toMatchObject({ kind: 'PERSON', displayName: 'Emīlija Liepiņa', personalCode: child });
    expect(res.data.actingFor.representedBy.nodes).toEqual([{ basis: 'PARENT', validUntil: '2044-10-05T00:00:00.000Z', status: 'ACTIVE', representative: { displayName: 'Līga Liepiņa' } }]);
    const log = (await graph.gql(LOG, {}, as('liga', child))).data.actingFor.accessLog;
    expect(log.nodes[1]).toMatchObject({ actorKind: 'PERSON', actor: 'Līga Liepiņa', resource: 'profile: displayName, kind, personalCode, representedBy' });
    // Līga's own log has nothing of this: it is Emīlija's data that was read.
    expect((await graph.gql(MY_LOG, {}, as('liga'))).data.me.accessLog.totalCount).toBe(0);
  });

  it('the parent’s right ends on the child’s 18th birthday', async () => {
    // A son of Līga who turned 18 on 1 November 2026, as the Natural Persons Register would link them.
    const code = withCheckDigit('011108-2123');
    const db = graph.platform.databases.get('clients')!.db;
    const sonId = clientIdFor(graph.config.CLIENT_ID_SECRET, 'person', code);
    const ligaId = clientIdFor(graph.config.CLIENT_ID_SECRET, 'person', DEMO_PEOPLE.liga.personalCode);
    await db.insert(clients).values({ id: sonId, kind: 'PERSON', personalCode: code, displayName: 'Roberts Liepiņš', birthDate: '2008-11-01' });
    await db.insert(representations).values({ basis: 'PARENT', representativeId: ligaId, partyId: sonId, scopes: [...FULL_SCOPES], ...parentalPeriod('2008-11-01'), createdAt: new Date() });

    const res = await graph.gql('{ actingFor { displayName } }', {}, as('liga', code));
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    const mine = await graph.gql('{ me { representing(includeInactive: true) { nodes { basis status validUntil party { displayName } } } active: representing { nodes { party { displayName } } } } }', {}, as('liga'));
    expect(mine.data.me.representing.nodes).toContainEqual({ basis: 'PARENT', status: 'EXPIRED', validUntil: '2026-11-01T00:00:00.000Z', party: { displayName: 'Roberts Liepiņš' } });
    expect(mine.data.me.active.nodes).toEqual([{ party: { displayName: 'Emīlija Liepiņa' } }]);
  });
});

describe('powers of attorney', () => {
  it('granted, used within its scopes, logged, revoked', async () => {
    // Mārtiņš lets Līga follow his cases, and nothing more.
    const granted = await graph.gql(GRANT_POA, { input: { attorneyPersonalCode: DEMO_PEOPLE.liga.personalCode, scopes: ['CASES_READ'], note: 'NVA pieteikums' } }, as('martins'));
    expect(granted.data.grantPowerOfAttorney).toMatchObject({
      errors: [],
      representation: { basis: 'POWER_OF_ATTORNEY', status: 'AWAITING_ACCEPTANCE', scopes: ['CASES_READ'], representative: { displayName: 'Awaiting acceptance' }, party: { displayName: 'Mārtiņš Kļaviņš' }, grantedBy: { displayName: 'Mārtiņš Kļaviņš' }, note: 'NVA pieteikums', validUntil: null },
    });
    const { id } = granted.data.grantPowerOfAttorney.representation;
    const martins = DEMO_PEOPLE.martins.personalCode;
    // Until Līga accepts, it gives her nothing.
    expect(errorCodes(await graph.gql('{ actingFor { displayName } }', {}, as('liga', martins)))).toEqual(['FORBIDDEN']);
    expect(await accept('liga', id)).toMatchObject({ status: 'ACTIVE', representative: { displayName: 'Līga Liepiņa' }, note: null });
    const mine = await graph.gql('{ me { representedBy { nodes { id status representative { displayName } note } } } }', {}, as('martins'));
    expect(mine.data.me.representedBy.nodes).toContainEqual({ id, status: 'ACTIVE', representative: { displayName: 'Līga Liepiņa' }, note: 'NVA pieteikums' });

    const cases = await graph.gql('{ actingFor { displayName cases { totalCount } } }', {}, as('liga', martins));
    expect(cases.errors).toBeUndefined();
    expect(cases.data.actingFor).toEqual({ displayName: 'Mārtiņš Kļaviņš', cases: { totalCount: 1 } });
    // Without PROFILE_READ the attorney sees the name only.
    for (const field of ['personalCode', 'contacts { value }', 'consents { totalCount }', 'accessLog { totalCount }']) {
      const res = await graph.gql(`{ actingFor { ${field} } }`, {}, as('liga', martins));
      if (field === 'personalCode') expect(res.data.actingFor.personalCode).toBeNull();
      else expect(errorCodes(res), field).toEqual(['FORBIDDEN']);
    }
    // …and cannot change the principal's profile or powers.
    expect(errorCodes(await graph.gql('mutation { addContact(input: { kind: EMAIL, value: "x@example.lv" }) { errors { code } } }', {}, as('liga', martins)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql(GRANT_POA, { input: { attorneyPersonalCode: DEMO_PEOPLE.anna.personalCode, scopes: ['CASES_READ'] } }, as('liga', martins)))).toEqual(['FORBIDDEN']);

    // Mārtiņš sees who read his data on his behalf, and what: the name; the withheld fields were not read.
    const log = (await graph.gql(MY_LOG, {}, as('martins'))).data.me.accessLog.nodes;
    // (The case reads come from the cases subgraph, named the same way.)
    expect(new Set(log.filter((e: { actor: string }) => e.actor === 'Līga Liepiņa').map((e: { resource: string }) => e.resource))).toEqual(new Set(['profile: displayName', 'case NVA-2026-11873']));

    // Revoked: the next request is refused. Twice is a CONFLICT.
    expect((await graph.gql(REVOKE_POA, { id }, as('martins'))).data.revokePowerOfAttorney).toMatchObject({ errors: [], representation: { status: 'REVOKED' } });
    expect(errorCodes(await graph.gql('{ actingFor { displayName } }', {}, as('liga', martins)))).toEqual(['FORBIDDEN']);
    expect((await graph.gql(REVOKE_POA, { id }, as('martins'))).data.revokePowerOfAttorney.errors).toEqual([expect.objectContaining({ __typename: 'RevokePowerOfAttorneyNotRevocable', code: 'CONFLICT' })]);
  });

  it('a board member grants a power of attorney for the company; the record names who granted it', async () => {
    const res = await graph.gql(GRANT_POA, { input: { attorneyPersonalCode: DEMO_PEOPLE.anna.personalCode, scopes: ['CASES_READ', 'PROFILE_READ'] } }, as('janis', COMPANY));
    expect(res.data.grantPowerOfAttorney.representation).toMatchObject({ party: { displayName: 'SIA "Zaļā Dārzniecība"' }, representative: { displayName: 'Awaiting acceptance' }, grantedBy: { displayName: 'Jānis Bērziņš' } });
    await accept('anna', res.data.grantPowerOfAttorney.representation.id);
    const anna = await graph.gql('{ actingFor { displayName cases { totalCount } } }', {}, as('anna', COMPANY));
    expect(anna.data.actingFor).toEqual({ displayName: 'SIA "Zaļā Dārzniecība"', cases: { totalCount: 2 } });
    // Anna may read the company's profile but not manage it.
    expect(errorCodes(await graph.gql('mutation { updatePreferences(input: { language: "en" }) { errors { code } } }', {}, as('anna', COMPANY)))).toEqual(['FORBIDDEN']);
    // The board member may: the change lands on the company, not on Jānis.
    const added = await graph.gql('mutation { addContact(input: { kind: EMAIL, value: "birojs@zala-darzniecibа.example.lv" }) { contact { value } errors { code } } }', {}, as('janis', COMPANY));
    expect(added.data.addContact.errors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT' })]);
    await graph.gql('mutation { addContact(input: { kind: EMAIL, value: "birojs@zala-darznieciba.example.lv" }) { errors { code } } }', {}, as('janis', COMPANY));
    expect((await graph.gql('{ actingFor { contacts { value } } }', {}, as('anna', COMPANY))).data.actingFor.contacts).toEqual([{ value: 'birojs@zala-darznieciba.example.lv' }]);
    expect((await graph.gql('{ me { contacts { value } } }', {}, as('janis'))).data.me.contacts.map((c: { value: string }) => c.value)).not.toContain('birojs@zala-darznieciba.example.lv');
    // The company's representations, both ways.
    const both = await graph.gql('{ actingFor { representedBy { totalCount nodes { basis representative { displayName } } } representing { totalCount } } }', {}, as('janis', COMPANY));
    expect(both.data.actingFor.representedBy.nodes).toEqual([{ basis: 'POWER_OF_ATTORNEY', representative: { displayName: 'Anna Kalniņa' } }, { basis: 'BOARD_MEMBER', representative: { displayName: 'Jānis Bērziņš' } }]);
    expect(both.data.actingFor.representing.totalCount).toBe(0);
    // Anna sees the company among those she represents.
    const hers = await graph.gql('{ me { representing { nodes { basis party { displayName } } } } }', {}, as('anna'));
    expect(hers.data.me.representing.nodes).toContainEqual({ basis: 'POWER_OF_ATTORNEY', party: { displayName: 'SIA "Zaļā Dārzniecība"' } });
  });

  it('refuses bad terms with typed errors, and writes nothing', async () => {
    const count = async () => (await graph.gql('{ me { representedBy(includeInactive: true) { totalCount } } }', {}, as('peteris'))).data.me.representedBy.totalCount;
    const before = await count();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ attorneyPersonalCode: DEMO_PEOPLE.peteris.personalCode, scopes: ['CASES_READ'] }, 'GrantPowerOfAttorneyInvalidInput', 'BAD_USER_INPUT'],
      [{ attorneyPersonalCode: DEMO_PEOPLE.anna.personalCode, scopes: ['POWERS_MANAGE'] }, 'GrantPowerOfAttorneyInvalidInput', 'BAD_USER_INPUT'],
      [{ attorneyPersonalCode: DEMO_PEOPLE.anna.personalCode, scopes: [] }, 'GrantPowerOfAttorneyInvalidInput', 'BAD_USER_INPUT'],
      [{ attorneyPersonalCode: DEMO_PEOPLE.anna.personalCode, scopes: ['CASES_READ'], validUntil: '2025-01-01T00:00:00Z' }, 'GrantPowerOfAttorneyInvalidInput', 'BAD_USER_INPUT'],
    ];
    for (const [input, type, code] of cases)
      expect((await graph.gql(GRANT_POA, { input }, as('peteris'))).data.grantPowerOfAttorney, JSON.stringify(input)).toEqual({ representation: null, errors: [expect.objectContaining({ __typename: type, code })] });
    expect(await count()).toBe(before);
  });

  it('nobody revokes a power of attorney they did not grant, whatever id they pass; register links are not revocable', async () => {
    const granted = await graph.gql(GRANT_POA, { input: { attorneyPersonalCode: DEMO_PEOPLE.janis.personalCode, scopes: ['CASES_READ'] } }, as('anna'));
    const { id } = granted.data.grantPowerOfAttorney.representation;
    await accept('janis', id);
    // Not the attorney, not a third person.
    for (const who of ['janis', 'liga'] as const)
      expect((await graph.gql(REVOKE_POA, { id }, as(who))).data.revokePowerOfAttorney.errors, who).toEqual([expect.objectContaining({ __typename: 'RevokePowerOfAttorneyNotFound', code: 'NOT_FOUND' })]);
    expect((await graph.gql('{ actingFor { displayName } }', {}, as('janis', DEMO_PEOPLE.anna.personalCode))).data.actingFor.displayName).toBe('Anna Kalniņa');
    // Līga, acting for Emīlija with POWERS_MANAGE, cannot revoke her own parental link: it comes from the register.
    const link = await graph.gql('{ actingFor { representedBy { nodes { id basis } } } }', {}, as('liga', DEMO_PEOPLE.emilija.personalCode));
    const parental = link.data.actingFor.representedBy.nodes.find((r: { basis: string }) => r.basis === 'PARENT').id;
    expect((await graph.gql(REVOKE_POA, { id: parental }, as('liga', DEMO_PEOPLE.emilija.personalCode))).data.revokePowerOfAttorney.errors).toEqual([
      expect.objectContaining({ __typename: 'RevokePowerOfAttorneyNotRevocable', code: 'CONFLICT' }),
    ]);
    expect(errorCodes(await graph.gql(REVOKE_POA, { id: 'nope' }, as('anna')))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('a power of attorney tells the grantor nothing about the attorney, and puts nothing into their profile', () => {
  const SHAPE = `mutation($input: GrantPowerOfAttorneyInput!) { grantPowerOfAttorney(input: $input) {
    representation { basis status scopes representative { kind displayName } acceptedAt } errors { __typename code message } } }`;

  it('a known and an unknown personal code get the same answer: no name, no error, no id that differs in kind', async () => {
    const unknown = withCheckDigit('290190-1234'); // well-formed, never signed in
    const answers = [];
    for (const code of [DEMO_PEOPLE.emilija.personalCode, unknown]) {
      const res = await graph.gql(SHAPE, { input: { attorneyPersonalCode: code, scopes: ['CASES_READ'] } }, as('peteris'));
      expect(res.errors).toBeUndefined();
      answers.push(res.data.grantPowerOfAttorney);
    }
    expect(answers[0]).toEqual({ representation: { basis: 'POWER_OF_ATTORNEY', status: 'AWAITING_ACCEPTANCE', scopes: ['CASES_READ'], representative: { kind: 'PERSON', displayName: 'Awaiting acceptance' }, acceptedAt: null }, errors: [] });
    expect(answers[1]).toEqual(answers[0]);
    // The list of who represents Pēteris says no more.
    const list = await graph.gql('{ me { representedBy(includeInactive: true) { nodes { status representative { displayName } } } } }', {}, as('peteris'));
    expect(JSON.stringify(list.data)).not.toContain('Emīlija');
  });

  it('the note stays with the principal: the stranger’s profile shows nothing until they accept, and never the note', async () => {
    const spam = 'Jūsu konts bloķēts, zvaniet +371 2000 0000';
    const granted = await graph.gql(GRANT_POA, { input: { attorneyPersonalCode: DEMO_PEOPLE.liga.personalCode, scopes: ['CASES_READ'], note: spam } }, as('anna'));
    const { id } = granted.data.grantPowerOfAttorney.representation;
    const LIST = '{ me { representing(includeInactive: INCLUDE) { nodes { id status note party { displayName } } } } }';
    expect((await graph.gql(LIST.replace('INCLUDE', 'false'), {}, as('liga'))).data.me.representing.nodes.map((r: { id: string }) => r.id)).not.toContain(id);
    const offered = (await graph.gql(LIST.replace('INCLUDE', 'true'), {}, as('liga'))).data.me.representing.nodes.find((r: { id: string }) => r.id === id);
    expect(offered).toEqual({ id, status: 'AWAITING_ACCEPTANCE', note: null, party: { displayName: 'Anna Kalniņa' } });
    await accept('liga', id);
    expect(JSON.stringify((await graph.gql(LIST.replace('INCLUDE', 'true'), {}, as('liga'))).data)).not.toContain(spam);
    // The grantor still reads her own note.
    expect((await graph.gql('{ me { representedBy { nodes { id note } } } }', {}, as('anna'))).data.me.representedBy.nodes).toContainEqual({ id, note: spam });
  });

  it('only the named attorney accepts, once, as themself', async () => {
    const granted = await graph.gql(GRANT_POA, { input: { attorneyPersonalCode: DEMO_PEOPLE.janis.personalCode, scopes: ['CASES_READ'] } }, as('liga'));
    const { id } = granted.data.grantPowerOfAttorney.representation;
    for (const who of ['liga', 'anna'] as const)
      expect((await graph.gql(ACCEPT_POA, { id }, as(who))).data.acceptPowerOfAttorney.errors, who).toEqual([expect.objectContaining({ __typename: 'AcceptPowerOfAttorneyNotFound', code: 'NOT_FOUND' })]);
    expect(errorCodes(await graph.gql(ACCEPT_POA, { id }, as('janis', COMPANY)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql(ACCEPT_POA, { id }, { token: await graph.token({ institution: 'VID' }) }))).toEqual(['FORBIDDEN']);
    await accept('janis', id);
    expect((await graph.gql(ACCEPT_POA, { id }, as('janis'))).data.acceptPowerOfAttorney.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
  });
});

describe('X-Act-For is checked before anything runs', () => {
  it('names the party by its id from representing, as a portal switches (no personal code in the page)', async () => {
    const mine = await graph.gql('{ me { representing { nodes { party { id displayName } } } } }', {}, as('liga'));
    const child = mine.data.me.representing.nodes.find((n: { party: { displayName: string } }) => n.party.displayName === DEMO_PEOPLE.emilija.name).party;
    const res = await graph.gql('{ actingFor { displayName personalCode } }', {}, as('liga', child.id));
    expect(res.errors).toBeUndefined();
    expect(res.data.actingFor).toEqual({ displayName: DEMO_PEOPLE.emilija.name, personalCode: DEMO_PEOPLE.emilija.personalCode });
    // Someone else's id, or an id nobody has, gets the same refusal as an unrepresented code.
    const refused = await graph.gql('{ actingFor { displayName } }', {}, as('janis', child.id));
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql('{ actingFor { displayName } }', {}, as('janis', '00000000-0000-4000-8000-000000000000')))).toEqual(['FORBIDDEN']);
  });

  it('for yourself, malformed, or by anyone but a person on a state portal', async () => {
    expect(errorCodes(await graph.gql('{ actingFor { displayName } }', {}, as('janis', DEMO_PEOPLE.janis.personalCode)))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await graph.gql('{ actingFor { displayName } }', {}, as('janis', 'SIA-Zala')))).toEqual(['BAD_USER_INPUT']);
    const app = await graph.token({ person: DEMO_PEOPLE.janis.personalCode, app: 'startup-app' });
    const pmlp = await graph.token({ institution: 'PMLP' });
    for (const token of [app, pmlp, await graph.token({ operator: 'ops' })])
      expect(errorCodes(await graph.gql('{ services(first: 1) { totalCount } }', {}, { token, headers: actFor(COMPANY) }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql('{ services(first: 1) { totalCount } }', {}, { headers: actFor(COMPANY) }))).toEqual(['UNAUTHENTICATED']);
  });

  it('representation scopes written into a person’s own token count for nothing', async () => {
    const forged = await graph.token({ person: DEMO_PEOPLE.anna.personalCode, scope: 'represent:profile:read represent:profile:manage' });
    const res = await graph.gql('{ actingFor { contacts { value } } }', {}, { token: forged, headers: actFor(DEMO_PEOPLE.peteris.personalCode) });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
  });

  it('without X-Act-For nobody reaches another client’s profile, consents or log', async () => {
    // The only entry points are `me` (oneself), `actingFor` (checked), and `client` (institutions); there is no id to pass.
    expect((await graph.gql('{ actingFor { displayName } }', {}, as('janis'))).data.actingFor).toBeNull();
    const anna = await graph.gql('{ me { id } }', {}, as('anna'));
    // Entities are only reachable through the gateway's query planner, never by id from outside.
    const entities = await graph.gql('query($r: [_Any!]!) { _entities(representations: $r) { ... on Client { displayName } } }', { r: [{ __typename: 'Client', id: anna.data.me.id }] }, as('janis'));
    expect(new Set(errorCodes(entities))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
    expect(entities.data).toBeUndefined();
  });
});

type AccessPage = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { at: string; purpose: string }[] };

describe('the access log', () => {
  it('pages newest first through many reads, each once', async () => {
    const vid = await graph.token({ institution: 'VID' });
    for (let i = 0; i < 23; i++)
      await graph.gql(`{ client(personalCode: "${DEMO_PEOPLE.peteris.personalCode}", purpose: "check ${i}") { displayName } }`, {}, { token: vid });
    // Reads in the same millisecond: the page boundary falls among them and none is lost or repeated.
    const at = new Date(Date.now() - 60_000);
    const peterisId = clientIdFor(graph.config.CLIENT_ID_SECRET, 'person', DEMO_PEOPLE.peteris.personalCode);
    await graph.platform.databases.get('clients')!.db.insert(accessLog).values(
      Array.from({ length: 7 }, (_, i) => ({ clientId: peterisId, at, actorKind: 'INSTITUTION' as const, actor: 'VID', resource: 'profile: displayName', purpose: `same moment ${i}` })),
    );
    const seen: { at: string; purpose: string }[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page = await graph.gql<{ me: { accessLog: AccessPage } }>('query($after: String) { me { accessLog(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { at purpose } } } }', { after }, as('peteris'));
      const log: AccessPage = page.data!.me.accessLog;
      total = log.totalCount;
      seen.push(...log.nodes);
      after = log.pageInfo.hasNextPage ? log.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(total).toBeGreaterThanOrEqual(30);
    expect(new Set(seen.map((e) => e.purpose)).size).toBe(total);
    const times = seen.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(errorCodes(await graph.gql('{ me { accessLog(first: 101) { totalCount } } }', {}, as('peteris')))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await graph.gql('{ me { accessLog(after: "bm9wZQ") { totalCount } } }', {}, as('peteris')))).toEqual(['BAD_USER_INPUT']);
  });

});
