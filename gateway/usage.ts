import { Kind, TypeInfo, visit, visitWithTypeInfo, type DefinitionNode, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Logger } from '../common/logger.ts';
import type { ApiKeyStore, FieldUsageEntry, UsageEntry } from './api-key-store.ts';

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

/** Usage per API key per UTC day: operations, cost and errors (shown to the key's owner and operators). */
export class UsageMeter {
  private readonly counts: BatchedCounts<UsageEntry>;

  constructor(store: ApiKeyStore, log: Logger, flushMs: number) {
    this.counts = new BatchedCounts<UsageEntry>((e) => store.addUsage(e), (into, from) => {
      into.operations += from.operations;
      into.cost += from.cost;
      into.errors += from.errors;
    }, log, flushMs);
  }

  record(keyId: string, use: { operations: number; cost: number; errors: number }, now = new Date()): void {
    const day = today(now);
    this.counts.add(`${keyId}/${day}`, { keyId, day, ...use });
  }

  flush = () => this.counts.flush();
  close = () => this.counts.close();
}

/**
 * Which schema coordinates ("Client.email") operations select, per UTC day and calling application, from every
 * caller: the schema registry rejects a breaking change only to what was used lately, and names the applications.
 */
export class FieldUsageMeter {
  private readonly counts: BatchedCounts<FieldUsageEntry>;
  private readonly seen = new WeakMap<DocumentNode, Map<string, string[]>>();

  constructor(store: ApiKeyStore, log: Logger, flushMs: number) {
    this.counts = new BatchedCounts<FieldUsageEntry>((e) => store.addFieldUsage(e), (into, from) => void (into.operations += from.operations), log, flushMs);
  }

  /** `application`: the calling application's client id, '' for any other caller (the public contract's guard). */
  record(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, application = '', now = new Date()): void {
    const day = today(now);
    for (const coordinate of this.coordinatesOf(schema, document, operationName))
      this.counts.add(`${coordinate}/${day}/${application}`, { coordinate, day, application, operations: 1 });
  }

  /** Computed once per parsed document (the gateway's parser cache hands the same object back for the same text). */
  private coordinatesOf(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): string[] {
    let byOperation = this.seen.get(document);
    if (!byOperation) this.seen.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    let coordinates = byOperation.get(key);
    if (!coordinates) byOperation.set(key, (coordinates = schemaCoordinates(schema, document, operationName)));
    return coordinates;
  }

  flush = () => this.counts.flush();
  close = () => this.counts.close();
}

/** "Type.field" for every field the operation (with the fragments it spreads) selects, once each. */
export function schemaCoordinates(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): string[] {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const chosen = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!chosen) return [];
  const fragments = new Map(document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const spread = new Set<string>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(s) {
        if (spread.has(s.name.value) || !fragments.has(s.name.value)) return;
        spread.add(s.name.value);
        collect(fragments.get(s.name.value)!);
      },
    });
  collect(chosen);

  const coordinates = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  const definitions = [chosen, ...[...spread].map((name) => fragments.get(name)!)];
  visit(
    { ...document, definitions },
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (parent && !node.name.value.startsWith('__')) coordinates.add(`${parent.name}.${node.name.value}`);
      },
    }),
  );
  return [...coordinates];
}
