import { and, asc, desc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { apiKeys, applicationAccessRequests, applications, termsAcceptances, type AccessRequestRow, type ApiKeyRow, type ApplicationRow } from '../db/tables.ts';
import { announce } from './key-store.ts';

/** Applications, their acceptances of the terms and their access requests (subgraphs/platform/domain/applications.ts). */

export const applicationsOf = (db: Db, developer: string): Promise<ApplicationRow[]> =>
  db.select().from(applications).where(eq(applications.developer, developer)).orderBy(asc(applications.createdAt));

export async function applicationById(db: Db, id: string): Promise<ApplicationRow | null> {
  const [row] = await db.select().from(applications).where(eq(applications.id, id));
  return row ?? null;
}

export async function applicationByClientId(db: Db, clientId: string): Promise<ApplicationRow | null> {
  const [row] = await db.select().from(applications).where(eq(applications.clientId, clientId));
  return row ?? null;
}

export async function insertApplication(db: Db, values: typeof applications.$inferInsert): Promise<ApplicationRow> {
  const [row] = await db.insert(applications).values(values).returning();
  return row;
}

export async function latestAcceptance(db: Db, applicationId: string) {
  const [row] = await db.select().from(termsAcceptances).where(eq(termsAcceptances.applicationId, applicationId)).orderBy(desc(termsAcceptances.version)).limit(1);
  return row ?? null;
}

export async function acceptTerms(db: Db, applicationId: string, version: number, by: string) {
  await db.insert(termsAcceptances).values({ applicationId, version, acceptedBy: by }).onConflictDoNothing();
}

export const keysOf = (db: Db, clientId: string): Promise<ApiKeyRow[]> =>
  db.select().from(apiKeys).where(and(eq(apiKeys.ownerKind, 'APPLICATION'), eq(apiKeys.ownerCode, clientId))).orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));

const active = () => and(or(isNull(apiKeys.revokedAt), gt(apiKeys.revokedAt, sql`now()`)), gt(apiKeys.expiresAt, sql`now()`));

export async function activeKeyCount(db: Db, clientId: string): Promise<number> {
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(apiKeys).where(and(eq(apiKeys.ownerKind, 'APPLICATION'), eq(apiKeys.ownerCode, clientId), active()));
  return n;
}

export const requestsOf = (db: Db, applicationId: string): Promise<AccessRequestRow[]> =>
  db.select().from(applicationAccessRequests).where(eq(applicationAccessRequests.applicationId, applicationId)).orderBy(desc(applicationAccessRequests.requestedAt));

export const requestsByStatus = (db: Db, status: AccessRequestRow['status'] | null): Promise<AccessRequestRow[]> =>
  db.select().from(applicationAccessRequests).where(status ? eq(applicationAccessRequests.status, status) : undefined).orderBy(asc(applicationAccessRequests.requestedAt));

export async function insertRequest(db: Db, values: typeof applicationAccessRequests.$inferInsert): Promise<AccessRequestRow | null> {
  return db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const [pending] = await tx.select({ id: applicationAccessRequests.id }).from(applicationAccessRequests)
      .where(and(eq(applicationAccessRequests.applicationId, values.applicationId), eq(applicationAccessRequests.status, 'PENDING')));
    if (pending) return null;
    const [row] = await tx.insert(applicationAccessRequests).values(values).returning();
    return row;
  });
}

/**
 * Records the decision; an approval gives the application's active keys the tier and scopes, and tells the gateways
 * (their key caches) in the same transaction. Null when the request is not pending (any more).
 */
export async function decideRequest(db: Db, id: string, approve: boolean, note: string, by: string): Promise<AccessRequestRow | null> {
  return db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const [row] = await tx.update(applicationAccessRequests)
      .set({ status: approve ? 'APPROVED' : 'REJECTED', decidedAt: new Date(), decidedBy: by, note })
      .where(and(eq(applicationAccessRequests.id, id), eq(applicationAccessRequests.status, 'PENDING')))
      .returning();
    if (!row || !approve) return row ?? null;
    const [app] = await tx.select().from(applications).where(eq(applications.id, row.applicationId));
    const keys = await tx.select().from(apiKeys).where(and(eq(apiKeys.ownerKind, 'APPLICATION'), eq(apiKeys.ownerCode, app.clientId), active()));
    for (const k of keys) {
      await tx.update(apiKeys).set({ tier: row.tier, scopes: [...new Set([...k.scopes, ...row.scopes])] }).where(eq(apiKeys.id, k.id));
      await announce(tx, k.prefix);
    }
    return row;
  });
}
