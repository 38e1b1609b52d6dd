// The outbox relay on NATS JetStream: runs when TEST_NATS_URL is set (CI starts nats-server with JetStream).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JetStreamBus } from '../common/events/bus.ts';
import { registerCase, testPersonalCode, updateStatus } from './support/cases.ts';
import { startTestGraph, type TestGraph } from './support/platform.ts';

const natsUrl = process.env.TEST_NATS_URL;
// A stream and subjects of this run's own, so parallel runs and earlier runs do not mix.
const run = randomUUID().slice(0, 8);
const stream = `PSG_TEST_${run}`;
const prefix = `psg.test.${run}`;

describe.skipIf(!natsUrl)('the outbox relay on NATS JetStream', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph({ NATS_URL: natsUrl!, NATS_STREAM: stream, NATS_SUBJECT_PREFIX: prefix });
  });
  afterAll(async () => {
    const bus = graph?.platform.events.bus as JetStreamBus | undefined;
    await bus?.manager.streams.delete(stream).catch(() => {});
    await graph?.stop();
  });

  it('publishes each event once to the stream, on its type’s subject, as the CloudEvent the feed shows', async () => {
    const bus = graph.platform.events.bus as JetStreamBus;
    expect(bus.kind).toBe('jetstream');
    const pmlp = await graph.token({ institution: 'PMLP' });
    const operator = await graph.token({ operator: 'ops-1' });
    const created = await registerCase(graph, pmlp, { personalCode: testPersonalCode(80) });
    await updateStatus(graph, pmlp, { caseId: created.id, expectedVersion: 1, status: 'REGISTERED' });

    expect(await graph.platform.events.drain()).toBe(2);
    expect(await graph.platform.events.drain()).toBe(0);

    const feed = await graph.gql('{ events(first: 100) { nodes { id type subject envelope } } }', {}, { token: operator });
    const events = feed.data.events.nodes as { id: string; type: string; subject: string; envelope: string }[];
    expect(events.map((e) => e.subject)).toEqual([created.id, created.id]);
    const info = await bus.manager.streams.info(stream);
    expect(info.state.messages).toBe(2);
    for (const [i, event] of events.entries()) {
      const stored = await bus.manager.streams.getMessage(stream, { seq: i + 1 });
      expect(stored!.subject).toBe(`${prefix}.${event.type}`);
      expect(stored!.json()).toEqual(JSON.parse(event.envelope));
      // The headers carry the relay's publish span, in the trace of the write that made the event.
      const traceId = (JSON.parse(event.envelope) as { traceparent: string }).traceparent.split('-')[1];
      expect(stored!.header.get('traceparent')).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-0[01]$`));
    }

    // A repeat of an event (a relay that published, then crashed before marking it sent) is dropped by its id.
    await bus.publish(JSON.parse(events[0].envelope));
    expect((await bus.manager.streams.info(stream)).state.messages).toBe(2);
  });
});
