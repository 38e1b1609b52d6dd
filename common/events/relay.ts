/**
 * Moves events from a subgraph's outbox to the bus: reads unsent rows in outbox order, locking them with
 * `for update skip locked` so a second relay takes other rows instead of the same ones, publishes them, and marks
 * them sent in the same transaction. A crash between publishing and commit leaves the rows unsent: they are
 * published again (at least once; the bus drops repeats by event id within its duplicate window). On the embedded
 * bus the rows are marked sent after the commit, once the in-process listeners' work is done (`settled`).
 */
import { context, propagation, ROOT_CONTEXT, SpanKind, trace } from '@opentelemetry/api';
import { and, asc, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import type { Logger } from '@public-service-graph/subgraph-kit/logger';
import { inSpan } from '@public-service-graph/subgraph-kit/tracing';
import type { EventEnvelope, OutboxTable } from '@public-service-graph/subgraph-kit/events/outbox';
import type { EventAudience } from '@public-service-graph/subgraph-kit/events/types';
import type { RelayMetrics } from './relay-metrics.ts';

/** Where the relay sends events: the embedded bus or NATS JetStream (event-bus.ts). */
export interface EventPublisher {
  /** `audience`: who may see the event (the outbox row's columns), for consumers that filter by it; never in the envelope. */
  publish(event: EventEnvelope, audience?: EventAudience): Promise<void>;
  /**
   * When present (the embedded bus), the relay commits its read, then awaits this for the batch's events and only
   * then marks them sent: what the in-process listeners did with them is stored before the outbox forgets them.
   */
  settled?(eventIds: readonly string[]): Promise<void>;
}

export type { EventAudience };

/** Where a relay reports: the subgraph it serves, and the metrics when the process has a registry. */
export interface RelayObservation {
  subgraph: string;
  metrics?: RelayMetrics;
}

/**
 * Publishes one event in a producer span that continues the trace of the write that created it (the envelope's
 * `traceparent`, CloudEvents distributed tracing), linked to the batch that carried it; the bus propagates this
 * span onwards (JetStream message headers).
 */
function publishTraced(publisher: EventPublisher, event: EventEnvelope, audience: EventAudience, observe: RelayObservation | undefined): Promise<void> {
  const batch = trace.getActiveSpan()?.spanContext();
  const parent = event.traceparent ? propagation.extract(ROOT_CONTEXT, { traceparent: event.traceparent }) : context.active();
  const labels = { subgraph: observe?.subgraph ?? 'unknown', type: event.type };
  return context.with(parent, () =>
    inSpan(
      `publish ${event.type}`,
      { 'messaging.operation.type': 'publish', 'messaging.destination.name': event.type, 'messaging.message.id': event.id, 'cloudevents.event_id': event.id, 'cloudevents.event_type': event.type, 'psg.relay.subgraph': labels.subgraph },
      async (span) => {
        if (batch && event.traceparent) span.addLink({ context: batch });
        try {
          await publisher.publish(event, audience);
          observe?.metrics?.published.inc(labels);
        } catch (err) {
          observe?.metrics?.failures.inc(labels);
          throw err;
        }
      },
      SpanKind.PRODUCER,
    ),
  );
}

/** Publishes up to `limit` unsent events in one transaction, in a span of its own; returns how many. */
export async function relayBatch(db: Db, table: OutboxTable, publisher: EventPublisher, limit = 100, observe?: RelayObservation): Promise<number> {
  const started = process.hrtime.bigint();
  // A root span: a poll belongs to no request; each publish inside it joins its own write's trace.
  try {
    return await context.with(ROOT_CONTEXT, () =>
    inSpan('outbox relay batch', { 'psg.relay.subgraph': observe?.subgraph ?? 'unknown', 'psg.relay.batch_limit': limit }, async (span) =>
      db.transaction(async (tx) => {
        const rows = await tx
          .select({ id: table.id, envelope: table.envelope, institutionCode: table.institutionCode, clientId: table.clientId })
          .from(table)
          .where(isNull(table.sentAt))
          .orderBy(asc(table.id))
          .limit(limit)
          .for('update', { skipLocked: true });
        span.setAttribute('psg.relay.events', rows.length);
        // Sent in outbox order without waiting for each acknowledgement (JetStream answers each publish with one
        // round trip): the batch waits for all of them once. A failure leaves the whole batch unsent, and repeats
        // of what did reach the bus are dropped there by event id.
        await Promise.all(rows.map((row) => publishTraced(publisher, row.envelope, { institutionCode: row.institutionCode, clientId: row.clientId }, observe)));
        if (rows.length && !publisher.settled) await tx.update(table).set({ sentAt: sql`now()` }).where(inArray(table.id, rows.map((r) => r.id)));
        return rows;
      }).then(async (rows) => {
        if (!rows.length || !publisher.settled) return rows.length;
        // After the commit: the listeners' work may need the database this transaction held.
        await publisher.settled(rows.map((r) => r.envelope.id));
        await db.update(table).set({ sentAt: sql`now()` }).where(and(inArray(table.id, rows.map((r) => r.id)), isNull(table.sentAt)));
        return rows.length;
      }),
    ),
  );
  } finally {
    observe?.metrics?.batchDuration.observe({ subgraph: observe.subgraph }, Number(process.hrtime.bigint() - started) / 1e9);
  }
}

/**
 * Deletes events sent before `before` (outbox retention); unsent ones stay whatever their age. The polling feed reads
 * the outbox, so it reaches back as far as the retention. Returns how many were deleted.
 */
export async function pruneSent(db: Db, table: OutboxTable, before: Date): Promise<number> {
  const gone = await db.delete(table).where(and(isNotNull(table.sentAt), lt(table.sentAt, before))).returning({ id: table.id });
  return gone.length;
}

export interface RelayOptions {
  /** Pause between polls when the outbox is empty. */
  intervalMs: number;
  batchSize?: number;
  log: Logger;
  /** The subgraph (span attribute, metric label) and the process's relay metrics, if any. */
  observe?: RelayObservation;
  /** Sent events older than this are deleted, checked hourly (EVENTS_RETENTION_DAYS); 0 or absent keeps them. */
  retentionMs?: number;
}

/** Polls one outbox and relays it until stopped; a full batch is followed at once by the next. */
export class OutboxRelay {
  private timer: NodeJS.Timeout | undefined;
  private pruneTimer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = true;

  constructor(
    private readonly db: Db,
    private readonly table: OutboxTable,
    private readonly publisher: EventPublisher,
    private readonly opts: RelayOptions,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule();
    const retention = this.opts.retentionMs;
    if (retention) {
      this.pruneTimer = setInterval(() => {
        pruneSent(this.db, this.table, new Date(Date.now() - retention)).catch((err: unknown) => this.opts.log.warn({ err }, 'outbox pruning failed'));
      }, 3600_000);
      this.pruneTimer.unref();
    }
  }

  /** Relays everything unsent now (tests, shutdown); runs after any poll in progress. */
  drain(): Promise<number> {
    const run = this.running.then(() => this.relayAll());
    this.running = run.catch(() => {});
    return run;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    clearInterval(this.pruneTimer);
    await this.running;
  }

  private async relayAll(): Promise<number> {
    const size = this.opts.batchSize ?? 100;
    let total = 0;
    for (;;) {
      const n = await relayBatch(this.db, this.table, this.publisher, size, this.opts.observe);
      total += n;
      if (n < size) return total;
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      const run = this.running.then(() => this.relayAll());
      this.running = run.then(
        () => this.schedule(),
        (err: unknown) => {
          // The bus or the database is away: the rows stay unsent and the next poll tries again.
          this.opts.log.warn({ err }, 'outbox relay failed; retrying');
          this.schedule();
        },
      );
    }, this.opts.intervalMs);
    this.timer.unref();
  }
}
