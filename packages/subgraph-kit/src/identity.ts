import { createHmac } from 'node:crypto';
import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey, type JSONWebKeySet } from 'jose';

/**
 * Who is calling, as the gateway established it and forwards it to every subgraph in a signed internal token.
 *
 * - `person`: a natural person signed in through OIDC (directly, or through an application with their token).
 * - `institution`: an institution's system or staff, scoped to that institution's code.
 * - `application`: a third-party application (API key); with `person` set when it carries a person's token.
 * - `operator`: platform operators.
 * - `anonymous`: public catalogue only.
 */
export type IdentityKind = 'anonymous' | 'person' | 'institution' | 'application' | 'operator';

export interface PersonRef {
  /** Pseudonymous client id (see clientIdFor), the key of the Client entity. */
  clientId: string;
  /**
   * Only in the tokens of subgraphs registered to receive personal codes, for a stated purpose
   * (gateway/personal-codes.ts); every other subgraph gets the pseudonymous clientId alone.
   */
  personalCode?: string;
  name?: string;
}

export interface PartyRef {
  clientId: string;
  /**
   * Personal code or company registration number of the party acted for; like PersonRef.personalCode, only for
   * subgraphs registered to receive personal codes.
   */
  code?: string;
  kind: 'person' | 'company';
}

export interface Identity {
  kind: IdentityKind;
  /** Stable and free of personal codes, for logs and audit: "person:<clientId>", "institution:VID", … */
  subject: string;
  person: PersonRef | null;
  institution: string | null;
  application: string | null;
  operator: string | null;
  /** The party a person acts for (a company, a child, a principal), when they act for someone else. */
  onBehalfOf: PartyRef | null;
  roles: string[];
  scopes: string[];
}

export const ANONYMOUS: Identity = Object.freeze({
  kind: 'anonymous', subject: 'anonymous', person: null, institution: null, application: null, operator: null, onBehalfOf: null, roles: [], scopes: [],
}) as Identity;

export const INTERNAL_ISSUER = 'public-service-graph-gateway';
/**
 * The audience of the internal token sent to one subgraph. Each subgraph accepts only tokens made out to it, so a
 * token an institution's subgraph receives cannot be replayed against another subgraph.
 */
export const audienceFor = (subgraph: string): string => `psg-subgraph:${subgraph}`;
export const IDENTITY_CLAIM = 'psg';

/**
 * Client ids are derived, not looked up: HMAC of the identifier under a platform secret, shaped as a UUID.
 * Every subgraph can turn a personal code into the client's key without reading another subgraph's tables,
 * and the id does not reveal the personal code.
 */
export function clientIdFor(secret: string, kind: 'person' | 'company', code: string): string {
  const h = createHmac('sha256', secret).update(`${kind}:${code}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h[16], 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Verifies internal identity tokens; a verified token is cached until it expires. */
export class IdentityVerifier {
  private readonly cache = new Map<string, { identity: Identity; exp: number; audience: string }>();
  private readonly keys: JWTVerifyGetKey;

  constructor(keys: JSONWebKeySet | URL) {
    this.keys = keys instanceof URL ? createRemoteJWKSet(keys) : createLocalJWKSet(keys);
  }

  /** The identity in `authorization: Bearer <token>` made out to `subgraph`, or null when the token is missing or not valid. */
  async verify(authorization: string | null | undefined, subgraph: string): Promise<Identity | null> {
    const token = authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : null;
    if (!token) return null;
    const now = Date.now() / 1000;
    const hit = this.cache.get(token);
    if (hit && hit.exp > now && hit.audience === subgraph) return hit.identity;
    try {
      const { payload } = await jwtVerify(token, this.keys, { issuer: INTERNAL_ISSUER, audience: audienceFor(subgraph), algorithms: ['ES256'] });
      const identity = payload[IDENTITY_CLAIM] as Identity;
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(token, { identity, exp: payload.exp ?? now, audience: subgraph });
      return identity;
    } catch {
      return null;
    }
  }
}
