import { and, count, desc, eq, gt, isNotNull, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { API_KEY_CHANNEL, generateApiKey } from '@public-service-graph/subgraph-kit/api-key';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import type { ApiKeyStatus, NewKeyValues } from '../domain/keys.ts';
import { apiKeys, type ApiKeyOwnerKind, type ApiKeyRow } from '../db/tables.ts';

export interface KeyFilter { ownerKind?: ApiKeyOwnerKind | null; ownerCode?: string | null; status?: ApiKeyStatus | null }

const statusCondition = (status: ApiKeyStatus): SQL => {
  const now = sql`now()`;
  if (status === 'REVOKED') return and(isNotNull(apiKeys.revokedAt), lte(apiKeys.revokedAt, now))!;
  const notRevoked = or(isNull(apiKeys.revokedAt), gt(apiKeys.revokedAt, now))!;
  return and(notRevoked, status === 'ACTIVE' ? gt(apiKeys.expiresAt, now) : lte(apiKeys.expiresAt, now))!;
};

/** Keys newest first, keyset-paginated on (created_at, id). */
export async function listKeys(db: Db, filter: KeyFilter, after: [string, string] | null, limit: number) {
  const conditions: SQL[] = [];
  if (filter.ownerKind) conditions.push(eq(apiKeys.ownerKind, filter.ownerKind));
  if (filter.ownerCode) conditions.push(eq(apiKeys.ownerCode, filter.ownerCode));
  if (filter.status) conditions.push(statusCondition(filter.status));
  const where = conditions.length ? and(...conditions) : undefined;
  const page = after
    ? and(where, or(lt(apiKeys.createdAt, new Date(after[0])), and(eq(apiKeys.createdAt, new Date(after[0])), lt(apiKeys.id, after[1]))))
    : where;
  const [rows, [{ total }]] = await Promise.all([
    db.select().from(apiKeys).where(page).orderBy(desc(apiKeys.createdAt), desc(apiKeys.id)).limit(limit),
    db.select({ total: count() }).from(apiKeys).where(where),
  ]);
  return { rows: rows as ApiKeyRow[], total };
}

/** Stores a new key; returns its row and the whole key, which exists nowhere else afterwards. */
export async function insertKey(db: Db, values: NewKeyValues, createdBy: string): Promise<{ row: ApiKeyRow; secret: string }> {
  const { key, prefix, hash } = generateApiKey();
  const [row] = await db.insert(apiKeys).values({ ...values, prefix, secretHash: hash, createdBy }).returning();
  return { row, secret: key };
}

/**
 * Tells every gateway replica, in the same transaction, that a key changed: they drop it from their caches when the
 * change commits (Postgres LISTEN/NOTIFY on the platform database).
 */
const announce = (tx: Db, prefix: string) => tx.execute(sql`select pg_notify(${API_KEY_CHANNEL}, ${prefix})`);

/** Revokes a key now; a key already revoked keeps its first revocation. */
export async function revokeKey(db: Db, id: string, by: string): Promise<ApiKeyRow | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, now())`, revokedBy: sql`coalesce(${apiKeys.revokedBy}, ${by})` })
      .where(eq(apiKeys.id, id))
      .returning();
    if (row) await announce(tx as unknown as Db, row.prefix);
    return row ?? null;
  });
}

/** Replaces a key: a new key with the same owner and rights; the old one revoked, or expiring at `end.expiresAt`. */
export async function rotateKey(db: Db, old: ApiKeyRow, end: { revokedAt: Date | null; expiresAt: Date }, by: string): Promise<{ row: ApiKeyRow; previous: ApiKeyRow; secret: string }> {
  return db.transaction(async (tx) => {
    const { key, prefix, hash } = generateApiKey();
    const [row] = await tx
      .insert(apiKeys)
      .values({
        prefix, secretHash: hash, createdBy: by, name: old.name, ownerKind: old.ownerKind, ownerCode: old.ownerCode,
        scopes: old.scopes, tier: old.tier, persistedOnly: old.persistedOnly, expiresAt: old.expiresAt,
      })
      .returning();
    const [previous] = await tx
      .update(apiKeys)
      .set({ replacedBy: row.id, expiresAt: end.expiresAt, revokedAt: end.revokedAt, revokedBy: end.revokedAt ? by : null })
      .where(eq(apiKeys.id, old.id))
      .returning();
    await announce(tx as unknown as Db, old.prefix);
    return { row, previous, secret: key };
  });
}
