import { connect, type NatsConnection } from '@nats-io/transport-node';
import { EmbeddedBus, type EventBus } from '../common/events/bus.ts';
import type { EventEnvelope } from '../common/events/outbox.ts';
import type { Logger } from '../common/logger.ts';

/**
 * The catalogue's events that change public answers (docs/events.md): a service published, changed or archived, a
 * channel changed. The response cache drops what it kept on each of them.
 */
export const CATALOGUE_EVENT_TYPES: ReadonlySet<string> = new Set([
  'lv.gov.psg.service.published.v1',
  'lv.gov.psg.service.changed.v1',
  'lv.gov.psg.service.archived.v1',
  'lv.gov.psg.channel.changed.v1',
]);

export type CatalogueListener = (event: Pick<EventEnvelope, 'id' | 'type'>) => void;

/**
 * Calls `listener` for every catalogue event from now on; the returned function stops listening. Every gateway
 * replica hears every event: on the embedded bus as a listener in this process; on NATS as a plain subscription of
 * its own to the stream's subjects (not a durable consumer, which would hand each event to one replica only). What a
 * replica misses while it is down does not matter: it starts with an empty cache generation.
 */
export async function listenToCatalogue(
  bus: EventBus | null,
  nats: { url: string; subjectPrefix: string } | null,
  listener: CatalogueListener,
  log: Logger,
): Promise<() => Promise<void>> {
  const accept = (event: EventEnvelope) => {
    if (CATALOGUE_EVENT_TYPES.has(event.type)) listener(event);
  };
  if (bus instanceof EmbeddedBus) {
    const stop = bus.subscribe(accept);
    return async () => void stop();
  }
  if (!nats) return async () => {};
  const nc: NatsConnection = await connect({ servers: nats.url });
  for (const type of CATALOGUE_EVENT_TYPES) {
    nc.subscribe(`${nats.subjectPrefix}.${type}`, {
      callback: (err, message) => {
        if (err) return log.warn({ err }, 'catalogue events subscription failed');
        try {
          accept(message.json<EventEnvelope>());
        } catch (e) {
          log.warn({ err: e }, 'a catalogue event could not be read');
        }
      },
    });
  }
  return () => nc.drain();
}
