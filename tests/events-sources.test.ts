// Every subgraph's events, written in the transaction of their change and shown by the one feed to whoever may see
// them: consents and representations (clients), life events and proactive offers (life situations), the catalogue
// (services), supergraph publishes (platform), and the cases' overdue event from the due-date scheduler.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases } from '../subgraphs/cases/db/tables.ts';
import { registerCase, testPersonalCode } from './support/cases.ts';
import { DEMO_PEOPLE, startTestGraph, type TestGraph } from './support/platform.ts';

const FEED = `query($after: String, $types: [String!], $first: Int) {
  events(after: $after, types: $types, first: $first) { nodes { id source type subject dataschema data envelope } pageInfo { hasNextPage endCursor } }
}`;
interface FeedEvent { id: string; source: string; type: string; subject: string; dataschema: string; data: string; envelope: string }

let graph: TestGraph;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  graph = await startTestGraph();
  tokens.pmlp = await graph.token({ institution: 'PMLP' });
  tokens.vid = await graph.token({ institution: 'VID' });
  tokens.riga = await graph.token({ institution: 'RIGA' });
  tokens.operator = await graph.token({ operator: 'ops-1' });
  tokens.anna = await graph.token({ person: DEMO_PEOPLE.anna.personalCode });
  tokens.janis = await graph.token({ person: DEMO_PEOPLE.janis.personalCode });
  tokens.martins = await graph.token({ person: DEMO_PEOPLE.martins.personalCode });
  tokens.annaApp = await graph.token({ person: DEMO_PEOPLE.anna.personalCode, app: 'startup-app' });
  tokens.appAlone = await graph.token({ application: 'startup-app' });
  tokens.otherApp = await graph.token({ application: 'case-tracker' });
}, 180_000);
afterAll(() => graph?.stop());

async function readAll(token: string, types?: string[]): Promise<FeedEvent[]> {
  const events: FeedEvent[] = [];
  let after: string | undefined;
  for (;;) {
    const res = await graph.gql(FEED, { after, types, first: 100 }, { token });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    events.push(...res.data.events.nodes);
    after = res.data.events.pageInfo.endCursor;
    if (!res.data.events.pageInfo.hasNextPage) return events;
  }
}

