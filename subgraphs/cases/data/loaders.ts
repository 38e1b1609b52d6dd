import DataLoader from 'dataloader';
import { asc, inArray } from 'drizzle-orm';
import { byKey, groupBy } from '../../../common/batch.ts';
import type { Db } from '../../../common/db.ts';
import { isUuid } from '../../../common/errors.ts';
import { cases, statusChanges, type CaseRow, type StatusChangeRow } from '../db/tables.ts';

export const createCaseLoaders = (db: Db) => ({
  caseById: new DataLoader<string, CaseRow | null>(async (ids) =>
    byKey(ids, await db.select().from(cases).where(inArray(cases.id, ids.filter(isUuid))), (r) => r.id)),
  historyByCase: new DataLoader<string, StatusChangeRow[]>(async (ids) =>
    groupBy(ids, await db.select().from(statusChanges).where(inArray(statusChanges.caseId, ids.filter(isUuid))).orderBy(asc(statusChanges.at), asc(statusChanges.id)), (r) => r.caseId)),
});
