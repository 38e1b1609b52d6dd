import { desc, inArray, sql } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { accessLog, type AccessLogRow, type NewAccessLogRow } from '../db/tables.ts';

/** The most access-log entries `Client.caseAccessEvents` returns per client. */
export const ACCESS_EVENTS_LIMIT = 1000;

export async function insertAccessEntries(db: Db, rows: readonly NewAccessLogRow[]): Promise<void> {
  if (rows.length) await db.insert(accessLog).values([...rows]);
}

/** Per client, the latest ACCESS_EVENTS_LIMIT reads of their cases, newest first. */
export async function accessEntriesOf(db: Db, clientIds: readonly string[]): Promise<AccessLogRow[]> {
  const ranked = db
    .select({
      id: accessLog.id,
      rank: sql<number>`row_number() over (partition by ${accessLog.clientId} order by ${accessLog.at} desc, ${accessLog.id} desc)`.as('rank'),
    })
    .from(accessLog)
    .where(inArray(accessLog.clientId, [...clientIds]))
    .as('ranked');
  return db
    .select({ entry: accessLog })
    .from(accessLog)
    .innerJoin(ranked, sql`${ranked.id} = ${accessLog.id}`)
    .where(sql`${ranked.rank} <= ${ACCESS_EVENTS_LIMIT}`)
    .orderBy(desc(accessLog.at), desc(accessLog.id))
    .then((rows) => rows.map((r) => r.entry));
}
