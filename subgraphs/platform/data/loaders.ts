import DataLoader from 'dataloader';
import { and, asc, gte, inArray, lte } from 'drizzle-orm';
import { byKey, groupBy } from '../../../common/batch.ts';
import type { Db } from '../../../common/db.ts';
import { isUuid } from '../../../common/errors.ts';
import { apiKeys, apiKeyUsage, registrySchemaVersions, type ApiKeyRow, type ApiKeyUsageRow, type RegistrySchemaVersionRow } from '../db/tables.ts';
import { liveSupergraph } from './registry-store.ts';

export const createPlatformLoaders = (db: Db) => {
  // One loader per usage window asked for in the request, so a page of keys reads its usage in one statement.
  const usageByWindow = new Map<string, DataLoader<string, ApiKeyUsageRow[]>>();
  let live: Promise<number | null> | null = null;
  return {
    schemaVersionById: new DataLoader<string, RegistrySchemaVersionRow | null>(async (ids) =>
      byKey(ids, await db.select().from(registrySchemaVersions).where(inArray(registrySchemaVersions.id, [...ids])), (r) => r.id)),
    /** The served supergraph's version, read once per request. */
    liveSupergraphVersion: () => (live ??= liveSupergraph(db).then((row) => row?.version ?? null)),
    keyById: new DataLoader<string, ApiKeyRow | null>(async (ids) =>
      byKey(ids, await db.select().from(apiKeys).where(inArray(apiKeys.id, ids.filter(isUuid))), (r) => r.id)),
    usage(window: { from: string; to: string }): DataLoader<string, ApiKeyUsageRow[]> {
      const id = `${window.from}/${window.to}`;
      let loader = usageByWindow.get(id);
      if (!loader) {
        loader = new DataLoader(async (keyIds) =>
          groupBy(
            keyIds,
            await db
              .select()
              .from(apiKeyUsage)
              .where(and(inArray(apiKeyUsage.keyId, [...keyIds]), gte(apiKeyUsage.day, window.from), lte(apiKeyUsage.day, window.to)))
              .orderBy(asc(apiKeyUsage.day)),
            (r) => r.keyId,
          ));
        usageByWindow.set(id, loader);
      }
      return loader;
    },
  };
};
