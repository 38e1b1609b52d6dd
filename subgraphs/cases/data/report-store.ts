/**
 * The yearly report (MK noteikumi Nr. 399: cases per service in the breakdowns the ministry asks for), read from the
 * roll-ups in one statement per breakdown, with service names from the catalogue projection. Each breakdown reads
 * the coarsest roll-up that has its dimensions: the default one (institution, service, channel) the yearly channel
 * roll-ups, one row per result row however many cases there were.
 */
import { and, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { monthlyChannelRollups, monthlyRollups, serviceReferences, yearlyChannelRollups, type CaseChannel, type ClientKind } from '../db/tables.ts';
import { ROLLUP_MEASURES, type Measures } from '../domain/rollup.ts';
import { figuresOf, rowsOf } from './statistics-store.ts';

/** What a report row may be broken down by (the GraphQL enum CaseReportDimension). */
export const REPORT_DIMENSIONS = ['INSTITUTION', 'SERVICE', 'CHANNEL', 'REGION', 'CLIENT_KIND', 'MONTH'] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];
/** The breakdown of `CaseReport.rows` and of the CSV by default: institution, service, channel. */
export const DEFAULT_DIMENSIONS: ReportDimension[] = ['INSTITUTION', 'SERVICE', 'CHANNEL'];

/** The finer roll-ups' column of each dimension; the channel roll-ups have all but REGION and CLIENT_KIND. */
const COLUMN: Record<ReportDimension, keyof typeof monthlyRollups.$inferSelect> = {
  INSTITUTION: 'institutionCode', SERVICE: 'serviceCode', CHANNEL: 'channel', REGION: 'region', CLIENT_KIND: 'clientKind', MONTH: 'month',
};
const ALIAS: Record<ReportDimension, string> = { INSTITUTION: 'institutionCode', SERVICE: 'serviceCode', CHANNEL: 'channel', REGION: 'region', CLIENT_KIND: 'clientKind', MONTH: 'month' };

export interface CaseReportRowData {
  institutionCode: string | null;
  serviceCode: string | null;
  serviceNameLv: string | null;
  serviceNameEn: string | null;
  channel: CaseChannel | null;
  region: string | null;
  clientKind: ClientKind | null;
  month: string | null;
  cases: number;
  eventOnly: number;
  open: number;
  decided: number;
  completed: number;
  rejected: number;
  withdrawn: number;
  resolved: number;
  resolvedOnTime: number;
  averageProcessingDays: number | null;
  complaints: number;
  ratingCount: number;
  averageRating: number | null;
  satisfiedShare: number | null;
}

export interface CaseReportData {
  year: number;
  institutionCode: string | null;
  /** Rows already read in this request, by breakdown: `rows` and `csv` of the same breakdown cost one statement. */
  cache: Map<string, Promise<CaseReportRowData[]>>;
}

/** The report's SQL: the year's roll-ups summed by the given dimensions (in that order), ordered by them. */
export function reportQuery(year: number, institutionCode: string | null, by: readonly ReportDimension[] = DEFAULT_DIMENSIONS): SQL {
  const dims = REPORT_DIMENSIONS.filter((d) => by.includes(d));
  if (!dims.includes('REGION') && !dims.includes('CLIENT_KIND') && !dims.includes('MONTH')) return yearlyReportQuery(year, institutionCode, dims);
  const t = dims.includes('REGION') || dims.includes('CLIENT_KIND') ? monthlyRollups : monthlyChannelRollups;
  const inYear = and(gte(t.month, `${year}-01`), lte(t.month, `${year}-12`));
  const where = institutionCode ? and(inYear, eq(t.institutionCode, institutionCode)) : inYear;
  return summed(t, (d) => (t as typeof monthlyRollups)[COLUMN[d]], where, dims);
}

/** Breakdowns by institution, service and channel only: the year's row of each, from the yearly channel roll-ups. */
function yearlyReportQuery(year: number, institutionCode: string | null, dims: ReportDimension[]): SQL {
  const t = yearlyChannelRollups;
  const where = institutionCode ? and(eq(t.year, String(year)), eq(t.institutionCode, institutionCode)) : eq(t.year, String(year));
  return summed(t, (d) => (t as unknown as typeof monthlyRollups)[COLUMN[d]], where, dims);
}

/** The roll-ups of `t` that match `where`, summed by the dimensions (in that order), ordered by them. */
function summed(t: typeof monthlyRollups | typeof monthlyChannelRollups | typeof yearlyChannelRollups, column: (d: ReportDimension) => unknown, where: SQL | undefined, dims: ReportDimension[]): SQL {
  const named = dims.includes('SERVICE');
  const select = [
    ...dims.map((d) => sql`${column(d)} as ${sql.identifier(ALIAS[d])}`),
    ...(named ? [sql`min(${serviceReferences.name}->>'lv') as "serviceNameLv"`, sql`min(${serviceReferences.name}->>'en') as "serviceNameEn"`] : []),
    ...ROLLUP_MEASURES.map((m) => sql`sum(${t[m]})::int as ${sql.identifier(m)}`),
  ];
  const order = dims.map((_, i) => sql.raw(String(i + 1)));
  return sql`
    select ${sql.join(select, sql`, `)}
    from ${t}${named ? sql` left join ${serviceReferences} on ${serviceReferences.code} = ${t.serviceCode}` : sql``}
    where ${where}
    ${dims.length ? sql`group by ${sql.join(order, sql`, `)} order by ${sql.join(order, sql`, `)}` : sql``}`;
}

type Raw = Measures & Partial<Record<'institutionCode' | 'serviceCode' | 'serviceNameLv' | 'serviceNameEn' | 'channel' | 'region' | 'clientKind' | 'month', string | null>>;

export function reportRows(db: Db, report: CaseReportData, by: readonly ReportDimension[] = DEFAULT_DIMENSIONS): Promise<CaseReportRowData[]> {
  const key = REPORT_DIMENSIONS.filter((d) => by.includes(d)).join(',');
  let rows = report.cache.get(key);
  if (!rows) {
    rows = rowsOf<Raw>(db.execute(reportQuery(report.year, report.institutionCode, by))).then((raw) =>
      raw.filter((r) => r.cases > 0).map((r) => {
        const f = figuresOf(r);
        return {
          institutionCode: r.institutionCode ?? null, serviceCode: r.serviceCode ?? null, serviceNameLv: r.serviceNameLv ?? null, serviceNameEn: r.serviceNameEn ?? null,
          channel: (r.channel ?? null) as CaseChannel | null, region: r.region || null, clientKind: (r.clientKind ?? null) as ClientKind | null, month: r.month ?? null,
          cases: r.cases, eventOnly: r.eventOnly, open: f.open, decided: r.decided, completed: r.completed, rejected: r.rejected, withdrawn: r.withdrawn,
          resolved: r.resolved, resolvedOnTime: r.resolvedOnTime, averageProcessingDays: f.averageProcessingDays, complaints: r.complaints,
          ratingCount: r.ratings, averageRating: f.averageRating, satisfiedShare: f.satisfiedShare,
        };
      }));
    report.cache.set(key, rows);
  }
  return rows;
}
