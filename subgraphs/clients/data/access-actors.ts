import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { consents, type ClientRow } from '../db/tables.ts';
import type { AccessEventView } from '../domain/access-log.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The access log in words a person recognises. Other subgraphs record a representative by client id (they know no
 * names) and an application's read without a purpose (the person's consent is the purpose, and it lives here):
 * a representative is shown by their display name, an application's read with the purpose of the person's consent
 * to it ("consent: …"). One statement for the page's consents; names through the request's loader.
 */
export async function recognisableActors(db: Db, clientById: { load(id: string): Promise<ClientRow | null> }, clientId: string, rows: AccessEventView[]): Promise<AccessEventView[]> {
  const people = await Promise.all(rows.map((r) => (r.actorKind === 'PERSON' && UUID.test(r.actor) ? clientById.load(r.actor) : null)));
  const apps = [...new Set(rows.filter((r) => r.actorKind === 'APPLICATION' && !r.purpose).map((r) => r.actor))];
  const granted = apps.length
    ? await db
        .select({ recipientId: consents.recipientId, purpose: consents.purpose, validFrom: consents.validFrom })
        .from(consents)
        .where(and(eq(consents.clientId, clientId), eq(consents.recipientKind, 'APPLICATION'), inArray(consents.recipientId, apps)))
        .orderBy(desc(consents.validFrom))
    : [];
  return rows.map((r, i) => {
    const person = people[i];
    if (person) return { ...r, actor: person.displayName };
    if (r.actorKind !== 'APPLICATION' || r.purpose) return r;
    // The consent in force at the read: the newest that had started by then.
    const consent = granted.find((c) => c.recipientId === r.actor && c.validFrom <= r.at);
    return consent ? { ...r, purpose: `consent: ${consent.purpose}` } : r;
  });
}
