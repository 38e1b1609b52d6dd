import type { GatewayConfigBase } from '@graphql-hive/gateway-runtime';
import { forbidden, unauthenticated } from '../common/errors.ts';
import type { Identity } from '../common/identity.ts';
import type { RequestIdentities } from './request-identity.ts';

/**
 * The schema's coarse rules, enforced by the gateway before any subgraph is asked: `@authenticated` (any caller who
 * is not anonymous) and `@requiresScopes` (one of the listed sets of scopes). The fine rules (whose case, whose
 * key) are enforced by the subgraph that owns the data; the directives make the coarse ones visible in the contract.
 *
 * Roles are scopes named `role:<kind>` (`role:person`, `role:application`, `role:institution`, `role:operator`),
 * given by who the caller is and never by a token or key: a scope named `role:…` in either is dropped.
 */
const scopesOf = new WeakMap<Identity, string[]>();

export function effectiveScopes(identity: Identity | null): string[] {
  if (!identity) return [];
  let scopes = scopesOf.get(identity);
  if (!scopes) {
    scopes = [`role:${identity.kind}`, ...identity.scopes.filter((s) => !s.startsWith('role:'))];
    scopesOf.set(identity, scopes);
  }
  return scopes;
}

type GenericAuth = NonNullable<GatewayConfigBase<{ identity?: Identity }>['genericAuth']>;

export function authorizationDirectives(identities: RequestIdentities): GenericAuth {
  return {
    mode: 'protect-granular',
    // The caller, however the plugins are ordered: worked out once per request (gateway/request-identity.ts).
    resolveUserFn: async (context: { request: Request }) => {
      const identity = await identities.identity(context.request);
      return identity.kind === 'anonymous' ? null : identity;
    },
    extractScopes: (user: Identity | null) => effectiveScopes(user),
    validateUser: ({ user, fieldAuthArgs, typeAuthArgs, fieldScopes, typeScopes, userScopes, parentType, field }) => {
      const where = `${parentType.name}.${field.name}`;
      const required = [...(typeScopes ?? []), ...(fieldScopes ?? [])];
      if (!user && (fieldAuthArgs || typeAuthArgs || required.length))
        return unauthenticated(`${where} needs a signed-in caller: send a bearer token or an API key.`);
      for (const sets of [typeScopes, fieldScopes]) {
        if (sets?.length && !sets.some((set: string[]) => set.every((s) => userScopes.includes(s))))
          return forbidden(`${where} needs ${sets.map((set: string[]) => set.join(' and ')).join(', or ')}.`);
      }
      return undefined;
    },
  } as GenericAuth;
}
