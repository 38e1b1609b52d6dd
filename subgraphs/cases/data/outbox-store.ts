import { and, asc, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import type { EventEnvelope } from '@public-service-graph/subgraph-kit/events/outbox';
import { outbox } from '../db/tables.ts';
import type { EventAudience } from '../domain/access.ts';

/**
 * A page of the outbox for the events feed: rows after `afterId` that `audience` may see, in outbox order (which is
 * commit order, see packages/subgraph-kit/src/events/outbox.ts appendEvents, so resuming after an id never skips a later commit).
 */
export async function eventsAfter(db: Db, audience: EventAudience, types: string[] | null, afterId: number, limit: number): Promise<{ id: number; envelope: EventEnvelope }[]> {
  let visible: SQL;
  if ('all' in audience) visible = sql`true`;
  else if ('institutionCode' in audience) visible = eq(outbox.institutionCode, audience.institutionCode);
  else if (audience.clientIds.length) visible = inArray(outbox.clientId, audience.clientIds);
  else return [];
  return db
    .select({ id: outbox.id, envelope: outbox.envelope })
    .from(outbox)
    .where(and(gt(outbox.id, afterId), visible, types?.length ? inArray(outbox.type, types) : undefined))
    .orderBy(asc(outbox.id))
    .limit(limit);
}
