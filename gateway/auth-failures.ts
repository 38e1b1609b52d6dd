import type http from 'node:http';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';
import { errorBody } from './gateway-errors.ts';
import type { RateLimiter } from './rate-limit.ts';
import type { RequestIdentities } from './request-identity.ts';

export interface AuthFailureDeps {
  identities: RequestIdentities;
  limiter: RateLimiter;
  /** Failed authentications a client IP may have a minute (RATE_LIMITS class `authFailures`). */
  perMinute: number;
  clientIp(req: http.IncomingMessage | undefined): string;
}

const hasCredentials = (request: Request) => request.headers.has('authorization') || request.headers.has('x-api-key');

/**
 * Guessing keys and replaying stolen or forged tokens costs the guesser: every failed authentication (bad, expired,
 * revoked, forged key or token) takes a point from its IP's bucket, and once the bucket is empty the IP's requests
 * that carry credentials are refused with 429 before any signature is checked or key looked up. Requests without
 * credentials (the public catalogue) are not affected; their own per-IP cost budget applies.
 */
export function useAuthFailureLimit(deps: AuthFailureDeps): GatewayPlugin {
  return {
    async onRequest({ request, serverContext, endResponse }) {
      if (!hasCredentials(request)) return;
      const bucket = `authfail:${deps.clientIp((serverContext as { req?: http.IncomingMessage }).req)}`;
      // Cost 0 only reads the bucket: what is left decides.
      const { remaining } = await deps.limiter.take(bucket, 0, deps.perMinute);
      if (remaining < 1) {
        const retryAfter = Math.max(1, Math.ceil(60 / deps.perMinute));
        const message = `Too many failed authentications from this address; try again in ${retryAfter} s with valid credentials.`;
        return endResponse(new Response(errorBody('RATE_LIMITED', message, { retryAfter, reason: 'AUTHENTICATION_FAILURES' }), {
          status: 429,
          headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(retryAfter) },
        }));
      }
      deps.identities.caller(request).catch((err) => {
        if (err instanceof GraphQLError && err.extensions?.code === 'UNAUTHENTICATED') void deps.limiter.take(bucket, 1, deps.perMinute);
      });
    },
  };
}
