import type { Logger } from '@public-service-graph/subgraph-kit/logger';
import type { FieldUsageEntry, GatewayReads, OperationUsageEntry, UsageEntry } from '../subgraphs/platform/gateway-reads.ts';

/**
 * Counts kept in memory on the request's path and written in one statement every USAGE_FLUSH_MS (and on shutdown),
 * never one write per request. Replicas add to the same rows. When the database is far behind, new counts are
 * dropped rather than let memory grow.
 */
class BatchedCounts<T extends { operations: number }> {
  private pending = new Map<string, T>();
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly write: (entries: T[]) => Promise<void>,
    private readonly merge: (into: T, from: T) => void,
    private readonly log: Logger,
    flushMs: number,
    private readonly maxPending = 50_000,
  ) {
    this.timer = setInterval(() => void this.flush(), flushMs);
    this.timer.unref();
  }

  add(id: string, entry: T): void {
    const existing = this.pending.get(id);
    if (existing) return this.merge(existing, entry);
    if (this.pending.size < this.maxPending) this.pending.set(id, entry);
  }

  /** Writes what was counted so far; on failure keeps it for the next flush. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      if (!this.pending.size) return;
      const batch = this.pending;
      this.pending = new Map();
      try {
        await this.write([...batch.values()]);
      } catch (err) {
        this.log.warn({ err, entries: batch.size }, 'usage not written; retrying with the next flush');
        for (const [id, entry] of batch) this.add(id, entry);
      }
    });
    return this.flushing;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}

const today = (now: Date) => now.toISOString().slice(0, 10);

/** Operations a key's day is counted under by name; any further one is counted under OTHER_OPERATIONS. */
export const OPERATIONS_PER_KEY_DAY = 100;
export const OTHER_OPERATIONS = '#other';

/**
 * Usage per API key per UTC day: operations, cost and errors; and per key, day and operation: operations and errors
 * (shown to the key's owner and operators).
 */
export class UsageMeter {
  private readonly counts: BatchedCounts<UsageEntry>;
  private readonly perOperation: BatchedCounts<OperationUsageEntry>;
  /**
   * The labels each key has been counted under today in this process. A caller sending ever new unnamed documents
   * would otherwise add a row per document, for ever; past the bound they share one row.
   */
  private labels = { day: '', byKey: new Map<string, Set<string>>() };

  constructor(store: Pick<GatewayReads, 'addUsage' | 'addOperationUsage'>, log: Logger, flushMs: number) {
    this.counts = new BatchedCounts<UsageEntry>((e) => store.addUsage(e), (into, from) => {
      into.operations += from.operations;
      into.cost += from.cost;
      into.errors += from.errors;
    }, log, flushMs);
    this.perOperation = new BatchedCounts<OperationUsageEntry>((e) => store.addOperationUsage(e), (into, from) => {
      into.operations += from.operations;
      into.errors += from.errors;
    }, log, flushMs);
  }

  /** `operations`: each operation of the request by its label (gateway/access/key-usage.ts) and whether it erred. */
  record(keyId: string, cost: number, operations: { operation: string; error: boolean }[], now = new Date()): void {
    const day = today(now);
    const errors = operations.filter((o) => o.error).length;
    this.counts.add(`${keyId}/${day}`, { keyId, day, operations: operations.length, cost, errors });
    for (const { operation: sent, error } of operations) {
      const operation = this.label(keyId, day, sent);
      this.perOperation.add(`${keyId}/${day}/${operation}`, { keyId, day, operation, operations: 1, errors: error ? 1 : 0 });
    }
  }

  private label(keyId: string, day: string, operation: string): string {
    if (this.labels.day !== day) this.labels = { day, byKey: new Map() };
    const seen = this.labels.byKey.get(keyId) ?? new Set<string>();
    this.labels.byKey.set(keyId, seen);
    if (seen.has(operation)) return operation;
    if (seen.size >= OPERATIONS_PER_KEY_DAY) return OTHER_OPERATIONS;
    seen.add(operation);
    return operation;
  }

  flush = () => Promise.all([this.counts.flush(), this.perOperation.flush()]).then(() => undefined);
  close = () => Promise.all([this.counts.close(), this.perOperation.close()]).then(() => undefined);
}

/**
 * Which schema coordinates ("Client.email") operations select, per UTC day and calling application, from every
 * caller: the schema registry rejects a breaking change only to what was used lately, and names the applications.
 */
export class FieldUsageMeter {
  private readonly counts: BatchedCounts<FieldUsageEntry>;

  constructor(store: Pick<GatewayReads, 'addFieldUsage'>, log: Logger, flushMs: number) {
    this.counts = new BatchedCounts<FieldUsageEntry>((e) => store.addFieldUsage(e), (into, from) => void (into.operations += from.operations), log, flushMs);
  }

  /**
   * `coordinates`: what the operation selects (gateway/operation-facts.ts); `application`: the calling application's
   * client id, '' for any other caller (the registry names the applications a change to the public contract hits).
   */
  record(coordinates: Iterable<string>, application = '', now = new Date()): void {
    const day = today(now);
    for (const coordinate of coordinates) this.counts.add(`${coordinate}/${day}/${application}`, { coordinate, day, application, operations: 1 });
  }

  flush = () => this.counts.flush();
  close = () => this.counts.close();
}
