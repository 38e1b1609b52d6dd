import { eq, sql } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import type { ChannelValues } from '../domain/channel-input.ts';
import { channelSearchText } from '../domain/search-document.ts';
import { channels, type ChannelRow } from '../db/tables.ts';

/** Inserts a channel, or updates it when `existing` is given; returns the row. */
export async function saveChannel(db: Db, existing: ChannelRow | null, ownerId: string, values: ChannelValues): Promise<ChannelRow> {
  const { ownerCode: _owner, ...given } = values;
  const columns = { ...given, searchText: channelSearchText(values) };
  if (existing) {
    const [row] = await db.update(channels).set({ ...columns, ownerId, updatedAt: sql`now()` }).where(eq(channels.id, existing.id)).returning();
    return row;
  }
  const [row] = await db.insert(channels).values({ ...columns, ownerId }).returning();
  return row;
}
