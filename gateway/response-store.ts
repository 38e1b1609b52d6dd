import { Redis } from 'ioredis';

/** Where the response cache keeps answers: Redis when REDIS_URL is set (shared, off the heap), memory otherwise. */
export interface ResponseStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  close(): Promise<void>;
}

/** In the process: at most `maxEntries` answers, the oldest dropped first; expired ones dropped when read. */
export class MemoryResponseStore implements ResponseStore {
  private readonly entries = new Map<string, { value: string; expires: number }>();

  constructor(private readonly maxEntries = 5000) {}

  async get(key: string): Promise<string | null> {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expires > Date.now()) return entry.value;
    this.entries.delete(key);
    return null;
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    this.entries.delete(key);
    this.entries.set(key, { value, expires: Date.now() + ttlSeconds * 1000 });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  async close(): Promise<void> {
    this.entries.clear();
  }
}

export class RedisResponseStore implements ResponseStore {
  private constructor(private readonly redis: Redis, private readonly prefix: string) {}

  static async connect(url: string, prefix: string): Promise<RedisResponseStore> {
    const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false, commandTimeout: 500 });
    await redis.connect();
    return new RedisResponseStore(redis, prefix);
  }

  get(key: string): Promise<string | null> {
    return this.redis.get(this.prefix + key);
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    await this.redis.set(this.prefix + key, value, 'EX', ttlSeconds);
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}
