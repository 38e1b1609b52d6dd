/** Reported indicator values (with provenance) and the roll-up sums the KPIs are measured from. */
import { and, eq, inArray, like, sql } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { monthlyChannelRollups, reportedIndicators, type ReportedIndicatorRow } from '../db/tables.ts';
import { ROLLUP_MEASURES, type Measures } from '../domain/rollup.ts';
import { rowsOf } from './statistics-store.ts';

/** Stores a reported value; a value reported before for the same institution, indicator, subject and period is replaced. */
export async function storeReported(db: Db, row: Omit<ReportedIndicatorRow, 'reportedAt'>): Promise<ReportedIndicatorRow> {
  const [stored] = await db
    .insert(reportedIndicators)
    .values(row)
    .onConflictDoUpdate({
      target: [reportedIndicators.institutionCode, reportedIndicators.indicator, reportedIndicators.subject, reportedIndicators.period],
      set: { value: row.value, source: row.source, reportedBy: row.reportedBy, reportedAt: new Date() },
    })
    .returning();
  return stored;
}

export async function reportedValues(db: Db, institutionCode: string, indicators: string[], period: string): Promise<ReportedIndicatorRow[]> {
  return db.select().from(reportedIndicators).where(and(eq(reportedIndicators.institutionCode, institutionCode), inArray(reportedIndicators.indicator, indicators), eq(reportedIndicators.period, period)));
}

/** The reported unit cost of a service in a year (by whichever institution holds it; the holder reports it). */
export async function reportedUnitCost(db: Db, serviceCode: string, year: number): Promise<ReportedIndicatorRow | null> {
  const [row] = await db.select().from(reportedIndicators).where(and(eq(reportedIndicators.indicator, 'UNIT_COST'), eq(reportedIndicators.subject, serviceCode), eq(reportedIndicators.period, String(year))));
  return row ?? null;
}

const sums = ROLLUP_MEASURES.map((m) => sql`coalesce(sum(${monthlyChannelRollups[m]}), 0)::int as ${sql.identifier(m)}`);

/** The channel roll-ups of one month (of one institution, or all) summed per application channel. */
export async function measuresByChannel(db: Db, month: string, institutionCode: string | null): Promise<Map<string, Measures>> {
  const where = institutionCode ? and(eq(monthlyChannelRollups.month, month), eq(monthlyChannelRollups.institutionCode, institutionCode)) : eq(monthlyChannelRollups.month, month);
  const rows = await rowsOf<Measures & { channel: string }>(db.execute(sql`select ${monthlyChannelRollups.channel} as channel, ${sql.join(sums, sql`, `)} from ${monthlyChannelRollups} where ${where} group by 1`));
  return new Map(rows.map((r) => [r.channel, r]));
}

/** Cases of a service submitted in a year, from the roll-ups. */
export async function casesInYear(db: Db, serviceCode: string, year: number): Promise<number> {
  const [row] = await db.select({ n: sql<number>`coalesce(sum(${monthlyChannelRollups.cases}), 0)::int` }).from(monthlyChannelRollups).where(and(eq(monthlyChannelRollups.serviceCode, serviceCode), like(monthlyChannelRollups.month, `${year}-%`)));
  return Number(row?.n ?? 0);
}
