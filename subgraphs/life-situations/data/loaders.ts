import DataLoader from 'dataloader';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { byKey, groupBy } from '@public-service-graph/subgraph-kit/batch';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { prepared } from '@public-service-graph/subgraph-kit/prepared';
import { isUuid } from '@public-service-graph/subgraph-kit/errors';
import { accessEntriesOf } from './access-log.ts';
import {
  accessLog, lifeEvents, lifeSituations, relatedSituations, situationTriggers, stepServices, steps,
  type AccessLogRow, type LifeEventRow, type LifeSituationRow, type NewAccessLogRow, type StepRow,
} from '../db/tables.ts';
import type { LifeEventType } from '../domain/model.ts';
import { situationSelection } from './situation-columns.ts';

/** The published situations with a step offering each service, whole rows or only `columns`. */
const situationsByService = (db: Db, columns: readonly (keyof LifeSituationRow)[] | null) =>
  new DataLoader<string, LifeSituationRow[]>(async (codes) => {
    const statement = prepared(db, `lifeSituations.byService:${columns?.join() ?? ''}`, () =>
      db
        .selectDistinct({ serviceCode: stepServices.serviceCode, situation: situationSelection(columns) })
        .from(stepServices)
        .innerJoin(steps, eq(steps.id, stepServices.stepId))
        .innerJoin(lifeSituations, eq(lifeSituations.id, steps.lifeSituationId))
        .where(and(sql`${stepServices.serviceCode} = any(${sql.placeholder('codes')})`, eq(lifeSituations.status, 'PUBLISHED')))
        .orderBy(asc(lifeSituations.code)),
    );
    const rows = await statement.execute({ codes });
    return groupBy(codes, rows, (r) => r.serviceCode).map((list) => list.map((r) => r.situation as LifeSituationRow));
  });

export const createLifeSituationLoaders = (db: Db) => {
  const situationsOfServices = new Map<string, DataLoader<string, LifeSituationRow[]>>();
  return {
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
    /** By the columns the selection reads (situation-columns.ts; '' for whole rows): one loader per column set. */
    situationsByService: (columns: readonly (keyof LifeSituationRow)[] | null) => {
      const key = columns?.join() ?? '';
      let loader = situationsOfServices.get(key);
      if (!loader) situationsOfServices.set(key, (loader = situationsByService(db, columns)));
      return loader;
    },
    triggersBySituation: new DataLoader<string, LifeEventType[]>(async (ids) => {
      const rows = await db.select().from(situationTriggers).where(inArray(situationTriggers.lifeSituationId, [...ids])).orderBy(asc(situationTriggers.eventType));
      return groupBy(ids, rows, (r) => r.lifeSituationId).map((list) => list.map((r) => r.eventType));
    }),
    /** Life situations each kind of event triggers, ordered by code. */
    situationsByTrigger: new DataLoader<LifeEventType, LifeSituationRow[]>(async (types) => {
      const rows = await db
        .select({ eventType: situationTriggers.eventType, situation: lifeSituations })
        .from(situationTriggers)
        .innerJoin(lifeSituations, eq(lifeSituations.id, situationTriggers.lifeSituationId))
        .where(and(inArray(situationTriggers.eventType, [...types]), eq(lifeSituations.status, 'PUBLISHED')))
        .orderBy(asc(lifeSituations.code));
      return groupBy(types, rows, (r) => r.eventType).map((list) => list.map((r) => r.situation));
    }),
    relatedBySituation: new DataLoader<string, LifeSituationRow[]>(async (ids) => {
      const rows = await db
        .select({ ownerId: relatedSituations.lifeSituationId, situation: lifeSituations })
        .from(relatedSituations)
        .innerJoin(lifeSituations, eq(lifeSituations.id, relatedSituations.relatedId))
        .where(and(inArray(relatedSituations.lifeSituationId, [...ids]), eq(lifeSituations.status, 'PUBLISHED')))
        .orderBy(asc(relatedSituations.position));
      return groupBy(ids, rows, (r) => r.ownerId).map((list) => list.map((r) => r.situation));
    }),
    /** A client's reported life events, oldest first (by date, then by when they were reported). */
    eventsByClient: new DataLoader<string, LifeEventRow[]>(async (ids) => {
      const rows = await db.select().from(lifeEvents).where(inArray(lifeEvents.clientId, ids.filter(isUuid))).orderBy(asc(lifeEvents.occurredOn), asc(lifeEvents.reportedAt), asc(lifeEvents.id));
      return groupBy(ids, rows, (r) => r.clientId);
    }),
    /** Writes access-log entries, one statement for all the reads of a request. */
    recordAccess: new DataLoader<NewAccessLogRow, true>(async (entries) => {
      await db.insert(accessLog).values([...entries]);
      return entries.map(() => true as const);
    }, { cache: false }),
    accessEventsByClient: new DataLoader<string, AccessLogRow[]>(async (ids) => groupBy(ids, await accessEntriesOf(db, ids), (r) => r.clientId)),
  };
};

export type LifeSituationLoaders = ReturnType<typeof createLifeSituationLoaders>;
