import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { caseEvents, type CaseEventRow } from '../db/tables.ts';

/** An event with its case's event count; `visible` false marks a row that only carries the count (empty page). */
export type RankedEvent = CaseEventRow & { total: number; visible: boolean };

/**
 * For each case, `limit` timeline events after the cursor (at, id), oldest first, with the case's event count:
 * one query for a whole page of cases.
 */
export async function timelines(db: Db, caseIds: readonly string[], after: [string, number] | null, limit: number): Promise<RankedEvent[]> {
  const afterCondition = after ? sql`(${caseEvents.at}, ${caseEvents.id}) > (${new Date(after[0])}, ${after[1]})` : sql`true`;
  const ranked = db
    .select({
      id: caseEvents.id,
      // Rows after the cursor are numbered on their own, so the first `limit` of them are the page.
      rank: sql<number>`row_number() over (partition by ${caseEvents.caseId}, (${afterCondition}) order by ${caseEvents.at}, ${caseEvents.id})`.as('rank'),
      total: sql<number>`(count(*) over (partition by ${caseEvents.caseId}))::int`.as('total'),
      visible: sql<boolean>`${afterCondition}`.as('visible'),
    })
    .from(caseEvents)
    .where(inArray(caseEvents.caseId, [...caseIds]))
    .as('ranked');
  const rows = await db
    .select({ event: caseEvents, total: ranked.total, visible: ranked.visible })
    .from(caseEvents)
    .innerJoin(ranked, sql`${ranked.id} = ${caseEvents.id}`)
    .where(sql`(${ranked.visible} and ${ranked.rank} <= ${limit}) or (not ${ranked.visible} and ${ranked.rank} = 1)`)
    .orderBy(asc(caseEvents.at), asc(caseEvents.id));
  return rows.map((r) => ({ ...r.event, total: r.total, visible: r.visible }));
}

/** Status changes of each case, oldest first. */
export async function statusChanges(db: Db, caseIds: readonly string[]): Promise<CaseEventRow[]> {
  return db
    .select()
    .from(caseEvents)
    .where(and(inArray(caseEvents.caseId, [...caseIds]), inArray(caseEvents.type, ['STATUS_CHANGE', 'DELIVERY'])))
    .orderBy(asc(caseEvents.at), asc(caseEvents.id));
}

export async function eventById(db: Db, id: number): Promise<CaseEventRow | null> {
  const [row] = await db.select().from(caseEvents).where(eq(caseEvents.id, id));
  return row ?? null;
}
