/**
 * The due-date scheduler's write: cases past their due date and still open get their "overdue" event once, marked
 * in the same transaction (`overdue_event_at`). Rows another replica's scheduler holds are skipped, so each case's
 * event is written once between them.
 */
import { and, inArray, isNull, lt, ne } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { appendEvents } from '@public-service-graph/subgraph-kit/events/outbox';
import { cases, outbox } from '../db/tables.ts';
import { latvianDay } from '../domain/calendar.ts';
import { CASES_SOURCE, overdueEvent } from '../domain/case-events.ts';

export async function markOverdueCases(db: Db, now: Date, limit = 500): Promise<number> {
  return db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const due = await tx
      .select({ id: cases.id })
      .from(cases)
      .where(and(lt(cases.dueOn, latvianDay(now)), isNull(cases.resolvedAt), isNull(cases.overdueEventAt), ne(cases.status, 'WITHDRAWN')))
      .limit(limit)
      .for('update', { skipLocked: true });
    if (!due.length) return 0;
    const rows = await tx.update(cases).set({ overdueEventAt: now }).where(inArray(cases.id, due.map((d) => d.id))).returning();
    await appendEvents(tx, outbox, CASES_SOURCE, rows.map((row) => overdueEvent(row, now)));
    return rows.length;
  });
}
