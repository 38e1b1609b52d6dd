/**
 * Dead letters on JetStream: a consumer's event that keeps failing is retried with a growing pause and, after its
 * last delivery, moved to the dead-letter stream (on `<prefix>.<consumer>.<event type>`, with the reason in its
 * headers) instead of being retried for ever or dropped. An operator lists and replays them
 * (`npm run events:dead-letters`): a replay goes back to the events stream for that one consumer only.
 *
 * The delivery limit is counted here from JetStream's delivery count, not by the server's `max_deliver`: a delivery
 * cut short by a crash (no acknowledgement at all) is then redelivered after the ack wait and still ends here.
 */
import type { JetStreamClient, JetStreamManager, JsMsg, StoredMsg } from '@nats-io/jetstream';
import { headers, type MsgHdrs } from '@nats-io/transport-node';

export interface DeadLetterOptions {
  /** The dead-letter stream, created when missing. */
  stream: string;
  /** Its subjects: `<subjectPrefix>.<consumer>.<event type>`; must not overlap the events stream's. */
  subjectPrefix: string;
  /** Deliveries of one event to one consumer before it is dead-lettered. */
  maxDeliveries: number;
  /** The pause before the second delivery; it doubles with each further one, up to 5 minutes. */
  backoffMs: number;
}

export const DEAD_LETTER_DEFAULTS: DeadLetterOptions = { stream: 'PSG_DEAD_LETTERS', subjectPrefix: 'psg.dead-letters', maxDeliveries: 10, backoffMs: 2_000 };

const BACKOFF_CAP_MS = 300_000;

/** Headers of a dead letter, besides those of the original message (audience, trace context). */
export const DEAD_LETTER_HEADERS = {
  consumer: 'Psg-Dead-Letter-Consumer',
  reason: 'Psg-Dead-Letter-Reason',
  deliveries: 'Psg-Dead-Letter-Deliveries',
  subject: 'Psg-Dead-Letter-Subject',
  sequence: 'Psg-Dead-Letter-Sequence',
  at: 'Psg-Dead-Letter-At',
} as const;

/** A replayed event names the one consumer it is for; every other consumer acknowledges it unseen. */
export const REPLAY_FOR_HEADER = 'Psg-Replay-For';

/** Whether consumer `name` should handle `m` (not a replay meant for another consumer). */
export const isFor = (m: JsMsg, name: string): boolean => {
  const target = m.headers?.get(REPLAY_FOR_HEADER);
  return !target || target === name;
};

/** The pause before delivery `deliveries + 1`. */
export const redeliveryDelayMs = (deliveries: number, backoffMs: number): number => Math.min(BACKOFF_CAP_MS, backoffMs * 2 ** Math.max(0, deliveries - 1));

/** Copies headers, leaving out NATS's own (a copied Nats-Msg-Id would make the copy a duplicate) and `skip`. */
function copyHeaders(from: MsgHdrs | undefined, skip: readonly string[] = []): MsgHdrs {
  const h = headers();
  for (const key of from?.keys() ?? []) {
    if (key.toLowerCase().startsWith('nats-') || skip.some((s) => s.toLowerCase() === key.toLowerCase())) continue;
    for (const value of from!.values(key)) h.append(key, value);
  }
  return h;
}

export interface DeadLetter {
  sequence: number;
  consumer: string;
  type: string;
  reason: string;
  deliveries: number;
  at: string;
  eventId: string | null;
}

export class DeadLetters {
  constructor(
    private readonly js: JetStreamClient,
    private readonly manager: JetStreamManager,
    readonly options: DeadLetterOptions,
    /** The events stream's subject prefix, to name the event type in a dead letter's subject. */
    private readonly eventsPrefix: string,
  ) {}

  async ensureStream(): Promise<void> {
    try {
      await this.manager.streams.info(this.options.stream);
    } catch {
      await this.manager.streams.add({ name: this.options.stream, subjects: [`${this.options.subjectPrefix}.>`] });
    }
  }

  /** Whether `m` came more often than allowed: earlier deliveries got no answer (a crash): dead-letter it unhandled. */
  overdue(m: JsMsg): boolean {
    return m.info.deliveryCount > this.options.maxDeliveries;
  }

