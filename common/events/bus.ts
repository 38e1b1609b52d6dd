/**
 * The event bus the outbox relays publish to: NATS JetStream when NATS_URL is set (a durable stream, events as
 * structured CloudEvents JSON on `<prefix>.<type>`, the event id as the message id so JetStream drops a repeat within
 * its duplicate window), otherwise an embedded bus in the process that hands each event to its listeners.
 */
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type Consumer, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { connect, headers, nanos, type MsgHdrs, type NatsConnection } from '@nats-io/transport-node';
import { traceHeaders } from '@public-service-graph/subgraph-kit/tracing';
import type { EventEnvelope } from '@public-service-graph/subgraph-kit/events/outbox';
import type { EventAudience } from '@public-service-graph/subgraph-kit/events/types';
import type { Config } from '../config.ts';
import type { EventPublisher } from './relay.ts';
import { DEAD_LETTER_DEFAULTS, DeadLetters, type DeadLetterOptions } from './dead-letters.ts';

/** JetStream headers carrying an event's audience beside the envelope (the envelope's data names no client). */
const INSTITUTION_HEADER = 'Psg-Institution-Code';
const CLIENT_HEADER = 'Psg-Client-Id';

/** The audience a JetStream message carries in its headers. */
export const audienceOf = (h: MsgHdrs | undefined): EventAudience => ({ institutionCode: h?.get(INSTITUTION_HEADER) || null, clientId: h?.get(CLIENT_HEADER) || null });

export interface EventBus extends EventPublisher {
  kind: 'embedded' | 'jetstream';
  close(): Promise<void>;
}

/** Gets each event as relayed; what it returns (its work, e.g. the webhook fan-out) is awaited before the row is marked sent. */
type Listener = (event: EventEnvelope, audience: EventAudience) => void | Promise<unknown>;

/**
 * In-process bus: what `npm start` uses with nothing configured. Nothing is kept; listeners get events as relayed.
 * The relay calls listeners inside its outbox transaction and marks the events sent only after their work resolved
 * (`settled`): a crash before that leaves the events unsent, relayed again on start. So a listener must not wait
 * for the database inside the call (on the embedded database, one connection, it would wait for that transaction
 * for ever); it returns its work as a promise instead.
 */
export class EmbeddedBus implements EventBus {
  readonly kind = 'embedded';
  private readonly listeners = new Set<Listener>();
  private readonly work = new Map<string, Promise<unknown>>();

  async publish(event: EventEnvelope, audience: EventAudience = { institutionCode: null, clientId: null }): Promise<void> {
    const pending: Promise<unknown>[] = [];
    for (const listener of this.listeners) {
      const done = listener(event, audience);
      if (done) pending.push(done);
    }
    if (!pending.length) return;
    const all = Promise.all(pending);
    all.catch(() => {}); // observed by `settled`
    this.work.set(event.id, all);
    // A batch whose relay failed after publishing is never asked for: keep the map bounded.
    if (this.work.size > 10_000) this.work.delete(this.work.keys().next().value!);
  }

  /** Resolves when the listeners' work for these events is done; rejects when any of it failed. */
  async settled(eventIds: readonly string[]): Promise<void> {
    const work = eventIds.map((id) => this.work.get(id));
    for (const id of eventIds) this.work.delete(id);
    await Promise.all(work);
  }

  /** Calls `listener` with each event published from now on; returns a function that stops it. */
  subscribe(listener: Listener): () => void {
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
  /** Where consumers' exhausted events go (dead-letters.ts); the defaults when absent. */
  deadLetters?: Partial<DeadLetterOptions>;
}

export class JetStreamBus implements EventBus {
  readonly kind = 'jetstream';

  private constructor(
    readonly nc: NatsConnection,
    readonly manager: JetStreamManager,
    readonly js: JetStreamClient,
    readonly options: JetStreamOptions,
    readonly deadLetters: DeadLetters,
  ) {}

  /** Connects and makes sure the stream and the dead-letter stream exist (created with file storage when missing). */
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
      const js = jetstream(nc);
      const deadLetters = new DeadLetters(js, manager, { ...DEAD_LETTER_DEFAULTS, ...options.deadLetters }, options.subjectPrefix);
      await deadLetters.ensureStream();
      return new JetStreamBus(nc, manager, js, options, deadLetters);
    } catch (err) {
      await nc.close();
      throw err;
    }
  }

  async publish(event: EventEnvelope, audience?: EventAudience): Promise<void> {
    // The relay's publish span travels in the message headers, so a consumer's span can continue it.
    const h = headers();
    for (const [key, value] of Object.entries(traceHeaders())) h.set(key, value);
    if (audience?.institutionCode) h.set(INSTITUTION_HEADER, audience.institutionCode);
    if (audience?.clientId) h.set(CLIENT_HEADER, audience.clientId);
    await this.js.publish(`${this.options.subjectPrefix}.${event.type}`, JSON.stringify(event), { msgID: event.id, headers: h });
  }

  /**
   * A durable pull consumer on the stream that replicas share as a work queue (each message goes to one of them,
   * and comes again after `ackWaitMs` when not acknowledged). Created when missing, from the stream's next message on.
   */
  async durableConsumer(name: string, ackWaitMs: number): Promise<Consumer> {
    try {
      await this.manager.consumers.info(this.options.stream, name);
    } catch {
      await this.manager.consumers.add(this.options.stream, {
        durable_name: name, ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.New,
        ack_wait: nanos(ackWaitMs), max_deliver: -1, filter_subject: `${this.options.subjectPrefix}.>`,
      });
    }
    return this.js.consumers.get(this.options.stream, name);
  }

  async close(): Promise<void> {
    await this.nc.drain();
  }
}

/** The bus the configuration asks for. */
export async function openEventBus(config: BusConfig): Promise<EventBus> {
  if (!config.NATS_URL) return new EmbeddedBus();
  return JetStreamBus.connect(jetStreamOptions(config, config.NATS_URL));
}

type BusConfig = Pick<Config, 'NATS_URL' | 'NATS_STREAM' | 'NATS_SUBJECT_PREFIX' | 'NATS_DEAD_LETTER_STREAM' | 'NATS_DEAD_LETTER_PREFIX' | 'EVENTS_CONSUMER_MAX_DELIVERIES' | 'EVENTS_CONSUMER_BACKOFF_MS'>;

export const jetStreamOptions = (config: BusConfig, url: string): JetStreamOptions => ({
  url,
  stream: config.NATS_STREAM,
  subjectPrefix: config.NATS_SUBJECT_PREFIX,
  deadLetters: { stream: config.NATS_DEAD_LETTER_STREAM, subjectPrefix: config.NATS_DEAD_LETTER_PREFIX, maxDeliveries: config.EVENTS_CONSUMER_MAX_DELIVERIES, backoffMs: config.EVENTS_CONSUMER_BACKOFF_MS },
});
