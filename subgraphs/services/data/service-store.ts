import { and, asc, count, eq, gt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../common/db.ts';
import { institutions, services, type InstitutionRow, type ServiceRow } from '../db/tables.ts';

export interface ServiceListFilter {
  holderId?: string;
  audience?: 'PERSON' | 'BUSINESS' | 'INSTITUTION';
}

/** Published services after `afterCode` in code order; `limit` rows, and the number that match in all. */
export async function listPublishedServices(db: Db, filter: ServiceListFilter, afterCode: string | null, limit: number) {
  const conditions: SQL[] = [eq(services.status, 'PUBLISHED')];
  if (filter.holderId) conditions.push(eq(services.holderId, filter.holderId));
  if (filter.audience) conditions.push(sql`${filter.audience} = any(${services.audiences})`);
  const where = and(...conditions);
  const [rows, [{ total }]] = await Promise.all([
    db.select().from(services).where(afterCode ? and(where, gt(services.code, afterCode)) : where).orderBy(asc(services.code)).limit(limit),
    db.select({ total: count() }).from(services).where(where),
  ]);
  return { rows: rows as ServiceRow[], total };
}

export async function listInstitutions(db: Db, afterCode: string | null, limit: number) {
  const [rows, [{ total }]] = await Promise.all([
    db.select().from(institutions).where(afterCode ? gt(institutions.code, afterCode) : undefined).orderBy(asc(institutions.code)).limit(limit),
    db.select({ total: count() }).from(institutions),
  ]);
  return { rows: rows as InstitutionRow[], total };
}
