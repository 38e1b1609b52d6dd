import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { unauthenticated } from '@public-service-graph/subgraph-kit/errors';
import { ANONYMOUS, clientIdFor, type Identity } from '@public-service-graph/subgraph-kit/identity';

export interface TrustedIssuer {
  issuer: string;
  keys: JWTVerifyGetKey;
}

export const localIssuer = (issuer: string, jwks: Parameters<typeof createLocalJWKSet>[0]): TrustedIssuer => ({ issuer, keys: createLocalJWKSet(jwks) });
/** The longest lifetime (exp − iat) accepted from any issuer unless configured (MAX_TOKEN_LIFETIME). */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 43_200;
const CLOCK_TOLERANCE_SECONDS = 5;

export const remoteIssuer = (issuer: string, jwksUrl: string): TrustedIssuer => ({ issuer, keys: createRemoteJWKSet(new URL(jwksUrl)) });

/**
 * Turns a bearer token from a trusted OIDC issuer into an Identity. Expected claims:
 * persons `personal_code` (and `name`); institutions' client-credentials tokens `institution` (its code);
 * operators `roles` containing "operator"; `scope` as a space-separated list. The OIDC client the token was
 * issued to (`azp`, else `client_id`) decides whether a person's token is used by a first-party portal (the
 * caller is the person) or by a third-party application (the caller is that application, with the person's
 * token); a client-credentials token with only `client_id` is an application on its own.
 *
 * Every token must say when it was issued and when it expires (`iat`, `exp`), and live no longer than
 * `maxLifetimeSeconds`: a token that never expires, or for a year, is a stolen credential that cannot be contained.
 */
export class Authenticator {
  private readonly firstParty: Set<string>;

  constructor(
    private readonly issuers: TrustedIssuer[],
    private readonly audience: string,
    private readonly clientIdSecret: string,
    firstPartyClients: string[] = [],
    private readonly maxLifetimeSeconds = DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
  ) {
    this.firstParty = new Set(firstPartyClients);
  }

  async authenticate(authorization: string | null): Promise<Identity> {
    if (!authorization) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
    const payload = await this.verify(match[1]);
    return this.toIdentity(payload);
  }

  private async verify(token: string): Promise<JWTPayload> {
    let issuer: string | undefined;
    try {
      issuer = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')).iss;
    } catch {
      /* reported below */
    }
    const trusted = this.issuers.find((i) => i.issuer === issuer);
    if (!trusted) throw unauthenticated('The bearer token is malformed or from an issuer this graph does not trust.');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, trusted.keys, {
        issuer: trusted.issuer,
        audience: this.audience,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['exp', 'iat'],
      }));
    } catch (err) {
      if (err instanceof errors.JWTExpired) throw unauthenticated('The bearer token has expired: sign in again or request a new token.');
      if (err instanceof errors.JWTClaimValidationFailed && (err.claim === 'exp' || err.claim === 'iat'))
        throw unauthenticated(`The bearer token has no valid "${err.claim}" claim: this graph accepts only tokens that say when they were issued and when they expire.`);
      throw unauthenticated('The bearer token is not valid (signature, audience or claims).');
    }
    this.checkLifetime(payload.iat!, payload.exp!);
    return payload;
  }

  /** exp − iat, and what is left of it, within the cap (an `iat` in the future is not trusted to shorten it). */
  private checkLifetime(iat: number, exp: number) {
    const now = Math.floor(Date.now() / 1000);
    const max = this.maxLifetimeSeconds + CLOCK_TOLERANCE_SECONDS;
    if (exp - iat > max || exp - now > max || iat > now + CLOCK_TOLERANCE_SECONDS)
      throw unauthenticated(`The bearer token lives longer than this graph accepts (${this.maxLifetimeSeconds} s from "iat" to "exp") or was issued in the future: request a shorter-lived token.`);
  }

  private toIdentity(p: JWTPayload): Identity {
    const roles = Array.isArray(p.roles) ? p.roles.map(String) : [];
    const scopes = typeof p.scope === 'string' ? p.scope.split(' ').filter(Boolean) : [];
    const base = { ...ANONYMOUS, roles, scopes };
    const client = typeof p.azp === 'string' ? p.azp : typeof p.client_id === 'string' ? p.client_id : null;
    const thirdParty = client !== null && !this.firstParty.has(client);
    if (typeof p.personal_code === 'string') {
      const clientId = clientIdFor(this.clientIdSecret, 'person', p.personal_code);
      const person = { clientId, personalCode: p.personal_code, name: typeof p.name === 'string' ? p.name : undefined };
      if (thirdParty) return { ...base, kind: 'application', subject: `application:${client}`, application: client, person };
      return { ...base, kind: 'person', subject: `person:${clientId}`, person };
    }
    if (typeof p.institution === 'string') return { ...base, kind: 'institution', subject: `institution:${p.institution}`, institution: p.institution };
    if (roles.includes('operator')) return { ...base, kind: 'operator', subject: `operator:${p.sub ?? 'unknown'}`, operator: p.sub ?? 'unknown' };
    if (thirdParty) return { ...base, kind: 'application', subject: `application:${client}`, application: client };
    throw unauthenticated('The bearer token names no person, institution or operator this graph knows.');
  }
}
