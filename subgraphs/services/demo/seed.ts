import { inArray } from 'drizzle-orm';
import type { Db } from '../../../common/db.ts';
import { institutions, services } from '../db/tables.ts';
import { DEMO_INSTITUTIONS, DEMO_SERVICES } from './catalogue.ts';

/** Loads the demo catalogue; rows that exist already (by code) are left as they are. */
export async function seedServices(db: Db): Promise<void> {
  await db.insert(institutions).values(DEMO_INSTITUTIONS).onConflictDoNothing({ target: institutions.code });
  const holders = await db.select({ id: institutions.id, code: institutions.code }).from(institutions).where(inArray(institutions.code, DEMO_INSTITUTIONS.map((i) => i.code)));
  const holderId = new Map(holders.map((h) => [h.code, h.id]));
  await db
    .insert(services)
    .values(DEMO_SERVICES.map(({ holder, workingDays, ...service }) => ({ ...service, holderId: holderId.get(holder)!, processingWorkingDays: workingDays ?? true, status: 'PUBLISHED' as const })))
    .onConflictDoNothing({ target: services.code });
}
