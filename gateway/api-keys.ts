import { API_KEY_CHANNEL, apiKeyMatches, apiKeyPrefix } from '@public-service-graph/subgraph-kit/api-key';
import type { Database } from '@public-service-graph/subgraph-kit/db';
import { unauthenticated } from '@public-service-graph/subgraph-kit/errors';
import type { Logger } from '@public-service-graph/subgraph-kit/logger';
import { gatewayReads, type GatewayReads, type StoredKey } from '../subgraphs/platform/gateway-reads.ts';
import { gatewayError } from './gateway-errors.ts';

export type VerifiedKey = Omit<StoredKey, 'secretHash'>;

interface CacheEntry { key: StoredKey | null; fetchedAt: number }

/** How long a cached row may stand in for the database when the database does not answer. */
const STALE_IF_ERROR_MS = 10 * 60_000;
const MAX_ENTRIES = 10_000;

/**
 * Verifies `X-API-Key` values against the platform's table. Rows are cached for API_KEY_CACHE_MS (a few seconds),
 * so a busy key costs one SELECT per replica per few seconds. A revocation or rotation commits with a NOTIFY that
 * every replica's listener receives, dropping the key from its cache at once; expiry is checked on every request.
 * When the listener's connection is lost, the whole cache is dropped once it is back.
 */
export class ApiKeyVerifier {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly loading = new Map<string, Promise<StoredKey | null>>();
  private unlisten: (() => Promise<void>) | null = null;

  private constructor(private readonly store: GatewayReads, private readonly ttlMs: number, private readonly log: Logger) {}

  static async start(database: Database, ttlMs: number, log: Logger): Promise<ApiKeyVerifier> {
    const verifier = new ApiKeyVerifier(gatewayReads(database.db), ttlMs, log);
    verifier.unlisten = await database.listen(API_KEY_CHANNEL, (prefix) => verifier.forget(prefix), () => verifier.cache.clear());
    return verifier;
  }

  get keyStore(): GatewayReads {
    return this.store;
  }

  /** Drops one key from the cache (the listener calls this when a key changes). */
  forget(prefix: string): void {
    this.cache.delete(prefix);
  }

  /** The key's owner and rights, or an UNAUTHENTICATED error saying what is wrong with it. */
  async verify(presented: string, now = Date.now()): Promise<VerifiedKey> {
    const prefix = apiKeyPrefix(presented);
    if (!prefix) throw unauthenticated('The X-API-Key header is not an API key of this graph: keys look like psg_<prefix>_<secret>.');
    const stored = await this.lookup(prefix, now);
    if (!stored || !apiKeyMatches(presented, stored.secretHash)) throw unauthenticated('This API key is not valid: check that it was copied whole.');
    if (stored.revokedAt && stored.revokedAt.getTime() <= now) throw unauthenticated(`The API key ${prefix} has been revoked: ask the platform's operators for a new one.`);
    if (stored.expiresAt.getTime() <= now) throw unauthenticated(`The API key ${prefix} has expired: ask the platform's operators for a new one.`);
    const { secretHash: _hash, ...key } = stored;
    return key;
  }

  private async lookup(prefix: string, now: number): Promise<StoredKey | null> {
    const hit = this.cache.get(prefix);
    if (hit && now - hit.fetchedAt < this.ttlMs) return hit.key;
    let pending = this.loading.get(prefix);
    if (!pending) {
      pending = this.store.keyByPrefix(prefix).finally(() => this.loading.delete(prefix));
      this.loading.set(prefix, pending);
    }
    try {
      const key = await pending;
      if (this.cache.size >= MAX_ENTRIES) this.cache.clear();
      this.cache.set(prefix, { key, fetchedAt: Date.now() });
      return key;
    } catch (err) {
      if (hit && now - hit.fetchedAt < STALE_IF_ERROR_MS) return hit.key;
      this.log.error({ err }, 'API keys cannot be read');
      throw gatewayError('SERVICE_UNAVAILABLE', 'API keys cannot be checked right now; try again shortly.', 503, {}, { 'retry-after': '5' });
    }
  }

  async close(): Promise<void> {
    await this.unlisten?.();
  }
}
