import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { channels, serviceChannels, services, type ChannelRow, type InstitutionRow, type ServiceRow } from '../db/tables.ts';

export interface QualityReport {
  institution: InstitutionRow;
  generatedAt: Date;
  serviceCount: number;
  servicesWithoutChannels: ServiceRow[];
  servicesMissingEnglish: ServiceRow[];
  staleServices: ServiceRow[];
  publishedWithoutProcessingTime: ServiceRow[];
  channelsWithoutServices: ChannelRow[];
}

/** Months without a change after which a service counts as stale. */
export const STALE_AFTER_MONTHS = 12;

/** One institution's data-quality findings; five statements, each on the holder's or owner's index. */
export async function qualityReport(db: Db, institution: InstitutionRow): Promise<QualityReport> {
  const mine = and(eq(services.holderId, institution.id), ne(services.status, 'ARCHIVED'));
  const select = (condition: ReturnType<typeof sql>) => db.select().from(services).where(and(mine, condition)).orderBy(asc(services.code));
  const [[{ n }], withoutChannels, missingEnglish, stale, noTime, unusedChannels] = await Promise.all([
    db.select({ n: count() }).from(services).where(mine),
    select(sql`not exists (select 1 from ${serviceChannels} sc where sc.service_id = ${services.id})`),
    select(sql`(not (${services.name} ? 'en') or ${services.description} is null or not (${services.description} ? 'en'))`),
    select(sql`${services.updatedAt} < now() - make_interval(months => ${STALE_AFTER_MONTHS})`),
    select(sql`${services.status} = 'PUBLISHED' and ${services.processingTime} is null`),
    db.select().from(channels)
      .where(and(eq(channels.ownerId, institution.id), sql`not exists (select 1 from ${serviceChannels} sc where sc.channel_id = ${channels.id})`))
      .orderBy(asc(channels.code)),
  ]);
  return {
    institution,
    generatedAt: new Date(),
    serviceCount: n,
    servicesWithoutChannels: withoutChannels,
    servicesMissingEnglish: missingEnglish,
    staleServices: stale,
    publishedWithoutProcessingTime: noTime,
    channelsWithoutServices: unusedChannels,
  };
}
