/**
 * Moves events from a subgraph's outbox to the bus: reads unsent rows in outbox order, locking them with
 * `for update skip locked` so a second relay takes other rows instead of the same ones, publishes them, and marks
 * them sent in the same transaction. A crash between publishing and commit leaves the rows unsent: they are
 * published again (at least once; the bus drops repeats by event id within its duplicate window).
 */
import { asc, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db.ts';
import type { Logger } from '../logger.ts';
import type { EventEnvelope, OutboxTable } from './outbox.ts';

/** Where the relay sends events: the embedded bus or NATS JetStream (event-bus.ts). */
export interface EventPublisher {
  publish(event: EventEnvelope): Promise<void>;
}

/** Publishes up to `limit` unsent events in one transaction; returns how many. */
export async function relayBatch(db: Db, table: OutboxTable, publisher: EventPublisher, limit = 100): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: table.id, envelope: table.envelope })
      .from(table)
      .where(isNull(table.sentAt))
      .orderBy(asc(table.id))
      .limit(limit)
      .for('update', { skipLocked: true });
    for (const row of rows) await publisher.publish(row.envelope);
    if (rows.length) await tx.update(table).set({ sentAt: sql`now()` }).where(inArray(table.id, rows.map((r) => r.id)));
    return rows.length;
  });
}

export interface RelayOptions {
  /** Pause between polls when the outbox is empty. */
  intervalMs: number;
  batchSize?: number;
  log: Logger;
}

/** Polls one outbox and relays it until stopped; a full batch is followed at once by the next. */
export class OutboxRelay {
  private timer: NodeJS.Timeout | undefined;
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
    await this.running;
  }

  private async relayAll(): Promise<number> {
    const size = this.opts.batchSize ?? 100;
    let total = 0;
    for (;;) {
      const n = await relayBatch(this.db, this.table, this.publisher, size);
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
