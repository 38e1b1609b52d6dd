import { and, count, desc, eq, gt, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { consentUses, consents, type ConsentRow } from '../db/tables.ts';
import type { ConsentStatus, ConsentTerms, RecipientKind } from '../domain/consent.ts';
import { afterCursor } from './keyset.ts';

const notExpired = (now: Date) => or(isNull(consents.validUntil), gt(consents.validUntil, now));

/** SQL for the statuses of domain/consent.ts consentStatus (EXPIRED is computed from valid_until). */
function statusIs(status: ConsentStatus, now: Date): SQL | undefined {
  switch (status) {
    case 'REQUESTED':
    case 'GRANTED':
      return and(eq(consents.status, status), notExpired(now));
    case 'EXPIRED':
      return and(inArray(consents.status, ['REQUESTED', 'GRANTED']), lte(consents.validUntil, now));
    default:
      return eq(consents.status, status);
  }
}

export async function listConsents(db: Db, clientId: string, statuses: readonly ConsentStatus[] | null, after: string | null | undefined, limit: number, now: Date) {
  const filter = and(eq(consents.clientId, clientId), statuses?.length ? or(...statuses.map((s) => statusIs(s, now))) : undefined);
  const [rows, [{ total }]] = await Promise.all([
    db.select().from(consents).where(and(filter, afterCursor(consents.createdAt, consents.id, after))).orderBy(desc(consents.createdAt), desc(consents.id)).limit(limit),
    db.select({ total: count() }).from(consents).where(filter),
  ]);
  return { rows, total };
}

export async function findConsent(db: Db, clientId: string, id: string): Promise<ConsentRow | null> {
  const [row] = await db.select().from(consents).where(and(eq(consents.id, id), eq(consents.clientId, clientId)));
  return row ?? null;
}

export async function insertConsent(
  db: Db,
  clientId: string,
  terms: ConsentTerms,
  state: { status: 'REQUESTED'; requestedAt: Date } | { status: 'GRANTED'; decidedAt: Date; decidedBy: string },
  now: Date,
): Promise<ConsentRow> {
  const [row] = await db.insert(consents).values({ clientId, ...terms, ...state, createdAt: now }).returning();
  return row;
}

/**
 * Moves a consent from one stored status to another, only if it is still in the expected one (and, for
 * GRANTED/REQUESTED, not expired): of two concurrent answers one wins. Null when nothing changed.
 */
export async function transition(
  db: Db,
  clientId: string,
  id: string,
  from: 'REQUESTED' | 'GRANTED',
  set: Partial<Pick<ConsentRow, 'status' | 'decidedAt' | 'decidedBy' | 'revokedAt'>>,
  now: Date,
): Promise<ConsentRow | null> {
  const [row] = await db
    .update(consents)
    .set(set)
    .where(and(eq(consents.id, id), eq(consents.clientId, clientId), eq(consents.status, from), notExpired(now)))
    .returning();
  return row ?? null;
}

/** Consents that hold now for a recipient. */
export async function holdingConsents(db: Db, clientId: string, recipientKind: RecipientKind, recipientId: string | null, now: Date): Promise<ConsentRow[]> {
  return db
    .select()
    .from(consents)
    .where(and(
      eq(consents.clientId, clientId),
      eq(consents.recipientKind, recipientKind),
      recipientId === null ? isNull(consents.recipientId) : eq(consents.recipientId, recipientId),
      eq(consents.status, 'GRANTED'),
      lte(consents.validFrom, now),
      notExpired(now),
    ));
}

/** Of the given clients, those with a consent holding now that has the scope (to any recipient). */
export async function clientsWithHoldingScope(db: Db, clientIds: readonly string[], scope: string, now: Date): Promise<string[]> {
  const rows = await db
    .selectDistinct({ clientId: consents.clientId })
    .from(consents)
    .where(and(inArray(consents.clientId, [...clientIds]), eq(consents.status, 'GRANTED'), lte(consents.validFrom, now), notExpired(now), sql`${scope} = any(${consents.scopes})`));
  return rows.map((r) => r.clientId);
}

export async function recordUses(db: Db, consentIds: readonly string[], operation: string, now: Date): Promise<void> {
  if (consentIds.length) await db.insert(consentUses).values(consentIds.map((consentId) => ({ consentId, operation, at: now })));
}

/** The first `limit` uses of each consent, newest first, in one statement. */
export async function firstUses(db: Db, consentIds: readonly string[], limit: number) {
  const ranked = db
    .select({
      id: consentUses.id,
      consentId: consentUses.consentId,
      at: consentUses.at,
      operation: consentUses.operation,
      rank: sql<number>`row_number() over (partition by ${consentUses.consentId} order by ${consentUses.at} desc, ${consentUses.id} desc)`.as('rank'),
    })
    .from(consentUses)
    .where(inArray(consentUses.consentId, [...consentIds]))
    .as('ranked');
  return db.select().from(ranked).where(lte(ranked.rank, limit)).orderBy(desc(ranked.at), desc(ranked.id));
}

/** Uses of one consent after a cursor (later pages). */
export const usesAfter = (db: Db, consentId: string, after: string, limit: number) =>
  db.select().from(consentUses).where(and(eq(consentUses.consentId, consentId), afterCursor(consentUses.at, consentUses.id, after))).orderBy(desc(consentUses.at), desc(consentUses.id)).limit(limit);

export const useCounts = (db: Db, consentIds: readonly string[]) =>
  db.select({ consentId: consentUses.consentId, n: count() }).from(consentUses).where(inArray(consentUses.consentId, [...consentIds])).groupBy(consentUses.consentId);
