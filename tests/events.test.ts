import { randomUUID } from 'node:crypto';
import { count, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmbeddedBus } from '../common/events/bus.ts';
import type { EventEnvelope } from '@public-service-graph/subgraph-kit/events/outbox';
import { OutboxRelay, pruneSent } from '../common/events/relay.ts';
import { relayMetrics } from '../common/events/relay-metrics.ts';
import { createProcessMetrics } from '@public-service-graph/subgraph-kit/metrics';
import { createLogger } from '@public-service-graph/subgraph-kit/logger';
import { applyPlan, lockCase } from '../subgraphs/cases/data/case-writes.ts';
import { outbox } from '../subgraphs/cases/db/tables.ts';
import { registerCase, testPersonalCode, UPDATE_STATUS, updateStatus } from './support/cases.ts';
import { DEMO_PEOPLE, errorCodes, startTestGraph, type TestGraph } from './support/platform.ts';

const FEED = `query($after: String, $types: [String!], $first: Int) {
  events(after: $after, types: $types, first: $first) {
    edges { cursor node { id source type subject time dataschema specversion data envelope } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const STATUS_CHANGED = 'lv.gov.psg.case.status-changed.v1';
const REGISTERED = 'lv.gov.psg.case.registered.v1';

interface FeedEvent { id: string; source: string; type: string; subject: string; time: string; dataschema: string; specversion: string; data: string; envelope: string }

let graph: TestGraph;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  graph = await startTestGraph();
  tokens.pmlp = await graph.token({ institution: 'PMLP' });
  tokens.vid = await graph.token({ institution: 'VID' });
  tokens.operator = await graph.token({ operator: 'ops-1' });
  tokens.janis = await graph.token({ person: DEMO_PEOPLE.janis.personalCode });
  tokens.anna = await graph.token({ person: DEMO_PEOPLE.anna.personalCode });
  tokens.appWithoutConsent = await graph.token({ person: DEMO_PEOPLE.anna.personalCode, app: 'case-tracker' });
  tokens.appAlone = await graph.token({ application: 'startup-app' });
});
afterAll(() => graph?.stop());

/** Every event the caller sees after `after`, read page by page; and the cursor to resume from. */
async function readFeed(token: string | undefined, opts: { after?: string; types?: string[]; first?: number } = {}) {
  const events: FeedEvent[] = [];
  let after = opts.after;
  for (;;) {
    const res = await graph.gql(FEED, { after, types: opts.types, first: opts.first ?? 100 }, { token });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const page = res.data.events;
    events.push(...page.edges.map((e: { node: FeedEvent }) => e.node));
    after = page.pageInfo.endCursor;
    if (!page.pageInfo.hasNextPage) return { events, cursor: after! };
  }
}
const subjects = (events: FeedEvent[]) => events.map((e) => e.subject);

describe('a write and its event are one transaction', () => {
  it('a status change writes exactly one status-changed event: a CloudEvent with ids, not personal data', async () => {
    const personalCode = testPersonalCode(31);
    const created = await registerCase(graph, tokens.pmlp, { personalCode });
    const { cursor } = await readFeed(tokens.operator);
    const payload = await updateStatus(graph, tokens.pmlp, { caseId: created.id, expectedVersion: 1, status: 'REGISTERED' });
    expect(payload.errors).toEqual([]);

    const { events } = await readFeed(tokens.operator, { after: cursor });
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({
      type: STATUS_CHANGED, subject: created.id, specversion: '1.0',
      source: 'urn:lv.gov.psg:subgraph:cases', dataschema: `urn:lv.gov.psg:event-schema:${STATUS_CHANGED}`,
    });
    expect(JSON.parse(event.data)).toEqual({ caseId: created.id, institutionCode: 'PMLP', serviceCode: 'PMLP-PASE', version: 2, from: 'SUBMITTED', to: 'REGISTERED', timelineEventId: expect.any(String) });
    expect(JSON.parse(event.envelope)).toMatchObject({ id: event.id, type: STATUS_CHANGED, datacontenttype: 'application/json', data: JSON.parse(event.data) });
    expect(event.envelope).not.toContain(personalCode);
  });

  it('a refused write (stale version, illegal transition) and a replayed one write no event', async () => {
    const created = await registerCase(graph, tokens.pmlp, { personalCode: testPersonalCode(32) });
    const { cursor } = await readFeed(tokens.operator);
    expect((await updateStatus(graph, tokens.pmlp, { caseId: created.id, expectedVersion: 7, status: 'REGISTERED' })).errors[0].code).toBe('CONFLICT');
    expect((await updateStatus(graph, tokens.pmlp, { caseId: created.id, expectedVersion: 1, status: 'SUBMITTED' })).errors[0].code).toBe('ILLEGAL_TRANSITION');
    const input = { idempotencyKey: randomUUID(), caseId: created.id, expectedVersion: 1, status: 'REGISTERED' };
    for (let i = 0; i < 2; i++) expect((await graph.gql(UPDATE_STATUS, { input }, { token: tokens.pmlp })).data.updateCaseStatus.errors).toEqual([]);
    expect((await readFeed(tokens.operator, { after: cursor })).events.map((e) => e.type)).toEqual([STATUS_CHANGED]);
  });

  it('a write rolled back after its event was written leaves neither', async () => {
    const created = await registerCase(graph, tokens.pmlp, { personalCode: testPersonalCode(33) });
    const db = graph.platform.databases.get('cases')!.db;
    const eventsOfCase = async () => (await db.select({ n: count() }).from(outbox).where(sql`${outbox.envelope}->>'subject' = ${created.id}`))[0].n;
    const before = await eventsOfCase();
    await expect(
      db.transaction(async (tx) => {
        const row = (await lockCase(tx, created.id))!;
        await applyPlan(tx, row, { status: 'REGISTERED', version: row.version + 1, updatedAt: new Date() }, null);
        throw new Error('fail after the write');
      }),
    ).rejects.toThrow('fail after the write');
    expect(await eventsOfCase()).toBe(before);
    expect((await readFeed(tokens.pmlp, { types: [STATUS_CHANGED] })).events.filter((e) => e.subject === created.id)).toEqual([]);
  });
});

describe('the feed', () => {
  it('pages in order, resumes from its last cursor, and keeps its place on an empty page', async () => {
    const { cursor: start } = await readFeed(tokens.vid);
    const first = [];
    for (let i = 0; i < 5; i++) first.push((await registerCase(graph, tokens.vid, { serviceCode: 'VID-GID', personalCode: testPersonalCode(40 + i) })).id);
    const paged = await readFeed(tokens.vid, { after: start, first: 2 });
    expect(subjects(paged.events)).toEqual(first);
    expect(new Set(paged.events.map((e) => e.id)).size).toBe(5);

    const empty = await graph.gql(FEED, { after: paged.cursor }, { token: tokens.vid });
    expect(empty.data.events).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: paged.cursor } });

    const later = await registerCase(graph, tokens.vid, { serviceCode: 'VID-GID', personalCode: testPersonalCode(46) });
    await updateStatus(graph, tokens.vid, { caseId: later.id, expectedVersion: 1, status: 'REGISTERED' });
    const resumed = await readFeed(tokens.vid, { after: paged.cursor });
    expect(resumed.events.map((e) => [e.type, e.subject])).toEqual([[REGISTERED, later.id], [STATUS_CHANGED, later.id]]);
    expect((await readFeed(tokens.vid, { after: paged.cursor, types: [STATUS_CHANGED] })).events.map((e) => e.type)).toEqual([STATUS_CHANGED]);
    expect((await readFeed(tokens.vid, { after: paged.cursor, types: ['lv.gov.psg.case.not-yet-invented.v9'] })).events).toEqual([]);
  });

  it('refuses a cursor it did not give out, a page size out of range and too many types, as BAD_USER_INPUT', async () => {
    const bad = async (variables: Record<string, unknown>, argument: string) => {
      const res = await graph.gql(FEED, variables, { token: tokens.operator });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions!.argument).toBe(argument);
    };
    await bad({ after: 'not-a-cursor' }, 'after');
    await bad({ after: Buffer.from(JSON.stringify(['x'])).toString('base64url') }, 'after');
    await bad({ after: Buffer.from(JSON.stringify([-1])).toString('base64url') }, 'after');
    await bad({ first: 0 }, 'first');
    await bad({ first: 101 }, 'first');
    await bad({ types: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'types');
  });
});

describe('who sees whose events', () => {
  it('an institution its own cases’ events, a person their own, operators all; others none; anonymous UNAUTHENTICATED', async () => {
    const pmlpCase = await registerCase(graph, tokens.pmlp, { personalCode: DEMO_PEOPLE.janis.personalCode });
    const vidCase = await registerCase(graph, tokens.vid, { serviceCode: 'VID-GID', personalCode: DEMO_PEOPLE.anna.personalCode });
    const seen = async (token: string) => new Set(subjects((await readFeed(token)).events));

    const pmlp = await seen(tokens.pmlp);
    expect(pmlp.has(pmlpCase.id)).toBe(true);
    expect(pmlp.has(vidCase.id)).toBe(false);
    const vid = await seen(tokens.vid);
    expect(vid.has(vidCase.id)).toBe(true);
    expect(vid.has(pmlpCase.id)).toBe(false);
    const janis = await seen(tokens.janis);
    expect(janis.has(pmlpCase.id)).toBe(true);
    expect(janis.has(vidCase.id)).toBe(false);
    const anna = await seen(tokens.anna);
    expect(anna.has(vidCase.id)).toBe(true);
    expect(anna.has(pmlpCase.id)).toBe(false);
    const operator = await seen(tokens.operator);
    expect(operator.has(pmlpCase.id) && operator.has(vidCase.id)).toBe(true);

    // An application with the person's token but without their consent, and one acting on its own, see nothing.
    expect((await readFeed(tokens.appWithoutConsent)).events).toEqual([]);
    expect((await readFeed(tokens.appAlone)).events).toEqual([]);
    expect(errorCodes(await graph.gql(FEED, {}))).toEqual(['UNAUTHENTICATED']);

    // With Anna's consent the application sees the events of her cases, and still not Jānis's.
    const granted = await graph.gql('mutation($input: GrantConsentInput!) { grantConsent(input: $input) { errors { code } } }', {
      input: { recipient: { kind: 'APPLICATION', id: 'case-tracker' }, purpose: 'Sekot maniem pieteikumiem', scopes: ['CASES_READ'] },
    }, { token: tokens.anna });
    expect(granted.data.grantConsent.errors).toEqual([]);
    const app = await seen(tokens.appWithoutConsent);
    expect(app.has(vidCase.id)).toBe(true);
    expect(app.has(pmlpCase.id)).toBe(false);
  });
});

describe('the relay', () => {
  it('publishes each event once to the embedded bus, in outbox order, and marks it sent', async () => {
    await graph.platform.events.drain();
    const bus = graph.platform.events.bus as EmbeddedBus;
    expect(bus.kind).toBe('embedded');
    const received: EventEnvelope[] = [];
    const stop = bus.subscribe((e) => void received.push(e));
    const { cursor } = await readFeed(tokens.operator);
    const created = await registerCase(graph, tokens.pmlp, { personalCode: testPersonalCode(50) });
    await updateStatus(graph, tokens.pmlp, { caseId: created.id, expectedVersion: 1, status: 'REGISTERED' });
    expect(await graph.platform.events.drain()).toBe(2);
    expect(await graph.platform.events.drain()).toBe(0);
    stop();
    // The feed also carries the other subgraphs' events as they arrive over the bus (the demo catalogue's, at start).
    const isCase = (e: { type: string }) => e.type.startsWith('lv.gov.psg.case.');
    const { events } = await readFeed(tokens.operator, { after: cursor, types: [REGISTERED, STATUS_CHANGED] });
    expect(received.filter(isCase).map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(received.filter(isCase).map((e) => e.type)).toEqual([REGISTERED, STATUS_CHANGED]);
  });

  it('on the embedded bus, marks an event sent only once the listeners stored it: one not stored is relayed again', async () => {
    await graph.platform.events.drain();
    const bus = graph.platform.events.bus as EmbeddedBus;
    const created = await registerCase(graph, tokens.pmlp, { personalCode: testPersonalCode(76) });
    const db = graph.platform.databases.get('cases')!.db;
    const sentAt = async () => (await db.select({ sentAt: outbox.sentAt }).from(outbox).where(sql`${outbox.envelope}->>'subject' = ${created.id}`))[0].sentAt;
    // A listener that has not stored the event when the process dies, as the webhook dispatcher's fan-out could.
    let stored = false;
    const seen: string[] = [];
    const stop = bus.subscribe(async (e) => {
      if (e.subject !== created.id) return;
      seen.push(e.id);
      if (!stored) throw new Error('the process stopped before storing it');
    });
    try {
      await expect(graph.platform.events.drain()).rejects.toThrow('the process stopped before storing it');
      expect(await sentAt()).toBeNull();
      stored = true;
      expect(await graph.platform.events.drain()).toBe(1);
      expect(await sentAt()).not.toBeNull();
    } finally {
      stop();
    }
    // At least once: relayed again under the same id, the last time stored.
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(new Set(seen).size).toBe(1);
  });

  it('two relays on one outbox publish each event once between them', async () => {
    await graph.platform.events.drain();
    for (let i = 0; i < 12; i++) await registerCase(graph, tokens.pmlp, { personalCode: testPersonalCode(60 + i) });
    const db = graph.platform.databases.get('cases')!.db;
    const published: string[] = [];
    const publisher = { publish: async (e: EventEnvelope) => void published.push(e.id) };
    const log = createLogger('silent');
    const relays = [1, 2].map(() => new OutboxRelay(db, outbox, publisher, { intervalMs: 3_600_000, batchSize: 5, log }));
    const counts = await Promise.all(relays.map((r) => r.drain()));
    expect(counts[0] + counts[1]).toBe(12);
    expect(published).toHaveLength(12);
    expect(new Set(published).size).toBe(12);
  });

  it('counts a failed publish and leaves the event unsent for the next poll', async () => {
    await graph.platform.events.drain();
    await registerCase(graph, tokens.pmlp, { personalCode: testPersonalCode(75) });
    const db = graph.platform.databases.get('cases')!.db;
    const metrics = createProcessMetrics();
    const observe = { subgraph: 'cases', metrics: relayMetrics(metrics) };
    const away = { publish: async () => Promise.reject(new Error('bus away')) };
    const relay = new OutboxRelay(db, outbox, away, { intervalMs: 3_600_000, log: createLogger('silent'), observe });
    await expect(relay.drain()).rejects.toThrow('bus away');
    const text = await metrics.registry.metrics();
    expect(text).toMatch(new RegExp(`^psg_events_publish_failures_total\\{subgraph="cases",type="${REGISTERED}"\\} 1$`, 'm'));
    expect(text).toMatch(/^psg_events_relay_batch_duration_seconds_count\{subgraph="cases"\} 1$/m);
    expect(await graph.platform.events.drain()).toBe(1);
  });

  it('prunes sent events older than the retention, and keeps unsent ones whatever their age', async () => {
    await graph.platform.events.drain();
    const db = graph.platform.databases.get('cases')!.db;
    await registerCase(graph, tokens.pmlp, { personalCode: testPersonalCode(76) });
    const rows = async () => db.select({ sentAt: outbox.sentAt }).from(outbox);
    expect((await rows()).filter((r) => !r.sentAt)).toHaveLength(1);
    expect(await pruneSent(db, outbox, new Date(Date.now() - 3_600_000))).toBe(0);
    const sent = (await rows()).length - 1;
    expect(await pruneSent(db, outbox, new Date(Date.now() + 1000))).toBe(sent);
    expect(await rows()).toEqual([{ sentAt: null }]);
    expect(await graph.platform.events.drain()).toBe(1);
  });
});
