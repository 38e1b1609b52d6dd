import DataLoader from 'dataloader';
import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { accessLog, type AccessLogRow } from '../db/tables.ts';
import type { AccessEventView, Position } from '../domain/access-log.ts';

/** The key of this subgraph's own entries in the merged list (see domain/access-log.ts). */
export const OWN_SOURCE = 'clients';
export const ownKey = (id: string) => `${OWN_SOURCE}:${id}`;

export const toView = (r: AccessLogRow): AccessEventView => ({ at: r.at, actorKind: r.actorKind, actor: r.actor, resource: r.resource, purpose: r.purpose, key: ownKey(r.id) });

/** This subgraph's entries for a client after a position in the merged newest-first order, and their total. */
export async function ownEntries(db: Db, clientId: string, after: Position | null, limit: number) {
  const position = after
    ? sql`(${accessLog.at} < ${after.at.toISOString()}::timestamptz or (${accessLog.at} = ${after.at.toISOString()}::timestamptz and (${OWN_SOURCE + ':'} || ${accessLog.id}::text) collate "C" < ${after.key}))`
    : undefined;
  const [rows, [{ total }]] = await Promise.all([
    db.select().from(accessLog).where(and(eq(accessLog.clientId, clientId), position)).orderBy(desc(accessLog.at), desc(accessLog.id)).limit(limit),
    db.select({ total: count() }).from(accessLog).where(eq(accessLog.clientId, clientId)),
  ]);
  return { rows: rows.map(toView), total };
}

export type NewAccessEntry = Omit<typeof accessLog.$inferInsert, 'id'>;

/**
 * Records reads for one request: the first read of each client is written (all clients of a batch in one
 * statement), later reads of the same client in the same request add nothing. Resolvers await it, so data is
 * never returned unlogged.
 */
export function createAccessRecorder(db: Db) {
  const pending = new Map<string, NewAccessEntry>();
  const writer = new DataLoader<string, true>(async (clientIds) => {
    await db.insert(accessLog).values(clientIds.map((id) => pending.get(id)!));
    return clientIds.map(() => true as const);
  });
  return {
    record(entry: NewAccessEntry): Promise<true> {
      if (!pending.has(entry.clientId)) pending.set(entry.clientId, entry);
      return writer.load(entry.clientId);
    },
  };
}
