// The JetStream dead-letter stream: runs when TEST_NATS_URL is set (as tests/events-jetstream.test.ts).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../common/config.ts';
import { JetStreamBus, jetStreamOptions } from '../common/events/bus.ts';
import { startConsumer } from '../common/events/consumer.ts';
import { runDispatcher } from '../scripts/webhooks.ts';
import type { WebhookDispatcher } from '../subgraphs/platform/webhooks/dispatcher.ts';
import { createLogger } from '@public-service-graph/subgraph-kit/logger';
import type { EventEnvelope } from '@public-service-graph/subgraph-kit/events/outbox';

const natsUrl = process.env.TEST_NATS_URL;
const run = randomUUID().slice(0, 8);
const config = loadConfig({
  NATS_STREAM: `PSG_TEST_${run}`,
  NATS_SUBJECT_PREFIX: `psg.test.${run}`,
  NATS_DEAD_LETTER_STREAM: `PSG_TEST_DL_${run}`,
  NATS_DEAD_LETTER_PREFIX: `psg.test-dl.${run}`,
  EVENTS_CONSUMER_MAX_DELIVERIES: '3',
  EVENTS_CONSUMER_BACKOFF_MS: '50',
  WEBHOOK_CONSUMER: `webhooks-${run}`,
});
const log = createLogger('silent');
const until = async (check: () => Promise<boolean>, ms = 15_000) => {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (await check()) return;
  throw new Error('timed out');
};
const event = (type = 'lv.gov.psg.case.status-changed.v1'): EventEnvelope => ({
  specversion: '1.0', id: randomUUID(), source: 'urn:lv.gov.psg:subgraph:cases', type, subject: randomUUID(), time: new Date().toISOString(),
  datacontenttype: 'application/json', data: { caseId: 'x' },
}) as unknown as EventEnvelope;

describe.skipIf(!natsUrl)('dead letters on JetStream', () => {
  let bus: JetStreamBus;
  beforeAll(async () => {
    bus = await JetStreamBus.connect(jetStreamOptions(config, natsUrl!));
  });
  afterAll(async () => {
    await bus?.manager.streams.delete(config.NATS_STREAM).catch(() => {});
    await bus?.manager.streams.delete(config.NATS_DEAD_LETTER_STREAM).catch(() => {});
    await bus?.close();
  });

  it('a consumer that always fails ends with the event in the dead-letter stream once, with the reason; a replay reaches that consumer only', async () => {
    let failing = true;
    const tries: string[] = [];
    const other: string[] = [];
    const stopFailing = await startConsumer(bus, { name: `failing-${run}`, handle: async (e) => { tries.push(e.id); if (failing) throw new Error('projection store is away'); } }, log);
    const stopOther = await startConsumer(bus, { name: `other-${run}`, handle: async (e) => void other.push(e.id) }, log);
    const sent = event();
    await bus.publish(sent, { institutionCode: 'PMLP', clientId: null });

    await until(async () => (await bus.deadLetters.list()).length > 0);
    // Longer than any backoff left: nothing more comes.
    await new Promise((r) => setTimeout(r, 1000));
    expect(tries).toEqual([sent.id, sent.id, sent.id]);
    expect(other).toEqual([sent.id]);
    const letters = await bus.deadLetters.list();
    expect(letters).toEqual([expect.objectContaining({ consumer: `failing-${run}`, type: sent.type, eventId: sent.id, deliveries: 3, reason: 'projection store is away' })]);
    const stored = await bus.manager.streams.getMessage(config.NATS_DEAD_LETTER_STREAM, { seq: letters[0].sequence });
    expect(stored!.subject).toBe(`${config.NATS_DEAD_LETTER_PREFIX}.failing-${run}.${sent.type}`);
    expect(stored!.json()).toEqual(sent);
    expect(stored!.header.get('Psg-Institution-Code')).toBe('PMLP');
    const state = await bus.manager.consumers.info(config.NATS_STREAM, `failing-${run}`);
    expect([state.num_pending, state.num_ack_pending, state.num_redelivered]).toEqual([0, 0, 0]);

    // The operator fixes the cause and replays: the failing consumer gets it once more, the other does not.
    failing = false;
    expect((await bus.deadLetters.replay(letters[0].sequence))?.eventId).toBe(sent.id);
    await until(async () => tries.length === 4);
    await new Promise((r) => setTimeout(r, 500));
    expect(tries).toEqual([sent.id, sent.id, sent.id, sent.id]);
    expect(other).toEqual([sent.id]);
    expect(await bus.deadLetters.list()).toEqual([]);
    expect(await bus.deadLetters.replay(letters[0].sequence)).toBeNull();
    await stopFailing();
    await stopOther();
  });

  it('the webhook consumer dead-letters an event whose fan-out keeps failing, and an unreadable message at once', async () => {
    const takes: string[][] = [];
    const dispatcher = {
      take: async (batch: { event: EventEnvelope }[]) => {
        takes.push(batch.map((b) => b.event.id));
        if (batch.some((b) => b.event.type.endsWith('decided.v1'))) throw new Error('fan-out refused');
      },
      start: () => {},
      stop: async () => {},
    } as unknown as WebhookDispatcher;
    const running = await runDispatcher(dispatcher, bus, config, log);
    const name = config.WEBHOOK_CONSUMER;
    const bad = event('lv.gov.psg.case.decided.v1');
    const good = event();
    await bus.publish(bad);
    await bus.publish(good);
    await bus.js.publish(`${config.NATS_SUBJECT_PREFIX}.lv.gov.psg.case.rated.v1`, 'not json');
    await until(async () => (await bus.deadLetters.list({ consumer: name })).length === 2);
    await new Promise((r) => setTimeout(r, 1000));
    const letters = await bus.deadLetters.list({ consumer: name });
    // The unreadable one at once, the refused one after its third delivery.
    expect(letters.map((l) => [l.type, l.eventId, l.deliveries])).toEqual([
      ['lv.gov.psg.case.rated.v1', null, 1],
      ['lv.gov.psg.case.decided.v1', bad.id, 3],
    ]);
    expect(letters[0].reason).toMatch(/^not a JSON event/);
    expect(letters[1].reason).toBe('fan-out refused');
    // The good event of the failed batch was taken on its own, once acknowledged.
    expect(takes.flat().filter((id) => id === good.id).length).toBeGreaterThanOrEqual(1);
    const state = await bus.manager.consumers.info(config.NATS_STREAM, name);
    expect([state.num_pending, state.num_ack_pending]).toEqual([0, 0]);
    await running.stop();
  });
});
