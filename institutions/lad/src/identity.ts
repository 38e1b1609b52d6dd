import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';

/**
 * Who is calling, as the platform's gateway established it. The gateway sends it to every subgraph in the `psg`
 * claim of a short-lived ES256 token it signs itself; this is the shape of that claim.
 */
export type IdentityKind = 'anonymous' | 'person' | 'institution' | 'application' | 'operator';

export interface Identity {
  kind: IdentityKind;
  /** Stable and free of personal codes, for logs: "person:<clientId>", "institution:LAD", … */
  subject: string;
  /** The signed-in person (also for an application carrying the person's token). */
  person: { clientId: string; personalCode?: string; name?: string } | null;
  /** The institution's code for institution identities, e.g. "LAD". */
  institution: string | null;
  application: string | null;
  operator: string | null;
  /** The party the person acts for (X-Act-For): a company or another person. The gateway has verified it. */
  onBehalfOf: { clientId: string; code?: string; kind: 'person' | 'company' } | null;
  roles: string[];
  scopes: string[];
}

export const GATEWAY_ISSUER = 'public-service-graph-gateway';
export const DEFAULT_AUDIENCE = 'psg-subgraph:lad';
const IDENTITY_CLAIM = 'psg';
const KINDS = new Set<string>(['anonymous', 'person', 'institution', 'application', 'operator']);
const MAX_CACHED_TOKENS = 10_000;

/** Why a request was not let in: a bad or missing token (401), or the gateway's keys could not be fetched (503). */
export type VerifyResult =
  | { ok: true; identity: Identity }
  | { ok: false; status: 401 | 503; message: string; cause?: unknown };

/** JOSE failures that mean "this token is not good", as opposed to "the gateway's key set is out of reach". */
const TOKEN_FAULTS: (new (...args: never[]) => Error)[] = [
  errors.JWTClaimValidationFailed, errors.JWTExpired, errors.JWTInvalid, errors.JWSInvalid,
  errors.JWSSignatureVerificationFailed, errors.JWKSNoMatchingKey, errors.JOSEAlgNotAllowed, errors.JOSENotSupported,
  errors.JWKSMultipleMatchingKeys,
];

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

/** The `psg` claim when it has the shape of an Identity; null otherwise. */
function readIdentity(claim: unknown): Identity | null {
  if (!claim || typeof claim !== 'object') return null;
  const c = claim as Record<string, unknown>;
  if (!isString(c.kind) || !KINDS.has(c.kind) || !isString(c.subject) || !isStringArray(c.roles) || !isStringArray(c.scopes)) return null;
  const person = c.person as Identity['person'];
  // Personal codes come only when the platform's operators registered this subgraph to receive them.
  if (person !== null && (typeof person !== 'object' || !isString(person.clientId) || (person.personalCode !== undefined && !isString(person.personalCode)))) return null;
  const party = c.onBehalfOf as Identity['onBehalfOf'];
  if (party !== null && party !== undefined && (typeof party !== 'object' || !isString(party.clientId) || (party.code !== undefined && !isString(party.code)))) return null;
  return {
    kind: c.kind as IdentityKind,
    subject: c.subject,
    person: person ?? null,
    institution: isString(c.institution) ? c.institution : null,
    application: isString(c.application) ? c.application : null,
    operator: isString(c.operator) ? c.operator : null,
    onBehalfOf: party ?? null,
    roles: c.roles,
    scopes: c.scopes,
  };
}

/**
 * Verifies the gateway's identity tokens against its published key set (`GET /.well-known/jwks.json`). A token
 * is accepted only with issuer `public-service-graph-gateway`, this subgraph's audience and ES256, so a token
 * the gateway sent to another subgraph cannot be replayed here. Verified tokens are cached until they expire.
 */
export class GatewayTokenVerifier {
  private readonly keys: JWTVerifyGetKey;
  private readonly cache = new Map<string, { identity: Identity; exp: number }>();

  constructor(jwksUrl: string, private readonly audience: string = DEFAULT_AUDIENCE) {
    this.keys = createRemoteJWKSet(new URL(jwksUrl));
  }

  async verify(authorization: string | undefined): Promise<VerifyResult> {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match) return { ok: false, status: 401, message: 'No gateway token: this subgraph answers only requests from the Public Service Graph gateway.' };
    const token = match[1];
    const now = Date.now() / 1000;
    const hit = this.cache.get(token);
    if (hit && hit.exp > now) return { ok: true, identity: hit.identity };
    if (hit) this.cache.delete(token);

    try {
      const { payload } = await jwtVerify(token, this.keys, { issuer: GATEWAY_ISSUER, audience: this.audience, algorithms: ['ES256'], requiredClaims: ['exp'] });
      const identity = readIdentity(payload[IDENTITY_CLAIM]);
      if (!identity) return { ok: false, status: 401, message: 'The gateway token carries no valid identity claim.' };
      if (this.cache.size >= MAX_CACHED_TOKENS) this.cache.clear();
      this.cache.set(token, { identity, exp: payload.exp! });
      return { ok: true, identity };
    } catch (err) {
      if (TOKEN_FAULTS.some((fault) => err instanceof fault))
        return { ok: false, status: 401, message: 'The gateway token is not valid here (expired, for another subgraph, or not signed by the gateway).' };
      return { ok: false, status: 503, message: "The gateway's signing keys cannot be fetched just now; try again shortly.", cause: err };
    }
  }
}
