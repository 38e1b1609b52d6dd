import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { unauthenticated } from '../common/errors.ts';
import { ANONYMOUS, clientIdFor, type Identity } from '../common/identity.ts';

export interface TrustedIssuer {
  issuer: string;
  keys: JWTVerifyGetKey;
}

export const localIssuer = (issuer: string, jwks: Parameters<typeof createLocalJWKSet>[0]): TrustedIssuer => ({ issuer, keys: createLocalJWKSet(jwks) });
export const remoteIssuer = (issuer: string, jwksUrl: string): TrustedIssuer => ({ issuer, keys: createRemoteJWKSet(new URL(jwksUrl)) });

/**
 * Turns a bearer token from a trusted OIDC issuer into an Identity. Expected claims:
 * persons `personal_code` (and `name`); institutions' client-credentials tokens `institution` (its code);
 * operators `roles` containing "operator"; `scope` as a space-separated list. The OIDC client the token was
 * issued to (`azp`, else `client_id`) decides whether a person's token is used by a first-party portal (the
 * caller is the person) or by a third-party application (the caller is that application, with the person's
 * token); a client-credentials token with only `client_id` is an application on its own.
 */
export class Authenticator {
  private readonly firstParty: Set<string>;

  constructor(
    private readonly issuers: TrustedIssuer[],
    private readonly audience: string,
    private readonly clientIdSecret: string,
    firstPartyClients: string[] = [],
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
    try {
      const { payload } = await jwtVerify(token, trusted.keys, { issuer: trusted.issuer, audience: this.audience, clockTolerance: 5 });
      return payload;
    } catch (err) {
      if (err instanceof errors.JWTExpired) throw unauthenticated('The bearer token has expired: sign in again or request a new token.');
      throw unauthenticated('The bearer token is not valid (signature, audience or claims).');
    }
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
