import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@public-service-graph/subgraph-kit/db';
import { casesSubgraph } from '../server.ts';
import { feedPositions, serviceReferences } from '../db/tables.ts';
import { ServiceProjection, type CatalogueChangeSource, type ServiceChange } from './catalogue-feed.ts';

let database: Database;
beforeAll(async () => {
  database = await openDatabase('memory://');
  await database.migrate(casesSubgraph.migrations.folder, casesSubgraph.migrations.table);
});
afterAll(() => database?.close());
beforeEach(async () => {
  await database.db.delete(serviceReferences);
  await database.db.delete(feedPositions);
});

const T0 = Date.parse('2026-06-01T10:00:00Z');
const change = (i: number, over: Partial<ServiceChange> = {}): ServiceChange => ({
  code: `S-${i}`, holderCode: 'PMLP', status: 'PUBLISHED', providerCodes: [], version: 1, modifiedAt: new Date(T0 + i * 1000), ...over,
});

/** A feed of `changes` in pages of `page`, recording what it was asked; `fail` makes it unreachable. */
interface FakeFeed { changes: ServiceChange[]; fail: boolean; asked: { since: Date; after: string | null }[]; source: CatalogueChangeSource }
function fakeFeed(changes: ServiceChange[], page = 100): FakeFeed {
  const feed: FakeFeed = {
    changes,
    fail: false,
    asked: [],
    source: {
      async changesSince(since, after) {
        feed.asked.push({ since, after });
        if (feed.fail) throw new Error('unreachable');
        const newer = feed.changes.filter((c) => c.modifiedAt > since);
        const start = after ? Number(after) : 0;
        const slice = newer.slice(start, start + page);
        return { changes: slice, endCursor: String(start + slice.length), hasNextPage: start + page < newer.length };
      },
    },
  };
  return feed;
}
const accepts = (_: string, s: { status: string } | undefined) => s?.status === 'PUBLISHED';

describe('the projection of the catalogue feed', () => {
  it('reads every page, and next time asks from a minute before the newest change it holds', async () => {
    const feed = fakeFeed(Array.from({ length: 250 }, (_, i) => change(i)), 100);
    const projection = new ServiceProjection(database.db, feed.source, 30_000);
    await projection.sync();
    expect(feed.asked.map((a) => a.after)).toEqual([null, '100', '200']);
    const fresh = await projection.freshness();
    expect(fresh).toMatchObject({ services: 250, lastChangeAt: new Date(T0 + 249_000) });
    await projection.sync();
    expect(feed.asked.at(-1)).toEqual({ since: new Date(T0 + 249_000 - 60_000), after: null });
  });

  it('keeps the newer version when an older one arrives again (syncs overlap)', async () => {
    const feed = fakeFeed([change(1, { version: 3, status: 'ARCHIVED' })]);
    const projection = new ServiceProjection(database.db, feed.source, 30_000);
    await projection.sync();
    await projection.apply([change(1, { version: 2, status: 'PUBLISHED' })]);
    expect((await projection.forWrite(['S-1'], () => true)).get('S-1')).toMatchObject({ version: 3, status: 'ARCHIVED' });
  });

  it('syncs before a write when older than its max age, and before a refusal, not otherwise', async () => {
    const feed = fakeFeed([change(1)]);
    const projection = new ServiceProjection(database.db, feed.source, 3_600_000);
    expect((await projection.forWrite(['S-1'], accepts)).has('S-1')).toBe(true); // never synced: syncs
    expect(feed.asked).toHaveLength(1);
    await projection.forWrite(['S-1'], accepts);
    expect(feed.asked).toHaveLength(1); // fresh and accepted: no feed read
    feed.changes.push(change(2, { modifiedAt: new Date(T0 + 10_000) }));
    expect((await projection.forWrite(['S-1', 'S-2'], accepts)).has('S-2')).toBe(true); // unknown: one more sync finds it
    expect(feed.asked).toHaveLength(2);
    expect((await projection.forWrite(['S-9'], accepts)).has('S-9')).toBe(false); // still unknown after that sync
    expect(feed.asked).toHaveLength(3);
  });

  it('never refuses on what it could not refresh: SUBGRAPH_UNAVAILABLE; accepts on what it holds', async () => {
    const feed = fakeFeed([change(1)]);
    const projection = new ServiceProjection(database.db, feed.source, 0);
    await projection.sync();
    feed.fail = true;
    expect((await projection.forWrite(['S-1'], accepts)).has('S-1')).toBe(true);
    await expect(projection.forWrite(['S-2'], accepts)).rejects.toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
  });
});
