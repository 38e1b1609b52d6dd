import { and, count, desc, eq, gt, isNotNull, isNull, lte, ne, or } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { representations, type RepresentationRow } from '../db/tables.ts';
import type { PowerOfAttorneyTerms } from '../domain/representation.ts';
import { afterCursor } from './keyset.ts';

const activeAt = (now: Date) =>
  and(
    isNull(representations.revokedAt),
    lte(representations.validFrom, now),
    or(isNull(representations.validUntil), gt(representations.validUntil, now)),
    or(ne(representations.basis, 'POWER_OF_ATTORNEY'), isNotNull(representations.acceptedAt)),
  );

/** Representations where the client is the representative (`representing`) or the party (`representedBy`). */
export async function listRepresentations(db: Db, side: 'representing' | 'representedBy', clientId: string, includeInactive: boolean, after: string | null | undefined, limit: number, now: Date) {
  const filter = and(eq(side === 'representing' ? representations.representativeId : representations.partyId, clientId), includeInactive ? undefined : activeAt(now));
  const [rows, [{ total }]] = await Promise.all([
    db.select().from(representations).where(and(filter, afterCursor(representations.createdAt, representations.id, after))).orderBy(desc(representations.createdAt), desc(representations.id)).limit(limit),
    db.select({ total: count() }).from(representations).where(filter),
  ]);
  return { rows, total };
}

/** Representations of the party by the representative that hold now (several bases may hold at once). */
export const activeRepresentations = (db: Db, representativeId: string, partyId: string, now: Date): Promise<RepresentationRow[]> =>
  db.select().from(representations).where(and(eq(representations.representativeId, representativeId), eq(representations.partyId, partyId), activeAt(now)));

export async function insertPowerOfAttorney(db: Db, principalId: string, attorneyId: string, grantedBy: string, terms: PowerOfAttorneyTerms, now: Date): Promise<RepresentationRow> {
  const [row] = await db
    .insert(representations)
    .values({ basis: 'POWER_OF_ATTORNEY', representativeId: attorneyId, partyId: principalId, grantedBy, ...terms, createdAt: now })
    .returning();
  return row;
}

/** Accepts a power of attorney awaiting this attorney's acceptance; null when none does (or it has ended). */
export async function acceptPowerOfAttorney(db: Db, attorneyId: string, id: string, now: Date): Promise<RepresentationRow | null> {
  const [row] = await db
    .update(representations)
    .set({ acceptedAt: now })
    .where(and(
      eq(representations.id, id),
      eq(representations.representativeId, attorneyId),
      eq(representations.basis, 'POWER_OF_ATTORNEY'),
      isNull(representations.acceptedAt),
      isNull(representations.revokedAt),
      or(isNull(representations.validUntil), gt(representations.validUntil, now)),
    ))
    .returning();
  return row ?? null;
}

export async function findRepresentation(db: Db, id: string): Promise<RepresentationRow | null> {
  const [row] = await db.select().from(representations).where(eq(representations.id, id));
  return row ?? null;
}

/** Revokes a power of attorney of this principal that still holds or is yet to start; null when none does. */
export async function revokePowerOfAttorney(db: Db, principalId: string, id: string, now: Date): Promise<RepresentationRow | null> {
  const [row] = await db
    .update(representations)
    .set({ revokedAt: now })
    .where(and(
      eq(representations.id, id),
      eq(representations.partyId, principalId),
      eq(representations.basis, 'POWER_OF_ATTORNEY'),
      isNull(representations.revokedAt),
      or(isNull(representations.validUntil), gt(representations.validUntil, now)),
    ))
    .returning();
  return row ?? null;
}
