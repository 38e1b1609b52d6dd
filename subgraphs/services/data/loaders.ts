import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';
import { byKey } from '../../../common/batch.ts';
import type { Db } from '../../../common/db.ts';
import { isUuid } from '../../../common/errors.ts';
import { institutions, services, type InstitutionRow, type ServiceRow } from '../db/tables.ts';

/** One set per request: every entity reference and nested list is one query per batch, never one per row. */
export const createServicesLoaders = (db: Db) => ({
  institutionById: new DataLoader<string, InstitutionRow | null>(async (ids) =>
    byKey(ids, await db.select().from(institutions).where(inArray(institutions.id, ids.filter(isUuid))), (r) => r.id)),
  institutionByCode: new DataLoader<string, InstitutionRow | null>(async (codes) =>
    byKey(codes, await db.select().from(institutions).where(inArray(institutions.code, [...codes])), (r) => r.code)),
  serviceById: new DataLoader<string, ServiceRow | null>(async (ids) =>
    byKey(ids, await db.select().from(services).where(inArray(services.id, ids.filter(isUuid))), (r) => r.id)),
  serviceByCode: new DataLoader<string, ServiceRow | null>(async (codes) =>
    byKey(codes, await db.select().from(services).where(inArray(services.code, [...codes])), (r) => r.code)),
});
