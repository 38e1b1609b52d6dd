import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { lifeSituations, relatedSituations, situationVersions, stepServices, steps, situationTriggers, type LifeSituationRow, type SituationVersionRow } from '../db/tables.ts';
import type { SituationStatus } from '../domain/model.ts';
import { replaceParts, situationColumns, type SituationDefinition } from './situation-store.ts';

export interface SituationWrite {
  existing: LifeSituationRow | null;
  def: SituationDefinition;
  status: SituationStatus;
  change: 'CREATED' | 'UPDATED' | 'PUBLISHED' | 'ARCHIVED' | 'DRAFT_SAVED';
  changedFields: string[];
  actor: string;
  /** Only when `related` changed: the ids of the related situations, in order. */
  relatedIds?: string[];
  /** The unpublished changes after the write: undefined keeps them, null drops them. */
  pending?: Record<string, unknown> | null;
}

/**
 * Writes a life situation with its parts and a version (with the whole definition as its snapshot), in one
 * transaction. An update is guarded by the version read: null when someone changed the situation in between.
 * A DRAFT_SAVED write stores only the pending changes and the version: what the public reads stays as it is.
 */
export async function saveSituation(db: Db, w: SituationWrite): Promise<LifeSituationRow | null> {
  return db.transaction(async (tx) => {
    const now = new Date();
    const snapshot = { ...w.def, status: w.status, ...(w.change === 'DRAFT_SAVED' ? { pendingChanges: w.pending } : {}) } as unknown as Record<string, unknown>;
    const version = { lifeSituationId: w.existing?.id, change: w.change, changedFields: w.changedFields, changedBy: w.actor, changedAt: now, snapshot };
    if (w.change === 'DRAFT_SAVED') {
      const existing = w.existing!;
      const [row] = await tx
        .update(lifeSituations)
        .set({ pendingChanges: w.pending, version: existing.version + 1 })
        .where(and(eq(lifeSituations.id, existing.id), eq(lifeSituations.version, existing.version)))
        .returning();
      if (row) await tx.insert(situationVersions).values({ ...version, lifeSituationId: row.id, version: row.version });
      return row ?? null;
    }
    const values = { ...situationColumns(w.def), status: w.status, updatedAt: now, ...(w.pending !== undefined ? { pendingChanges: w.pending } : {}) };
    const firstPublishedAt = w.status === 'PUBLISHED' ? (w.existing?.firstPublishedAt ?? now) : (w.existing?.firstPublishedAt ?? null);
    const [row] = w.existing
      ? await tx
        .update(lifeSituations)
        .set({ ...values, firstPublishedAt, version: w.existing.version + 1 })
        .where(and(eq(lifeSituations.id, w.existing.id), eq(lifeSituations.version, w.existing.version)))
        .returning()
      : await tx.insert(lifeSituations).values({ ...values, firstPublishedAt, version: 1 }).returning();
    if (!row) return null;
    if (!w.existing || w.changedFields.includes('steps') || w.changedFields.includes('triggeredBy')) await replaceParts(tx, row.id, w.def);
    if (w.relatedIds) {
      await tx.delete(relatedSituations).where(eq(relatedSituations.lifeSituationId, row.id));
      if (w.relatedIds.length) await tx.insert(relatedSituations).values(w.relatedIds.map((relatedId, i) => ({ lifeSituationId: row.id, relatedId, position: i + 1 })));
    }
    await tx.insert(situationVersions).values({ ...version, lifeSituationId: row.id, version: row.version });
    return row;
  });
}

/** The whole definition of a stored situation: its row with its steps, services, triggers and related codes (4 statements). */
export async function definitionOf(db: Db, row: LifeSituationRow): Promise<SituationDefinition> {
  const [stepRows, links, triggers, related] = await Promise.all([
    db.select().from(steps).where(eq(steps.lifeSituationId, row.id)).orderBy(asc(steps.position)),
    db.select({ stepId: stepServices.stepId, code: stepServices.serviceCode }).from(stepServices).innerJoin(steps, eq(steps.id, stepServices.stepId)).where(eq(steps.lifeSituationId, row.id)).orderBy(asc(stepServices.position)),
    db.select({ type: situationTriggers.eventType }).from(situationTriggers).where(eq(situationTriggers.lifeSituationId, row.id)).orderBy(asc(situationTriggers.eventType)),
    db.select({ code: lifeSituations.code }).from(relatedSituations).innerJoin(lifeSituations, eq(lifeSituations.id, relatedSituations.relatedId)).where(eq(relatedSituations.lifeSituationId, row.id)).orderBy(asc(relatedSituations.position)),
  ]);
  return {
    code: row.code, audience: row.audience, title: row.title, description: row.description!, offerText: row.offerText, holderCode: row.holderCode,
    euEvents: row.euEvents, goals: row.goals, keywords: row.keywords, triggeredBy: triggers.map((t) => t.type), related: related.map((r) => r.code),
    steps: stepRows.map((s) => ({
      title: s.title, required: s.required, condition: s.conditionKind ? { kind: s.conditionKind, years: s.conditionYears } : null, dueOffset: s.dueOffset,
      fulfilledByEvent: s.fulfilledByEvent, services: links.filter((l) => l.stepId === s.id).map((l) => l.code),
    })),
  };
}

/** Ids of the situations with these codes (those that exist). */
export async function situationIds(db: Db, codes: string[]): Promise<Map<string, string>> {
  if (!codes.length) return new Map();
  const rows = await db.select({ id: lifeSituations.id, code: lifeSituations.code }).from(lifeSituations).where(inArray(lifeSituations.code, codes));
  return new Map(rows.map((r) => [r.code, r.id]));
}

/** A situation's versions, newest first. */
export async function situationHistory(db: Db, id: string, limit: number): Promise<SituationVersionRow[]> {
  return db.select().from(situationVersions).where(eq(situationVersions.lifeSituationId, id)).orderBy(desc(situationVersions.version)).limit(limit);
}
