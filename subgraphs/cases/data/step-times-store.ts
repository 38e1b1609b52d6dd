/** The status changes time per step is computed from (domain/step-times.ts). */
import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { caseEvents, cases } from '../db/tables.ts';
import type { StatusChange } from '../domain/step-times.ts';

/** Status changes of the services' applications submitted in [from, to), by case and time: one statement. */
export async function statusChangesOf(db: Db, serviceCodes: readonly string[], from: Date, to: Date): Promise<(StatusChange & { serviceCode: string })[]> {
  const rows = await db
    .select({ serviceCode: cases.serviceCode, caseId: caseEvents.caseId, status: caseEvents.status, at: caseEvents.at })
    .from(caseEvents)
    .innerJoin(cases, eq(cases.id, caseEvents.caseId))
    .where(and(inArray(cases.serviceCode, [...serviceCodes]), eq(cases.kind, 'APPLICATION'), gte(cases.submittedAt, from), lt(cases.submittedAt, to), eq(caseEvents.type, 'STATUS_CHANGE')))
    .orderBy(asc(caseEvents.caseId), asc(caseEvents.at), asc(caseEvents.id));
  return rows.flatMap((r) => (r.status ? [{ ...r, status: r.status }] : []));
}
