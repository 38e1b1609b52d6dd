import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../common/db.ts';
import { apiKeyUsage, apiKeys, fieldUsage } from '../subgraphs/platform/db/tables.ts';

/**
 * The gateway's half of the platform's tables (the platform subgraph owns them and writes the keys): it reads a key
 * by prefix to verify it, and adds usage (per key, and per schema coordinate) in batches. This is the one place outside a subgraph folder that reads a
 * subgraph's tables; README, "Access", says why.
 */
export interface StoredKey {
  id: string;
  prefix: string;
  secretHash: string;
  ownerKind: 'APPLICATION' | 'INSTITUTION';
  ownerCode: string;
  scopes: string[];
  tier: 'FREE' | 'STANDARD' | 'PARTNER' | 'INTERNAL';
  persistedOnly: boolean;
  expiresAt: Date;
  revokedAt: Date | null;
}

export interface UsageEntry { keyId: string; day: string; operations: number; cost: number; errors: number }
export interface FieldUsageEntry { coordinate: string; day: string; application: string; operations: number }

export class ApiKeyStore {
  constructor(private readonly db: Db) {}

  async byPrefix(prefix: string): Promise<StoredKey | null> {
    const [row] = await this.db
      .select({
        id: apiKeys.id, prefix: apiKeys.prefix, secretHash: apiKeys.secretHash, ownerKind: apiKeys.ownerKind, ownerCode: apiKeys.ownerCode,
        scopes: apiKeys.scopes, tier: apiKeys.tier, persistedOnly: apiKeys.persistedOnly, expiresAt: apiKeys.expiresAt, revokedAt: apiKeys.revokedAt,
      })
      .from(apiKeys)
      .where(eq(apiKeys.prefix, prefix));
    return row ?? null;
  }

  /** Adds a batch of usage in one statement (replicas add concurrently; the upsert sums), and marks the keys used. */
  async addUsage(entries: UsageEntry[]): Promise<void> {
    if (!entries.length) return;
    await this.db
      .insert(apiKeyUsage)
      .values(entries)
      .onConflictDoUpdate({
        target: [apiKeyUsage.keyId, apiKeyUsage.day],
        set: {
          operations: sql`${apiKeyUsage.operations} + excluded.operations`,
          cost: sql`${apiKeyUsage.cost} + excluded.cost`,
          errors: sql`${apiKeyUsage.errors} + excluded.errors`,
        },
      });
    await this.db.update(apiKeys).set({ lastUsedAt: sql`now()` }).where(inArray(apiKeys.id, [...new Set(entries.map((e) => e.keyId))]));
  }

  /** Adds a batch of per-coordinate counts in one statement (read by the schema registry's checks). */
  async addFieldUsage(entries: FieldUsageEntry[]): Promise<void> {
    if (!entries.length) return;
    await this.db
      .insert(fieldUsage)
      .values(entries)
      .onConflictDoUpdate({ target: [fieldUsage.coordinate, fieldUsage.day, fieldUsage.application], set: { operations: sql`${fieldUsage.operations} + excluded.operations` } });
  }
}
