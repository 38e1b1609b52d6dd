import { createHmac } from 'node:crypto';
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey, type JSONWebKeySet } from 'jose';

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

/** Why a request was let in or not: a bad or missing token (401), or the gateway's key set out of reach (503). */
export type VerifyResult = { ok: true; identity: Identity } | { ok: false; status: 401 | 503; message: string; cause?: unknown };

/** JOSE failures that mean "this token is not good", as opposed to "the gateway's key set is out of reach". */
const TOKEN_FAULTS: (new (...args: never[]) => Error)[] = [
  errors.JWTClaimValidationFailed, errors.JWTExpired, errors.JWTInvalid, errors.JWSInvalid, errors.JWSSignatureVerificationFailed,
  errors.JWKSNoMatchingKey, errors.JOSEAlgNotAllowed, errors.JOSENotSupported, errors.JWKSMultipleMatchingKeys,
];
const KINDS = new Set<string>(['anonymous', 'person', 'institution', 'application', 'operator']);
const isString = (v: unknown): v is string => typeof v === 'string';
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
/** A person or party reference: absent, or an object with a client id and, when present, a string code. */
const isRef = (v: unknown, code: 'personalCode' | 'code'): boolean => {
  if (v === null || v === undefined) return true;
  const ref = v as Record<string, unknown>;
  return typeof v === 'object' && isString(ref.clientId) && (ref[code] === undefined || isString(ref[code]));
};

/** The `psg` claim when it has the shape of an Identity; null otherwise. */
function readIdentity(claim: unknown): Identity | null {
  if (!claim || typeof claim !== 'object') return null;
  const c = claim as Record<string, unknown>;
  if (!isString(c.kind) || !KINDS.has(c.kind) || !isString(c.subject) || !isStringArray(c.roles) || !isStringArray(c.scopes)) return null;
  if (!isRef(c.person, 'personalCode') || !isRef(c.onBehalfOf, 'code')) return null;
  const text = (v: unknown) => (isString(v) ? v : null);
  return {
    kind: c.kind as IdentityKind, subject: c.subject, person: (c.person as PersonRef) ?? null, institution: text(c.institution),
    application: text(c.application), operator: text(c.operator), onBehalfOf: (c.onBehalfOf as PartyRef) ?? null, roles: c.roles, scopes: c.scopes,
  };
}

/** How far the subgraph's clock may be from the gateway's; tokens live 120 s and are reused only while 60 s remain. */
export const CLOCK_SKEW_SECONDS = 30;

const NO_TOKEN = 'No gateway token: this subgraph answers only requests from the Public Service Graph gateway; send requests through the gateway.';
const BAD_TOKEN = 'The gateway token is not valid here (expired, made out to another subgraph, or not signed by the gateway).';

/**
 * Verifies the gateway's internal identity tokens: ES256, issuer `public-service-graph-gateway`, audience
 * `psg-subgraph:<subgraph>`, not expired, signed by a key of the gateway's key set (a JWKS URL, or the key set itself
 * when the gateway runs in the same process). A verified token is cached until it expires.
 */
export class IdentityVerifier {
  private readonly cache = new Map<string, { identity: Identity; exp: number; audience: string }>();
  private readonly keys: JWTVerifyGetKey;

  constructor(keys: JSONWebKeySet | URL) {
    this.keys = keys instanceof URL ? createRemoteJWKSet(keys) : createLocalJWKSet(keys);
  }

  /** The identity in `authorization: Bearer <token>` made out to `subgraph`, or null when the token is missing or not valid. */
  async verify(authorization: string | null | undefined, subgraph: string): Promise<Identity | null> {
    const result = await this.check(authorization, subgraph);
    return result.ok ? result.identity : null;
  }

  /** Like verify, saying why not: 401 for a missing or bad token, 503 when the gateway's key set cannot be fetched. */
  async check(authorization: string | null | undefined, subgraph: string): Promise<VerifyResult> {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
    if (!token) return { ok: false, status: 401, message: NO_TOKEN };
    const now = Date.now() / 1000;
    const hit = this.cache.get(token);
    if (hit && hit.exp > now && hit.audience === subgraph) return { ok: true, identity: hit.identity };
    try {
      const { payload } = await jwtVerify(token, this.keys, { issuer: INTERNAL_ISSUER, audience: audienceFor(subgraph), algorithms: ['ES256'], requiredClaims: ['exp'], clockTolerance: CLOCK_SKEW_SECONDS });
      const identity = readIdentity(payload[IDENTITY_CLAIM]);
      if (!identity) return { ok: false, status: 401, message: 'The gateway token carries no valid identity claim.' };
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(token, { identity, exp: payload.exp!, audience: subgraph });
      return { ok: true, identity };
    } catch (err) {
      if (TOKEN_FAULTS.some((fault) => err instanceof fault)) return { ok: false, status: 401, message: BAD_TOKEN };
      return { ok: false, status: 503, message: "The gateway's signing keys cannot be fetched just now; try again shortly.", cause: err };
    }
  }
}
