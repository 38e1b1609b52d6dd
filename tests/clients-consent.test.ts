import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE, errorCodes, startTestGraph, type TestGraph } from './support/platform.ts';

let graph: TestGraph;
let anna: string;
let annaApp: string;
beforeAll(async () => {
  graph = await startTestGraph();
  anna = await graph.token({ person: DEMO_PEOPLE.anna.personalCode });
  annaApp = await graph.token({ person: DEMO_PEOPLE.anna.personalCode, app: 'startup-app' });
});
afterAll(() => graph?.stop());

const APP_READ = 'query AppReadsProfile { me { displayName personalCode } }';
const REQUEST = `mutation($input: RequestConsentInput!) { requestConsent(input: $input) { consent { id status holds recipient { kind id } } errors { __typename code message ... on RequestConsentInvalidInput { field } } } }`;
const ANSWER = `mutation($id: ID!, $answer: ConsentAnswer!) { answerConsentRequest(input: { id: $id, answer: $answer }) { consent { id status holds decidedBy { displayName } } errors { __typename code message ... on AnswerConsentRequestNotPending { status } } } }`;
const GRANT = `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { consent { id status holds validUntil } errors { __typename code message ... on GrantConsentInvalidInput { field } } } }`;
const REVOKE = `mutation($id: ID!) { revokeConsent(id: $id) { consent { id status holds revokedAt } errors { __typename code message ... on RevokeConsentNotGranted { status } } } }`;
const CONSENT = `query($status: [ConsentStatus!]) { me { consents(status: $status) { totalCount nodes { id status holds purpose scopes recipient { kind id } uses { totalCount nodes { operation at } } } } } }`;
const LOG = '{ me { accessLog(first: 100) { totalCount nodes { at actorKind actor resource purpose } } } }';

const inAYear = () => new Date(Date.now() + 300 * 86_400_000).toISOString();
const consentsOf = async (token: string, status?: string[]) => (await graph.gql(CONSENT, { status }, { token })).data.me.consents;
const logOf = async (token: string) => (await graph.gql(LOG, {}, { token })).data.me.accessLog;

