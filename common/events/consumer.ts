/**
 * Consumers of the bus inside the graph (projections, the notifier): on JetStream a durable consumer per name that
 * starts at the stream's beginning (or, for `startAt: 'new'`, at its end) and acknowledges each event after its
 * handler succeeded (a failure is redelivered after a growing pause, at least once, so handlers de-duplicate on the
 * event id; after the last allowed delivery it goes to the dead-letter stream, dead-letters.ts); on the embedded bus
 * a listener that sees what is relayed in this process from now on.
 */
import { AckPolicy, DeliverPolicy } from '@nats-io/jetstream';
import type { Logger } from '@public-service-graph/subgraph-kit/logger';
import { audienceOf, EmbeddedBus, JetStreamBus, type EventBus } from './bus.ts';
import { isFor } from './dead-letters.ts';
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
      // The relay marks the event sent once this consumer is done with it.
      return chain;
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
  const dead = bus.deadLetters;
  const messages = await (await bus.js.consumers.get(stream, consumer.name)).consume();
  const done = (async () => {
    for await (const m of messages) {
      try {
        if (!isFor(m, consumer.name)) {
          m.ack();
          continue;
        }
        let event: EventEnvelope;
        try {
          event = m.json<EventEnvelope>();
        } catch (err) {
          // Retrying cannot make it readable.
          await dead.deadLetter(m, consumer.name, `not a JSON event: ${(err as Error).message}`);
          continue;
        }
        if (!accepts(event)) {
          m.ack();
          continue;
        }
        if (dead.overdue(m)) {
          await dead.deadLetter(m, consumer.name, `delivered ${m.info.deliveryCount} times without an answer (the consumer stopped while handling it)`);
          continue;
        }
        try {
          await consumer.handle(event, audienceOf(m.headers));
          m.ack();
        } catch (err) {
          const outcome = await dead.failed(m, consumer.name, err);
          log.warn({ err, event: event.id, consumer: consumer.name, deliveries: m.info.deliveryCount }, outcome === 'redelivered' ? 'event consumer failed; redelivered later' : 'event consumer failed on its last delivery; moved to the dead-letter stream');
        }
      } catch (err) {
        // The dead-letter stream could not be written to: the event comes again.
        log.error({ err, consumer: consumer.name }, 'event not settled; redelivered later');
        m.nak(REDELIVER_AFTER_MS);
      }
    }
  })();
  return async () => {
    await messages.close();
    await done;
  };
}
