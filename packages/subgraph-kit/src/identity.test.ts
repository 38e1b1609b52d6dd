import { SignJWT, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { IdentityVerifier } from './identity.ts';

describe('IdentityVerifier', () => {
  it('answers 503, not 401, when the gateway\'s key set is out of reach', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const token = await new SignJWT({ psg: {} }).setProtectedHeader({ alg: 'ES256', kid: 'k' })
      .setIssuer('public-service-graph-gateway').setAudience('psg-subgraph:lad').setExpirationTime('2m').sign(privateKey);
    const verifier = new IdentityVerifier(new URL('http://127.0.0.1:9/.well-known/jwks.json'));
    expect(await verifier.check(`Bearer ${token}`, 'lad')).toMatchObject({ ok: false, status: 503 });
    expect(await verifier.check(undefined, 'lad')).toMatchObject({ ok: false, status: 401 });
    expect(await verifier.check('Basic dXNlcjpwYXNz', 'lad')).toMatchObject({ ok: false, status: 401 });
  });
});
