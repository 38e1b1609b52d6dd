import { and, asc, count, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { contacts, type ContactRow } from '../db/tables.ts';
import { MAX_CONTACTS, type ContactKind } from '../domain/contacts.ts';

export const contactsOf = (db: Db, clientIds: readonly string[]) =>
  db.select().from(contacts).where(inArray(contacts.clientId, [...clientIds])).orderBy(asc(contacts.createdAt), asc(contacts.id));

/** Other contacts of the same kind give up the topics this one becomes preferred for. */
async function takeTopics(tx: Db, clientId: string, kind: ContactKind, exceptId: string | null, topics: readonly string[]) {
  if (!topics.length) return;
  const others = and(eq(contacts.clientId, clientId), eq(contacts.kind, kind), exceptId ? ne(contacts.id, exceptId) : undefined);
  let remaining = sql`${contacts.preferredFor}`;
  for (const topic of topics) remaining = sql`array_remove(${remaining}, ${topic})`;
  await tx.update(contacts).set({ preferredFor: remaining }).where(others);
}

export type AddContactResult = { contact: ContactRow } | { duplicateOf: string } | { limitReached: true };

export async function addContact(db: Db, clientId: string, kind: ContactKind, value: string, preferredFor: string[], now: Date): Promise<AddContactResult> {
  return db.transaction(async (tx) => {
    // Serializes concurrent additions for one client, so the limit holds.
    await tx.execute(sql`select 1 from clients.clients where id = ${clientId} for update`);
    const [existing] = await tx.select({ id: contacts.id }).from(contacts).where(and(eq(contacts.clientId, clientId), eq(contacts.kind, kind), eq(contacts.value, value)));
    if (existing) return { duplicateOf: existing.id };
    const [{ n }] = await tx.select({ n: count() }).from(contacts).where(eq(contacts.clientId, clientId));
    if (n >= MAX_CONTACTS) return { limitReached: true as const };
    await takeTopics(tx as unknown as Db, clientId, kind, null, preferredFor);
    const [contact] = await tx.insert(contacts).values({ clientId, kind, value, preferredFor, createdAt: now }).returning();
    return { contact };
  });
}

/** Null when the client has no contact with that id. */
export async function setPreferredFor(db: Db, clientId: string, id: string, preferredFor: string[]): Promise<ContactRow | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(contacts).where(and(eq(contacts.id, id), eq(contacts.clientId, clientId)));
    if (!row) return null;
    await takeTopics(tx as unknown as Db, clientId, row.kind, id, preferredFor);
    const [updated] = await tx.update(contacts).set({ preferredFor }).where(eq(contacts.id, id)).returning();
    return updated;
  });
}

export async function removeContact(db: Db, clientId: string, id: string): Promise<boolean> {
  const removed = await db.delete(contacts).where(and(eq(contacts.id, id), eq(contacts.clientId, clientId))).returning({ id: contacts.id });
  return removed.length > 0;
}
