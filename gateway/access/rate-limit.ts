import type http from 'node:http';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { gatewayError } from '../gateway-errors.ts';
import { operationFacts } from '../operation-facts.ts';
import type { Decision, RateClass, RateLimiter } from '../rate-limit.ts';
import type { Caller, RequestIdentities } from '../request-identity.ts';
import type { AccessContext, RequestBudgets } from './request-budget.ts';

export interface RateLimitDeps {
  identities: RequestIdentities;
  budgets: RequestBudgets;
  limiter: RateLimiter;
  rates: Record<RateClass, number>;
  trustProxy: number;
}

/** Each operation draws its cost from the caller's bucket (gateway/rate-limit.ts); the response says what is left. */
export const useRateLimit = (deps: RateLimitDeps): GatewayPlugin => ({
  async onExecute({ args, setResultAndStopExecution }) {
    const context = args.contextValue as AccessContext;
    const { cost } = operationFacts(args.schema, args.document, args.operationName, args.variableValues);
    const decision = await drawCost(deps, context.request, context.req, cost);
    if (!decision.allowed)
      setResultAndStopExecution({ errors: [gatewayError('RATE_LIMITED', `Rate limit of ${decision.limit} cost points a minute reached; try again in ${decision.retryAfterSeconds} s.`, 429, { retryAfter: decision.retryAfterSeconds, cost }, { 'retry-after': String(decision.retryAfterSeconds) }) as never] });
  },

  onResponse({ request, response }) {
    const budget = deps.budgets.peek(request);
    if (!budget?.decision) return;
    response.headers.set('x-ratelimit-limit', String(budget.decision.limit));
    response.headers.set('x-ratelimit-remaining', String(budget.decision.remaining));
    response.headers.set('x-ratelimit-cost', String(budget.cost));
  },
});

/**
 * Takes `cost` from the bucket of the request's caller (nothing when refused) and keeps the decision for the
 * response's headers: for every operation, and for a kept answer served ahead of execution (kept-answers.ts).
 */
export async function drawCost(deps: RateLimitDeps, request: Request, req: http.IncomingMessage | undefined, cost: number): Promise<Decision> {
  const { bucket, rateClass } = bucketOf(await deps.identities.caller(request), req, deps.trustProxy);
  const decision = await deps.limiter.take(bucket, cost, deps.rates[rateClass]);
  deps.budgets.of(request).decision = decision;
  return decision;
}

/** The bucket a request draws from: its key's; else its token subject's; else its client IP's. */
function bucketOf(caller: Caller, req: http.IncomingMessage | undefined, trustProxy: number): { bucket: string; rateClass: RateClass } {
  if (caller.key) return { bucket: `key:${caller.key.id}`, rateClass: caller.key.tier };
  if (caller.identity.kind !== 'anonymous') return { bucket: `sub:${caller.identity.subject}`, rateClass: caller.identity.kind === 'operator' ? 'operator' : 'token' };
  return { bucket: `ip:${clientIp(req, trustProxy)}`, rateClass: 'anonymous' };
}

/** The socket's address, or with TRUST_PROXY=n the address n hops back in X-Forwarded-For (set by your proxies). */
export function clientIp(req: http.IncomingMessage | undefined, trustProxy: number): string {
  const socket = req?.socket?.remoteAddress ?? 'unknown';
  if (!trustProxy) return socket;
  const forwarded = String(req?.headers['x-forwarded-for'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return forwarded[forwarded.length - trustProxy] ?? socket;
}
