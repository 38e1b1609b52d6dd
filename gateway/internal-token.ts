import { SignJWT, calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK, type JSONWebKeySet } from 'jose';
import { IDENTITY_CLAIM, INTERNAL_ISSUER, audienceFor, type Identity } from '@public-service-graph/subgraph-kit/identity';
import { CORE_PERSONAL_CODE_PURPOSES, carriesPersonalCodes, identityFor, personalCodeRecipients, type ForwardingLog } from './personal-codes.ts';

const LIFETIME_SECONDS = 120;
const REUSE_SECONDS = 60;

/**
 * Signs the short-lived internal identity tokens the gateway sends to subgraphs. A token is reused for the
 * same identity while it has at least a minute to live, so signing is not on every request's path.
 */
export class InternalTokenSigner {
  private readonly cache = new Map<string, { token: string; reuseUntil: number }>();
  private forwardingLog: ForwardingLog | null = null;

  private constructor(
    private readonly key: CryptoKey,
    private readonly kid: string,
    readonly jwks: JSONWebKeySet,
    private readonly personalCodes: ReadonlyMap<string, string>,
  ) {}

  /**
   * From GATEWAY_SIGNING_KEY (a private ES256 JWK as JSON, shared by all replicas) or a fresh key. Personal codes go
   * only to the subgraphs in `personalCodes` (gateway/personal-codes.ts; default: the platform's own that need them).
   */
  static async create(privateJwkJson?: string, personalCodes: ReadonlyMap<string, string> = personalCodeRecipients()): Promise<InternalTokenSigner> {
    let jwk: JWK;
    if (privateJwkJson) jwk = JSON.parse(privateJwkJson);
    else jwk = await exportJWK((await generateKeyPair('ES256', { extractable: true })).privateKey);
    const { d: _private, ...publicJwk } = jwk;
    const kid = jwk.kid ?? (await calculateJwkThumbprint(publicJwk));
    const key = (await importJWK(jwk, 'ES256')) as CryptoKey;
    return new InternalTokenSigner(key, kid, { keys: [{ ...publicJwk, kid, alg: 'ES256', use: 'sig' }] }, personalCodes);
  }

  /** Records each sending of personal codes to a registered subgraph other than the platform's own (in the person's access log). */
  logForwardingWith(log: ForwardingLog): void {
    this.forwardingLog = log;
  }

  /**
   * A token for `identity` that only the subgraph named `subgraph` accepts. Personal codes go to a registered
   * institution's subgraph only once the sending is logged; when it cannot be, it gets pseudonymous ids.
   */
  async sign(caller: Identity, subgraph: string): Promise<string> {
    let identity = identityFor(caller, subgraph, this.personalCodes);
    if (identity !== caller || !carriesPersonalCodes(caller)) return this.signed(identity, subgraph);
    if (!(subgraph in CORE_PERSONAL_CODE_PURPOSES)) {
      const logged = (await this.forwardingLog?.(caller, subgraph, this.personalCodes.get(subgraph)!).catch(() => false)) ?? false;
      if (!logged) identity = identityFor(caller, subgraph, new Map());
    }
    return this.signed(identity, subgraph);
  }

  private async signed(identity: Identity, subgraph: string): Promise<string> {
    const cacheKey = `${subgraph} ${JSON.stringify(identity)}`;
    const now = Math.floor(Date.now() / 1000);
    const hit = this.cache.get(cacheKey);
    if (hit && hit.reuseUntil > now) return hit.token;
    const token = await new SignJWT({ [IDENTITY_CLAIM]: identity })
      .setProtectedHeader({ alg: 'ES256', kid: this.kid })
      .setIssuer(INTERNAL_ISSUER)
      .setAudience(audienceFor(subgraph))
      .setSubject(identity.subject)
      .setIssuedAt(now)
      .setExpirationTime(now + LIFETIME_SECONDS)
      .sign(this.key);
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(cacheKey, { token, reuseUntil: now + LIFETIME_SECONDS - REUSE_SECONDS });
    return token;
  }
}
