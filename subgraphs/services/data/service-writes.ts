import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { graphqlError } from '@public-service-graph/subgraph-kit/errors';
import type { LocalizedText } from '@public-service-graph/subgraph-kit/i18n';
import { channels, serviceChannels, services, serviceVersions, type ChannelRow, type ServiceRow, type ServiceVersionRow } from '../db/tables.ts';
import type { ChannelLinkCharge, ContactPoint, OpeningHoursData } from '../domain/model.ts';
import type { SearchColumns } from '../domain/search-document.ts';
import type { ServiceFields } from '../domain/service-input.ts';

export interface LinkValues {
  channel: Pick<ChannelRow, 'id' | 'code'>;
  charge: ChannelLinkCharge | null;
  note: LocalizedText | null;
  hours: OpeningHoursData | null;
  contacts: ContactPoint | null;
}

export interface ServiceWrite {
  /** The row as read before the change; null to create. The update applies only if its version is still current. */
  existing: ServiceRow | null;
  holderId: string;
  code: string;
  /** The holder's own id; undefined keeps the current one. */
  sourceId?: string | null;
  fields: ServiceFields;
  /** The channel list in order; undefined keeps the current one. */
  links?: LinkValues[];
  status: ServiceRow['status'];
  search: SearchColumns;
  change: ServiceVersionRow['change'];
  changedFields: string[];
  /** identity.subject of who makes the change. */
  actor: string;
}

const isUniqueViolation = (err: unknown): boolean => {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) if (e.code === '23505') return true;
  return false;
};

/**
 * Writes a service, its channel list and a version row in one transaction: all of it or nothing. Returns the row
 * after the change, or null when the service changed since `existing` was read (the caller reports a conflict).
 */
export async function saveService(db: Db, w: ServiceWrite): Promise<ServiceRow | null> {
  try {
    return await db.transaction(async (tx) => {
      const values = {
        ...w.fields,
        ...w.search,
        status: w.status,
        ...(w.sourceId !== undefined ? { sourceId: w.sourceId } : {}),
      };
      let row: ServiceRow | undefined;
      if (w.existing) {
        [row] = await tx
          .update(services)
          .set({
            ...values,
            version: sql`${services.version} + 1`,
            updatedAt: sql`now()`,
            firstPublishedAt: w.status === 'PUBLISHED' ? sql`coalesce(${services.firstPublishedAt}, now())` : services.firstPublishedAt,
          })
          .where(and(eq(services.id, w.existing.id), eq(services.version, w.existing.version)))
          .returning();
        if (!row) return null;
      } else {
        [row] = await tx
          .insert(services)
          .values({ ...values, code: w.code, holderId: w.holderId, firstPublishedAt: w.status === 'PUBLISHED' ? sql`now()` : null })
          .returning();
      }
      if (w.links) {
        await tx.delete(serviceChannels).where(eq(serviceChannels.serviceId, row.id));
        if (w.links.length)
          await tx.insert(serviceChannels).values(w.links.map((l, i) => ({ serviceId: row!.id, channelId: l.channel.id, position: i + 1, charge: l.charge, note: l.note, hours: l.hours, contacts: l.contacts })));
      }
      const linkCodes = w.links
        ? w.links.map((l) => l.channel.code)
        : (await tx.select({ code: channels.code }).from(serviceChannels).innerJoin(channels, eq(channels.id, serviceChannels.channelId)).where(eq(serviceChannels.serviceId, row.id)).orderBy(serviceChannels.position)).map((r) => r.code);
      await tx.insert(serviceVersions).values(versionRow(row, w, linkCodes));
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw graphqlError('CONFLICT', `Another service already has the code "${w.code}" or the same source id; read it again and retry.`);
    throw err;
  }
}

/** The version row of a write: the service's state after it, without the search text, and its channel codes. */
export function versionRow(row: ServiceRow, w: Pick<ServiceWrite, 'change' | 'changedFields' | 'actor'>, linkCodes: string[]) {
  const { searchNames: _n, searchAltNames: _a, searchKeywords: _k, searchBody: _b, searchPlain: _p, searchVector: _v, ...snapshot } = row;
  return { serviceId: row.id, version: row.version, change: w.change, changedFields: w.changedFields, changedBy: w.actor, snapshot: { ...snapshot, channels: linkCodes } };
}

/**
 * Creates many new services in one transaction (the demo catalogue in an empty database): the same rows, links and
 * versions as saveService, in a handful of statements instead of several per service.
 */
export async function insertServices(db: Db, writes: ServiceWrite[]): Promise<void> {
  if (!writes.length) return;
  await db.transaction(async (tx) => {
    const rows = await tx
      .insert(services)
      .values(writes.map((w) => ({ ...w.fields, ...w.search, status: w.status, sourceId: w.sourceId ?? null, code: w.code, holderId: w.holderId, firstPublishedAt: w.status === 'PUBLISHED' ? sql`now()` : null })))
      .returning();
    const byCode = new Map(rows.map((r) => [r.code, r]));
    const links = writes.flatMap((w) => (w.links ?? []).map((l, i) => ({ serviceId: byCode.get(w.code)!.id, channelId: l.channel.id, position: i + 1, charge: l.charge, note: l.note, hours: l.hours, contacts: l.contacts })));
    for (let i = 0; i < links.length; i += 1000) await tx.insert(serviceChannels).values(links.slice(i, i + 1000));
    await tx.insert(serviceVersions).values(writes.map((w) => versionRow(byCode.get(w.code)!, w, (w.links ?? []).map((l) => l.channel.code))));
  });
}

/** A service of a holder by the holder's own source id. */
export async function serviceBySourceId(db: Db, holderId: string, sourceId: string): Promise<ServiceRow | null> {
  const [row] = await db.select().from(services).where(and(eq(services.holderId, holderId), eq(services.sourceId, sourceId)));
  return row ?? null;
}

/** A page of a service's versions, newest first, and how many there are. */
export async function serviceHistory(db: Db, serviceId: string, beforeVersion: number | null, limit: number) {
  const where = and(eq(serviceVersions.serviceId, serviceId), beforeVersion ? sql`${serviceVersions.version} < ${beforeVersion}` : undefined);
  const [rows, [{ total }]] = await Promise.all([
    db.select().from(serviceVersions).where(where).orderBy(desc(serviceVersions.version)).limit(limit),
    db.select({ total: count() }).from(serviceVersions).where(eq(serviceVersions.serviceId, serviceId)),
  ]);
  return { rows, total };
}

/** Channels by code, for resolving a service's channel list in a write. */
export async function channelsByCodes(db: Db, codes: string[]): Promise<ChannelRow[]> {
  return codes.length ? db.select().from(channels).where(inArray(channels.code, codes)) : [];
}
