import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_COMPANIES } from '@public-service-graph/subgraph-kit/demo-people';
import { withCheckDigit } from '@public-service-graph/subgraph-kit/personal-code';
import { DEMO_PEOPLE, errorCodes, startTestGraph, type TestGraph } from './support/platform.ts';

let graph: TestGraph;
let pmlp: string;
beforeAll(async () => {
  graph = await startTestGraph();
  pmlp = await graph.token({ institution: 'PMLP' });
});
afterAll(() => graph?.stop());

const LOOKUP = 'query($code: String, $reg: String, $purpose: String) { client(personalCode: $code, registrationNumber: $reg, purpose: $purpose) { id kind displayName personalCode registrationNumber } }';
const LOG = '{ me { accessLog(first: 100) { totalCount nodes { at actorKind actor resource purpose } } } }';
const ADD = `mutation($input: AddContactInput!) { addContact(input: $input) { contact { id kind value verified preferredFor } errors { __typename code message ... on AddContactDuplicate { existingId } } } }`;
const UPDATE = `mutation($id: ID!, $topics: [NotificationTopic!]!) { updateContact(input: { id: $id, preferredFor: $topics }) { contact { id preferredFor } errors { __typename code message } } }`;
const REMOVE = `mutation($id: ID!) { removeContact(id: $id) { removedId errors { __typename code message } } }`;
const PREFS = `mutation($input: UpdatePreferencesInput!) { updatePreferences(input: $input) { preferences { language preferredChannel notifications { topic channel enabled } } errors { __typename code message ... on UpdatePreferencesChannelUnavailable { channel } ... on UpdatePreferencesUnsupportedLanguage { supported } } } }`;
const MY_CONTACTS = '{ me { contacts { id kind value preferredFor } preferences { language preferredChannel notifications { topic channel enabled } } } }';

const tokenOf = (person: keyof typeof DEMO_PEOPLE) => graph.token({ person: DEMO_PEOPLE[person].personalCode });
const lookup = (variables: Record<string, unknown>, token = pmlp) => graph.gql(LOOKUP, variables, { token });

describe('the profile', () => {
  it('me: basic data with its registers, contacts, the e-address, preferences', async () => {
    const res = await graph.gql('{ me { kind displayName personalCode registrationNumber linkedRegisters { register holderCode fields } contacts { kind value verified preferredFor } eAddress { activated activatedAt } preferences { language preferredChannel } } }', {}, { token: await tokenOf('janis') });
    expect(res.errors).toBeUndefined();
    expect(res.data.me).toMatchObject({
      kind: 'PERSON', displayName: 'Jānis Bērziņš', personalCode: DEMO_PEOPLE.janis.personalCode, registrationNumber: null,
      linkedRegisters: [{ register: 'NATURAL_PERSONS_REGISTER', holderCode: 'PMLP', fields: expect.arrayContaining(['displayName', 'personalCode']) }],
      eAddress: { activated: true, activatedAt: '2024-02-01T10:00:00.000Z' },
      preferences: { language: 'lv', preferredChannel: 'PORTAL' },
    });
    expect(res.data.me.contacts).toEqual([
      { kind: 'EMAIL', value: 'janis.berzins@example.lv', verified: false, preferredFor: ['CASE_STATUS_CHANGES', 'DEADLINES'] },
      { kind: 'PHONE', value: '+37120000001', verified: false, preferredFor: [] },
    ]);
  });

  it('a person reading their own profile leaves nothing in their access log', async () => {
    const token = await tokenOf('martins');
    await graph.gql('{ me { displayName personalCode contacts { value } } }', {}, { token });
    expect((await graph.gql(LOG, {}, { token })).data.me.accessLog.totalCount).toBe(0);
  });
});

