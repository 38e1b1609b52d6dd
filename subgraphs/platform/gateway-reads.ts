import { desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { apiKeyOperationUsage, apiKeyUsage, apiKeys, fieldUsage, registrySupergraphs } from './db/tables.ts';

/**
 * What the gateway reads from the platform's tables, and the usage it adds to them: the one door from the gateway
 * into a subgraph's database. The platform subgraph owns the tables and this module; the gateway sees only the
 * interface below, so a change of table is made here, beside the tables, and the gateway does not notice.
 *
 * Why the gateway reads the database at all rather than ask the platform subgraph: it checks an API key on every
 * request and must not depend on a subgraph being up to do so (docs/operators.md, "API keys on the server").
 */
export interface GatewayReads {
  /** The key with this prefix, as stored (the secret only as its hash), or null. */
  keyByPrefix(prefix: string): Promise<StoredKey | null>;
  /** Adds a batch of usage in one statement (replicas add concurrently; the upsert sums), and marks the keys used. */
  addUsage(entries: UsageEntry[]): Promise<void>;
  /** Adds a batch of per-operation usage in one statement (the key's owner sees it per operation). */
  addOperationUsage(entries: OperationUsageEntry[]): Promise<void>;
  /** Adds a batch of per-coordinate counts in one statement (read by the schema registry's checks). */
  addFieldUsage(entries: FieldUsageEntry[]): Promise<void>;
  /** The schema registry's newest supergraph version, or null when it holds none. */
  latestSupergraphVersion(): Promise<number | null>;
  /** The supergraph SDL of that version. */
  supergraphSdl(version: number): Promise<string | null>;
}

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
export interface OperationUsageEntry { keyId: string; day: string; operation: string; operations: number; errors: number }
export interface FieldUsageEntry { coordinate: string; day: string; application: string; operations: number }

export const gatewayReads = (db: Db): GatewayReads => new PlatformGatewayReads(db);

class PlatformGatewayReads implements GatewayReads {
  constructor(private readonly db: Db) {}

  async keyByPrefix(prefix: string): Promise<StoredKey | null> {
    const [row] = await this.db
      .select({
        id: apiKeys.id, prefix: apiKeys.prefix, secretHash: apiKeys.secretHash, ownerKind: apiKeys.ownerKind, ownerCode: apiKeys.ownerCode,
        scopes: apiKeys.scopes, tier: apiKeys.tier, persistedOnly: apiKeys.persistedOnly, expiresAt: apiKeys.expiresAt, revokedAt: apiKeys.revokedAt,
      })
      .from(apiKeys)
      .where(eq(apiKeys.prefix, prefix));
    return row ?? null;
  }

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

  async addOperationUsage(entries: OperationUsageEntry[]): Promise<void> {
    if (!entries.length) return;
    await this.db
      .insert(apiKeyOperationUsage)
      .values(entries)
      .onConflictDoUpdate({
        target: [apiKeyOperationUsage.keyId, apiKeyOperationUsage.day, apiKeyOperationUsage.operation],
        set: { operations: sql`${apiKeyOperationUsage.operations} + excluded.operations`, errors: sql`${apiKeyOperationUsage.errors} + excluded.errors` },
      });
  }

  async addFieldUsage(entries: FieldUsageEntry[]): Promise<void> {
    if (!entries.length) return;
    await this.db
      .insert(fieldUsage)
      .values(entries)
      .onConflictDoUpdate({ target: [fieldUsage.coordinate, fieldUsage.day, fieldUsage.application], set: { operations: sql`${fieldUsage.operations} + excluded.operations` } });
  }

  async latestSupergraphVersion(): Promise<number | null> {
    const [latest] = await this.db.select({ version: registrySupergraphs.version }).from(registrySupergraphs).orderBy(desc(registrySupergraphs.version)).limit(1);
    return latest?.version ?? null;
  }

  async supergraphSdl(version: number): Promise<string | null> {
    const [row] = await this.db.select({ sdl: registrySupergraphs.sdl }).from(registrySupergraphs).where(eq(registrySupergraphs.version, version));
    return row?.sdl ?? null;
  }
}
