import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { appendEvents } from '@public-service-graph/subgraph-kit/events/outbox';
import { lifeEventReporters, lifeEvents, lifeSituations, outbox, situationTriggers, type LifeEventReporterRow, type LifeEventRow } from '../db/tables.ts';
import { LIFE_SITUATIONS_SOURCE, lifeEventEvents } from '../domain/life-events-out.ts';
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
  const inserted = await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const [row] = await tx.insert(lifeEvents).values({ ...report, reportedBy: institution }).onConflictDoNothing({ target: [lifeEvents.reportedBy, lifeEvents.reference] }).returning();
    if (row) await appendEvents(tx, outbox, LIFE_SITUATIONS_SOURCE, lifeEventEvents(row, await triggeredSituations(tx, row)));
    return row;
  });
  if (inserted) return { event: inserted, created: true };
  const [existing] = await db.select().from(lifeEvents).where(and(eq(lifeEvents.reportedBy, institution), eq(lifeEvents.reference, report.reference)));
  return { event: existing, created: false };
}

/** Kinds of events that trigger a life situation the institution holds (whatever its status). */
export async function triggersHeldBy(db: Db, holderCode: string): Promise<LifeEventType[]> {
  const rows = await db
    .selectDistinct({ type: situationTriggers.eventType })
    .from(situationTriggers)
    .innerJoin(lifeSituations, eq(lifeSituations.id, situationTriggers.lifeSituationId))
    .where(eq(lifeSituations.holderCode, holderCode));
  return rows.map((r) => r.type);
}

/** Adds a reporter; false when it was there already. */
export async function addReporter(db: Db, row: LifeEventReporterRow): Promise<boolean> {
  return (await db.insert(lifeEventReporters).values(row).onConflictDoNothing().returning()).length > 0;
}

/** Removes a reporter; false when it was not there. */
export async function removeReporter(db: Db, row: LifeEventReporterRow): Promise<boolean> {
  return (await db.delete(lifeEventReporters).where(and(eq(lifeEventReporters.eventType, row.eventType), eq(lifeEventReporters.institutionCode, row.institutionCode))).returning()).length > 0;
}

/** Codes of the life situations an event puts its client in (by the event's type and the client's audience). */
async function triggeredSituations(db: Db, event: LifeEventRow): Promise<string[]> {
  const rows = await db
    .select({ code: lifeSituations.code })
    .from(situationTriggers)
    .innerJoin(lifeSituations, eq(lifeSituations.id, situationTriggers.lifeSituationId))
    .where(and(eq(situationTriggers.eventType, event.type), eq(lifeSituations.status, 'PUBLISHED'), eq(lifeSituations.audience, event.clientKind === 'COMPANY' ? 'BUSINESS' : 'PERSON')))
    .orderBy(asc(lifeSituations.code));
  return rows.map((r) => r.code);
}