describe('personal codes are validated wherever they are accepted', () => {
  const purpose = 'identity check at the counter';

  it('a valid old-form code and a new-form code find their client', async () => {
    expect((await lookup({ code: DEMO_PEOPLE.anna.personalCode, purpose })).data.client).toMatchObject({ displayName: 'Anna Kalniņa', personalCode: DEMO_PEOPLE.anna.personalCode });
    // Without the hyphen, too.
    expect((await lookup({ code: DEMO_PEOPLE.anna.personalCode.replace('-', ''), purpose })).data.client.displayName).toBe('Anna Kalniņa');
    expect((await lookup({ code: DEMO_PEOPLE.martins.personalCode, purpose })).data.client).toMatchObject({ displayName: 'Mārtiņš Kļaviņš', personalCode: '320123-45679' });
    // A well-formed new-form code nobody has: no client, no error.
    const unknown = await lookup({ code: '329999-00001', purpose });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data.client).toBeNull();
  });

  it.each([
    ['a wrong check digit', '150385-12345', 'CHECK_DIGIT', /check digit/],
    ['an impossible date (30 February)', withCheckDigit('300285-1234'), 'DATE', /birth date/],
    ['an impossible century digit', withCheckDigit('150385-5234'), 'DATE', /century/],
    ['a wrong shape', '15038512', 'FORMAT', /11 digits/],
  ])('%s is BAD_USER_INPUT naming the problem', async (_, code, problem, message) => {
    const res = await lookup({ code, purpose });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].extensions).toMatchObject({ argument: 'personalCode', problem });
    expect(res.errors![0].message).toMatch(message);
    expect(res.errors![0].message).toContain(code);
  });

  it('in X-Act-For and in a power of attorney, too', async () => {
    const token = await tokenOf('liga');
    const actFor = await graph.gql('{ actingFor { displayName } }', {}, { token, headers: { 'x-act-for': '051026-21118' } });
    expect(errorCodes(actFor)).toEqual(['BAD_USER_INPUT']);
    expect(actFor.errors![0].message).toMatch(/X-Act-For.*check digit/);
    const poa = await graph.gql('mutation { grantPowerOfAttorney(input: { attorneyPersonalCode: "310299-12345", scopes: [CASES_READ] }) { errors { code } } }', {}, { token });
    expect(errorCodes(poa)).toEqual(['BAD_USER_INPUT']);
    expect(poa.errors![0].extensions).toMatchObject({ argument: 'attorneyPersonalCode', problem: 'DATE' });
  });

  it('registration numbers: 11 digits starting 4–9', async () => {
    expect((await lookup({ reg: DEMO_COMPANIES.darznieciba.registrationNumber, purpose })).data.client).toMatchObject({ kind: 'COMPANY', displayName: 'SIA "Zaļā Dārzniecība"', registrationNumber: '40203123456', personalCode: null });
    for (const reg of ['4020312345', '30203123456', '4020312345x'])
      expect(errorCodes(await lookup({ reg, purpose })), reg).toEqual(['BAD_USER_INPUT']);
  });
});

