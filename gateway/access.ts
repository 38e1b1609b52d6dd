import type http from 'node:http';
import type { GatewayConfigBase, GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { ExecutionResult } from 'graphql';
import { developerPortalUrl, type Config } from '../common/config.ts';
import type { Database } from '../common/db.ts';
import type { Identity } from '../common/identity.ts';
import type { Logger } from '../common/logger.ts';
import { ApiKeyVerifier } from './api-keys.ts';
import type { Authenticator } from './authenticate.ts';
import { useAuthFailureLimit } from './auth-failures.ts';
import { useAuthorizationDirectives } from './authorization.ts';
import { operationSize } from './cost.ts';
import { gatewayError } from './gateway-errors.ts';
import { createHttpGuard } from './http-guard.ts';
import { containsNul, documentLimitPlugins, isIntrospection, mayIntrospect, tidyErrors, type Limits } from './limits.ts';
import { loadPersistedDocuments, persistedDocuments } from './persisted.ts';
import { MemoryRateLimiter, RedisRateLimiter, parseRateLimits, type Decision, type RateClass, type RateLimiter } from './rate-limit.ts';
import { RequestIdentities, type Caller } from './request-identity.ts';
import { FieldUsageMeter, UsageMeter } from './usage.ts';

/**
 * Access to the graph: who is calling (API keys and tokens), what the schema's directives let them ask, how much one
 * request may ask (limits and cost), how much a caller may ask per minute (rate limits), what they used (metering),
 * and which browsers may call (CORS). Built once per gateway; gateway/server.ts mounts the pieces.
 */
export interface Access {
  identities: RequestIdentities;
  /** node:http layer: security headers, body size, content type. False when it has answered. */
  guard(req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean>;
  /** Options of the gateway runtime this module decides. */
  runtimeOptions: Pick<GatewayConfigBase<{ identity?: Identity }>, 'persistedDocuments' | 'batching' | 'cors'>;
  plugins: GatewayPlugin[];
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
  const documents = loadPersistedDocuments();
  const origins = corsOrigins(config);

  return {
    identities,
    guard: createHttpGuard({ maxBodyBytes: limits.maxBodyBytes, hsts: config.HSTS }),
    runtimeOptions: {
      persistedDocuments: persistedDocuments(documents, identities),
      batching: limits.maxBatch > 1 ? { limit: limits.maxBatch } : false,
      cors: origins === '*' ? { origin: '*' } : origins.length ? { origin: origins, credentials: true, maxAge: 600 } : false,
    },
    plugins: [
      useAuthFailureLimit({ identities, limiter, perMinute: rates.authFailures, clientIp: (req) => clientIp(req, config.TRUST_PROXY) }),
      ...(documentLimitPlugins(limits) as GatewayPlugin[]),
      useRequestBudget({ identities, limits, rates, limiter, usage, fieldUsage, development, trustProxy: config.TRUST_PROXY }),
      useAuthorizationDirectives(identities),
    ],
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

/** Yoga refuses batches itself, with the code BAD_REQUEST; the graph's code says which limit. */
const BATCH_REFUSED = /^Batching is (not supported|limited)/;

interface RequestState { cost: number; decision: Decision | null }

interface BudgetDeps {
  identities: RequestIdentities;
  limits: Limits;
  rates: Record<RateClass, number>;
  limiter: RateLimiter;
  usage: UsageMeter | null;
  fieldUsage: FieldUsageMeter | null;
  development: boolean;
  trustProxy: number;
}

/**
 * Per operation, after validation and before any subgraph is asked: introspection only for developers, the cost
 * limit, then the caller's rate limit by cost. Per request, once answered: usage for the key, rate-limit headers,
 * no field suggestions for callers who may not introspect.
 */
function useRequestBudget(deps: BudgetDeps): GatewayPlugin {
  const states = new WeakMap<Request, RequestState>();
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as { request: Request; req?: http.IncomingMessage; identity?: Identity };
      const caller = await deps.identities.caller(context.request);
      const identity = context.identity ?? caller.identity;
      const state = states.get(context.request) ?? { cost: 0, decision: null };
      states.set(context.request, state);
      const stop = (error: Error) => setResultAndStopExecution({ errors: [error as never] });

      if (isIntrospection(args.document) && !mayIntrospect(identity, deps.development))
        return stop(gatewayError('INTROSPECTION_DISABLED', 'Introspection is for developers: use a key or token with the "developer" scope, or read the published schema.', 403));

      if (containsNul(args.document, args.variableValues))
        return stop(gatewayError('BAD_USER_INPUT', 'Text inputs may not contain the NUL character (U+0000).', 400));

      const { cost, fields } = operationSize(args.schema, args.document, args.operationName, args.variableValues as Record<string, unknown>);
      if (fields > deps.limits.maxTokens)
        return stop(gatewayError('TOO_MANY_FIELDS', `With its fragments spread, this operation selects ${fields} fields; at most ${deps.limits.maxTokens} are allowed, as many as a document may have tokens.`, 400, { fields, limit: deps.limits.maxTokens }));
      state.cost += cost;
      if (cost > deps.limits.maxCost)
        return stop(gatewayError('QUERY_TOO_COSTLY', `This operation may cost ${cost} points; the most one operation may cost is ${deps.limits.maxCost}. Ask for smaller pages (first) or fewer nested lists.`, 400, { cost, maxCost: deps.limits.maxCost }));

      const { bucket, rateClass } = bucketOf(caller, context.req, deps.trustProxy);
      const decision = await deps.limiter.take(bucket, cost, deps.rates[rateClass]);
      state.decision = decision;
      if (!decision.allowed)
        return stop(gatewayError('RATE_LIMITED', `Rate limit of ${decision.limit} cost points a minute reached; try again in ${decision.retryAfterSeconds} s.`, 429, { retryAfter: decision.retryAfterSeconds, cost }, { 'retry-after': String(decision.retryAfterSeconds) }));
      deps.fieldUsage?.record(args.schema, args.document, args.operationName, caller.identity.application ?? '');
      return undefined;
    },

    async onResultProcess({ request, result, setResult }) {
      const results = (Array.isArray(result) ? result : [result]) as ExecutionResult[];
      for (const r of results) for (const e of r?.errors ?? []) if (BATCH_REFUSED.test(e.message)) Object.assign(e.extensions, { code: 'BATCH_TOO_LARGE', maxBatch: deps.limits.maxBatch });
      const caller = await deps.identities.caller(request).catch(() => null);
      if (caller?.key && deps.usage)
        deps.usage.record(caller.key.id, { operations: results.length, cost: states.get(request)?.cost ?? 0, errors: results.filter((r) => r?.errors?.length).length });
      if (results.some((r) => r?.errors?.length)) {
        const suggestions = mayIntrospect(caller?.identity ?? null, deps.development);
        let changed = false;
        const tidy = results.map((r) => {
          const errors = r?.errors && tidyErrors(r.errors, suggestions);
          if (!errors) return r;
          changed = true;
          return { ...r, errors };
        });
        if (changed) setResult((Array.isArray(result) ? tidy : tidy[0]) as never);
      }
    },

    onResponse({ request, response }) {
      const decision = states.get(request)?.decision;
      if (!decision) return;
      response.headers.set('x-ratelimit-limit', String(decision.limit));
      response.headers.set('x-ratelimit-remaining', String(decision.remaining));
      response.headers.set('x-ratelimit-cost', String(states.get(request)!.cost));
    },
  };
}

/** The bucket a request draws from: its key's; else its token subject's; else its client IP's. */
function bucketOf(caller: Caller, req: http.IncomingMessage | undefined, trustProxy: number): { bucket: string; rateClass: RateClass } {
  if (caller.key) return { bucket: `key:${caller.key.id}`, rateClass: caller.key.tier };
  if (caller.identity.kind !== 'anonymous') return { bucket: `sub:${caller.identity.subject}`, rateClass: caller.identity.kind === 'operator' ? 'operator' : 'token' };
  return { bucket: `ip:${clientIp(req, trustProxy)}`, rateClass: 'anonymous' };
}

/** The socket's address, or with TRUST_PROXY=n the address n hops back in X-Forwarded-For (set by your proxies). */
function clientIp(req: http.IncomingMessage | undefined, trustProxy: number): string {
  const socket = req?.socket?.remoteAddress ?? 'unknown';
  if (!trustProxy) return socket;
  const forwarded = String(req?.headers['x-forwarded-for'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return forwarded[forwarded.length - trustProxy] ?? socket;
}
