import { desc, inArray, sql } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { accessLog, type AccessLogRow } from '../db/tables.ts';

/** The most entries `Client.lifeSituationAccessEvents` returns per client. */
export const ACCESS_EVENTS_LIMIT = 1000;

/** Per client, the latest ACCESS_EVENTS_LIMIT reads of their life data, newest first. */
export async function accessEntriesOf(db: Db, clientIds: readonly string[]): Promise<AccessLogRow[]> {
  const ranked = db
    .select({
      id: accessLog.id,
      rank: sql<number>`row_number() over (partition by ${accessLog.clientId} order by ${accessLog.at} desc, ${accessLog.id} desc)`.as('rank'),
    })
    .from(accessLog)
    .where(inArray(accessLog.clientId, [...clientIds]))
    .as('ranked');
  const rows = await db
    .select({ entry: accessLog })
    .from(accessLog)
    .innerJoin(ranked, sql`${ranked.id} = ${accessLog.id}`)
    .where(sql`${ranked.rank} <= ${ACCESS_EVENTS_LIMIT}`)
    .orderBy(desc(accessLog.at), desc(accessLog.id));
  return rows.map((r) => r.entry);
}
