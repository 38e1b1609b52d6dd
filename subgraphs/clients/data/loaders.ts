import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';
import { byKey } from '../../../common/batch.ts';
import type { Db } from '../../../common/db.ts';
import { isUuid } from '../../../common/errors.ts';
import { clients, type ClientRow } from '../db/tables.ts';

export const createClientLoaders = (db: Db) => ({
  clientById: new DataLoader<string, ClientRow | null>(async (ids) =>
    byKey(ids, await db.select().from(clients).where(inArray(clients.id, ids.filter(isUuid))), (r) => r.id)),
});