describe('institutions read a client only with a stated purpose, and the read is logged', () => {
  it('no purpose, or a blank one: BAD_USER_INPUT and nothing logged', async () => {
    const anna = await tokenOf('anna');
    const before = (await graph.gql(LOG, {}, { token: anna })).data.me.accessLog.totalCount;
    for (const purpose of [undefined, '', '  ', 'x'.repeat(301)]) {
      const res = await lookup({ code: DEMO_PEOPLE.anna.personalCode, purpose });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions).toMatchObject({ argument: 'purpose' });
    }
    expect((await graph.gql(LOG, {}, { token: anna })).data.me.accessLog.totalCount).toBe(before);
  });

  it('exactly one identifier', async () => {
    expect(errorCodes(await lookup({ purpose: 'audit' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await lookup({ code: DEMO_PEOPLE.anna.personalCode, reg: '40203123456', purpose: 'audit' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('a read with a purpose is in the client’s access log: who, when, which fields, why', async () => {
    const started = Date.now();
    const vid = await graph.token({ institution: 'VID' });
    const res = await graph.gql(`{ client(personalCode: "${DEMO_PEOPLE.peteris.personalCode}", purpose: "annual income declaration 2026") { displayName contacts { value } preferences { language } } }`, {}, { token: vid });
    expect(res.errors).toBeUndefined();
    const log = (await graph.gql(LOG, {}, { token: await tokenOf('peteris') })).data.me.accessLog;
    expect(log.nodes[0]).toEqual({ at: expect.any(String), actorKind: 'INSTITUTION', actor: 'VID', resource: 'profile: contacts, displayName, preferences', purpose: 'annual income declaration 2026' });
    expect(Date.parse(log.nodes[0].at)).toBeGreaterThanOrEqual(started - 1000);
    // An operator is logged as one.
    await graph.gql(`{ client(personalCode: "${DEMO_PEOPLE.peteris.personalCode}", purpose: "support ticket 4411") { displayName } }`, {}, { token: await graph.token({ operator: 'ops-anna' }) });
    expect((await graph.gql(LOG, {}, { token: await tokenOf('peteris') })).data.me.accessLog.nodes[0]).toMatchObject({ actorKind: 'OPERATOR', actor: 'ops-anna', purpose: 'support ticket 4411' });
  });

  it('institutions see neither consents, representations nor the access log', async () => {
    for (const field of ['consents { totalCount }', 'representedBy { totalCount }', 'accessLog { totalCount }'])
      expect(errorCodes(await graph.gql(`{ client(personalCode: "${DEMO_PEOPLE.anna.personalCode}", purpose: "audit") { ${field} } }`, {}, { token: pmlp })), field).toEqual(['FORBIDDEN']);
  });

  it('persons, applications and the anonymous cannot look clients up', async () => {
    const tokens = [await tokenOf('janis'), await graph.token({ person: DEMO_PEOPLE.janis.personalCode, app: 'startup-app' }), await graph.token({ application: 'startup-app' })];
    for (const token of tokens) expect(errorCodes(await lookup({ code: DEMO_PEOPLE.anna.personalCode, purpose: 'curious' }, token))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql(LOOKUP, { code: DEMO_PEOPLE.anna.personalCode, purpose: 'curious' }))).toEqual(['FORBIDDEN']);
  });

  it('an institution reaching a client through another subgraph (no purpose) gets nothing of the profile', async () => {
    const { data } = await graph.gql('{ me { cases { nodes { id } } } }', {}, { token: await tokenOf('janis') });
    // The cases subgraph wants a purpose for an institution's read of a person's case; the clients subgraph still gets none.
    const res = await graph.gql('query($id: ID!) { case(id: $id, purpose: "pases izsniegšana") { reference client { id displayName } } }', { id: data.me.cases.nodes[0].id }, { token: pmlp });
    // The refusal costs the refused field only: FORBIDDEN on its path, the case and the client's id (which the case gave) stand.
    expect(res.data.case).toEqual({ reference: 'PMLP-2026/004211', client: { id: expect.any(String), displayName: null } });
    expect(res.errors?.map((e) => [e.extensions?.code, e.path?.join('.')])).toEqual([['FORBIDDEN', 'case.client.displayName']]);
  });
});

describe('contacts', () => {
  it('adds an e-mail and a phone, normalized and unverified; a duplicate is a CONFLICT', async () => {
    const token = await tokenOf('martins');
    const email = await graph.gql(ADD, { input: { kind: 'EMAIL', value: ' Martins.Klavins@Example.LV ', preferredFor: ['DEADLINES'] } }, { token });
    expect(email.data.addContact).toMatchObject({ errors: [], contact: { kind: 'EMAIL', value: 'martins.klavins@example.lv', verified: false, preferredFor: ['DEADLINES'] } });
    const phone = await graph.gql(ADD, { input: { kind: 'PHONE', value: '2912 3456' } }, { token });
    expect(phone.data.addContact.contact.value).toBe('+37129123456');
    const again = await graph.gql(ADD, { input: { kind: 'EMAIL', value: 'martins.klavins@example.lv' } }, { token });
    expect(again.data.addContact).toEqual({ contact: null, errors: [expect.objectContaining({ __typename: 'AddContactDuplicate', code: 'CONFLICT', existingId: email.data.addContact.contact.id })] });
  });

  it('refuses a malformed value with a typed error and writes nothing', async () => {
    const token = await tokenOf('peteris');
    const before = (await graph.gql(MY_CONTACTS, {}, { token })).data.me.contacts;
    for (const [kind, value] of [['EMAIL', 'not-an-address'], ['EMAIL', 'a@b'], ['PHONE', '12345'], ['PHONE', '+371 2000 000x']]) {
      const res = await graph.gql(ADD, { input: { kind, value } }, { token });
      expect(res.data.addContact, value).toEqual({ contact: null, errors: [expect.objectContaining({ __typename: 'AddContactInvalidValue', code: 'BAD_USER_INPUT', message: expect.stringContaining(value) })] });
    }
    expect(errorCodes(await graph.gql(ADD, { input: { kind: 'FAX', value: '1' } }, { token }))).toEqual(['BAD_USER_INPUT']);
    expect((await graph.gql(MY_CONTACTS, {}, { token })).data.me.contacts).toEqual(before);
  });

  it('holds at most 10 contacts', async () => {
    const token = await tokenOf('emilija');
    for (let i = 0; i < 10; i++) expect((await graph.gql(ADD, { input: { kind: 'EMAIL', value: `e${i}@example.lv` } }, { token })).data.addContact.errors).toEqual([]);
    expect((await graph.gql(ADD, { input: { kind: 'EMAIL', value: 'e10@example.lv' } }, { token })).data.addContact.errors).toEqual([expect.objectContaining({ __typename: 'AddContactLimitReached', code: 'CONFLICT' })]);
    expect((await graph.gql(MY_CONTACTS, {}, { token })).data.me.contacts).toHaveLength(10);
  });

  it('one preferred contact of a kind per topic: preferring another takes the topic over', async () => {
    const token = await tokenOf('martins');
    const second = await graph.gql(ADD, { input: { kind: 'EMAIL', value: 'work@example.lv' } }, { token });
    const updated = await graph.gql(UPDATE, { id: second.data.addContact.contact.id, topics: ['DEADLINES', 'CASE_STATUS_CHANGES'] }, { token });
    expect(updated.data.updateContact.contact.preferredFor.sort()).toEqual(['CASE_STATUS_CHANGES', 'DEADLINES']);
    const contacts = (await graph.gql(MY_CONTACTS, {}, { token })).data.me.contacts;
    expect(contacts.find((c: { value: string }) => c.value === 'martins.klavins@example.lv').preferredFor).toEqual([]);
  });

  it('removes a contact; the EMAIL channel goes off with the last e-mail address', async () => {
    const token = await tokenOf('anna');
    const on = await graph.gql(PREFS, { input: { notifications: [{ topic: 'DEADLINES', channel: 'EMAIL', enabled: true }] } }, { token });
    expect(on.data.updatePreferences.errors).toEqual([]);
    const [email] = (await graph.gql(MY_CONTACTS, {}, { token })).data.me.contacts;
    expect((await graph.gql(REMOVE, { id: email.id }, { token })).data.removeContact).toEqual({ removedId: email.id, errors: [] });
    const me = (await graph.gql(MY_CONTACTS, {}, { token })).data.me;
    expect(me.contacts).toEqual([]);
    expect(me.preferences.notifications.find((n: { topic: string; channel: string }) => n.topic === 'DEADLINES' && n.channel === 'EMAIL').enabled).toBe(false);
  });

  it('nobody changes another person’s contacts, whatever id they pass', async () => {
    const janis = await tokenOf('janis');
    const [hisEmail] = (await graph.gql(MY_CONTACTS, {}, { token: janis })).data.me.contacts;
    const liga = await tokenOf('liga');
    expect((await graph.gql(UPDATE, { id: hisEmail.id, topics: [] }, { token: liga })).data.updateContact.errors).toEqual([expect.objectContaining({ __typename: 'UpdateContactNotFound', code: 'NOT_FOUND' })]);
    expect((await graph.gql(REMOVE, { id: hisEmail.id }, { token: liga })).data.removeContact.errors).toEqual([expect.objectContaining({ __typename: 'RemoveContactNotFound', code: 'NOT_FOUND' })]);
    expect(errorCodes(await graph.gql(REMOVE, { id: '42' }, { token: liga }))).toEqual(['BAD_USER_INPUT']);
    expect((await graph.gql(MY_CONTACTS, {}, { token: janis })).data.me.contacts[0]).toEqual(hisEmail);
    // Applications, institutions and the anonymous change no one's contacts.
    const app = await graph.token({ person: DEMO_PEOPLE.janis.personalCode, app: 'startup-app' });
    expect(errorCodes(await graph.gql(REMOVE, { id: hisEmail.id }, { token: app }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql(REMOVE, { id: hisEmail.id }, { token: pmlp }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql(REMOVE, { id: hisEmail.id }))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('preferences', () => {
  it('changes language, preferred channel and single topic × channel settings, leaving the rest', async () => {
    const token = await tokenOf('janis');
    const res = await graph.gql(PREFS, { input: { language: 'en', preferredChannel: 'E_ADDRESS', notifications: [{ topic: 'CASE_STATUS_CHANGES', channel: 'SMS', enabled: true }, { topic: 'DEADLINES', channel: 'PORTAL', enabled: false }] } }, { token });
    expect(res.data.updatePreferences.errors).toEqual([]);
    const prefs = (await graph.gql(MY_CONTACTS, {}, { token })).data.me.preferences;
    expect(prefs).toMatchObject({ language: 'en', preferredChannel: 'E_ADDRESS' });
    const on = prefs.notifications.filter((n: { enabled: boolean }) => n.enabled).map((n: { topic: string; channel: string }) => `${n.topic}/${n.channel}`);
    expect(on).toEqual(['CASE_STATUS_CHANGES/PORTAL', 'CASE_STATUS_CHANGES/SMS']);
  });

  it('refuses an unsupported language or an unreachable channel with a typed error, and changes nothing', async () => {
    const token = await tokenOf('peteris');
    const before = (await graph.gql(MY_CONTACTS, {}, { token })).data.me.preferences;
    expect((await graph.gql(PREFS, { input: { language: 'de' } }, { token })).data.updatePreferences.errors).toEqual([
      expect.objectContaining({ __typename: 'UpdatePreferencesUnsupportedLanguage', code: 'BAD_USER_INPUT', supported: ['lv', 'en', 'ru'] }),
    ]);
    // Pēteris has no e-address and no phone; the language in the same input is not half-applied.
    expect((await graph.gql(PREFS, { input: { language: 'ru', preferredChannel: 'E_ADDRESS' } }, { token })).data.updatePreferences.errors).toEqual([
      expect.objectContaining({ __typename: 'UpdatePreferencesChannelUnavailable', code: 'BAD_USER_INPUT', channel: 'E_ADDRESS' }),
    ]);
    expect((await graph.gql(PREFS, { input: { notifications: [{ topic: 'DEADLINES', channel: 'SMS', enabled: true }] } }, { token })).data.updatePreferences.errors[0].channel).toBe('SMS');
    expect(errorCodes(await graph.gql(PREFS, { input: { notifications: [{ topic: 'WEATHER', channel: 'SMS', enabled: true }] } }, { token }))).toEqual(['BAD_USER_INPUT']);
    expect((await graph.gql(MY_CONTACTS, {}, { token })).data.me.preferences).toEqual(before);
    expect((await graph.gql('{ services(first: 1) { totalCount } }')).errors).toBeUndefined();
  });
});

describe('cost', () => {
  it('the profile with contacts, preferences, consents and representations is a fixed number of statements', async () => {
    const token = await tokenOf('janis');
    const q = '{ me { displayName contacts { value } eAddress { activated } preferences { language notifications { enabled } } consents { totalCount nodes { decidedBy { displayName } uses { totalCount } } } representing { nodes { party { displayName } representative { displayName } } } } }';
    const count = async () => {
      const before = graph.statementCount();
      expect((await graph.gql(q, {}, { token })).errors).toBeUndefined();
      return graph.requestStatementsSince(before);
    };
    const first = await count();
    for (let i = 0; i < 5; i++) await graph.gql(ADD, { input: { kind: 'PHONE', value: `+3712100000${i}` } }, { token });
    expect(await count()).toBe(first);
    expect(first).toBeLessThanOrEqual(12);
  });
});
