import { and, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { cases, type CaseChannel, type CaseStatus } from '../db/tables.ts';

export interface ServiceStatistics {
  serviceCode: string;
  from: Date;
  to: Date;
  total: number;
  eventOnly: number;
  byStatus: { status: CaseStatus; count: number }[];
  byChannel: { channel: CaseChannel; count: number }[];
  byMonth: { period: string; count: number }[];
  medianProcessingDays: number | null;
  p90ProcessingDays: number | null;
  resolvedOnTimeShare: number | null;
  averageRating: number | null;
  ratingCount: number;
  complaints: number;
}

const rowsOf = async <T>(query: Promise<unknown>): Promise<T[]> => ((await query) as { rows: T[] }).rows;

/** Latvian-time expressions shared by the statistics and the report. */
const resolvedOnTime = sql`(${cases.resolvedAt} at time zone 'Europe/Riga')::date <= ${cases.dueOn}`;

/**
 * The statistics SQL for several services over one period: the matching cases are read once (one index range per
 * service), then counted by service, by status, by channel and by month; percentiles only per service.
 */
export function statisticsQuery(codes: readonly string[], from: Date, to: Date): SQL {
  const where = and(inArray(cases.serviceCode, [...codes]), gte(cases.submittedAt, from), lt(cases.submittedAt, to));
  return sql`
    with c as materialized (
      select ${cases.serviceCode} as service_code, ${cases.status} as status, ${cases.applicationChannel} as channel,
        to_char(${cases.submittedAt} at time zone 'Europe/Riga', 'YYYY-MM') as month,
        ${cases.kind} = 'EVENT_ONLY' as event_only, ${cases.rating} as rating, ${cases.complaintCount} as complaints,
        case when ${cases.kind} = 'APPLICATION' and ${cases.resolvedAt} is not null
          then extract(epoch from ${cases.resolvedAt} - ${cases.submittedAt}) / 86400 end as processing_days,
        case when ${cases.kind} = 'APPLICATION' and ${cases.resolvedAt} is not null and ${cases.dueOn} is not null
          then ${resolvedOnTime} end as on_time
      from ${cases} where ${where}
    )
    select 'total' as dimension, service_code, null as key, count(*)::int as n,
      count(*) filter (where event_only)::int as event_only,
      percentile_cont(0.5) within group (order by processing_days)::float8 as median,
      percentile_cont(0.9) within group (order by processing_days)::float8 as p90,
      (count(*) filter (where on_time)::float8 / nullif(count(on_time), 0))::float8 as on_time_share,
      avg(rating)::float8 as average_rating, count(rating)::int as rating_count, coalesce(sum(complaints), 0)::int as complaints
    from c group by service_code
    union all select 'status', service_code, status, count(*)::int, null, null, null, null, null, null, null from c group by service_code, status
    union all select 'channel', service_code, channel, count(*)::int, null, null, null, null, null, null, null from c group by service_code, channel
    union all select 'month', service_code, month, count(*)::int, null, null, null, null, null, null, null from c group by service_code, month
  `;
}

interface StatisticsRow {
  dimension: 'total' | 'status' | 'channel' | 'month';
  service_code: string;
  key: string | null;
  n: number;
  event_only: number | null;
  median: number | null;
  p90: number | null;
  on_time_share: number | null;
  average_rating: number | null;
  rating_count: number | null;
  complaints: number | null;
}

const empty = (serviceCode: string, from: Date, to: Date): ServiceStatistics => ({
  serviceCode, from, to, total: 0, eventOnly: 0, byStatus: [], byChannel: [], byMonth: [],
  medianProcessingDays: null, p90ProcessingDays: null, resolvedOnTimeShare: null, averageRating: null, ratingCount: 0, complaints: 0,
});

/** Statistics of each service in `codes`, in that order, from one query. */
export async function serviceStatistics(db: Db, codes: readonly string[], from: Date, to: Date): Promise<ServiceStatistics[]> {
  const byCode = new Map(codes.map((c) => [c, empty(c, from, to)]));
  for (const r of await rowsOf<StatisticsRow>(db.execute(statisticsQuery(codes, from, to)))) {
    const s = byCode.get(r.service_code)!;
    if (r.dimension === 'total')
      Object.assign(s, {
        total: r.n, eventOnly: r.event_only ?? 0, medianProcessingDays: r.median, p90ProcessingDays: r.p90, resolvedOnTimeShare: r.on_time_share,
        averageRating: r.average_rating, ratingCount: r.rating_count ?? 0, complaints: r.complaints ?? 0,
      });
    else if (r.dimension === 'status') s.byStatus.push({ status: r.key as CaseStatus, count: r.n });
    else if (r.dimension === 'channel') s.byChannel.push({ channel: r.key as CaseChannel, count: r.n });
    else s.byMonth.push({ period: r.key!, count: r.n });
  }
  for (const s of byCode.values()) {
    s.byStatus.sort((a, b) => b.count - a.count || a.status.localeCompare(b.status));
    s.byChannel.sort((a, b) => b.count - a.count || a.channel.localeCompare(b.channel));
    s.byMonth.sort((a, b) => a.period.localeCompare(b.period));
  }
  return codes.map((c) => byCode.get(c)!);
}

export interface CaseReportRowData {
  institutionCode: string;
  serviceCode: string;
  channel: CaseChannel;
  cases: number;
  eventOnly: number;
  completed: number;
  rejected: number;
  withdrawn: number;
  open: number;
  resolvedOnTime: number;
  complaints: number;
  averageRating: number | null;
}

export interface CaseReportData {
  year: number;
  institutionCode: string | null;
  rows: CaseReportRowData[];
}

/** 1 January 00:00 in Latvia (always winter time, UTC+2). */
export const yearStart = (year: number): Date => new Date(`${String(year).padStart(4, '0')}-01-01T00:00:00+02:00`);

/** The yearly report's SQL: cases submitted in the year per institution, service and channel. */
export function reportQuery(year: number, institutionCode: string | null) {
  const inYear = and(gte(cases.submittedAt, yearStart(year)), lt(cases.submittedAt, yearStart(year + 1)));
  return sql`
    select ${cases.institutionCode} as "institutionCode", ${cases.serviceCode} as "serviceCode", ${cases.applicationChannel} as channel,
      count(*)::int as cases,
      count(*) filter (where ${cases.kind} = 'EVENT_ONLY')::int as "eventOnly",
      count(*) filter (where ${cases.status} = 'COMPLETED')::int as completed,
      count(*) filter (where ${cases.status} = 'REJECTED')::int as rejected,
      count(*) filter (where ${cases.status} = 'WITHDRAWN')::int as withdrawn,
      count(*) filter (where ${cases.status} not in ('COMPLETED', 'REJECTED', 'WITHDRAWN'))::int as open,
      count(*) filter (where ${cases.kind} = 'APPLICATION' and ${cases.resolvedAt} is not null and ${resolvedOnTime})::int as "resolvedOnTime",
      coalesce(sum(${cases.complaintCount}), 0)::int as complaints,
      avg(${cases.rating})::float8 as "averageRating"
    from ${cases}
    where ${institutionCode ? and(inYear, eq(cases.institutionCode, institutionCode)) : inYear}
    group by 1, 2, 3 order by 1, 2, 3`;
}

export async function yearReport(db: Db, year: number, institutionCode: string | null): Promise<CaseReportData> {
  return { year, institutionCode, rows: await rowsOf<CaseReportRowData>(db.execute(reportQuery(year, institutionCode))) };
}
