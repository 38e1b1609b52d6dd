import DataLoader from 'dataloader';
import { asc, eq, inArray } from 'drizzle-orm';
import { byKey, groupBy } from '../../../common/batch.ts';
import type { Db } from '../../../common/db.ts';
import { isUuid } from '../../../common/errors.ts';
import { lifeSituations, stepServices, steps, type LifeSituationRow, type StepRow } from '../db/tables.ts';

export const createLifeSituationLoaders = (db: Db) => ({
  byId: new DataLoader<string, LifeSituationRow | null>(async (ids) =>
    byKey(ids, await db.select().from(lifeSituations).where(inArray(lifeSituations.id, ids.filter(isUuid))), (r) => r.id)),
  byCode: new DataLoader<string, LifeSituationRow | null>(async (codes) =>
    byKey(codes, await db.select().from(lifeSituations).where(inArray(lifeSituations.code, [...codes])), (r) => r.code)),
  stepsBySituation: new DataLoader<string, StepRow[]>(async (ids) =>
    groupBy(ids, await db.select().from(steps).where(inArray(steps.lifeSituationId, [...ids])).orderBy(asc(steps.position)), (r) => r.lifeSituationId)),
  serviceCodesByStep: new DataLoader<string, string[]>(async (ids) => {
    const rows = await db.select().from(stepServices).where(inArray(stepServices.stepId, [...ids])).orderBy(asc(stepServices.position));
    return groupBy(ids, rows, (r) => r.stepId).map((list) => list.map((r) => r.serviceCode));
  }),
  situationsByService: new DataLoader<string, LifeSituationRow[]>(async (codes) => {
    const rows = await db
      .selectDistinct({ serviceCode: stepServices.serviceCode, situation: lifeSituations })
      .from(stepServices)
      .innerJoin(steps, eq(steps.id, stepServices.stepId))
      .innerJoin(lifeSituations, eq(lifeSituations.id, steps.lifeSituationId))
      .where(inArray(stepServices.serviceCode, [...codes]))
      .orderBy(asc(lifeSituations.code));
    return groupBy(codes, rows, (r) => r.serviceCode).map((list) => list.map((r) => r.situation));
  }),
});
