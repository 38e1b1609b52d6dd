import DataLoader from 'dataloader';
import { and, asc, getTableColumns, gte, inArray, lte, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { byKey, groupBy } from '@public-service-graph/subgraph-kit/batch';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { isUuid } from '@public-service-graph/subgraph-kit/errors';
import {
  apiKeyOperationUsage, apiKeys, apiKeyUsage, registryChecks, registrySchemaVersions,
  type ApiKeyOperationUsageRow, type ApiKeyRow, type ApiKeyUsageRow, type RegistryCheckRow, type RegistrySchemaVersionRow,
} from '../db/tables.ts';
import { liveSupergraph } from './registry-store.ts';

export const createPlatformLoaders = (db: Db) => {
  // One loader per usage window asked for in the request, so a page of keys reads its usage in one statement.
  type Window = { from: string; to: string };
  const usageByWindow = new Map<string, DataLoader<string, unknown[]>>();
  function usageIn<T extends { keyId: string }>(what: string, window: Window, read: (keyIds: string[]) => Promise<T[]>): DataLoader<string, T[]> {
    const id = `${what}/${window.from}/${window.to}`;
    let loader = usageByWindow.get(id);
    if (!loader) {
      loader = new DataLoader<string, unknown[]>(async (keyIds) => groupBy(keyIds, await read([...keyIds]), (r) => r.keyId));
      usageByWindow.set(id, loader);
    }
    return loader as DataLoader<string, T[]>;
  }
  let live: Promise<number | null> | null = null;
  const newest = new Map<string, DataLoader<string, unknown[]>>();
  /** The newest `limit` rows of `table` per subgraph, for a whole list of subgraphs in one statement. */
  function newestPerSubgraph<T>(name: string, table: PgTable, subgraph: PgColumn, order: PgColumn, limit: number): DataLoader<string, T[]> {
    const id = `${name}/${limit}`;
    let loader = newest.get(id);
    if (!loader) {
      loader = new DataLoader<string, unknown[]>(async (names) => {
        const ranked = db
          .select({ ...getTableColumns(table), rank: sql<number>`row_number() over (partition by ${subgraph} order by ${order} desc)`.as('rank') })
          .from(table)
          .where(inArray(subgraph, [...names]))
          .as('ranked');
        const rows = (await db.select().from(ranked).where(lte(ranked.rank, limit)).orderBy(asc(ranked.rank))) as unknown as { subgraph: string }[];
        return groupBy(names, rows, (r) => r.subgraph);
      });
      newest.set(id, loader);
    }
    return loader as DataLoader<string, T[]>;
  }
  return {
    /** A subgraph's newest schema versions, at most `limit`, newest first. */
    recentVersions: (limit: number) =>
      newestPerSubgraph<RegistrySchemaVersionRow>('versions', registrySchemaVersions, registrySchemaVersions.subgraph, registrySchemaVersions.version, limit),
    /** The newest checks on a subgraph, at most `limit`, newest first. */
    recentChecks: (limit: number) => newestPerSubgraph<RegistryCheckRow>('checks', registryChecks, registryChecks.subgraph, registryChecks.checkedAt, limit),
    schemaVersionById: new DataLoader<string, RegistrySchemaVersionRow | null>(async (ids) =>
      byKey(ids, await db.select().from(registrySchemaVersions).where(inArray(registrySchemaVersions.id, [...ids])), (r) => r.id)),
    /** The served supergraph's version, read once per request. */
    liveSupergraphVersion: () => (live ??= liveSupergraph(db).then((row) => row?.version ?? null)),
    keyById: new DataLoader<string, ApiKeyRow | null>(async (ids) =>
      byKey(ids, await db.select().from(apiKeys).where(inArray(apiKeys.id, ids.filter(isUuid))), (r) => r.id)),
    usage: (window: Window) => usageIn<ApiKeyUsageRow>('days', window, (keyIds) =>
      db.select().from(apiKeyUsage)
        .where(and(inArray(apiKeyUsage.keyId, keyIds), gte(apiKeyUsage.day, window.from), lte(apiKeyUsage.day, window.to)))
        .orderBy(asc(apiKeyUsage.day))),
    operationUsage: (window: Window) => usageIn<ApiKeyOperationUsageRow>('operations', window, (keyIds) =>
      db.select().from(apiKeyOperationUsage)
        .where(and(inArray(apiKeyOperationUsage.keyId, keyIds), gte(apiKeyOperationUsage.day, window.from), lte(apiKeyOperationUsage.day, window.to)))
        .orderBy(asc(apiKeyOperationUsage.day), asc(apiKeyOperationUsage.operation))),
  };
};
