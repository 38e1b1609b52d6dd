import { Redis } from 'ioredis';
import type { Logger } from '@public-service-graph/subgraph-kit/logger';

/**
 * Rate limits by query cost: a token bucket per caller that holds one minute's allowance and refills continuously.
 * A request takes its cost (gateway/operation-facts.ts) from its bucket; when the bucket holds less, the request is refused with
 * 429 and Retry-After (the seconds until the bucket holds enough).
 *
 * Buckets: one per API key (its tier), one per client IP for anonymous callers, one per token subject for callers
 * with a bearer token and no key (operators in a class of their own, so that their scripts do not starve). With REDIS_URL the buckets live in Redis and every gateway replica shares them
 * (one atomic script per request); without it they live in this process's memory.
 */
export const RATE_CLASSES = ['anonymous', 'token', 'operator', 'FREE', 'STANDARD', 'PARTNER', 'INTERNAL', 'authFailures'] as const;
export type RateClass = (typeof RATE_CLASSES)[number];

/** Cost points per minute. */
export const DEFAULT_RATE_LIMITS: Record<RateClass, number> = {
  anonymous: 10_000,
  token: 30_000,
  operator: 1_000_000,
  FREE: 20_000,
  STANDARD: 100_000,
  PARTNER: 500_000,
  INTERNAL: 5_000_000,
  // Not cost points: failed authentications per client IP (gateway/auth-failures.ts).
  authFailures: 60,
};

/** RATE_LIMITS, e.g. "anonymous=6000,FREE=20000", over the defaults; unknown names are an error. */
export function parseRateLimits(spec: string): Record<RateClass, number> {
  const limits = { ...DEFAULT_RATE_LIMITS };
  for (const pair of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [name, value] = pair.split('=').map((s) => s.trim());
    if (!(RATE_CLASSES as readonly string[]).includes(name)) throw new Error(`RATE_LIMITS: unknown class "${name}"; known: ${RATE_CLASSES.join(', ')}`);
    limits[name as RateClass] = Number(value);
  }
  return limits;
}

export interface Decision {
  allowed: boolean;
  /** The bucket's size: points per minute. */
  limit: number;
  /** Points left after this request. */
  remaining: number;
  /** When refused: whole seconds until the request would fit. */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  /** Takes `cost` points from `bucket`, whose allowance is `perMinute`. */
  take(bucket: string, cost: number, perMinute: number): Promise<Decision>;
  close(): Promise<void>;
}

export interface BucketState { tokens: number; at: number }

/**
 * The token bucket, as a pure function (the Redis script below is the same arithmetic). A cost above the whole
 * allowance is charged as the whole allowance, so a small tier is slow, never stuck.
 */
export function takeFromBucket(state: BucketState | undefined, now: number, cost: number, perMinute: number): { state: BucketState; decision: Decision } {
  const rate = perMinute / 60_000;
  const charge = Math.min(cost, perMinute);
  const tokens = state ? Math.min(perMinute, state.tokens + Math.max(0, now - state.at) * rate) : perMinute;
  const allowed = tokens >= charge;
  const left = allowed ? tokens - charge : tokens;
  return {
    state: { tokens: left, at: now },
    decision: {
      allowed,
      limit: perMinute,
      remaining: Math.floor(left),
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((charge - tokens) / rate / 1000)),
    },
  };
}

export class MemoryRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, BucketState>();

  constructor(private readonly now: () => number = Date.now, private readonly maxBuckets = 100_000) {}

  async take(bucket: string, cost: number, perMinute: number): Promise<Decision> {
    return this.takeNow(bucket, cost, perMinute);
  }

  takeNow(bucket: string, cost: number, perMinute: number): Decision {
    const now = this.now();
    if (this.buckets.size >= this.maxBuckets) this.sweep(now);
    const { state, decision } = takeFromBucket(this.buckets.get(bucket), now, cost, perMinute);
    this.buckets.set(bucket, state);
    return decision;
  }

  /** Forgets buckets untouched for a minute: they are full again, which is what a missing bucket means. */
  private sweep(now: number) {
    for (const [key, state] of this.buckets) if (now - state.at > 60_000) this.buckets.delete(key);
    if (this.buckets.size >= this.maxBuckets) this.buckets.clear();
  }

  async close(): Promise<void> {}
}

// KEYS[1] bucket; ARGV: cost, points per minute. Redis's clock, so replicas need not agree on time.
const TAKE_SCRIPT = `
local perMinute = tonumber(ARGV[2])
local rate = perMinute / 60000
local charge = math.min(tonumber(ARGV[1]), perMinute)
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local s = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = perMinute
if s[1] then tokens = math.min(perMinute, tonumber(s[1]) + math.max(0, now - tonumber(s[2])) * rate) end
local allowed = 0
if tokens >= charge then tokens = tokens - charge; allowed = 1 end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], 61000)
local wait = 0
if allowed == 0 then wait = math.max(1, math.ceil((charge - tokens) / rate / 1000)) end
return { allowed, math.floor(tokens), wait }
`;

type TakeCommand = (key: string, cost: number, perMinute: number) => Promise<[number, number, number]>;

/**
 * Buckets in Redis, shared by every replica. If Redis fails (down, slow), the request is decided by this replica's
 * memory instead: the graph stays up, with per-replica limits until Redis answers again.
 */
export class RedisRateLimiter implements RateLimiter {
  private readonly fallback = new MemoryRateLimiter();
  private lastWarning = 0;

  constructor(private readonly redis: Redis, private readonly keyPrefix: string, private readonly log: Logger) {
    redis.defineCommand('psgTakeTokens', { numberOfKeys: 1, lua: TAKE_SCRIPT });
  }

  /** Connects, waiting up to 2 s for Redis; requests while it is unreachable fail over at once, never queue. */
  static async connect(url: string, keyPrefix: string, log: Logger): Promise<RedisRateLimiter> {
    const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 500 });
    redis.on('error', () => {}); // reported per request below, at most every 30 s
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 2000);
      redis.once('ready', () => (clearTimeout(timer), resolve()));
    });
    return new RedisRateLimiter(redis, keyPrefix, log);
  }

  async take(bucket: string, cost: number, perMinute: number): Promise<Decision> {
    try {
      const take = (this.redis as unknown as { psgTakeTokens: TakeCommand }).psgTakeTokens;
      const [allowed, remaining, wait] = await take.call(this.redis, `${this.keyPrefix}${bucket}`, cost, perMinute);
      return { allowed: allowed === 1, limit: perMinute, remaining, retryAfterSeconds: wait };
    } catch (err) {
      if (Date.now() - this.lastWarning > 30_000) {
        this.lastWarning = Date.now();
        this.log.warn({ err }, 'Redis rate limiter unavailable: limiting in this replica’s memory');
      }
      return this.fallback.takeNow(bucket, cost, perMinute);
    }
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
