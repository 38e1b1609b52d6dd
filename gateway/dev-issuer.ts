import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { SignJWT, exportJWK, generateKeyPair, importJWK, type JWK, type JSONWebKeySet } from 'jose';

export type DevSubject =
  /** A person; with `app`, the token was issued to that third-party application (azp). */
  | { person: string; name?: string; app?: string; scope?: string }
  | { institution: string; roles?: string[]; scope?: string }
  | { operator: string }
  /** A third-party application's own client-credentials token. */
  | { application: string; scope?: string };

/**
 * The signing key of the development OpenID provider (gateway/dev-oidc-provider.ts), and tokens minted with it
 * directly for tests and `npm run token` (institutions, operators, applications: clients the provider has no flow
 * for). The key lives in a file under the project, so `npm run token`, the provider and a running gateway agree.
 * Production configuration disables it (DEV_ISSUER=false) and points at the state's provider.
 */
export class DevIssuer {
  private constructor(readonly privateJwk: JWK, readonly jwks: JSONWebKeySet, private readonly audience: string, readonly issuer: string) {}

  static async load(file: string, audience: string, issuer: string): Promise<DevIssuer> {
    let jwk: JWK;
    if (existsSync(file)) jwk = JSON.parse(readFileSync(file, 'utf8'));
    else {
      const { privateKey } = await generateKeyPair('ES256', { extractable: true });
      jwk = { ...(await exportJWK(privateKey)), kid: `dev-${Date.now().toString(36)}`, alg: 'ES256' };
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(jwk), { mode: 0o600 });
    }
    const { d: _private, ...publicJwk } = jwk;
    return new DevIssuer(jwk, { keys: [publicJwk] }, audience, issuer);
  }

  /** The same key, minting for the issuer URL the provider got once it listens. */
  withIssuer(issuer: string): DevIssuer {
    return new DevIssuer(this.privateJwk, this.jwks, this.audience, issuer);
  }

  /** Claims follow what the gateway expects from any issuer (see gateway/authenticate.ts). */
  async issue(subject: DevSubject, ttlSeconds = 3600): Promise<string> {
    const key = await importJWK(this.privateJwk, 'ES256');
    const claims: Record<string, unknown> =
      'person' in subject
        ? { personal_code: subject.person, name: subject.name, azp: subject.app ?? 'psg-portal', scope: subject.scope }
        : 'institution' in subject
          ? { institution: subject.institution, roles: subject.roles ?? ['institution'], scope: subject.scope }
          : 'application' in subject
            ? { client_id: subject.application, scope: subject.scope }
            : { roles: ['operator'] };
    const sub =
      'person' in subject ? `person:${subject.person}`
      : 'institution' in subject ? `institution:${subject.institution}`
      : 'application' in subject ? `application:${subject.application}`
      : subject.operator;
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: this.privateJwk.kid })
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setSubject(sub)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
      .sign(key);
  }
}
