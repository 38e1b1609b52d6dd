import type http from 'node:http';
import type { GatewayConfigBase, GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { developerPortalUrl, type Config } from '../../common/config.ts';
import type { Database } from '@public-service-graph/subgraph-kit/db';
import type { Identity } from '@public-service-graph/subgraph-kit/identity';
import type { Logger } from '@public-service-graph/subgraph-kit/logger';
import { ApiKeyVerifier } from '../api-keys.ts';
import type { Authenticator } from '../authenticate.ts';
import { useAuthFailureLimit } from '../auth-failures.ts';
import { useAuthorizationDirectives } from '../authorization.ts';
import { createHttpGuard } from '../http-guard.ts';
import { documentLimitPlugins, type Limits } from '../limits.ts';
import { PersistedManifests, SHIPPED_MANIFESTS, persistedDocuments } from '../persisted.ts';
import { MemoryRateLimiter, RedisRateLimiter, parseRateLimits, type RateLimiter } from '../rate-limit.ts';
import { RequestIdentities } from '../request-identity.ts';
import { FieldUsageMeter, UsageMeter } from '../usage.ts';
import { useBatchErrorCodes } from './batch-errors.ts';
import { useCostLimit } from './cost-limit.ts';
import { useFieldCount } from './field-count.ts';
import { useFieldUsage } from './field-usage.ts';
import { useIntrospectionGate } from './introspection.ts';
import { keptAnswerGate, type KeptAnswerGate } from './kept-answers.ts';
import { useKeyUsage } from './key-usage.ts';
import { useNulCheck } from './nul-check.ts';
import { clientIp, useRateLimit } from './rate-limit.ts';
import { RequestBudgets } from './request-budget.ts';
import { useErrorTidying } from './tidy-errors.ts';

/**
 * Access to the graph: who is calling (API keys and tokens), what the schema's directives let them ask, how much one
 * request may ask (limits and cost), how much a caller may ask per minute (rate limits), what they used (metering),
 * and which browsers may call (CORS). Built once per gateway; gateway/server.ts mounts the pieces. Each plugin
 * in this folder is one concern.
 */
export interface Access {
  identities: RequestIdentities;
  /** node:http layer: security headers, body size, content type. False when it has answered. */
  guard(req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean>;
  /** Options of the gateway runtime this module decides. */
  runtimeOptions: Pick<GatewayConfigBase<{ identity?: Identity }>, 'persistedDocuments' | 'batching' | 'cors'>;
  plugins: GatewayPlugin[];
  /** The rate limit and usage counts for answers the response cache serves ahead of execution. */
  keptAnswers: KeptAnswerGate;
  close(): Promise<void>;
}

export interface AccessDeps {
  config: Config;
  authenticator: Authenticator;
  /** The platform database, where API keys live; without it the gateway accepts no keys. */
  platformDatabase: Database | null;
  log: Logger;
}

export const limitsFrom = (config: Config): Limits => ({
  maxDepth: config.MAX_QUERY_DEPTH,
  maxAliases: config.MAX_ALIASES,
  maxTokens: config.MAX_TOKENS,
  maxDirectives: 20,
  maxCost: config.MAX_QUERY_COST,
  maxBatch: config.MAX_BATCH_OPERATIONS,
  maxBodyBytes: config.MAX_BODY_BYTES,
});

export async function createAccess(deps: AccessDeps): Promise<Access> {
  const { config, log } = deps;
  const limits = limitsFrom(config);
  const rates = parseRateLimits(config.RATE_LIMITS);
  const development = config.NODE_ENV === 'development';
  const keys = deps.platformDatabase ? await ApiKeyVerifier.start(deps.platformDatabase, config.API_KEY_CACHE_MS, log.child({ component: 'api-keys' })) : null;
  const usage = keys ? new UsageMeter(keys.keyStore, log.child({ component: 'usage' }), config.USAGE_FLUSH_MS) : null;
  const fieldUsage = keys ? new FieldUsageMeter(keys.keyStore, log.child({ component: 'field-usage' }), config.USAGE_FLUSH_MS) : null;
  const limiter: RateLimiter = config.REDIS_URL
    ? await RedisRateLimiter.connect(config.REDIS_URL, `${config.REDIS_KEY_PREFIX}rate:`, log.child({ component: 'rate-limit' }))
    : new MemoryRateLimiter();
  const identities = new RequestIdentities(deps.authenticator, keys);
  const budgets = new RequestBudgets();
  const documents = new PersistedManifests(config.PERSISTED_OPERATIONS_DIR ?? SHIPPED_MANIFESTS, log.child({ component: 'persisted-operations' }));
  const origins = corsOrigins(config);
  const rateLimit = { identities, budgets, limiter, rates, trustProxy: config.TRUST_PROXY };

  return {
    identities,
    guard: createHttpGuard({ maxBodyBytes: limits.maxBodyBytes, hsts: config.HSTS }),
    runtimeOptions: {
      persistedDocuments: persistedDocuments(documents, identities),
      batching: limits.maxBatch > 1 ? { limit: limits.maxBatch } : false,
      // A grant names the caller's own origin, and only one on the list (a one-origin list would otherwise be sent to all).
      cors: origins === '*' ? { origin: '*' } : (request: Request) => {
        const origin = request.headers.get('origin');
        return origin && origins.includes(origin) ? { origin: [origin], credentials: true, maxAge: 600 } : false;
      },
    },
    // In the order they run. Per operation, after validation and before any subgraph is asked, the first to refuse
    // answers; per answered request, each in turn sees the result.
    plugins: [
      useAuthFailureLimit({ identities, limiter, perMinute: rates.authFailures, clientIp: (req) => clientIp(req, config.TRUST_PROXY) }),
      ...(documentLimitPlugins(limits) as GatewayPlugin[]),
      useIntrospectionGate(identities, development),
      useNulCheck(),
      useFieldCount(limits.maxTokens),
      useCostLimit(budgets, limits.maxCost),
      useRateLimit(rateLimit),
      ...(fieldUsage ? [useFieldUsage(fieldUsage)] : []),
      useBatchErrorCodes(limits.maxBatch),
      ...(usage ? [useKeyUsage(identities, budgets, usage)] : []),
      useErrorTidying(identities, development),
      useAuthorizationDirectives(identities),
    ],
    keptAnswers: keptAnswerGate({ ...rateLimit, fieldUsage, usage }),
    close: async () => {
      await usage?.close();
      await fieldUsage?.close();
      await keys?.close();
      await limiter.close();
    },
  };
}

/** CORS_ORIGINS: "*" or a comma-separated list of origins; unset: any origin in development, none elsewhere. */
function corsOrigins(config: Config): '*' | string[] {
  const spec = config.CORS_ORIGINS ?? (config.NODE_ENV === 'development' ? '*' : '');
  if (spec.trim() === '*') return '*';
  // The developer portal's GraphiQL sends operations from the portal's origin.
  return [...new Set([...spec.split(',').map((o) => o.trim()).filter(Boolean), new URL(developerPortalUrl(config)).origin])];
}
