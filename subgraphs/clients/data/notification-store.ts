import { and, count, desc, eq } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { notifications } from '../db/tables.ts';
import { afterCursor } from './keyset.ts';

/** A page of a client's notifications, newest first, and how many there are. */
export async function listNotifications(db: Db, clientId: string, after: string | null | undefined, limit: number) {
  const mine = eq(notifications.clientId, clientId);
  const [rows, [{ total }]] = await Promise.all([
    db.select().from(notifications).where(and(mine, afterCursor(notifications.createdAt, notifications.id, after))).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(limit),
    db.select({ total: count() }).from(notifications).where(mine),
  ]);
  return { rows, total };
}