/** Relays every outbox now and waits until the feed shows the operator `count` events matching `match`. */
async function settled(match: (e: FeedEvent) => boolean, count = 1): Promise<FeedEvent[]> {
  for (let i = 0; i < 100; i++) {
    await graph.platform.events.drain();
    const found = (await readAll(tokens.operator)).filter(match);
    if (found.length >= count) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the events did not reach the feed');
}
const about = (subject: string) => (e: FeedEvent) => e.subject === subject;
const seesSubject = async (token: string, subject: string) => (await readAll(token)).some((e) => e.subject === subject);

describe('consents', () => {
  it('requested, granted, revoked and expired: one event each, shown to the person and not to others, without the purpose', async () => {
    const purpose = 'Sekot pieteikumiem lietotnē';
    const asked = await graph.gql('mutation($input: RequestConsentInput!) { requestConsent(input: $input) { consent { id } errors { code } } }',
      { input: { purpose, scopes: ['CASES_READ'], validUntil: new Date(Date.now() + 200 * 86_400_000).toISOString() } }, { token: tokens.annaApp });
    const id = asked.data.requestConsent.consent.id as string;
    await graph.gql('mutation($id: ID!) { answerConsentRequest(input: { id: $id, answer: GRANT }) { errors { code } } }', { id }, { token: tokens.anna });
    await graph.gql('mutation($id: ID!) { revokeConsent(id: $id) { errors { code } } }', { id }, { token: tokens.anna });
    const events = await settled(about(id), 3);
    expect(events.map((e) => e.type)).toEqual(['lv.gov.psg.consent.requested.v1', 'lv.gov.psg.consent.granted.v1', 'lv.gov.psg.consent.revoked.v1']);
    expect(events[0]).toMatchObject({ source: 'urn:lv.gov.psg:subgraph:clients', dataschema: 'urn:lv.gov.psg:event-schema:lv.gov.psg.consent.requested.v1' });
    expect(JSON.parse(events[0].data)).toEqual({ consentId: id, recipientKind: 'APPLICATION', recipientId: 'startup-app', scopes: ['CASES_READ'], validUntil: expect.any(String) });
    for (const e of events) expect(e.envelope).not.toContain(purpose);

    expect(await seesSubject(tokens.anna, id)).toBe(true);
    expect(await seesSubject(tokens.janis, id)).toBe(false);
    expect(await seesSubject(tokens.pmlp, id)).toBe(false);
    // The application the consent names hears of it (with its own key, no person's token needed); no other does.
    expect((await readAll(tokens.appAlone)).filter(about(id)).map((e) => e.type)).toEqual(events.map((e) => e.type));
    expect(await seesSubject(tokens.otherApp, id)).toBe(false);

    // A consent whose term ends: the scheduler sends "expired" once, however often it runs.
    const granted = await graph.gql('mutation($input: GrantConsentInput!) { grantConsent(input: $input) { consent { id } errors { code } } }', {
      input: { recipient: { kind: 'APPLICATION', id: 'case-tracker' }, purpose: 'Īsa piekrišana', scopes: ['CASES_READ'], validUntil: new Date(Date.now() + 86_400_000).toISOString() },
    }, { token: tokens.anna });
    const shortId = granted.data.grantConsent.consent.id as string;
    // An application reading with Anna's token and her CASES_READ consent sees her cases and its own consent, not her
    // consent to another application.
    const again = await graph.gql('mutation($input: GrantConsentInput!) { grantConsent(input: $input) { consent { id } errors { code } } }', {
      input: { recipient: { kind: 'APPLICATION', id: 'startup-app' }, purpose: 'Atkal', scopes: ['CASES_READ'] },
    }, { token: tokens.anna });
    const againId = again.data.grantConsent.consent.id as string;
    await settled(about(shortId));
    await settled(about(againId));
    expect(await seesSubject(tokens.otherApp, shortId)).toBe(true);
    expect(await seesSubject(tokens.appAlone, shortId)).toBe(false);
    expect(await seesSubject(tokens.annaApp, againId)).toBe(true);
    expect(await seesSubject(tokens.annaApp, shortId)).toBe(false);
    const later = new Date(Date.now() + 2 * 86_400_000);
    await graph.platform.events.schedule(later);
    await graph.platform.events.schedule(later);
    const expired = await settled((e) => e.subject === shortId && e.type === 'lv.gov.psg.consent.expired.v1');
    await graph.platform.events.drain();
    expect((await readAll(tokens.operator)).filter((e) => e.subject === shortId).map((e) => e.type)).toEqual(['lv.gov.psg.consent.granted.v1', 'lv.gov.psg.consent.expired.v1']);
    expect(JSON.parse(expired[0].data).consentId).toBe(shortId);
  });
});

describe('representations', () => {
  it('a power of attorney granted and revoked: shown to the principal, not to strangers', async () => {
    const granted = await graph.gql('mutation($input: GrantPowerOfAttorneyInput!) { grantPowerOfAttorney(input: $input) { representation { id } errors { code } } }',
      { input: { attorneyPersonalCode: DEMO_PEOPLE.anna.personalCode, scopes: ['CASES_READ'], note: 'Privāta piezīme' } }, { token: tokens.martins });
    const id = granted.data.grantPowerOfAttorney.representation.id as string;
    await graph.gql('mutation($id: ID!) { revokePowerOfAttorney(id: $id) { errors { code } } }', { id }, { token: tokens.martins });
    const events = await settled(about(id), 2);
    expect(events.map((e) => e.type)).toEqual(['lv.gov.psg.representation.granted.v1', 'lv.gov.psg.representation.revoked.v1']);
    expect(JSON.parse(events[0].data)).toEqual({ representationId: id, basis: 'POWER_OF_ATTORNEY', scopes: ['CASES_READ'], validUntil: null });
    expect(events[0].envelope).not.toContain('Privāta piezīme');
    expect(await seesSubject(tokens.martins, id)).toBe(true);
    expect(await seesSubject(tokens.janis, id)).toBe(false);
  });
});

describe('life events', () => {
  it('a reported birth sends "reported" and a proactive offer per life situation it starts, to that person only', async () => {
    const res = await graph.gql('mutation($input: ReportLifeEventInput!) { reportLifeEvent(input: $input) { lifeEvent { id } errors { code } } }', {
      input: { type: 'CHILD_BIRTH', client: { personalCode: DEMO_PEOPLE.anna.personalCode }, occurredOn: '2026-11-20', reference: 'EV-SRC-1' },
    }, { token: tokens.riga });
    const id = res.data.reportLifeEvent.lifeEvent.id as string;
    const events = await settled((e) => JSON.parse(e.data).lifeEventId === id, 2);
    expect(events.map((e) => e.type)).toEqual(['lv.gov.psg.life-event.reported.v1', 'lv.gov.psg.proactive-offer.available.v1']);
    expect(JSON.parse(events[1].data)).toEqual({ lifeEventId: id, lifeEventType: 'CHILD_BIRTH', lifeSituationCode: 'BERNA-PIEDZIMSANA' });
    for (const e of events) expect(e.envelope).not.toContain(DEMO_PEOPLE.anna.personalCode);
    expect(await seesSubject(tokens.anna, id)).toBe(true);
    expect(await seesSubject(tokens.janis, id)).toBe(false);
    expect(await seesSubject(tokens.riga, id)).toBe(false);
    // An application with Anna's token and her CASES_READ consent (granted above): no consent covers life events.
    expect(await seesSubject(tokens.annaApp, id)).toBe(false);
    // A repeated report of the same reference stores nothing and sends nothing.
    await graph.gql('mutation($input: ReportLifeEventInput!) { reportLifeEvent(input: $input) { created } }', {
      input: { type: 'CHILD_BIRTH', client: { personalCode: DEMO_PEOPLE.anna.personalCode }, occurredOn: '2026-11-20', reference: 'EV-SRC-1' },
    }, { token: tokens.riga });
    await graph.platform.events.drain();
    expect((await readAll(tokens.operator)).filter((e) => JSON.parse(e.data).lifeEventId === id)).toHaveLength(2);
  });
});

describe('the catalogue', () => {
  const lv = (value: string) => [{ language: 'lv', value }];
  it('service changed and archived, channel changed: public events every signed-in caller sees; a draft sends none', async () => {
    const draft = await graph.gql('mutation($input: ServiceInput!) { createService(input: $input) { service { code } errors { code } } }', { input: { code: 'VID-EVENTS-DRAFT', name: lv('Melnraksts') } }, { token: tokens.vid });
    expect(draft.data.createService.errors).toEqual([]);
    const updated = await graph.gql('mutation($input: ServiceInput!) { updateService(code: "VID-IZZINA-PARADI", input: $input) { service { id version } errors { code } } }', { input: { keywords: [{ language: 'en', value: 'debt certificate' }] } }, { token: tokens.vid });
    const service = updated.data.updateService.service as { id: string; version: number };
    const archived = await graph.gql('mutation { archiveService(code: "VID-IZZINA-PARADI") { service { status } errors { code } } }', {}, { token: tokens.vid });
    expect(archived.data.archiveService.errors).toEqual([]);
    const channel = await graph.gql('mutation($i: ChannelInput!) { upsertChannel(input: $i) { outcome channel { id } } }', { i: { code: 'VID-EVENTS-EPASTS', type: 'EMAIL', name: lv('Notikumi'), email: 'notikumi@vid.gov.lv' } }, { token: tokens.vid });
    const channelId = channel.data.upsertChannel.channel.id as string;

    const events = await settled(about(service.id), 2);
    expect(events.map((e) => e.type)).toEqual(['lv.gov.psg.service.changed.v1', 'lv.gov.psg.service.archived.v1']);
    expect(JSON.parse(events[0].data)).toMatchObject({ serviceId: service.id, serviceCode: 'VID-IZZINA-PARADI', institutionCode: 'VID', version: service.version, change: 'UPDATED' });
    const [channelEvent] = await settled(about(channelId));
    expect(channelEvent.type).toBe('lv.gov.psg.channel.changed.v1');
    expect(JSON.parse(channelEvent.data)).toEqual({ channelId, channelCode: 'VID-EVENTS-EPASTS', institutionCode: 'VID', change: 'CREATED' });
    expect((await readAll(tokens.operator)).some((e) => e.envelope.includes('VID-EVENTS-DRAFT'))).toBe(false);

    for (const token of [tokens.janis, tokens.pmlp, tokens.appAlone]) expect(await seesSubject(token, service.id)).toBe(true);
  });
});

describe('the platform', () => {
  it('a supergraph published (an operator’s restore) is an event for operators, not for persons', async () => {
    const res = await graph.gql('mutation { restoreSupergraph(input: { version: 1 }) { supergraph { version } errors { code } } }', {}, { token: tokens.operator });
    const version = res.data.restoreSupergraph.supergraph.version as number;
    const [event] = await settled((e) => e.type === 'lv.gov.psg.supergraph.published.v1' && e.subject === String(version));
    expect(JSON.parse(event.data)).toEqual({ supergraphVersion: version, subgraphVersions: [], restoredFrom: 1 });
    expect(await seesSubject(tokens.janis, String(version))).toBe(false);
    expect(await seesSubject(tokens.pmlp, String(version))).toBe(false);
  });
});

describe('cases past their due date', () => {
  it('the scheduler sends "overdue" once per open case past its due date, and none for one not yet due', async () => {
    const overdue = await registerCase(graph, tokens.pmlp, { personalCode: testPersonalCode(91) });
    expect(overdue.overdue).toBe(true);
    const onTime = await registerCase(graph, tokens.pmlp, { personalCode: testPersonalCode(92), submittedAt: new Date().toISOString() });
    expect(onTime.overdue).toBe(false);
    await Promise.all([graph.platform.events.schedule(), graph.platform.events.schedule()]);
    await graph.platform.events.schedule();
    const [event] = await settled((e) => e.subject === overdue.id && e.type === 'lv.gov.psg.case.overdue.v1');
    expect(JSON.parse(event.data)).toEqual({ caseId: overdue.id, institutionCode: 'PMLP', serviceCode: 'PMLP-PASE', version: 1, dueOn: overdue.dueDate, status: 'SUBMITTED' });
    const all = await readAll(tokens.operator, ['lv.gov.psg.case.overdue.v1']);
    expect(all.filter((e) => e.subject === overdue.id)).toHaveLength(1);
    expect(all.filter((e) => e.subject === onTime.id)).toHaveLength(0);
    const db = graph.platform.databases.get('cases')!.db;
    const [row] = await db.select({ at: cases.overdueEventAt }).from(cases).where(eq(cases.id, overdue.id));
    expect(row.at).not.toBeNull();
    expect((await readAll(tokens.pmlp, ['lv.gov.psg.case.overdue.v1'])).some((e) => e.subject === overdue.id)).toBe(true);
    expect((await readAll(tokens.vid, ['lv.gov.psg.case.overdue.v1'])).some((e) => e.subject === overdue.id)).toBe(false);
  });
});
