import { readFileSync } from 'node:fs';
import { SignJWT, importJWK, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, startTestGraph, type TestGraph } from './support/platform.ts';

/**
 * Holes an outside attack found in authentication: tokens that never expire, and failed authentications that cost
 * the guesser nothing. Each test sends its own X-Forwarded-For (TRUST_PROXY=1), so each is its own client IP.
 */
let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph({
    TRUST_PROXY: '1',
    MAX_TOKEN_LIFETIME: '3600',
    RATE_LIMITS: 'anonymous=100000000,token=100000000,operator=100000000,authFailures=5',
  });
});
afterAll(() => graph?.stop());

const ME = '{ me { displayName } }';
const from = (ip: string, token?: string) => ({ token, headers: { 'x-forwarded-for': ip } });

/** A token signed by the trusted development issuer's own key, with the claims given (and no others). */
async function signed(claims: { iat?: number; exp?: number }): Promise<string> {
  const jwk = JSON.parse(readFileSync(graph.config.DEV_ISSUER_KEY_FILE, 'utf8')) as JWK;
  let jwt = new SignJWT({ personal_code: '150385-12346', azp: 'psg-portal' })
    .setProtectedHeader({ alg: 'ES256', kid: jwk.kid })
    .setIssuer(graph.platform.devIssuer!.issuer)
    .setAudience(graph.config.OIDC_AUDIENCE)
    .setSubject('person:150385-12346');
  if (claims.iat !== undefined) jwt = jwt.setIssuedAt(claims.iat);
  if (claims.exp !== undefined) jwt = jwt.setExpirationTime(claims.exp);
  return jwt.sign(await importJWK(jwk, 'ES256'));
}

describe('token lifetime', () => {
  const now = () => Math.floor(Date.now() / 1000);

  it('a trusted issuer’s token without exp is refused: 401 UNAUTHENTICATED naming the claim', async () => {
    const res = await graph.gql(ME, {}, from('10.0.1.1', await signed({ iat: now() })));
    expect(res.status).toBe(401);
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    expect(res.errors![0].message).toContain('"exp"');
  });

  it('a token without iat is refused', async () => {
    const res = await graph.gql(ME, {}, from('10.0.1.2', await signed({ exp: now() + 600 })));
    expect(res.status).toBe(401);
    expect(res.errors![0].message).toContain('"iat"');
  });

  it('a token living longer than MAX_TOKEN_LIFETIME is refused, also when it claims to be issued later', async () => {
    for (const token of [await signed({ iat: now(), exp: now() + 3600 * 24 * 365 }), await signed({ iat: now() + 3600 * 24, exp: now() + 3600 * 24 + 60 })]) {
      const res = await graph.gql(ME, {}, from('10.0.1.3', token));
      expect(res.status).toBe(401);
      expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('a token within the cap is accepted', async () => {
    const res = await graph.gql(ME, {}, from('10.0.1.4', await signed({ iat: now(), exp: now() + 3600 })));
    expect(res.errors).toBeUndefined();
    expect(res.data.me.displayName).toBeTruthy();
  });
});

describe('failed authentications are rate limited per IP', () => {
  it('after 5 failures a minute the IP gets 429 RATE_LIMITED with Retry-After, even with a valid token; other IPs and anonymous requests are not affected', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await graph.gql(ME, {}, from('10.0.2.1', 'not-a-token'))).status);
    for (let i = 0; i < 2; i++) statuses.push((await graph.gql(ME, {}, { headers: { 'x-forwarded-for': '10.0.2.1', 'x-api-key': `psg_guess${i}_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx` } })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);

    const valid = await graph.token({ person: '150385-12346' });
    const refused = await graph.gql(ME, {}, from('10.0.2.1', valid));
    expect(refused.status).toBe(429);
    expect(errorCodes(refused)).toEqual(['RATE_LIMITED']);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.errors![0].extensions).toMatchObject({ reason: 'AUTHENTICATION_FAILURES' });

    expect((await graph.gql(ME, {}, from('10.0.2.2', valid))).status).toBe(200);
    expect((await graph.gql('{ services(first: 1) { totalCount } }', {}, from('10.0.2.1'))).status).toBe(200);
  });

  it('successful authentications cost nothing from the failure budget', async () => {
    const valid = await graph.token({ person: '150385-12346' });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await graph.gql(ME, {}, from('10.0.2.3', valid))).status);
    expect(statuses.every((s) => s === 200)).toBe(true);
  });
});