describe('the consent lifecycle, end to end through the gateway', () => {
  it('an application is refused before consent, while the request waits, allowed while granted, refused after revocation', async () => {
    // Before any consent.
    const before = await graph.gql(APP_READ, {}, { token: annaApp });
    expect(errorCodes(before)).toEqual(['FORBIDDEN']);
    expect(before.errors![0].message).toMatch(/consent/);

    // The application asks; nothing is granted yet.
    const asked = await graph.gql(REQUEST, { input: { purpose: 'Show your profile in Startup', scopes: ['PROFILE_READ'], validUntil: inAYear() } }, { token: annaApp });
    expect(asked.data.requestConsent).toMatchObject({ errors: [], consent: { status: 'REQUESTED', holds: false, recipient: { kind: 'APPLICATION', id: 'startup-app' } } });
    const id = asked.data.requestConsent.consent.id;
    expect(errorCodes(await graph.gql(APP_READ, {}, { token: annaApp }))).toEqual(['FORBIDDEN']);
    expect((await consentsOf(anna, ['REQUESTED'])).nodes.map((c: { id: string }) => c.id)).toEqual([id]);

    // Anna grants it: the application reads her name, and not her personal code (no PERSONAL_CODE_READ).
    const granted = await graph.gql(ANSWER, { id, answer: 'GRANT' }, { token: anna });
    expect(granted.data.answerConsentRequest).toMatchObject({ errors: [], consent: { status: 'GRANTED', holds: true, decidedBy: { displayName: 'Anna Kalniņa' } } });
    const during = await graph.gql(APP_READ, {}, { token: annaApp });
    expect(during.errors).toBeUndefined();
    expect(during.data.me).toEqual({ displayName: 'Anna Kalniņa', personalCode: null });

    // Each use is recorded on the consent, and the read is in Anna's access log with the consent's purpose
    // (the personal code was not read: it came back null).
    const [consent] = (await consentsOf(anna, ['GRANTED'])).nodes.filter((c: { id: string }) => c.id === id);
    expect(consent.uses.totalCount).toBe(1);
    expect(consent.uses.nodes[0].operation).toBe('query AppReadsProfile');
    const log = await logOf(anna);
    expect(log.nodes[0]).toMatchObject({ actorKind: 'APPLICATION', actor: 'startup-app', resource: 'profile: displayName', purpose: 'Show your profile in Startup' });

    // Revoked: refused on the very next request; no further use is recorded.
    const revoked = await graph.gql(REVOKE, { id }, { token: anna });
    expect(revoked.data.revokeConsent).toMatchObject({ errors: [], consent: { status: 'REVOKED', holds: false } });
    expect(errorCodes(await graph.gql(APP_READ, {}, { token: annaApp }))).toEqual(['FORBIDDEN']);
    expect((await consentsOf(anna, ['REVOKED'])).nodes.find((c: { id: string }) => c.id === id).uses.totalCount).toBe(1);
    expect((await logOf(anna)).totalCount).toBe(log.totalCount);

    // Revoking twice, or answering a decided request, is a CONFLICT naming the status; nothing changes.
    expect((await graph.gql(REVOKE, { id }, { token: anna })).data.revokeConsent.errors).toEqual([
      expect.objectContaining({ __typename: 'RevokeConsentNotGranted', code: 'CONFLICT', status: 'REVOKED' }),
    ]);
    expect((await graph.gql(ANSWER, { id, answer: 'GRANT' }, { token: anna })).data.answerConsentRequest.errors).toEqual([
      expect.objectContaining({ __typename: 'AnswerConsentRequestNotPending', code: 'CONFLICT', status: 'REVOKED' }),
    ]);
  });

  it('an application is refused after the consent expires', async () => {
    const validUntil = new Date(Date.now() + 1500).toISOString();
    const res = await graph.gql(GRANT, { input: { recipient: { kind: 'APPLICATION', id: 'startup-app' }, purpose: 'A short look', scopes: ['PROFILE_READ'], validUntil } }, { token: anna });
    const { id } = res.data.grantConsent.consent;
    expect((await graph.gql(APP_READ, {}, { token: annaApp })).data?.me.displayName).toBe('Anna Kalniņa');
    await sleep(Date.parse(validUntil) - Date.now() + 100);
    expect(errorCodes(await graph.gql(APP_READ, {}, { token: annaApp }))).toEqual(['FORBIDDEN']);
    const expired = (await consentsOf(anna, ['EXPIRED'])).nodes.find((c: { id: string }) => c.id === id);
    expect(expired).toMatchObject({ status: 'EXPIRED', holds: false });
    expect((await graph.gql(REVOKE, { id }, { token: anna })).data.revokeConsent.errors).toEqual([expect.objectContaining({ code: 'CONFLICT', status: 'EXPIRED' })]);
  });

  it('a rejected request grants nothing', async () => {
    const asked = await graph.gql(REQUEST, { input: { purpose: 'Read your contacts', scopes: ['CONTACTS_READ'], validUntil: inAYear() } }, { token: annaApp });
    const { id } = asked.data.requestConsent.consent;
    expect((await graph.gql(ANSWER, { id, answer: 'REJECT' }, { token: anna })).data.answerConsentRequest.consent).toMatchObject({ status: 'REJECTED', holds: false });
    expect(errorCodes(await graph.gql('{ me { contacts { value } } }', {}, { token: annaApp }))).toEqual(['FORBIDDEN']);
  });

  it('the personal code only with PERSONAL_CODE_READ, contacts only with CONTACTS_READ, and a consent to one application is not another’s', async () => {
    const res = await graph.gql(GRANT, { input: { recipient: { kind: 'APPLICATION', id: 'startup-app' }, purpose: 'Fill in forms for you', scopes: ['PERSONAL_CODE_READ'] } }, { token: anna });
    const { id } = res.data.grantConsent.consent;
    const read = await graph.gql('{ me { displayName personalCode } }', {}, { token: annaApp });
    expect(read.data.me).toEqual({ displayName: 'Anna Kalniņa', personalCode: DEMO_PEOPLE.anna.personalCode });
    const contacts = await graph.gql('{ me { contacts { value } } }', {}, { token: annaApp });
    expect(errorCodes(contacts)).toEqual(['FORBIDDEN']);
    expect(contacts.errors![0].message).toMatch(/contacts/);
    // Consents, representations and the access log are never an application's to read.
    for (const field of ['consents { totalCount }', 'representedBy { totalCount }', 'accessLog { totalCount }', 'consentsToProactiveOffers'])
      expect(errorCodes(await graph.gql(`{ me { ${field} } }`, {}, { token: annaApp })), field).toEqual(['FORBIDDEN']);
    const otherApp = await graph.token({ person: DEMO_PEOPLE.anna.personalCode, app: 'other-app' });
    expect(errorCodes(await graph.gql('{ me { displayName } }', {}, { token: otherApp }))).toEqual(['FORBIDDEN']);
    await graph.gql(REVOKE, { id }, { token: anna });
  });

  it('consent scopes written into the application’s own token count for nothing', async () => {
    const forged = await graph.token({ person: DEMO_PEOPLE.peteris.personalCode, app: 'startup-app', scope: 'openid consent:profile:read consent:profile:personal-code' });
    expect(errorCodes(await graph.gql(APP_READ, {}, { token: forged }))).toEqual(['FORBIDDEN']);
  });

  it('with CASES_READ alone an application reaches the person (for their cases) but not their profile', async () => {
    const res = await graph.gql(GRANT, { input: { recipient: { kind: 'APPLICATION', id: 'cases-app' }, purpose: 'Track your applications', scopes: ['CASES_READ'] } }, { token: anna });
    const casesApp = await graph.token({ person: DEMO_PEOPLE.anna.personalCode, app: 'cases-app' });
    const id = await graph.gql('{ me { id } }', {}, { token: casesApp });
    expect(id.errors).toBeUndefined();
    expect(errorCodes(await graph.gql('{ me { displayName } }', {}, { token: casesApp }))).toEqual(['FORBIDDEN']);
    // Reaching the id reads no profile data: nothing in the log for it.
    expect((await logOf(anna)).nodes.filter((e: { actor: string }) => e.actor === 'cases-app')).toEqual([]);
    await graph.gql(REVOKE, { id: res.data.grantConsent.consent.id }, { token: anna });
    expect(errorCodes(await graph.gql('{ me { id } }', {}, { token: casesApp }))).toEqual(['FORBIDDEN']);
  });

});

