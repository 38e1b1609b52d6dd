import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { appendEvents } from '@public-service-graph/subgraph-kit/events/outbox';
import { caseEvents, cases, idempotencyKeys, outbox, type CaseEventRow, type CaseRow, type NewCaseRow } from '../db/tables.ts';
import { CASES_SOURCE, caseEventsOf } from '../domain/case-events.ts';
import type { CasePatch, PlannedEvent } from '../domain/commands.ts';
import { idempotencyMismatch } from '../domain/idempotency.ts';

/** A transaction handle: the same query API as Db. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Thrown inside a write to roll it back and hand an expected failure to the caller. */
class Rejected<F> extends Error {
  constructor(readonly failure: F) {
    super('write rejected');
  }
}

/** Rolls the write back (nothing written, the idempotency key released) and returns `failure` from `idempotentWrite`. */
export function reject<F>(failure: F): never {
  throw new Rejected(failure);
}

export interface IdempotencyClaim {
  /** Whose key it is: "institution:PMLP", "client:<id>". */
  owner: string;
  key: string;
  operation: string;
  hash: string;
}

export type WriteOutcome<R, F> = { ok: true; result: R; replayed: boolean } | { ok: false; failure: F };

/** Runs `write` in one transaction; a `reject(failure)` inside rolls it back and comes back as `{ ok: false, failure }`. */
export async function transactionalWrite<R, F>(db: Db, write: (tx: Tx) => Promise<WriteOutcome<R, F>>): Promise<WriteOutcome<R, F>> {
  try {
    return await db.transaction(write);
  } catch (err) {
    if (err instanceof Rejected) return { ok: false, failure: err.failure as F };
    throw err;
  }
}

/**
 * Runs `write` in one transaction after claiming the idempotency key. When the key was claimed before with the same
 * request, nothing runs and the first result comes back (`replayed`); a concurrent request with the same key waits
 * for the first to commit, then replays it. The same key with another request is BAD_USER_INPUT.
 */
export async function idempotentWrite<R extends Record<string, unknown>, F>(
  db: Db,
  claim: IdempotencyClaim,
  write: (tx: Tx) => Promise<R>,
): Promise<WriteOutcome<R, F>> {
  const ours = and(eq(idempotencyKeys.owner, claim.owner), eq(idempotencyKeys.key, claim.key));
  return transactionalWrite<R, F>(db, async (tx) => {
    const claimed = await tx
      .insert(idempotencyKeys)
      .values({ owner: claim.owner, key: claim.key, operation: claim.operation, requestHash: claim.hash })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (!claimed.length) {
      const [first] = await tx.select().from(idempotencyKeys).where(ours);
      if (!first || first.operation !== claim.operation || first.requestHash !== claim.hash || !first.result) throw idempotencyMismatch();
      return { ok: true, result: first.result as R, replayed: true };
    }
    const result = await write(tx);
    await tx.update(idempotencyKeys).set({ result }).where(ours);
    return { ok: true, result, replayed: false };
  });
}

/** The case, locked for this transaction (a concurrent writer waits, then sees the new version). */
export async function lockCase(tx: Tx, id: string): Promise<CaseRow | null> {
  const [row] = await tx.select().from(cases).where(eq(cases.id, id)).for('update');
  return row ?? null;
}

/**
 * Writes a plan: the case patch (guarded by the version read), its timeline event, and the events it sends out of
 * the graph (domain/case-events.ts) to the outbox, all in the caller's transaction. Every write to a case comes here,
 * to insertCase or to insertDeliveries, so none can change a case without its event.
 */
export async function applyPlan(tx: Tx, row: CaseRow, patch: CasePatch, event: PlannedEvent | null): Promise<{ row: CaseRow; event: CaseEventRow | null }> {
  const [updated] = await tx.update(cases).set(patch).where(and(eq(cases.id, row.id), eq(cases.version, row.version))).returning();
  if (!updated) throw new Error(`case ${row.id} changed under a row lock`);
  const [written] = event ? await tx.insert(caseEvents).values({ ...event, caseId: row.id }).returning() : [null];
  await appendEvents(tx, outbox, CASES_SOURCE, caseEventsOf(row, updated, written));
  return { row: updated, event: written };
}

/** Inserts a new case, its first timeline event and its outbox event; null when the institution already has the reference. */
export async function insertCase(tx: Tx, row: NewCaseRow, event: PlannedEvent): Promise<CaseRow | null> {
  const [inserted] = await tx.insert(cases).values(row).onConflictDoNothing({ target: [cases.institutionCode, cases.reference] }).returning();
  if (!inserted) return null;
  const [timeline] = await tx.insert(caseEvents).values({ ...event, caseId: inserted.id }).returning();
  await appendEvents(tx, outbox, CASES_SOURCE, caseEventsOf(null, inserted, timeline));
  return inserted;
}

export async function caseIdByReference(tx: Tx, institution: string, reference: string): Promise<string | null> {
  const [row] = await tx.select({ id: cases.id }).from(cases).where(and(eq(cases.institutionCode, institution), eq(cases.reference, reference)));
  return row?.id ?? null;
}

/** Inserts event-only cases with their timeline and outbox events, skipping references the institution has; returns the references inserted. */
export async function insertDeliveries(tx: Tx, items: { row: NewCaseRow; event: PlannedEvent }[]): Promise<string[]> {
  if (!items.length) return [];
  const inserted = await tx
    .insert(cases)
    .values(items.map((i) => i.row))
    .onConflictDoNothing({ target: [cases.institutionCode, cases.reference] })
    .returning();
  if (!inserted.length) return [];
  const byReference = new Map(items.map((i) => [i.row.reference, i.event]));
  const timeline = await tx.insert(caseEvents).values(inserted.map((c) => ({ ...byReference.get(c.reference)!, caseId: c.id }))).returning();
  const timelineByCase = new Map(timeline.map((t) => [t.caseId, t]));
  await appendEvents(tx, outbox, CASES_SOURCE, inserted.flatMap((c) => caseEventsOf(null, c, timelineByCase.get(c.id) ?? null)));
  return inserted.map((c) => c.reference);
}

export async function casesByIds(db: Db, ids: readonly string[]): Promise<CaseRow[]> {
  return ids.length ? db.select().from(cases).where(inArray(cases.id, [...ids])) : [];
}
