import { and, asc, count, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { prepared } from '@public-service-graph/subgraph-kit/prepared';
import type { ChannelTypeName } from '../domain/model.ts';
import { channels, institutions, serviceChannels, services, type InstitutionRow, type ServiceRow } from '../db/tables.ts';
import { serviceSelection } from './service-columns.ts';

/** A filter with its references resolved: the holder by id, the municipality as its unaccented lower-case key. */
export interface ServiceListFilter {
  holderId?: string;
  audience?: ServiceRow['audiences'][number];
  kind?: ServiceRow['kind'];
  channelType?: ChannelTypeName;
  keyService?: boolean;
  municipalityKey?: string;
  thematicArea?: string;
  codes?: string[];
}

/** In the public catalogue now: published, `valid_from` passed, `valid_to` not reached. */
export const inForce = (): SQL =>
  sql`${services.status} = 'PUBLISHED' and (${services.validFrom} is null or ${services.validFrom} <= now()) and (${services.validTo} is null or ${services.validTo} > now())`;

const linkedChannel = (condition: SQL): SQL =>
  sql`exists (select 1 from ${serviceChannels} sc join ${channels} c on c.id = sc.channel_id where sc.service_id = ${services.id} and ${condition})`;

/** The WHERE conditions of a filter; every list and the search use the same ones. */
export function filterConditions(filter: ServiceListFilter): SQL[] {
  const conditions: SQL[] = [inForce()];
  if (filter.holderId) conditions.push(eq(services.holderId, filter.holderId));
  if (filter.audience) conditions.push(sql`${filter.audience} = any(${services.audiences})`);
  if (filter.kind) conditions.push(eq(services.kind, filter.kind));
  if (filter.keyService != null) conditions.push(eq(services.isKeyService, filter.keyService));
  if (filter.thematicArea) conditions.push(sql`${services.thematicAreas} @> array[${filter.thematicArea}]::text[]`);
  if (filter.codes) conditions.push(inArray(services.code, filter.codes));
  if (filter.channelType) conditions.push(linkedChannel(sql`c.type = ${filter.channelType}`));
  if (filter.municipalityKey) conditions.push(linkedChannel(sql`c.type = 'SERVICE_LOCATION' and c.municipality_key = ${filter.municipalityKey}`));
  return conditions;
}

/**
 * Services in force matching a filter after `afterCode` in code order; `limit` rows, and how many match in all.
 * `columns`: only those (service-columns.ts), for a selection that reads no others; null for whole rows.
 */
export async function listServices(db: Db, filter: ServiceListFilter, afterCode: string | null, limit: number, columns: readonly (keyof ServiceRow)[] | null = null, withHolders = false) {
  const where = and(...filterConditions(filter));
  const row = serviceSelection(columns);
  if (!afterCode) {
    // The first page, the one most asked for: its rows and the total in one statement (a window count over the
    // filtered rows, before the limit), with the holders when asked for; each statement costs a round trip, and
    // in PGlite a good share of the CPU.
    const firstPage = (lim: number | ReturnType<typeof sql.placeholder>) =>
      withHolders
        ? db.select({ row, total: sql<number>`count(*) over ()`.mapWith(Number), holder: institutions }).from(services).innerJoin(institutions, eq(institutions.id, services.holderId)).where(where).orderBy(asc(services.code)).limit(lim as number)
        : db.select({ row, total: sql<number>`count(*) over ()`.mapWith(Number) }).from(services).where(where).orderBy(asc(services.code)).limit(lim as number);
    // The unfiltered catalogue, the most read list, is built once per column set (kit prepared.ts).
    const unfiltered = Object.values(filter).every((v) => v == null);
    const key = `services.firstPage:${withHolders}:${columns?.join() ?? ''}`;
    const page: { row: ServiceRow; total: number; holder?: InstitutionRow }[] = unfiltered ? await prepared(db, key, () => firstPage(sql.placeholder('limit'))).execute({ limit }) : await firstPage(limit);
    if (page.length) return { rows: page.map((p) => p.row), total: page[0].total, holders: page.flatMap((p) => (p.holder ? [p.holder] : [])) };
  }
  const [rows, [{ total }]] = await Promise.all([
    db.select(row).from(services).where(afterCode ? and(where, gt(services.code, afterCode)) : where).orderBy(asc(services.code)).limit(limit),
    db.select({ total: count() }).from(services).where(where),
  ]);
  return { rows: rows as ServiceRow[], total, holders: [] as InstitutionRow[] };
}

/** Position of a row among its parent's rows after the cursor (1, 2, …), by code; the total stays the parent's all. */
const rankAfter = (parent: AnyPgColumn, afterCode: string | null) =>
  (afterCode
    ? sql<number>`count(*) filter (where ${services.code} > ${afterCode}) over (partition by ${parent} order by ${services.code})`
    : sql<number>`row_number() over (partition by ${parent} order by ${services.code})`
  ).as('rank');

/**
 * Services in force offered through each of several channels, a page per channel, in one statement: the first
 * `limit` by code after `afterCode`, with each channel's total.
 */
export async function servicesByChannels(db: Db, channelIds: string[], afterCode: string | null, limit: number) {
  const ranked = db
    .select({
      channelId: serviceChannels.channelId,
      id: services.id,
      code: services.code,
      rank: rankAfter(serviceChannels.channelId, afterCode),
      total: sql<number>`count(*) over (partition by ${serviceChannels.channelId})`.as('total'),
    })
    .from(serviceChannels)
    .innerJoin(services, eq(services.id, serviceChannels.serviceId))
    .where(and(inArray(serviceChannels.channelId, channelIds), inForce()))
    .as('ranked');
  const rows = await db
    .select({ channelId: ranked.channelId, total: ranked.total, service: services })
    .from(ranked)
    .innerJoin(services, eq(services.id, ranked.id))
    .where(and(sql`${ranked.rank} between 1 and ${limit}`, afterCode ? sql`${ranked.code} > ${afterCode}` : undefined))
    .orderBy(asc(services.code));
  return rows.map((r) => ({ parentId: r.channelId, total: Number(r.total), service: r.service }));
}

/** Services in force held by each of several institutions, a page per holder, in one statement. */
export async function servicesByHolders(db: Db, holderIds: string[], afterCode: string | null, limit: number) {
  const ranked = db
    .select({
      id: services.id,
      code: services.code,
      rank: rankAfter(services.holderId, afterCode),
      total: sql<number>`count(*) over (partition by ${services.holderId})`.as('total'),
    })
    .from(services)
    .where(and(inArray(services.holderId, holderIds), inForce()))
    .as('ranked');
  const rows = await db
    .select({ total: ranked.total, service: services })
    .from(ranked)
    .innerJoin(services, eq(services.id, ranked.id))
    .where(and(sql`${ranked.rank} between 1 and ${limit}`, afterCode ? sql`${ranked.code} > ${afterCode}` : undefined))
    .orderBy(asc(services.code));
  return rows.map((r) => ({ parentId: r.service.holderId, total: Number(r.total), service: r.service }));
}

/** The exact instant of a change as text with microseconds: a cursor must not lose what JavaScript dates drop. */
const exactModifiedAt = sql<string>`to_char(${services.updatedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * The changes feed: services ever published, changed after `since` (or, on a later page, after the cursor's
 * (modified_at, id)), oldest first, each with its exact change instant for the next cursor.
 */
export async function serviceChanges(db: Db, since: Date, after: { at: string; id: string } | null, limit: number) {
  const position = after
    ? sql`(${services.updatedAt}, ${services.id}) > (${after.at}::timestamptz, ${after.id}::uuid)`
    : gt(services.updatedAt, since);
  const rows = await db
    .select({ service: services, exact: exactModifiedAt })
    .from(services)
    .where(and(sql`${services.firstPublishedAt} is not null`, sql`${services.status} <> 'DRAFT'`, gt(services.updatedAt, since), position))
    .orderBy(asc(services.updatedAt), asc(services.id))
    .limit(limit);
  return rows.map((r) => ({ ...r.service, exactModifiedAt: r.exact }));
}

export async function listInstitutions(db: Db, afterCode: string | null, limit: number) {
  const [rows, [{ total }]] = await Promise.all([
    db.select().from(institutions).where(afterCode ? gt(institutions.code, afterCode) : undefined).orderBy(asc(institutions.code)).limit(limit),
    db.select({ total: count() }).from(institutions),
  ]);
  return { rows: rows as InstitutionRow[], total };
}
