import { and, count, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../../common/db.ts';
import { cases, type CaseRow } from '../db/tables.ts';

/** A client's cases, newest first, keyset-paginated on (submitted_at, id). */
export async function listClientCases(db: Db, clientId: string, after: [string, string] | null, limit: number) {
  const where: SQL = eq(cases.clientId, clientId);
  const page = after
    ? and(where, or(lt(cases.submittedAt, new Date(after[0])), and(eq(cases.submittedAt, new Date(after[0])), lt(cases.id, after[1]))))
    : where;
  const [rows, [{ total }]] = await Promise.all([
    db.select().from(cases).where(page).orderBy(desc(cases.submittedAt), desc(cases.id)).limit(limit),
    db.select({ total: count() }).from(cases).where(where),
  ]);
  return { rows: rows as CaseRow[], total };
}
