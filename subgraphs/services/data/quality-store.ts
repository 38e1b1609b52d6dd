import { and, asc, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { channels, serviceChannels, services, type ChannelRow, type InstitutionRow, type ServiceRow } from '../db/tables.ts';

/** The gaps a service card can have, each a list in the report (CatalogueQualityReport's fields). */
export const QUALITY_CHECKS = [
  'servicesWithoutChannels', 'servicesMissingEnglish', 'staleServices', 'publishedWithoutProcessingTime', 'servicesWithoutInstructions',
  'servicesWithoutRequirements', 'servicesWithoutEvidence', 'servicesWithoutLegalBasisUrl', 'servicesWithoutRedress', 'keyServicesMissingRussian',
] as const;
export type QualityCheck = (typeof QUALITY_CHECKS)[number];

export type QualityReport = { institution: InstitutionRow; generatedAt: Date; serviceCount: number; channelsWithoutServices: ChannelRow[] } & Record<QualityCheck, ServiceRow[]>;

/** Months without a change after which a service counts as stale. */
export const STALE_AFTER_MONTHS = 12;

const hasText = (column: SQL | typeof services.name, language: string) => sql`(${column} is not null and coalesce(${column} ->> ${language}, '') <> '')`;

/** Each check as a condition on a service row: true when the card has that gap. */
const CONDITIONS: Record<QualityCheck, SQL> = {
  servicesWithoutChannels: sql`not exists (select 1 from ${serviceChannels} sc where sc.service_id = ${services.id})`,
  servicesMissingEnglish: sql`not (${hasText(services.name, 'en')} and ${hasText(sql`${services.description}`, 'en')})`,
  staleServices: sql`${services.updatedAt} < now() - make_interval(months => ${STALE_AFTER_MONTHS})`,
  publishedWithoutProcessingTime: sql`${services.status} = 'PUBLISHED' and ${services.processingTime} is null`,
  servicesWithoutInstructions: sql`not ${hasText(sql`${services.instructions}`, 'lv')}`,
  // Requirements listed, or the holder's statement that there are none.
  servicesWithoutRequirements: sql`jsonb_array_length(${services.requirements}) = 0 and not ${services.noRequirements}`,
  servicesWithoutEvidence: sql`jsonb_array_length(${services.evidence}) = 0`,
  // Every legal act with a link to its text (likumi.lv).
  servicesWithoutLegalBasisUrl: sql`(jsonb_array_length(${services.legalBasis}) = 0 or exists (select 1 from jsonb_array_elements(${services.legalBasis}) l where coalesce(l ->> 'url', '') = ''))`,
  // How to appeal and to whom (SDG Art. 10: means of redress).
  servicesWithoutRedress: sql`(${services.redress} is null or coalesce(${services.redress} ->> 'appealToCode', '') = '' or not ${hasText(sql`(${services.redress} -> 'howToAppeal')`, 'lv')})`,
  keyServicesMissingRussian: sql`${services.isKeyService} and not (${hasText(services.name, 'ru')} and ${hasText(sql`${services.description}`, 'ru')})`,
};

/** One institution's data-quality findings: two statements, on the holder's and the owner's index. */
export async function qualityReport(db: Db, institution: InstitutionRow): Promise<QualityReport> {
  const flags = Object.fromEntries(QUALITY_CHECKS.map((c) => [c, sql<boolean>`${CONDITIONS[c]}`.as(c)])) as Record<QualityCheck, SQL.Aliased<boolean>>;
  const [rows, unusedChannels] = await Promise.all([
    db.select({ service: services, ...flags }).from(services).where(and(eq(services.holderId, institution.id), ne(services.status, 'ARCHIVED'))).orderBy(asc(services.code)),
    db.select().from(channels)
      .where(and(eq(channels.ownerId, institution.id), sql`not exists (select 1 from ${serviceChannels} sc where sc.channel_id = ${channels.id})`))
      .orderBy(asc(channels.code)),
  ]);
  const lists = Object.fromEntries(QUALITY_CHECKS.map((c) => [c, rows.filter((r) => r[c] === true || (r[c] as unknown) === 't').map((r) => r.service)])) as Record<QualityCheck, ServiceRow[]>;
  return { institution, generatedAt: new Date(), serviceCount: rows.length, channelsWithoutServices: unusedChannels, ...lists };
}
