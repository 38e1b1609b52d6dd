import { inArray } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { preferences, type PreferencesRow } from '../db/tables.ts';

export const preferencesOf = (db: Db, clientIds: readonly string[]) => db.select().from(preferences).where(inArray(preferences.clientId, [...clientIds]));

export async function savePreferences(db: Db, clientId: string, value: Pick<PreferencesRow, 'language' | 'preferredChannel' | 'notifications'>, now: Date) {
  const [row] = await db
    .insert(preferences)
    .values({ clientId, ...value, updatedAt: now })
    .onConflictDoUpdate({ target: preferences.clientId, set: { ...value, updatedAt: now } })
    .returning();
  return row;
}
