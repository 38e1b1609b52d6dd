/** What a subgraph's consumer of the event bus is (common/events/consumer.ts runs it; docs/events.md). */
import type { EventAudience, EventEnvelope } from './outbox.ts';

export type EventHandler = (event: EventEnvelope, audience: EventAudience) => Promise<void>;

/** A consumer a subgraph module runs beside its relay: its durable name and what it does with each event. */
export interface EventConsumer {
  /** The durable consumer's name on JetStream (letters, digits, "-", "_"); unique per purpose, shared by replicas. */
  name: string;
  /**
   * Where a new durable consumer starts on JetStream: 'all' (the stream's beginning: projections catch up) or 'new'
   * (from now: the notifier must not tell people of history). Default 'all'.
   */
  startAt?: 'all' | 'new';
  /** Only events that pass (all when absent); the others are acknowledged unseen. */
  accepts?: (event: EventEnvelope) => boolean;
  handle: EventHandler;
  /** Work of the consumer due by the clock (e.g. notifications held in quiet hours), run by the process's scheduler. */
  tick?(now: Date): Promise<number>;
}
