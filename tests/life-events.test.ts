import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientIdFor } from '@public-service-graph/subgraph-kit/identity';
import { lifeEvents } from '../subgraphs/life-situations/db/tables.ts';
import { DEMO_PEOPLE, errorCodes, startTestGraph, type TestGraph } from './support/platform.ts';

let graph: TestGraph;
let tokens: Record<'riga' | 'pmlp' | 'vid' | 'ops' | 'person' | 'app', string>;
beforeAll(async () => {
  graph = await startTestGraph();
  tokens = {
    riga: await graph.token({ institution: 'RIGA' }),
    pmlp: await graph.token({ institution: 'PMLP' }),
    vid: await graph.token({ institution: 'VID' }),
    ops: await graph.token({ operator: 'ops' }),
    person: await graph.token({ person: DEMO_PEOPLE.janis.personalCode }),
    app: await graph.token({ application: 'startup-app' }),
  };
});
afterAll(() => graph?.stop());

const REPORT = `mutation($input: ReportLifeEventInput!) {
  reportLifeEvent(input: $input) {
    created
    lifeEvent { id type occurredOn reportedByCode reportedBy { code name(language: "en") } reference reportedAt triggers { code } }
    errors { __typename code message ... on ReportLifeEventReferenceConflict { existingEventId } }
  }
}`;
const birth = (reference: string, over: Record<string, unknown> = {}) => ({
  type: 'CHILD_BIRTH', client: { personalCode: DEMO_PEOPLE.anna.personalCode }, occurredOn: '2026-11-20', reference, ...over,
});
const eventsStored = async () => {
  const db = graph.platform.databases.get('life-situations')!.db;
  const [{ n }] = await db.select({ n: count() }).from(lifeEvents);
  return n;
};

