import { connect, type NatsConnection } from '@nats-io/transport-node';
import { EmbeddedBus, type EventBus } from '../common/events/bus.ts';
import type { EventEnvelope } from '@public-service-graph/subgraph-kit/events/outbox';
import type { Logger } from '@public-service-graph/subgraph-kit/logger';

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

/** Consents and powers of attorney given or taken back: the identity enrichment cache drops its answers on each. */
export const REPRESENTATION_EVENT_TYPES: ReadonlySet<string> = new Set([
  'lv.gov.psg.representation.granted.v1',
  'lv.gov.psg.representation.revoked.v1',
  'lv.gov.psg.consent.granted.v1',
  'lv.gov.psg.consent.revoked.v1',
  'lv.gov.psg.consent.expired.v1',
]);

export type EventListener = (event: Pick<EventEnvelope, 'id' | 'type'>) => void;

/** Where the gateway hears events: the bus of its own process (npm start, tests), or NATS (a gateway run alone). */
export interface EventSource {
  bus: EventBus | null;
  nats: { url: string; subjectPrefix: string } | null;
}

/**
 * Calls `listener` for every event of `types` from now on; the returned function stops listening. Every gateway
 * replica hears every event: on the embedded bus as a listener in this process; on NATS as a plain subscription of
 * its own to the stream's subjects (not a durable consumer, which would hand each event to one replica only). What a
 * replica misses while it is down does not matter: its caches start empty.
 */
export async function listenToEvents({ bus, nats }: EventSource, types: ReadonlySet<string>, listener: EventListener, log: Logger): Promise<() => Promise<void>> {
  const accept = (event: EventEnvelope) => {
    if (types.has(event.type)) listener(event);
  };
  if (bus instanceof EmbeddedBus) {
    const stop = bus.subscribe(accept);
    return async () => void stop();
  }
  if (!nats) throw new Error('no event bus to listen to');
  const nc: NatsConnection = await connect({ servers: nats.url });
  for (const type of types) {
    nc.subscribe(`${nats.subjectPrefix}.${type}`, {
      callback: (err, message) => {
        if (err) return log.warn({ err }, 'events subscription failed');
        try {
          accept(message.json<EventEnvelope>());
        } catch (e) {
          log.warn({ err: e }, 'an event could not be read');
        }
      },
    });
  }
  return () => nc.drain();
}