  /** After `consumer` failed to handle `m`: delivered again after a pause, or, on its last delivery, dead-lettered. */
  async failed(m: JsMsg, consumer: string, err: unknown): Promise<'redelivered' | 'dead-lettered'> {
    const reason = err instanceof Error ? err.message : String(err);
    if (m.info.deliveryCount < this.options.maxDeliveries) {
      m.nak(redeliveryDelayMs(m.info.deliveryCount, this.options.backoffMs));
      return 'redelivered';
    }
    await this.deadLetter(m, consumer, reason);
    return 'dead-lettered';
  }

  /**
   * Publishes `m` to the dead-letter stream, then ends its deliveries to `consumer`. The copy's message id is the
   * consumer and the stream sequence, so a repeat (a crash between the two steps) is dropped by the stream.
   */
  async deadLetter(m: JsMsg, consumer: string, reason: string): Promise<void> {
    const type = m.subject.startsWith(`${this.eventsPrefix}.`) ? m.subject.slice(this.eventsPrefix.length + 1) : m.subject;
    const h = copyHeaders(m.headers, [REPLAY_FOR_HEADER]);
    h.set(DEAD_LETTER_HEADERS.consumer, consumer);
    h.set(DEAD_LETTER_HEADERS.reason, reason.replace(/[\r\n]+/g, ' ').slice(0, 1000) || 'unknown');
    h.set(DEAD_LETTER_HEADERS.deliveries, String(m.info.deliveryCount));
    h.set(DEAD_LETTER_HEADERS.subject, m.subject);
    h.set(DEAD_LETTER_HEADERS.sequence, String(m.info.streamSequence));
    h.set(DEAD_LETTER_HEADERS.at, new Date().toISOString());
    await this.js.publish(`${this.options.subjectPrefix}.${consumer}.${type}`, m.data, { msgID: `${consumer}:${m.info.stream}:${m.info.streamSequence}`, headers: h });
    // No reason in the TERM: servers before 2.10.4 ignore a TERM with one (the reason is in the dead letter).
    m.term();
  }

  /** The dead letters kept, oldest first (at most `limit`), optionally of one consumer. */
  async list(opts: { consumer?: string; limit?: number } = {}): Promise<DeadLetter[]> {
    const { state } = await this.manager.streams.info(this.options.stream);
    const out: DeadLetter[] = [];
    for (let seq = state.first_seq; seq <= state.last_seq && out.length < (opts.limit ?? 100); seq++) {
      const m = await this.manager.streams.getMessage(this.options.stream, { seq }).catch(() => null);
      if (!m) continue;
      const letter = describe(m, this.options.subjectPrefix);
      if (!opts.consumer || letter.consumer === opts.consumer) out.push(letter);
    }
    return out;
  }

  /**
   * Puts dead letter `sequence` back on its original subject for its consumer only (the other consumers skip it),
   * and deletes it from the dead-letter stream. Returns the letter, or null when there is none at that sequence.
   */
  async replay(sequence: number): Promise<DeadLetter | null> {
    const m = await this.manager.streams.getMessage(this.options.stream, { seq: sequence }).catch(() => null);
    if (!m) return null;
    const letter = describe(m, this.options.subjectPrefix);
    const h = copyHeaders(m.header, Object.values(DEAD_LETTER_HEADERS));
    h.set(REPLAY_FOR_HEADER, letter.consumer);
    await this.js.publish(m.header.get(DEAD_LETTER_HEADERS.subject), m.data, { msgID: `replay:${this.options.stream}:${sequence}`, headers: h });
    await this.manager.streams.deleteMessage(this.options.stream, sequence);
    return letter;
  }
}

function describe(m: StoredMsg, prefix: string): DeadLetter {
  let eventId: string | null = null;
  try {
    eventId = m.json<{ id?: string }>().id ?? null;
  } catch {
    // Not JSON: a message no consumer could read, dead-lettered for that.
  }
  const consumer = m.header.get(DEAD_LETTER_HEADERS.consumer);
  return {
    sequence: m.seq,
    consumer,
    type: m.subject.slice(`${prefix}.${consumer}.`.length),
    reason: m.header.get(DEAD_LETTER_HEADERS.reason),
    deliveries: Number(m.header.get(DEAD_LETTER_HEADERS.deliveries)),
    at: m.header.get(DEAD_LETTER_HEADERS.at),
    eventId,
  };
}
