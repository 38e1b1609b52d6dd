/** The roll-up sums life-situation indicators are measured from (domain/situation-indicators.ts), per service and month. */
import { and, inArray, like, sql } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { monthlyChannelRollups, monthlyServiceDays } from '../db/tables.ts';
import { rowsOf } from './statistics-store.ts';

/** What one service's cases of one month add to the indicators. */
export interface ServiceMonth {
  serviceCode: string;
  month: string;
  applications: number;
  open: number;
  ratings: number;
  ratingSum: number;
  /** Applications resolved, by how many working days they took. */
  resolvedByDays: Map<number, number>;
}

/** Every service's months of a year (those with cases), in two statements for any number of services. */
export async function serviceMonths(db: Db, year: number, serviceCodes: readonly string[]): Promise<ServiceMonth[]> {
  if (!serviceCodes.length) return [];
  const r = monthlyChannelRollups, p = monthlyServiceDays;
  const [sums, days] = await Promise.all([
    rowsOf<Omit<ServiceMonth, 'resolvedByDays'>>(db.execute(sql`
      select ${r.serviceCode} as "serviceCode", ${r.month} as month,
        (sum(${r.cases}) - sum(${r.eventOnly}))::int as applications,
        (sum(${r.submitted}) + sum(${r.registered}) + sum(${r.inProgress}) + sum(${r.awaitingClient}))::int as open,
        sum(${r.ratings})::int as ratings, sum(${r.ratingSum})::int as "ratingSum"
      from ${r} where ${and(inArray(r.serviceCode, [...serviceCodes]), like(r.month, `${year}-%`))} group by 1, 2`)),
    rowsOf<{ serviceCode: string; month: string; days: number; n: number }>(db.execute(sql`
      select ${p.serviceCode} as "serviceCode", ${p.month} as month, ${p.workingDays} as days, sum(${p.cases})::int as n
      from ${p} where ${and(inArray(p.serviceCode, [...serviceCodes]), like(p.month, `${year}-%`))} group by 1, 2, 3`)),
  ]);
  return sums.map((s) => ({
    ...s,
    resolvedByDays: new Map(days.filter((d) => d.serviceCode === s.serviceCode && d.month === s.month).map((d) => [d.days, d.n])),
  }));
}
