import { API_KEY_PATTERN } from '@public-service-graph/subgraph-kit/api-key';
import { unauthenticated } from '@public-service-graph/subgraph-kit/errors';
import { ANONYMOUS, type Identity } from '@public-service-graph/subgraph-kit/identity';
import type { Authenticator } from './authenticate.ts';
import type { ApiKeyVerifier, VerifiedKey } from './api-keys.ts';

export interface Caller {
  identity: Identity;
  /** The API key the request carried, verified; null without one. */
  key: VerifiedKey | null;
}

export const API_KEY_HEADER = 'x-api-key';

/**
 * Who sent a request, from its `Authorization: Bearer` token (OIDC) and its `X-API-Key`, worked out once per request
 * however many plugins ask (persisted documents, identity, authorization directives, rate limits, usage).
 *
 * - A bearer token alone: gateway/authenticate.ts decides.
 * - An application's key alone: kind `application`, that application, the key's scopes.
 * - An institution's key alone: kind `institution`, that institution, the key's scopes.
 * - An application's key with a person's bearer token: kind `application` with `person` set, the key's scopes plus
 *   the token's. If the token names the client it was issued to (`azp`) and that is a third-party client, it must be
 *   the key's application: an application cannot present a token issued to another one. A token issued to a
 *   first-party portal gives the application no more than the token alone would give the portal's person.
 * - Any other pair (an institution's key with a token, a key with a non-person token) is refused: one caller, one
 *   identity.
 */
export class RequestIdentities {
  private readonly callers = new WeakMap<Request, Promise<Caller>>();

  constructor(private readonly authenticator: Authenticator, private readonly keys: ApiKeyVerifier | null) {}

  caller(request: Request): Promise<Caller> {
    let caller = this.callers.get(request);
    if (!caller) {
      caller = this.resolve(request.headers.get('authorization'), request.headers.get(API_KEY_HEADER));
      caller.catch(() => {}); // awaited by whoever needs it; never unhandled
      this.callers.set(request, caller);
    }
    return caller;
  }

  async identity(request: Request): Promise<Identity> {
    return (await this.caller(request)).identity;
  }

  private async resolve(authorization: string | null, apiKey: string | null): Promise<Caller> {
    if (authorization && API_KEY_PATTERN.test(authorization.replace(/^\S+\s+/, '')))
      throw unauthenticated('Send an API key in the X-API-Key header, not in Authorization.');
    if (!apiKey) return { identity: await this.authenticator.authenticate(authorization), key: null };
    if (!this.keys) throw unauthenticated('This gateway does not accept API keys (it has no platform database configured).');
    const [key, bearer] = await Promise.all([this.keys.verify(apiKey.trim()), authorization ? this.authenticator.authenticate(authorization) : Promise.resolve(ANONYMOUS)]);
    return { identity: combine(key, bearer), key };
  }
}

function combine(key: VerifiedKey, bearer: Identity): Identity {
  if (key.ownerKind === 'INSTITUTION') {
    if (bearer.kind !== 'anonymous') throw unauthenticated('An institution’s API key is used on its own: send no bearer token with it.');
    return { ...ANONYMOUS, kind: 'institution', subject: `institution:${key.ownerCode}`, institution: key.ownerCode, scopes: [...key.scopes] };
  }
  const application = { ...ANONYMOUS, kind: 'application' as const, subject: `application:${key.ownerCode}`, application: key.ownerCode, scopes: [...key.scopes] };
  if (bearer.kind === 'anonymous') return application;
  const personToken = bearer.person !== null && (bearer.kind === 'person' || bearer.kind === 'application');
  if (!personToken) throw unauthenticated('With an API key, the bearer token may only be a person’s token.');
  if (bearer.kind === 'application' && bearer.application !== key.ownerCode)
    throw unauthenticated(`The person’s token was issued to another application ("${bearer.application}"), not to this key’s ("${key.ownerCode}").`);
  return { ...application, person: bearer.person, scopes: [...new Set([...key.scopes, ...bearer.scopes])] };
}
