/**
 * Recomputes every stored search column from the texts, for a database whose columns were written by an older
 * release's stemmer (or before channels had a search text): `npm run search:reindex`, and the demo seed when the
 * demo changes. Writes only rows whose columns differ; keeps versions and `updated_at` as they are, since nothing a
 * person wrote changed.
 */
import { eq, gt, asc } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { channels, institutions, searchSituations, services } from '../db/tables.ts';
import { channelSearchText, searchColumns, situationSearchColumns } from '../domain/search-document.ts';

const BATCH = 500;

export async function reindexSearch(db: Db): Promise<{ services: number; channels: number; situations: number }> {
  const holders = new Map((await db.select().from(institutions)).map((i) => [i.id, i]));
  const changed = { services: 0, channels: 0, situations: 0 };
  for (let after = ''; ; ) {
    const batch = await db.select().from(services).where(gt(services.code, after)).orderBy(asc(services.code)).limit(BATCH);
    for (const row of batch) {
      const columns = searchColumns(row, holders.get(row.holderId)!);
      if ((Object.keys(columns) as (keyof typeof columns)[]).every((k) => columns[k] === row[k])) continue;
      await db.update(services).set(columns).where(eq(services.id, row.id));
      changed.services++;
    }
    if (batch.length < BATCH) break;
    after = batch.at(-1)!.code;
  }
  for (const row of await db.select().from(channels)) {
    const searchText = channelSearchText(row);
    if (searchText === row.searchText) continue;
    await db.update(channels).set({ searchText }).where(eq(channels.id, row.id));
    changed.channels++;
  }
  for (const row of await db.select().from(searchSituations)) {
    const columns = situationSearchColumns(row);
    if ((Object.keys(columns) as (keyof typeof columns)[]).every((k) => columns[k] === row[k])) continue;
    await db.update(searchSituations).set(columns).where(eq(searchSituations.code, row.code));
    changed.situations++;
  }
  return changed;
}
