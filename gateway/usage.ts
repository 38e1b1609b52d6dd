import type { Logger } from '../common/logger.ts';
import type { ApiKeyStore, UsageEntry } from './api-key-store.ts';

/**
 * Usage per key per UTC day: operations, cost and errors. Counted in memory on the request's path and written in
 * one statement every USAGE_FLUSH_MS (and on shutdown), never one write per request. Replicas add to the same rows.
 */
export class UsageMeter {
  private pending = new Map<string, UsageEntry>();
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly store: ApiKeyStore, private readonly log: Logger, flushMs: number, private readonly maxPending = 50_000) {
    this.timer = setInterval(() => void this.flush(), flushMs);
    this.timer.unref();
  }

  record(keyId: string, use: { operations: number; cost: number; errors: number }, now = new Date()): void {
    const day = now.toISOString().slice(0, 10);
    const id = `${keyId}/${day}`;
    let entry = this.pending.get(id);
    if (!entry) {
      if (this.pending.size >= this.maxPending) return; // the database is far behind: drop rather than grow
      entry = { keyId, day, operations: 0, cost: 0, errors: 0 };
      this.pending.set(id, entry);
    }
    entry.operations += use.operations;
    entry.cost += use.cost;
    entry.errors += use.errors;
  }

  /** Writes what was counted so far; on failure keeps it for the next flush. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      if (!this.pending.size) return;
      const batch = this.pending;
      this.pending = new Map();
      try {
        await this.store.addUsage([...batch.values()]);
      } catch (err) {
        this.log.warn({ err, entries: batch.size }, 'usage not written; retrying with the next flush');
        for (const [id, entry] of batch) {
          const now = this.pending.get(id);
          if (now) {
            now.operations += entry.operations;
            now.cost += entry.cost;
            now.errors += entry.errors;
          } else this.pending.set(id, entry);
        }
      }
    });
    return this.flushing;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
