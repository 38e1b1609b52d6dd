import DataLoader from 'dataloader';
import { byKey, groupBy } from '@public-service-graph/subgraph-kit/batch';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { isUuid } from '@public-service-graph/subgraph-kit/errors';
import type { AccessLogRow, CaseEventRow, CaseRow, NewAccessLogRow, ServiceReferenceRow } from '../db/tables.ts';
import { accessEntriesOf, insertAccessEntries } from './access-log.ts';
import { calendarOverrides, completedServiceCodes } from './case-store.ts';
import { casesByIds } from './case-writes.ts';
import { statusChanges, timelines, type RankedEvent } from './events-store.ts';
import { serviceReferencesWithSync } from './service-references.ts';
import { serviceMonths, type ServiceMonth } from './situation-indicator-store.ts';
import { statusChangesOf } from './step-times-store.ts';
import { stepTimes, type StepTime } from '../domain/step-times.ts';
import { serviceStatistics, type ServiceStatistics, type StatisticsPart } from './statistics-store.ts';

/** Loaders keyed by their arguments too (a timeline page, a statistics period): one DataLoader per argument set. */
function perArguments<K, V>(create: (args: string) => DataLoader<K, V>) {
  const loaders = new Map<string, DataLoader<K, V>>();
  return (args: unknown) => {
    const key = JSON.stringify(args);
    let loader = loaders.get(key);
    if (!loader) loaders.set(key, (loader = create(key)));
    return loader;
  };
}

/** One set per request: every entity reference and nested list is one query per batch, never one per row. */
export const createCaseLoaders = (db: Db) => ({
  caseById: new DataLoader<string, CaseRow | null>(async (ids) => byKey(ids, await casesByIds(db, ids.filter(isUuid)), (r) => r.id)),
  statusHistory: new DataLoader<string, CaseEventRow[]>(async (ids) => groupBy(ids, await statusChanges(db, ids), (r) => r.caseId)),
  timeline: perArguments((args) => {
    const { after, limit } = JSON.parse(args) as { after: [string, number] | null; limit: number };
    return new DataLoader<string, RankedEvent[]>(async (ids) => groupBy(ids, await timelines(db, ids, after, limit), (r) => r.caseId));
  }),
  /** A year's roll-up sums per service and month, for the life-situation indicators: one batch for every indicator asked. */
  serviceMonths: perArguments((year) => new DataLoader<string, ServiceMonth[]>(async (codes) => groupBy(codes, await serviceMonths(db, Number(year), codes), (r) => r.serviceCode))),
  /** Time per step of the services' applications of a period: the status changes and the calendar, two statements per batch. */
  stepTimes: perArguments((args) => {
    const { from, to } = JSON.parse(args) as { from: string; to: string };
    return new DataLoader<string, StepTime[]>(async (codes) => {
      const [changes, overrides] = await Promise.all([statusChangesOf(db, codes, new Date(from), new Date(to)), calendarOverrides(db)]);
      return codes.map((code) => stepTimes(changes.filter((c) => c.serviceCode === code), overrides));
    });
  }),
  /** Keyed by the parts the selection needs too (statistics-store.ts STATISTICS_FIELD_PARTS). */
  statistics: perArguments((args) => {
    const { from, to, parts } = JSON.parse(args) as { from: string; to: string; parts?: StatisticsPart[] };
    return new DataLoader<string, ServiceStatistics>(async (codes) => serviceStatistics(db, codes, new Date(from), new Date(to), parts));
  }),
  completedServiceCodes: new DataLoader<string, string[]>(async (clientIds) =>
    groupBy(clientIds, await completedServiceCodes(db, clientIds), (r) => r.clientId).map((rows) => rows.map((r) => r.serviceCode))),
  /** Cases' services as the projection holds them; `synced` is false until the projection has read the feed once. */
  serviceReference: new DataLoader<string, { synced: boolean; service: ServiceReferenceRow | null }>(async (codes) => {
    const { rows, synced } = await serviceReferencesWithSync(db, codes);
    const byCode = new Map(rows.map((r) => [r.code, r]));
    return codes.map((code) => ({ synced, service: byCode.get(code) ?? null }));
  }),
  accessEvents: new DataLoader<string, AccessLogRow[]>(async (clientIds) => groupBy(clientIds, await accessEntriesOf(db, clientIds), (r) => r.clientId)),
  /** Access-log entries of one request are written together, in one statement, before the answer leaves. */
  recordAccess: new DataLoader<NewAccessLogRow, null>(
    async (rows) => {
      await insertAccessEntries(db, rows);
      return rows.map(() => null);
    },
    { cache: false },
  ),
});

export type CaseLoaders = ReturnType<typeof createCaseLoaders>;

/** Later fields of the same request read the rows from the loader instead of the database. */
export function prime(ctx: { loaders: CaseLoaders }, rows: readonly CaseRow[]): void {
  for (const row of rows) ctx.loaders.caseById.clear(row.id).prime(row.id, row);
}
