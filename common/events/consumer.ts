/**
 * Consumers of the bus inside the graph (projections, the notifier): on JetStream a durable consumer per name that
 * starts at the stream's beginning (or, for `startAt: 'new'`, at its end) and acknowledges each event after its handler succeeded (a failure is redelivered
 * after a pause: at least once, so handlers de-duplicate on the event id); on the embedded bus a listener that sees
 * what is relayed in this process from now on.
 */
import { AckPolicy, DeliverPolicy } from '@nats-io/jetstream';
import type { Logger } from '@public-service-graph/subgraph-kit/logger';
import { audienceOf, EmbeddedBus, JetStreamBus, type EventBus } from './bus.ts';
import type { EventEnvelope } from '@public-service-graph/subgraph-kit/events/outbox';
import type { EventConsumer } from '@public-service-graph/subgraph-kit/events/consumer';

const REDELIVER_AFTER_MS = 2_000;

/** Starts `consumer` on `bus`; returns a function that stops it (waiting for the event in hand). */
export async function startConsumer(bus: EventBus, consumer: EventConsumer, log: Logger): Promise<() => Promise<void>> {
  const accepts = consumer.accepts ?? (() => true);
  if (bus instanceof EmbeddedBus) {
    // Handled one at a time in publish order, as on JetStream.
    let chain: Promise<void> = Promise.resolve();
    const stop = bus.subscribe((event, audience) => {
      if (!accepts(event)) return;
      chain = chain.then(() => consumer.handle(event, audience)).catch((err: unknown) => log.error({ err, event: event.id, consumer: consumer.name }, 'event consumer failed; the embedded bus keeps nothing, the event is dropped for this consumer'));
    });
    return async () => {
      stop();
      await chain;
    };
  }
  if (!(bus instanceof JetStreamBus)) throw new Error(`no consumer for a ${bus.kind} bus`);
  const { stream } = bus.options;
  try {
    await bus.manager.consumers.info(stream, consumer.name);
  } catch {
    await bus.manager.consumers.add(stream, { durable_name: consumer.name, ack_policy: AckPolicy.Explicit, deliver_policy: consumer.startAt === 'new' ? DeliverPolicy.New : DeliverPolicy.All });
  }
  const messages = await (await bus.js.consumers.get(stream, consumer.name)).consume();
  const done = (async () => {
    for await (const m of messages) {
      const event = m.json<EventEnvelope>();
      if (!accepts(event)) {
        m.ack();
        continue;
      }
      const audience = audienceOf(m.headers);
      try {
        await consumer.handle(event, audience);
        m.ack();
      } catch (err) {
        log.warn({ err, event: event.id, consumer: consumer.name }, 'event consumer failed; redelivered later');
        m.nak(REDELIVER_AFTER_MS);
      }
    }
  })();
  return async () => {
    await messages.close();
    await done;
  };
}