describe('who may do what with consents', () => {
  it('an application cannot grant, answer or revoke; it can only ask', async () => {
    const asked = await graph.gql(REQUEST, { input: { purpose: 'Let me in', scopes: ['PROFILE_READ'], validUntil: inAYear() } }, { token: annaApp });
    const { id } = asked.data.requestConsent.consent;
    expect(errorCodes(await graph.gql(ANSWER, { id, answer: 'GRANT' }, { token: annaApp }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql(GRANT, { input: { recipient: { kind: 'APPLICATION', id: 'startup-app' }, purpose: 'self-service', scopes: ['PROFILE_READ'] } }, { token: annaApp }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql(REVOKE, { id }, { token: annaApp }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql(APP_READ, {}, { token: annaApp }))).toEqual(['FORBIDDEN']);
  });

  it('a person, an institution or an application without a person’s token cannot ask for consent', async () => {
    const input = { purpose: 'Let me in', scopes: ['PROFILE_READ'], validUntil: inAYear() };
    for (const token of [anna, await graph.token({ institution: 'VID' }), await graph.token({ application: 'startup-app' })])
      expect(errorCodes(await graph.gql(REQUEST, { input }, { token }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql(REQUEST, { input }))).toEqual(['UNAUTHENTICATED']);
  });

  it('another person can neither answer nor revoke Anna’s consents, whatever id they pass', async () => {
    const asked = await graph.gql(REQUEST, { input: { purpose: 'Pending for Anna', scopes: ['PROFILE_READ'], validUntil: inAYear() } }, { token: annaApp });
    const pending = asked.data.requestConsent.consent.id;
    const given = (await graph.gql(GRANT, { input: { recipient: { kind: 'APPLICATION', id: 'startup-app' }, purpose: 'Granted by Anna', scopes: ['CASES_READ'] } }, { token: anna })).data.grantConsent.consent.id;
    const janis = await graph.token({ person: DEMO_PEOPLE.janis.personalCode });
    expect((await graph.gql(ANSWER, { id: pending, answer: 'GRANT' }, { token: janis })).data.answerConsentRequest.errors).toEqual([expect.objectContaining({ __typename: 'AnswerConsentRequestNotFound', code: 'NOT_FOUND' })]);
    expect((await graph.gql(REVOKE, { id: given }, { token: janis })).data.revokeConsent.errors).toEqual([expect.objectContaining({ __typename: 'RevokeConsentNotFound', code: 'NOT_FOUND' })]);
    const annas = (await consentsOf(anna)).nodes;
    expect(annas.find((c: { id: string }) => c.id === pending).status).toBe('REQUESTED');
    expect(annas.find((c: { id: string }) => c.id === given).status).toBe('GRANTED');
    // Jānis's own list does not contain them either.
    const his = (await consentsOf(janis)).nodes.map((c: { id: string }) => c.id);
    expect(his).not.toContain(pending);
    expect(his).not.toContain(given);
    expect(errorCodes(await graph.gql(REVOKE, { id: 'not-an-id' }, { token: janis }))).toEqual(['BAD_USER_INPUT']);
    await graph.gql(REVOKE, { id: given }, { token: anna });
  });

  it('refuses bad terms with a typed error naming the field, and writes nothing', async () => {
    const before = (await consentsOf(anna)).totalCount;
    const bad: [Record<string, unknown>, string][] = [
      [{ recipient: { kind: 'APPLICATION', id: 'startup-app' }, purpose: 'Offers', scopes: ['PROACTIVE_OFFERS'] }, 'scopes'],
      [{ recipient: { kind: 'APPLICATION', id: 'Startup App!' }, purpose: 'Read', scopes: ['PROFILE_READ'] }, 'recipient.id'],
      [{ recipient: { kind: 'INSTITUTION', id: 'VSAA' }, purpose: 'x', scopes: ['PROACTIVE_OFFERS'] }, 'purpose'],
      [{ recipient: { kind: 'APPLICATION', id: 'startup-app' }, purpose: 'Read', scopes: ['PROFILE_READ'], validUntil: '2020-01-01T00:00:00Z' }, 'validUntil'],
    ];
    for (const [input, field] of bad)
      expect((await graph.gql(GRANT, { input }, { token: anna })).data.grantConsent, field).toEqual({ consent: null, errors: [expect.objectContaining({ __typename: 'GrantConsentInvalidInput', code: 'BAD_USER_INPUT', field })] });
    expect((await graph.gql(REQUEST, { input: { purpose: 'Forever', scopes: ['PROFILE_READ'], validUntil: '2030-01-01T00:00:00Z' } }, { token: annaApp })).data.requestConsent.errors).toEqual([
      expect.objectContaining({ field: 'validUntil', code: 'BAD_USER_INPUT' }),
    ]);
    expect(errorCodes(await graph.gql(GRANT, { input: { recipient: { kind: 'APPLICATION', id: 'startup-app' }, purpose: 'Read', scopes: ['PROFILE_READ'], validUntil: 'tomorrow' } }, { token: anna }))).toEqual(['BAD_USER_INPUT']);
    expect((await consentsOf(anna)).totalCount).toBe(before);
  });
});

describe('consentsToProactiveOffers', () => {
  const Q = '{ me { consentsToProactiveOffers } }';

  it('follows a valid PROACTIVE_OFFERS consent: given, revoked', async () => {
    expect((await graph.gql(Q, {}, { token: anna })).data.me.consentsToProactiveOffers).toBe(true);
    const peteris = await graph.token({ person: DEMO_PEOPLE.peteris.personalCode });
    expect((await graph.gql(Q, {}, { token: peteris })).data.me.consentsToProactiveOffers).toBe(false);
    const res = await graph.gql(GRANT, { input: { recipient: { kind: 'PUBLIC_ADMINISTRATION' }, purpose: 'Offer me services when my life changes', scopes: ['PROACTIVE_OFFERS'] } }, { token: peteris });
    expect(res.data.grantConsent.errors).toEqual([]);
    expect((await graph.gql(Q, {}, { token: peteris })).data.me.consentsToProactiveOffers).toBe(true);
    await graph.gql(REVOKE, { id: res.data.grantConsent.consent.id }, { token: peteris });
    expect((await graph.gql(Q, {}, { token: peteris })).data.me.consentsToProactiveOffers).toBe(false);
  });

  it('is visible to the client alone', async () => {
    const vsaa = await graph.token({ institution: 'VSAA' });
    const institution = await graph.gql(`{ client(personalCode: "${DEMO_PEOPLE.anna.personalCode}", purpose: "offer a service") { consentsToProactiveOffers } }`, {}, { token: vsaa });
    expect(errorCodes(institution)).toEqual(['FORBIDDEN']);
    await graph.gql(GRANT, { input: { recipient: { kind: 'APPLICATION', id: 'startup-app' }, purpose: 'profile', scopes: ['PROFILE_READ'] } }, { token: anna });
    expect(errorCodes(await graph.gql(Q, {}, { token: annaApp }))).toEqual(['FORBIDDEN']);
  });
});

describe('cost', () => {
  it('listing consents with their uses costs the same SQL for 2 consents as for 12', async () => {
    const martins = await graph.token({ person: DEMO_PEOPLE.martins.personalCode });
    const grant = () => graph.gql(GRANT, { input: { recipient: { kind: 'APPLICATION', id: 'startup-app' }, purpose: 'Cases', scopes: ['CASES_READ'] } }, { token: martins });
    const statements = async () => {
      const before = graph.statementCount();
      const res = await graph.gql(CONSENT, {}, { token: martins });
      expect(res.errors).toBeUndefined();
      return graph.requestStatementsSince(before);
    };
    for (let i = 0; i < 2; i++) await grant();
    const app = await graph.token({ person: DEMO_PEOPLE.martins.personalCode, app: 'startup-app' });
    await graph.gql('{ services(first: 1) { totalCount } }', {}, { token: app });
    const two = await statements();
    for (let i = 0; i < 10; i++) await grant();
    await graph.gql('{ services(first: 1) { totalCount } }', {}, { token: app });
    expect((await consentsOf(martins)).nodes[0].uses.totalCount).toBe(1);
    expect(await statements()).toBe(two);
  });
});
