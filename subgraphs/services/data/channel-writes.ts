import { eq, sql } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import type { ChannelValues } from '../domain/channel-input.ts';
import { channelSearchText } from '../domain/search-document.ts';
import { appendEvents } from '@public-service-graph/subgraph-kit/events/outbox';
import { channels, institutions, outbox, type ChannelRow } from '../db/tables.ts';
import { channelEvents, SERVICES_SOURCE } from '../domain/catalogue-events.ts';

/** Inserts a channel, or updates it when `existing` is given, with its "channel changed" event; returns the row. */
export async function saveChannel(db: Db, existing: ChannelRow | null, ownerId: string, values: ChannelValues): Promise<ChannelRow> {
  const { ownerCode: _owner, ...given } = values;
  const columns = { ...given, searchText: channelSearchText(values) };
  return db.transaction(async (tx) => {
    const [row] = existing
      ? await tx.update(channels).set({ ...columns, ownerId, updatedAt: sql`now()` }).where(eq(channels.id, existing.id)).returning()
      : await tx.insert(channels).values({ ...columns, ownerId }).returning();
    const [owner] = await tx.select({ code: institutions.code }).from(institutions).where(eq(institutions.id, ownerId));
    await appendEvents(tx, outbox, SERVICES_SOURCE, channelEvents(row, !existing, owner.code));
    return row;
  });
}
