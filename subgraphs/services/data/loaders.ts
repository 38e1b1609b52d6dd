import DataLoader from 'dataloader';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { byKey, groupBy } from '@public-service-graph/subgraph-kit/batch';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { prepared } from '@public-service-graph/subgraph-kit/prepared';
import { isUuid } from '@public-service-graph/subgraph-kit/errors';
import { channels, institutions, services, type ChannelLinkRow, type ChannelRow, type InstitutionRow, type ServiceRow } from '../db/tables.ts';
import { channelLinksOf } from './channel-store.ts';
import { namedProvidersOf } from './provider-writes.ts';
import { inForce, servicesByChannels, servicesByHolders } from './service-store.ts';
import { serviceSelection } from './service-columns.ts';
import type { PortfolioService } from '../domain/portfolio.ts';

export interface ServicePage { rows: ServiceRow[]; total: number }
type PageKey = { parentId: string; afterCode: string | null; limit: number };
type PagedQuery = (db: Db, parentIds: string[], afterCode: string | null, limit: number) => Promise<{ parentId: string; total: number; service: ServiceRow }[]>;

/**
 * Pages of services per parent (a channel, a holder): keys asking for the same page (size and cursor) share one
 * statement, so a list of 50 locations with their services costs one query, not 50.
 */
const pagesBy = (db: Db, query: PagedQuery) =>
  new DataLoader<PageKey, ServicePage, string>(
    async (keys) => {
      const groups = new Map<string, PageKey[]>();
      for (const k of keys) {
        const g = `${k.afterCode ?? ''}|${k.limit}`;
        groups.set(g, [...(groups.get(g) ?? []), k]);
      }
      const pages = new Map<string, ServicePage>();
      for (const group of groups.values()) {
        const { afterCode, limit } = group[0];
        const rows = await query(db, [...new Set(group.map((k) => k.parentId))], afterCode, limit);
        for (const k of group) {
          const mine = rows.filter((r) => r.parentId === k.parentId);
          pages.set(JSON.stringify(k), { rows: mine.map((r) => r.service), total: mine[0]?.total ?? 0 });
        }
      }
      return keys.map((k) => pages.get(JSON.stringify(k))!);
    },
    { cacheKeyFn: (k) => JSON.stringify(k) },
  );

/**
 * Services by code with only some columns (service-columns.ts), one loader per column set, each with its holder in
 * the same statement: every reference is checked against its holder (visibleService), and `holder { name }` is the
 * usual next question, so the holder would otherwise be a second statement.
 */
function partialServicesByCode(db: Db, institutionById: DataLoader<string, InstitutionRow | null>) {
  const loaders = new Map<string, DataLoader<string, ServiceRow | null>>();
  return (columns: readonly (keyof ServiceRow)[]) => {
    const key = columns.join();
    let loader = loaders.get(key);
    if (!loader) {
      const statement = prepared(db, `services.byCodeWithHolder:${key}`, () =>
        db
          .select({ service: serviceSelection(columns), holder: institutions })
          .from(services)
          .innerJoin(institutions, eq(institutions.id, services.holderId))
          .where(sql`${services.code} = any(${sql.placeholder('codes')})`),
      );
      loaders.set(key, (loader = new DataLoader(async (codes) => {
        const rows = await statement.execute({ codes });
        for (const { holder } of rows) institutionById.prime(holder.id, holder);
        return byKey(codes, rows.map((r) => r.service as ServiceRow), (r) => r.code);
      })));
    }
    return loader;
  };
}

/** One set per request: every entity reference and nested list is one query per batch, never one per row. */
export const createServicesLoaders = (db: Db) => {
  const institutionById = new DataLoader<string, InstitutionRow | null>(async (ids) =>
    byKey(ids, await prepared(db, 'services.institutionsById', () => db.select().from(institutions).where(sql`${institutions.id} = any(${sql.placeholder('ids')})`)).execute({ ids: ids.filter(isUuid) }), (r) => r.id));
  return {
    institutionById,
    institutionByCode: new DataLoader<string, InstitutionRow | null>(async (codes) =>
      byKey(codes, await db.select().from(institutions).where(inArray(institutions.code, [...codes])), (r) => r.code)),
    serviceById: new DataLoader<string, ServiceRow | null>(async (ids) =>
      byKey(ids, await db.select().from(services).where(inArray(services.id, ids.filter(isUuid))), (r) => r.id)),
    serviceByCode: new DataLoader<string, ServiceRow | null>(async (codes) =>
      byKey(codes, await db.select().from(services).where(inArray(services.code, [...codes])), (r) => r.code)),
    /** Partial rows, for federation references whose selection reads only those columns; never primed into the others. */
    serviceByCodeWith: partialServicesByCode(db, institutionById),
    channelById: new DataLoader<string, ChannelRow | null>(async (ids) =>
      byKey(ids, await db.select().from(channels).where(inArray(channels.id, ids.filter(isUuid))), (r) => r.id)),
    channelByCode: new DataLoader<string, ChannelRow | null>(async (codes) =>
      byKey(codes, await db.select().from(channels).where(inArray(channels.code, [...codes])), (r) => r.code)),
    channelLinksByServiceId: new DataLoader<string, ChannelLinkRow[]>(async (ids) => groupBy(ids, await channelLinksOf(db, ids), (r) => r.serviceId)),
    namedProvidersByServiceId: new DataLoader<string, InstitutionRow[]>(async (ids) => groupBy(ids, await namedProvidersOf(db, ids), (r) => r.serviceId)),
    servicesOfChannel: pagesBy(db, servicesByChannels),
    servicesOfHolder: pagesBy(db, servicesByHolders),
    /** The published services' importance and maturity per holder: one statement for a whole list of institutions. */
    portfolioOfHolder: new DataLoader<string, PortfolioService[]>(async (ids) => {
      const rows = await db
        .select({ holderId: services.holderId, isKeyService: services.isKeyService, importance: services.importance, maturityLevel: services.maturityLevel })
        .from(services)
        .where(and(inArray(services.holderId, [...ids]), inForce()));
      return groupBy(ids, rows, (r) => r.holderId);
    }),
  };
};

export type ServicesLoaders = ReturnType<typeof createServicesLoaders>;
