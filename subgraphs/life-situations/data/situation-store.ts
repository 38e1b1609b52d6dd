import { and, asc, count, eq, gt, inArray, like, type SQL } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import type { LocalizedText } from '@public-service-graph/subgraph-kit/i18n';
import { lifeSituations, relatedSituations, situationTriggers, stepServices, steps, type LifeSituationRow } from '../db/tables.ts';
import type { ConditionKind, EuEventRef, Goal, LifeEventType } from '../domain/model.ts';
import { searchText } from '../domain/search.ts';

export interface SituationListFilter {
  /** Stems that must all occur in the search text (domain/search.ts searchStems). */
  stems?: string[];
  audience?: 'PERSON' | 'BUSINESS';
  triggeredBy?: LifeEventType;
}

/** Life situations after `afterCode` in code order: `limit` rows, and how many match in all. */
export async function listSituations(db: Db, filter: SituationListFilter, afterCode: string | null, limit: number) {
  const conditions: SQL[] = (filter.stems ?? []).map((s) => like(lifeSituations.searchText, `%${s}%`));
  if (filter.audience) conditions.push(eq(lifeSituations.audience, filter.audience));
  if (filter.triggeredBy)
    conditions.push(inArray(lifeSituations.id, db.select({ id: situationTriggers.lifeSituationId }).from(situationTriggers).where(eq(situationTriggers.eventType, filter.triggeredBy))));
  const where = conditions.length ? and(...conditions) : undefined;
  const [rows, [{ total }]] = await Promise.all([
    db.select().from(lifeSituations).where(afterCode ? and(where, gt(lifeSituations.code, afterCode)) : where).orderBy(asc(lifeSituations.code)).limit(limit),
    db.select({ total: count() }).from(lifeSituations).where(where),
  ]);
  return { rows, total };
}

/** A life situation with everything it is made of, as the holder defines it. */
export interface SituationDefinition {
  code: string;
  audience: 'PERSON' | 'BUSINESS';
  title: LocalizedText;
  description: LocalizedText;
  offerText: LocalizedText | null;
  holderCode: string;
  euEvents: EuEventRef[];
  goals: Goal[];
  /** Extra words to find it by (synonyms, colloquial names), any language; only searched, never shown. */
  keywords: string[];
  triggeredBy: LifeEventType[];
  steps: {
    title: LocalizedText;
    required: boolean;
    condition: { kind: ConditionKind; years: number | null } | null;
    dueOffset: string | null;
    fulfilledByEvent: boolean;
    services: string[];
  }[];
  /** Codes of related life situations (stored once every situation exists; see linkRelated). */
  related: string[];
}

/**
 * Writes a life situation as defined: inserted, or updated in place by code with its steps, services and triggers
 * replaced. Run inside a transaction.
 */
export async function putSituation(db: Db, def: SituationDefinition): Promise<LifeSituationRow> {
  const values = {
    code: def.code, audience: def.audience, title: def.title, description: def.description, offerText: def.offerText, holderCode: def.holderCode,
    euEvents: def.euEvents, goals: def.goals, searchText: searchText([def.title, def.description, def.offerText], def.keywords),
  };
  const [row] = await db
    .insert(lifeSituations)
    .values(values)
    .onConflictDoUpdate({ target: lifeSituations.code, set: { ...values, updatedAt: new Date() } })
    .returning();
  await db.delete(steps).where(eq(steps.lifeSituationId, row.id));
  await db.delete(situationTriggers).where(eq(situationTriggers.lifeSituationId, row.id));
  const stepRows = await db
    .insert(steps)
    .values(def.steps.map((s, i) => ({
      lifeSituationId: row.id, position: i + 1, title: s.title, required: s.required, conditionKind: s.condition?.kind ?? null,
      conditionYears: s.condition?.years ?? null, dueOffset: s.dueOffset, fulfilledByEvent: s.fulfilledByEvent,
    })))
    .returning();
  const links = def.steps.flatMap((s, i) => s.services.map((serviceCode, j) => ({ stepId: stepRows[i].id, serviceCode, position: j + 1 })));
  if (links.length) await db.insert(stepServices).values(links);
  if (def.triggeredBy.length) await db.insert(situationTriggers).values(def.triggeredBy.map((eventType) => ({ lifeSituationId: row.id, eventType })));
  return row;
}

/** Replaces the related situations of each situation by code (codes that do not exist are skipped). Run in a transaction. */
export async function linkRelated(db: Db, relations: { code: string; related: string[] }[]): Promise<void> {
  const codes = [...new Set(relations.flatMap((r) => [r.code, ...r.related]))];
  if (!codes.length) return;
  const ids = new Map((await db.select({ id: lifeSituations.id, code: lifeSituations.code }).from(lifeSituations).where(inArray(lifeSituations.code, codes))).map((r) => [r.code, r.id]));
  const owners = relations.map((r) => ids.get(r.code)).filter((id): id is string => !!id);
  if (owners.length) await db.delete(relatedSituations).where(inArray(relatedSituations.lifeSituationId, owners));
  const rows = relations.flatMap((r) =>
    r.related.filter((c) => ids.has(c) && ids.has(r.code)).map((c, i) => ({ lifeSituationId: ids.get(r.code)!, relatedId: ids.get(c)!, position: i + 1 })),
  );
  if (rows.length) await db.insert(relatedSituations).values(rows);
}
