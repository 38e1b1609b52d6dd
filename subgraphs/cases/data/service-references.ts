import { count, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { prepared } from '@public-service-graph/subgraph-kit/prepared';
import { feedPositions, serviceReferences, type FeedPositionRow, type ServiceReferenceRow } from '../db/tables.ts';

export const CATALOGUE_FEED = 'catalogue';

/** Stores services as the feed reports them; a version already stored, or older, is skipped (syncs overlap). */
export async function upsertServiceReferences(db: Db, rows: ServiceReferenceRow[]): Promise<void> {
  if (!rows.length) return;
  await db
    .insert(serviceReferences)
    .values(rows)
    .onConflictDoUpdate({
      target: serviceReferences.code,
      set: {
        holderCode: sql`excluded.holder_code`,
        status: sql`excluded.status`,
        providerCodes: sql`excluded.provider_codes`,
        name: sql`excluded.name`,
        version: sql`excluded.version`,
        modifiedAt: sql`excluded.modified_at`,
      },
      setWhere: sql`excluded.version > ${serviceReferences.version}`,
    });
}

export async function serviceReferencesByCodes(db: Db, codes: readonly string[]): Promise<ServiceReferenceRow[]> {
  return codes.length ? db.select().from(serviceReferences).where(inArray(serviceReferences.code, [...codes])) : [];
}

/**
 * Cases' services as the projection holds them, and whether the projection has read the feed once: one statement
 * when it holds any of the codes (the position rides along as a column), a second only when it holds none.
 */
export async function serviceReferencesWithSync(db: Db, codes: readonly string[]): Promise<{ rows: ServiceReferenceRow[]; synced: boolean }> {
  const statement = prepared(db, 'cases.serviceReferencesWithSync', () =>
    db
      .select({ service: serviceReferences, synced: sql<boolean>`exists (select 1 from ${feedPositions} where ${feedPositions.feed} = ${CATALOGUE_FEED})` })
      .from(serviceReferences)
      .where(sql`${serviceReferences.code} = any(${sql.placeholder('codes')})`),
  );
  const found = codes.length ? await statement.execute({ codes: [...codes] }) : [];
  if (found.length) return { rows: found.map((r) => r.service), synced: found[0].synced };
  return { rows: [], synced: !!(await feedPosition(db)) };
}

export async function feedPosition(db: Db, feed = CATALOGUE_FEED): Promise<FeedPositionRow | null> {
  const [row] = await db.select().from(feedPositions).where(eq(feedPositions.feed, feed));
  return row ?? null;
}

/** Records a finished sync; the newest change seen never moves back (two replicas may sync at once). */
export async function recordSync(db: Db, lastChangeAt: Date | null, syncedAt: Date, feed = CATALOGUE_FEED): Promise<void> {
  await db
    .insert(feedPositions)
    .values({ feed, lastChangeAt, syncedAt })
    .onConflictDoUpdate({
      target: feedPositions.feed,
      set: { lastChangeAt: sql`greatest(${feedPositions.lastChangeAt}, excluded.last_change_at)`, syncedAt: sql`greatest(${feedPositions.syncedAt}, excluded.synced_at)` },
    });
}

export async function serviceReferenceCount(db: Db): Promise<number> {
  const [{ n }] = await db.select({ n: count() }).from(serviceReferences);
  return Number(n);
}
