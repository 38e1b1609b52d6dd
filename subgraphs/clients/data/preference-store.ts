import { sql } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { prepared } from '@public-service-graph/subgraph-kit/prepared';
import { preferences, type PreferencesRow } from '../db/tables.ts';

export const preferencesOf = (db: Db, clientIds: readonly string[]) =>
  prepared(db, 'clients.preferencesOf', () => db.select().from(preferences).where(sql`${preferences.clientId} = any(${sql.placeholder('ids')})`)).execute({ ids: [...clientIds] });

export async function savePreferences(db: Db, clientId: string, value: Pick<PreferencesRow, 'language' | 'preferredChannel' | 'notifications'>, now: Date) {
  const [row] = await db
    .insert(preferences)
    .values({ clientId, ...value, updatedAt: now })
    .onConflictDoUpdate({ target: preferences.clientId, set: { ...value, updatedAt: now } })
    .returning();
  return row;
}
