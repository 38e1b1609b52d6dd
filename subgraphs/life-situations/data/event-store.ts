import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { lifeEventReporters, lifeEvents, type LifeEventReporterRow, type LifeEventRow } from '../db/tables.ts';
import type { LifeEventType } from '../domain/model.ts';
import type { CheckedReport } from '../domain/report.ts';

/** Codes of the institutions allowed to report this kind of event, sorted. */
export async function reportersOf(db: Db, eventType: LifeEventType): Promise<string[]> {
  const rows = await db.select({ code: lifeEventReporters.institutionCode }).from(lifeEventReporters).where(eq(lifeEventReporters.eventType, eventType)).orderBy(asc(lifeEventReporters.institutionCode));
  return rows.map((r) => r.code);
}

/** The reporters list, all of it or one institution's, optionally of one event type. */
export async function listReporters(db: Db, institution: string | null, eventType: LifeEventType | null): Promise<LifeEventReporterRow[]> {
  return db
    .select()
    .from(lifeEventReporters)
    .where(and(institution ? eq(lifeEventReporters.institutionCode, institution) : undefined, eventType ? eq(lifeEventReporters.eventType, eventType) : undefined))
    .orderBy(asc(lifeEventReporters.eventType), asc(lifeEventReporters.institutionCode));
}

/**
 * Stores a reported event once per (institution, reference): `created` is false when the reference was reported
 * before, and `event` is then the one stored first (whatever this report says; the caller compares).
 */
export async function storeEvent(db: Db, institution: string, report: CheckedReport): Promise<{ event: LifeEventRow; created: boolean }> {
  const [inserted] = await db
    .insert(lifeEvents)
    .values({ ...report, reportedBy: institution })
    .onConflictDoNothing({ target: [lifeEvents.reportedBy, lifeEvents.reference] })
    .returning();
  if (inserted) return { event: inserted, created: true };
  const [existing] = await db.select().from(lifeEvents).where(and(eq(lifeEvents.reportedBy, institution), eq(lifeEvents.reference, report.reference)));
  return { event: existing, created: false };
}
