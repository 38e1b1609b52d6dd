import { and, count, desc, eq, gte, inArray, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { prepared } from '@public-service-graph/subgraph-kit/prepared';
import { calendarDays, cases, type CaseRow, type CaseStatus } from '../db/tables.ts';

/** Filters of a list of cases; every given condition must hold. */
export interface CaseListFilter {
  clientId?: string;
  institutionCode?: string | null;
  reference?: string | null;
  statuses?: readonly CaseStatus[] | null;
  serviceCode?: string | null;
  submittedFrom?: Date | null;
  submittedTo?: Date | null;
  /** Compared with this Latvian date: due before it, unresolved and not withdrawn. */
  overdue?: { value: boolean; today: string } | null;
}

function conditions(f: CaseListFilter): SQL | undefined {
  const where: (SQL | undefined)[] = [];
  if (f.clientId) where.push(eq(cases.clientId, f.clientId));
  if (f.institutionCode) where.push(eq(cases.institutionCode, f.institutionCode));
  if (f.reference) where.push(eq(cases.reference, f.reference));
  if (f.statuses?.length) where.push(inArray(cases.status, [...f.statuses]));
  if (f.serviceCode) where.push(eq(cases.serviceCode, f.serviceCode));
  if (f.submittedFrom) where.push(gte(cases.submittedAt, f.submittedFrom));
  if (f.submittedTo) where.push(lt(cases.submittedAt, f.submittedTo));
  if (f.overdue) {
    const overdue = and(lt(cases.dueOn, f.overdue.today), isNull(cases.resolvedAt), ne(cases.status, 'WITHDRAWN'));
    where.push(f.overdue.value ? overdue : sql`not coalesce(${overdue}, false)`);
  }
  return and(...where);
}

const newestFirst = () => [desc(cases.submittedAt), desc(cases.id)];

/** The query for one page of cases, newest submission first, keyset-paginated on (submitted_at, id). */
export function casePageQuery(db: Db, filter: CaseListFilter, after: [string, string] | null, limit: number) {
  const where = conditions(filter);
  const page = after
    ? and(where, or(lt(cases.submittedAt, new Date(after[0])), and(eq(cases.submittedAt, new Date(after[0])), lt(cases.id, after[1]))))
    : where;
  return db.select().from(cases).where(page).orderBy(...newestFirst()).limit(limit);
}

/** The query counting the cases a filter matches. */
export const caseCountQuery = (db: Db, filter: CaseListFilter) => db.select({ total: count() }).from(cases).where(conditions(filter));

/** One page of cases (`limit` rows) and how many match in all. */
export async function listCases(db: Db, filter: CaseListFilter, after: [string, string] | null, limit: number) {
  if (!after) {
    // The first page, the one most asked for (a person's overview): its rows and the total in one statement, a
    // window count over the matching rows before the limit, as the services subgraph's first page.
    const firstPage = (where: SQL | undefined, lim: number | ReturnType<typeof sql.placeholder>) =>
      db.select({ row: cases, total: sql<number>`count(*) over ()`.mapWith(Number) }).from(cases).where(where).orderBy(...newestFirst()).limit(lim as number);
    // A client's own list, by far the most read, is built once (kit prepared.ts); other filters vary too much.
    const onlyClient = Object.entries(filter).every(([k, v]) => k === 'clientId' || v == null || (Array.isArray(v) && !v.length));
    const page = filter.clientId && onlyClient
      ? await prepared(db, 'cases.clientFirstPage', () => firstPage(sql`${cases.clientId} = ${sql.placeholder('clientId')}`, sql.placeholder('limit'))).execute({ clientId: filter.clientId, limit })
      : await firstPage(conditions(filter), limit);
    if (page.length) return { rows: page.map((p) => p.row as CaseRow), total: page[0].total };
  }
  const [rows, [{ total }]] = await Promise.all([casePageQuery(db, filter, after, limit), caseCountQuery(db, filter)]);
  return { rows: rows as CaseRow[], total };
}

export const caseCursor = (row: CaseRow): [string, string] => [row.submittedAt.toISOString(), row.id];

/** Per client: codes of the services with a COMPLETED case (event-only deliveries are COMPLETED). */
export async function completedServiceCodes(db: Db, clientIds: readonly string[]): Promise<{ clientId: string; serviceCode: string }[]> {
  return db
    .selectDistinct({ clientId: cases.clientId, serviceCode: cases.serviceCode })
    .from(cases)
    .where(and(inArray(cases.clientId, [...clientIds]), eq(cases.status, 'COMPLETED')))
    .orderBy(cases.clientId, cases.serviceCode);
}

/** Days operators recorded over the built-in calendar: day → working. */
export async function calendarOverrides(db: Db): Promise<Map<string, boolean>> {
  const rows = await db.select({ day: calendarDays.day, working: calendarDays.working }).from(calendarDays);
  return new Map(rows.map((r) => [r.day, r.working]));
}

export async function setCalendarDay(db: Db, day: string, working: boolean | null, source: string | null): Promise<void> {
  if (working === null) {
    await db.delete(calendarDays).where(eq(calendarDays.day, day));
    return;
  }
  await db
    .insert(calendarDays)
    .values({ day, working, source: source ?? '' })
    .onConflictDoUpdate({ target: calendarDays.day, set: { working, source: source ?? '', updatedAt: new Date() } });
}
