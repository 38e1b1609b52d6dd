import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import type { ChannelValues } from '../domain/channel-input.ts';
import { channelSearchText } from '../domain/search-document.ts';
import { appendEvents } from '@public-service-graph/subgraph-kit/events/outbox';
import { channels, institutions, outbox, serviceChannels, services, serviceVersions, type ChannelRow } from '../db/tables.ts';
import { channelEvents, SERVICES_SOURCE } from '../domain/catalogue-events.ts';
import { versionRow } from './service-writes.ts';

/**
 * Inserts a channel, or updates it when `existing` is given, with its "channel changed" event; returns the row. A
 * channel is part of every service card that uses it, so an update is also a change of those services: in the same
 * transaction each gets a new version (CHANNEL_UPDATED) and a new modification time, which brings it into the
 * changes feed for mirrors.
 */
export async function saveChannel(db: Db, existing: ChannelRow | null, ownerId: string, values: ChannelValues, actor: string): Promise<ChannelRow> {
  const { ownerCode: _owner, ...given } = values;
  const columns = { ...given, searchText: channelSearchText(values) };
  return db.transaction(async (tx) => {
    const [row] = existing
      ? await tx.update(channels).set({ ...columns, ownerId, updatedAt: sql`now()` }).where(eq(channels.id, existing.id)).returning()
      : await tx.insert(channels).values({ ...columns, ownerId }).returning();
    if (existing) {
      const users = tx.select({ id: serviceChannels.serviceId }).from(serviceChannels).where(eq(serviceChannels.channelId, row.id));
      const changed = await tx
        .update(services)
        .set({ version: sql`${services.version} + 1`, updatedAt: sql`now()` })
        .where(inArray(services.id, users))
        .returning();
      if (changed.length) {
        const links = await tx
          .select({ serviceId: serviceChannels.serviceId, code: channels.code })
          .from(serviceChannels)
          .innerJoin(channels, eq(channels.id, serviceChannels.channelId))
          .where(inArray(serviceChannels.serviceId, changed.map((s) => s.id)))
          .orderBy(serviceChannels.serviceId, serviceChannels.position);
        const change = { change: 'CHANNEL_UPDATED' as const, changedFields: [`channels.${row.code}`], actor };
        await tx.insert(serviceVersions).values(changed.map((s) => versionRow(s, change, links.filter((l) => l.serviceId === s.id).map((l) => l.code))));
      }
    }
    const [owner] = await tx.select({ code: institutions.code }).from(institutions).where(eq(institutions.id, ownerId));
    await appendEvents(tx, outbox, SERVICES_SOURCE, channelEvents(row, !existing, owner.code));
    return row;
  });
}