describe('reporting a life event', () => {
  it('an allowed institution reports it; the event says what it triggers', async () => {
    const res = await graph.gql(REPORT, { input: birth('DZ-T-1') }, { token: tokens.riga });
    expect(res.errors).toBeUndefined();
    expect(res.data.reportLifeEvent).toMatchObject({
      created: true, errors: [],
      lifeEvent: { type: 'CHILD_BIRTH', occurredOn: '2026-11-20', reportedByCode: 'RIGA', reportedBy: { code: 'RIGA', name: 'Riga State City Municipality' }, reference: 'DZ-T-1', triggers: [{ code: 'BERNA-PIEDZIMSANA' }] },
    });
    const db = graph.platform.databases.get('life-situations')!.db;
    const [row] = await db.select().from(lifeEvents).where(eq(lifeEvents.reference, 'DZ-T-1'));
    expect(row).toMatchObject({ clientId: clientIdFor(graph.config.CLIENT_ID_SECRET, 'person', DEMO_PEOPLE.anna.personalCode), clientKind: 'PERSON', reportedBy: 'RIGA' });
  });

  it('is idempotent by the institution’s reference, also when reported twice at once', async () => {
    const first = (await graph.gql(REPORT, { input: birth('DZ-T-2') }, { token: tokens.riga })).data.reportLifeEvent;
    const before = await eventsStored();
    const again = (await graph.gql(REPORT, { input: { ...birth('DZ-T-2'), client: { personalCode: '22079014568' } } }, { token: tokens.riga })).data.reportLifeEvent;
    expect(again).toMatchObject({ created: false, errors: [], lifeEvent: { id: first.lifeEvent.id } });
    const parallel = await Promise.all([1, 2, 3].map(() => graph.gql(REPORT, { input: birth('DZ-T-3') }, { token: tokens.riga })));
    expect(parallel.map((r) => r.data.reportLifeEvent.created).filter(Boolean)).toHaveLength(1);
    expect(new Set(parallel.map((r) => r.data.reportLifeEvent.lifeEvent.id)).size).toBe(1);
    expect(await eventsStored()).toBe(before + 1);
    // The same reference from another institution is another event.
    const pmlp = (await graph.gql(REPORT, { input: birth('DZ-T-2') }, { token: tokens.pmlp })).data.reportLifeEvent;
    expect(pmlp.created).toBe(true);
    expect(pmlp.lifeEvent.id).not.toBe(first.lifeEvent.id);
  });

  it('a reference reused for other content is a conflict, and nothing changes', async () => {
    const first = (await graph.gql(REPORT, { input: birth('DZ-T-4') }, { token: tokens.riga })).data.reportLifeEvent;
    const before = await eventsStored();
    for (const over of [{ occurredOn: '2026-11-19' }, { client: { personalCode: DEMO_PEOPLE.liga.personalCode } }, { type: 'MARRIAGE' }]) {
      const res = (await graph.gql(REPORT, { input: birth('DZ-T-4', over) }, { token: tokens.riga })).data.reportLifeEvent;
      expect(res, JSON.stringify(over)).toEqual({
        created: false, lifeEvent: null,
        errors: [{ __typename: 'ReportLifeEventReferenceConflict', code: 'CONFLICT', message: expect.stringContaining('DZ-T-4'), existingEventId: first.lifeEvent.id }],
      });
    }
    expect(await eventsStored()).toBe(before);
  });

  it('an institution not allowed for that kind of event gets FORBIDDEN naming who may', async () => {
    const before = await eventsStored();
    const res = await graph.gql(REPORT, { input: birth('VID-1') }, { token: tokens.vid });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors![0].message).toMatch(/VID may not report CHILD_BIRTH events: only PMLP, RIGA may/);
    const company = await graph.gql(REPORT, { input: { type: 'COMPANY_FOUNDATION', client: { registrationNumber: '40203123456' }, occurredOn: '2026-04-09', reference: 'X-1' } }, { token: tokens.pmlp });
    expect(company.errors![0].message).toMatch(/only UR may/);
    expect(await eventsStored()).toBe(before);
  });

  it('anyone but an institution gets FORBIDDEN', async () => {
    const before = await eventsStored();
    for (const token of [tokens.person, tokens.ops, tokens.app, undefined]) {
      const res = await graph.gql(REPORT, { input: birth('P-1') }, { token });
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    }
    expect(await eventsStored()).toBe(before);
  });

  it.each([
    ['a personal code with a wrong check digit', { client: { personalCode: '220790-14569' } }],
    ['a registration number for a person’s event', { client: { registrationNumber: '40203123456' } }],
    ['no identifier', { client: {} }],
    ['a future date', { occurredOn: '2099-01-01' }],
    ['an impossible date', { occurredOn: '2026-02-30' }],
    ['an empty reference', { reference: '' }],
    ['a reference of 101 characters', { reference: 'x'.repeat(101) }],
    ['a related person for a job loss', { type: 'JOB_LOSS', relatedPersonalCode: DEMO_PEOPLE.janis.personalCode }],
    ['a malformed child’s code', { relatedPersonalCode: '051026-2111' }],
  ])('%s is BAD_USER_INPUT and stores nothing', async (_, over) => {
    const token = (over as { type?: string }).type === 'JOB_LOSS' ? await graph.token({ institution: 'NVA' }) : tokens.riga;
    const before = await eventsStored();
    const res = await graph.gql(REPORT, { input: birth(`BAD-${Math.random()}`.slice(0, 20), over) }, { token });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].message).not.toMatch(/select|insert|postgres/i);
    expect(await eventsStored()).toBe(before);
  });

  it('an unknown event type is refused by the contract', async () => {
    const res = await graph.gql(REPORT, { input: birth('T-9', { type: 'LOTTERY_WIN' }) }, { token: tokens.riga });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('who may report what', () => {
  const Q = 'query($t: LifeEventType) { lifeEventReporters(eventType: $t) { eventType institutionCode institution { code } } }';

  it('operators read the whole list', async () => {
    const res = await graph.gql(Q, {}, { token: tokens.ops });
    expect(res.errors).toBeUndefined();
    const rows = res.data.lifeEventReporters as { eventType: string; institutionCode: string }[];
    expect(rows).toContainEqual({ eventType: 'CHILD_BIRTH', institutionCode: 'RIGA', institution: { code: 'RIGA' } });
    expect(new Set(rows.map((r) => r.eventType)).size).toBe(12);
    const births = (await graph.gql(Q, { t: 'CHILD_BIRTH' }, { token: tokens.ops })).data.lifeEventReporters.map((r: { institutionCode: string }) => r.institutionCode);
    expect(births).toEqual(['PMLP', 'RIGA']);
    const named = await graph.gql('{ lifeEventReporters(eventType: CHILD_BIRTH) { institution { name(language: "en") } } }', {}, { token: tokens.ops });
    expect(named.data.lifeEventReporters).toEqual([{ institution: { name: 'Office of Citizenship and Migration Affairs' } }, { institution: { name: 'Riga State City Municipality' } }]);
  });

  it('an institution reads its own entries; persons, applications and anonymous callers nothing', async () => {
    const pmlp = (await graph.gql(Q, {}, { token: tokens.pmlp })).data.lifeEventReporters;
    expect(pmlp.map((r: { eventType: string }) => r.eventType)).toEqual(['ARRIVAL_IN_LATVIA', 'CHILD_BIRTH', 'MARRIAGE', 'RELATIVE_DEATH', 'RESIDENCE_CHANGE']);
    expect(pmlp.every((r: { institutionCode: string }) => r.institutionCode === 'PMLP')).toBe(true);
    for (const token of [tokens.person, tokens.app, undefined]) expect(errorCodes(await graph.gql(Q, {}, { token }))).toEqual(['FORBIDDEN']);
  });
});
