import { and, asc, count, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import type { ChannelTypeName } from '../domain/model.ts';
import { channels, serviceChannels, type ChannelLinkRow, type ChannelRow } from '../db/tables.ts';

export interface ChannelListFilter {
  type?: ChannelTypeName;
  ownerId?: string;
  municipalityKey?: string;
  clientServiceCentre?: boolean;
}

function channelConditions(filter: ChannelListFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.type) conditions.push(eq(channels.type, filter.type));
  if (filter.ownerId) conditions.push(eq(channels.ownerId, filter.ownerId));
  if (filter.municipalityKey) conditions.push(eq(channels.municipalityKey, filter.municipalityKey));
  if (filter.clientServiceCentre != null) conditions.push(eq(channels.isClientServiceCentre, filter.clientServiceCentre));
  return conditions.length ? and(...conditions) : undefined;
}

/** Channels matching a filter after `afterCode` in code order; `limit` rows, and how many match in all. */
export async function listChannels(db: Db, filter: ChannelListFilter, afterCode: string | null, limit: number) {
  const where = channelConditions(filter);
  const [rows, [{ total }]] = await Promise.all([
    db.select().from(channels).where(afterCode ? and(where, gt(channels.code, afterCode)) : where).orderBy(asc(channels.code)).limit(limit),
    db.select({ total: count() }).from(channels).where(where),
  ]);
  return { rows, total };
}

/** The channel links of several services with their channels, in each service's order; one statement. */
export async function channelLinksOf(db: Db, serviceIds: readonly string[]): Promise<ChannelLinkRow[]> {
  const rows = await db
    .select({ link: serviceChannels, channel: channels })
    .from(serviceChannels)
    .innerJoin(channels, eq(channels.id, serviceChannels.channelId))
    .where(inArray(serviceChannels.serviceId, [...serviceIds]))
    .orderBy(asc(serviceChannels.serviceId), asc(serviceChannels.position));
  return rows.map((r) => ({ ...r.link, channel: r.channel }));
}

export interface NearbyLocation { channel: ChannelRow; distanceKm: number }

/**
 * Service locations within `radiusKm` of a point, closest first (at most `limit`), optionally only those where a
 * service in force can be requested. The earth_box condition is answered by the GiST index on
 * ll_to_earth(latitude, longitude); earth_distance then keeps the true circle and gives the distance.
 */
export async function locationsNear(db: Db, point: { latitude: number; longitude: number }, radiusKm: number, serviceId: string | null, limit: number): Promise<NearbyLocation[]> {
  const origin = sql`ll_to_earth(${point.latitude}::float8, ${point.longitude}::float8)`;
  const position = sql`ll_to_earth(${channels.latitude}, ${channels.longitude})`;
  const metres = radiusKm * 1000;
  const distance = sql<number>`earth_distance(${origin}, ${position})`;
  const offers = serviceId
    ? sql`exists (select 1 from ${serviceChannels} sc where sc.channel_id = ${channels.id} and sc.service_id = ${serviceId})`
    : undefined;
  const rows = await db
    .select({ channel: channels, metres: distance.as('metres') })
    .from(channels)
    .where(
      and(
        eq(channels.type, 'SERVICE_LOCATION'),
        sql`${channels.latitude} is not null and ${channels.longitude} is not null`,
        sql`earth_box(${origin}, ${metres}::float8) @> ${position}`,
        sql`${distance} <= ${metres}::float8`,
        offers,
      ),
    )
    .orderBy(sql`metres`, channels.code)
    .limit(limit);
  return rows.map((r) => ({ channel: r.channel, distanceKm: Math.round(Number(r.metres) / 10) / 100 }));
}
