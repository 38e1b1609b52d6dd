// The outbox relay on NATS JetStream: runs when TEST_NATS_URL is set (CI starts nats-server with JetStream).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JetStreamBus } from '../common/events/bus.ts';
import { registerCase, testPersonalCode, updateStatus } from './support/cases.ts';
import { DEMO_PEOPLE, startTestGraph, type TestGraph } from './support/platform.ts';
import { startSmtp, type TestSmtp } from './support/smtp.ts';

const natsUrl = process.env.TEST_NATS_URL;
// A stream and subjects of this run's own, so parallel runs and earlier runs do not mix.
const run = randomUUID().slice(0, 8);
const stream = `PSG_TEST_${run}`;
const prefix = `psg.test.${run}`;

describe.skipIf(!natsUrl)('the outbox relay on NATS JetStream', () => {
  let graph: TestGraph;
  let smtp: TestSmtp;
  beforeAll(async () => {
    smtp = await startSmtp();
    graph = await startTestGraph({ NATS_URL: natsUrl!, NATS_STREAM: stream, NATS_SUBJECT_PREFIX: prefix, SMTP_URL: smtp.url, NOTIFY_QUIET_HOURS: '0-0' });
  }, 180_000);
  afterAll(async () => {
    const bus = graph?.platform.events.bus as JetStreamBus | undefined;
    await bus?.manager.streams.delete(stream).catch(() => {});
    await graph?.stop();
    await smtp?.close();
  });

  it('publishes each event once to the stream, on its type’s subject, as the CloudEvent the feed shows', async () => {
    const bus = graph.platform.events.bus as JetStreamBus;
    expect(bus.kind).toBe('jetstream');
    const pmlp = await graph.token({ institution: 'PMLP' });
    const operator = await graph.token({ operator: 'ops-1' });
    // The demo data's own events (seeded consents, life events, the platform's publish) go first.
    await graph.platform.events.drain();
    const base = (await bus.manager.streams.info(stream)).state.messages;
    const created = await registerCase(graph, pmlp, { personalCode: testPersonalCode(80) });
    await updateStatus(graph, pmlp, { caseId: created.id, expectedVersion: 1, status: 'REGISTERED' });

    expect(await graph.platform.events.drain()).toBe(2);
    expect(await graph.platform.events.drain()).toBe(0);

    const feed = await graph.gql('{ events(first: 100, types: ["lv.gov.psg.case.registered.v1", "lv.gov.psg.case.status-changed.v1"]) { nodes { id type subject envelope } } }', {}, { token: operator });
    const events = feed.data.events.nodes as { id: string; type: string; subject: string; envelope: string }[];
    expect(events.filter((e) => e.subject === created.id)).toHaveLength(2);
    const info = await bus.manager.streams.info(stream);
    expect(info.state.messages).toBe(base + 2);
    for (const [i, event] of events.filter((e) => e.subject === created.id).entries()) {
      const stored = await bus.manager.streams.getMessage(stream, { seq: base + i + 1 });
      expect(stored!.subject).toBe(`${prefix}.${event.type}`);
      expect(stored!.json()).toEqual(JSON.parse(event.envelope));
      // The headers carry the relay's publish span, in the trace of the write that made the event.
      const traceId = (JSON.parse(event.envelope) as { traceparent: string }).traceparent.split('-')[1];
      expect(stored!.header.get('traceparent')).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-0[01]$`));
    }

    // A repeat of an event (a relay that published, then crashed before marking it sent) is dropped by its id.
    await bus.publish(JSON.parse(events[0].envelope));
    expect((await bus.manager.streams.info(stream)).state.messages).toBe(base + 2);
  });

  it('another subgraph’s event reaches the feed through a durable consumer, with its audience, once', async () => {
    const anna = await graph.token({ person: DEMO_PEOPLE.anna.personalCode });
    const janis = await graph.token({ person: DEMO_PEOPLE.janis.personalCode });
    const granted = await graph.gql('mutation($input: GrantConsentInput!) { grantConsent(input: $input) { consent { id } } }', {
      input: { recipient: { kind: 'APPLICATION', id: 'case-tracker' }, purpose: 'JetStream', scopes: ['CASES_READ'] },
    }, { token: anna });
    const id = granted.data.grantConsent.consent.id as string;
    await graph.platform.events.drain();
    const seen = async (token: string) => {
      const res = await graph.gql('{ events(first: 100, types: ["lv.gov.psg.consent.granted.v1"]) { nodes { subject } } }', {}, { token });
      return (res.data.events.nodes as { subject: string }[]).filter((e) => e.subject === id).length;
    };
    for (let i = 0; i < 100 && (await seen(anna)) === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await seen(anna)).toBe(1);
    expect(await seen(janis)).toBe(0);
    const consumer = await (graph.platform.events.bus as JetStreamBus).manager.consumers.info(stream, 'cases-events-feed');
    expect(consumer.config.durable_name).toBe('cases-events-feed');
  });

  it('the notifier, a durable consumer that starts at the stream’s end, e-mails a person who asked, once', async () => {
    const anna = await graph.token({ person: DEMO_PEOPLE.anna.personalCode });
    const pmlp = await graph.token({ institution: 'PMLP' });
    const prefs = await graph.gql('mutation { updatePreferences(input: { notifications: [{ topic: CASE_STATUS_CHANGES, channel: EMAIL, enabled: true }] }) { errors { code } } }', {}, { token: anna });
    expect(prefs.data.updatePreferences.errors).toEqual([]);
    const created = await registerCase(graph, pmlp, { personalCode: DEMO_PEOPLE.anna.personalCode, submittedAt: new Date().toISOString() });
    await updateStatus(graph, pmlp, { caseId: created.id, expectedVersion: 1, status: 'REGISTERED' });
    for (let i = 0; i < 100 && !smtp.to('anna.kalnina@example.lv').length; i++) {
      await graph.platform.events.drain();
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(smtp.to('anna.kalnina@example.lv').map((m) => m.subject)).toEqual(['Jūsu pieteikums PMLP-PASE: reģistrēta']);
    const info = await (graph.platform.events.bus as JetStreamBus).manager.consumers.info(stream, 'clients-notifier');
    expect(info.config.deliver_policy).toBe('new');
  });
});
