import { eq, sql } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import type { PersonRef } from '@public-service-graph/subgraph-kit/identity';
import { parsePersonalCode } from '@public-service-graph/subgraph-kit/personal-code';
import { clients, type ClientRow } from '../db/tables.ts';
import type { PartyIdentifier } from '../domain/identifiers.ts';

/**
 * The signed-in person's profile row. A person who signs in for the first time gets one, with the name their
 * identity provider vouches for; basic data is otherwise linked from the Natural Persons Register.
 */
export async function ensurePerson(db: Db, person: PersonRef): Promise<ClientRow> {
  // The clients subgraph keeps the register by personal code: the gateway always sends it here (gateway/personal-codes.ts).
  if (!person.personalCode) throw new Error('The internal token names a person without a personal code: the clients subgraph must receive it.');
  const personalCode = person.personalCode;
  const parsed = parsePersonalCode(personalCode);
  const [row] = await db
    .insert(clients)
    .values({
      id: person.clientId,
      kind: 'PERSON',
      personalCode,
      displayName: person.name ?? personalCode,
      birthDate: 'birthDate' in parsed ? parsed.birthDate : null,
    })
    .onConflictDoUpdate({ target: clients.id, set: { updatedAt: sql`${clients.updatedAt}` } })
    .returning();
  return row;
}

/** A client by personal code or registration number; null when the graph does not know it. */
export async function findClient(db: Db, party: PartyIdentifier): Promise<ClientRow | null> {
  const column = party.kind === 'person' ? clients.personalCode : clients.registrationNumber;
  const [row] = await db.select().from(clients).where(eq(column, party.code)).limit(1);
  return row ?? null;
}

/** A client by its id (ClientSummary.id); null when the graph does not know it. */
export async function findClientById(db: Db, id: string): Promise<ClientRow | null> {
  const [row] = await db.select().from(clients).where(eq(clients.id, id)).limit(1);
  return row ?? null;
}
