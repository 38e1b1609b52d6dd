import { sql } from 'drizzle-orm';
import type { Db } from '../../../common/db.ts';
import type { PersonRef } from '../../../common/identity.ts';
import { clients, type ClientRow } from '../db/tables.ts';

/**
 * The signed-in person's profile row. A person who signs in for the first time gets one, with the name their
 * identity provider vouches for; basic data is otherwise linked from the Population Register.
 */
export async function ensurePerson(db: Db, person: PersonRef): Promise<ClientRow> {
  const [row] = await db
    .insert(clients)
    .values({ id: person.clientId, kind: 'PERSON', personalCode: person.personalCode, displayName: person.name ?? person.personalCode })
    .onConflictDoUpdate({ target: clients.id, set: { updatedAt: sql`${clients.updatedAt}` } })
    .returning();
  return row;
}
