/**
 * The event bus the outbox relays publish to: NATS JetStream when NATS_URL is set (a durable stream, events as
 * structured CloudEvents JSON on `<prefix>.<type>`, the event id as the message id so JetStream drops a repeat within
 * its duplicate window), otherwise an embedded bus in the process that hands each event to its listeners.
 */
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { connect, headers, type NatsConnection } from '@nats-io/transport-node';
import { traceHeaders } from '@public-service-graph/subgraph-kit/tracing';
import type { EventEnvelope } from '@public-service-graph/subgraph-kit/events/outbox';
import type { EventPublisher } from './relay.ts';

export interface EventBus extends EventPublisher {
  kind: 'embedded' | 'jetstream';
  close(): Promise<void>;
}

/** In-process bus: what `npm start` uses with nothing configured. Nothing is kept; listeners get events as relayed. */
export class EmbeddedBus implements EventBus {
  readonly kind = 'embedded';
  private readonly listeners = new Set<(event: EventEnvelope) => void>();

  async publish(event: EventEnvelope): Promise<void> {
    for (const listener of this.listeners) listener(event);
  }

  /** Calls `listener` with each event published from now on; returns a function that stops it. */
  subscribe(listener: (event: EventEnvelope) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}

export interface JetStreamOptions {
  url: string;
  stream: string;
  /** Subjects are `<subjectPrefix>.<event type>`, e.g. psg.events.lv.gov.psg.case.status-changed.v1. */
  subjectPrefix: string;
}

export class JetStreamBus implements EventBus {
  readonly kind = 'jetstream';

  private constructor(
    private readonly nc: NatsConnection,
    readonly manager: JetStreamManager,
    private readonly js: JetStreamClient,
    readonly options: JetStreamOptions,
  ) {}

  /** Connects and makes sure the stream exists (created with file storage when missing). */
  static async connect(options: JetStreamOptions): Promise<JetStreamBus> {
    const nc = await connect({ servers: options.url });
    try {
      const manager = await jetstreamManager(nc);
      const subjects = [`${options.subjectPrefix}.>`];
      try {
        await manager.streams.info(options.stream);
      } catch {
        await manager.streams.add({ name: options.stream, subjects });
      }
      return new JetStreamBus(nc, manager, jetstream(nc), options);
    } catch (err) {
      await nc.close();
      throw err;
    }
  }

  async publish(event: EventEnvelope): Promise<void> {
    // The relay's publish span travels in the message headers, so a consumer's span can continue it.
    const h = headers();
    for (const [key, value] of Object.entries(traceHeaders())) h.set(key, value);
    await this.js.publish(`${this.options.subjectPrefix}.${event.type}`, JSON.stringify(event), { msgID: event.id, headers: h });
  }

  async close(): Promise<void> {
    await this.nc.drain();
  }
}

/** The bus the configuration asks for. */
export async function openEventBus(config: { NATS_URL?: string; NATS_STREAM: string; NATS_SUBJECT_PREFIX: string }): Promise<EventBus> {
  if (!config.NATS_URL) return new EmbeddedBus();
  return JetStreamBus.connect({ url: config.NATS_URL, stream: config.NATS_STREAM, subjectPrefix: config.NATS_SUBJECT_PREFIX });
}
