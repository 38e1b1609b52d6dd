import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OidcClient } from '../portal/shared/session.ts';
import { DEMO_PEOPLE, errorCodes, startTestGraph, type TestGraph } from './support/platform.ts';

// The portal's redirect URI as registered with the provider; nothing listens there, the test reads the redirect.
const PORTAL = 'http://127.0.0.1:9';
let graph: TestGraph;
let issuer: string;
beforeAll(async () => {
  graph = await startTestGraph({ PORTAL_URL: PORTAL });
  issuer = graph.platform.oidc!.issuer;
});
afterAll(() => graph?.stop());

/** A browser's part of the flow: cookies kept per run, redirects followed by hand so each hop can be checked. */
function browser() {
  const jar = new Map<string, string>();
  return async (url: string, init: RequestInit = {}) => {
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
    const location = res.headers.get('location');
    return { res, location: location ? new URL(location, url).href : null };
  };
}

/** Signs a demo person in on the provider's login page; returns the redirect back to the portal. */
async function signIn(authorizationUrl: string, personalCode: string, lang = 'lv'): Promise<string> {
  const go = browser();
  const toLogin = await go(authorizationUrl);
  const page = await go(toLogin.location!);
  expect(page.res.status).toBe(200);
  const html = await page.res.text();
  expect(html).toContain(`lang="${lang}"`);
  expect(html).toContain(DEMO_PEOPLE.liga.name);
  const action = /action="([^"]+)"/.exec(html)![1];
  const posted = await go(new URL(action, issuer).href, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `person=${personalCode}` });
  const back = await go(posted.location!);
  expect(back.location).toMatch(new RegExp(`^${PORTAL}/auth/callback\\?code=`));
  return back.location!;
}

describe('the development OpenID provider', () => {
  it('publishes discovery with PKCE, its JWKS (the key npm run token signs with) and logout', async () => {
    const meta = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as Record<string, any>;
    expect(meta.issuer).toBe(issuer);
    expect(meta.code_challenge_methods_supported).toContain('S256');
    expect(meta.end_session_endpoint).toBe(`${issuer}/session/end`);
    const jwks = (await (await fetch(meta.jwks_uri)).json()) as { keys: { kid: string; d?: string }[] };
    expect(jwks.keys.map((k) => k.kid)).toEqual(graph.platform.devIssuer!.jwks.keys.map((k) => k.kid));
    expect(jwks.keys.every((k) => k.d === undefined)).toBe(true);
  });

  it('signs a person in with the code flow and PKCE; the access token is the person at the gateway; refresh and logout', async () => {
    const client = new OidcClient({ issuer, clientId: graph.config.PORTAL_OIDC_CLIENT_ID, publicUrl: PORTAL });
    const { url, pending } = await client.authorizationUrl('lv');
    const callback = await signIn(url, DEMO_PEOPLE.liga.personalCode);
    const person = await client.callback(new URL(callback), pending);
    expect(person.name).toBe(DEMO_PEOPLE.liga.name);
    const me = await graph.gql('{ me { displayName personalCode } }', {}, { token: person.accessToken });
    expect(me.data.me).toEqual({ displayName: DEMO_PEOPLE.liga.name, personalCode: DEMO_PEOPLE.liga.personalCode });

    const refreshed = await client.refresh(person);
    expect(refreshed?.accessToken).toBeTruthy();
    expect(refreshed!.accessToken).not.toBe(person.accessToken);
    expect((await graph.gql('{ me { displayName } }', {}, { token: refreshed!.accessToken })).data.me.displayName).toBe(DEMO_PEOPLE.liga.name);

    // Logout revokes the refresh token and sends the browser to the provider's end-session page.
    const logout = await client.logoutUrl(refreshed!);
    expect(logout.startsWith(`${issuer}/session/end?`)).toBe(true);
    expect(await client.refresh(refreshed!)).toBeNull();
  });

  it('a code used twice gives nothing the second time, and revokes what the first use gave', async () => {
    const client = new OidcClient({ issuer, clientId: 'psg-portal', publicUrl: PORTAL });
    const { url, pending } = await client.authorizationUrl('en');
    const callback = await signIn(url, DEMO_PEOPLE.liga.personalCode, 'en');
    const person = await client.callback(new URL(callback), pending);
    await expect(client.callback(new URL(callback), pending)).rejects.toThrow();
    expect(await client.refresh(person)).toBeNull();
  });

  it('refuses an authorization request without PKCE, and a code sent with the wrong verifier', async () => {
    const noPkce = await fetch(`${issuer}/auth?client_id=psg-portal&response_type=code&scope=openid&redirect_uri=${encodeURIComponent(`${PORTAL}/auth/callback`)}`, { redirect: 'manual' });
    expect(noPkce.headers.get('location')).toContain('error=invalid_request');
    const client = new OidcClient({ issuer, clientId: 'psg-portal', publicUrl: PORTAL });
    const { url, pending } = await client.authorizationUrl('lv');
    const callback = await signIn(url, DEMO_PEOPLE.liga.personalCode);
    await expect(client.callback(new URL(callback), { ...pending, verifier: `${pending.verifier}x` })).rejects.toThrow();
  });

  it('its tokens are trusted only as themselves: another issuer or audience with the same key is refused', async () => {
    const other = graph.platform.devIssuer!.withIssuer('http://127.0.0.1:1');
    const res = await graph.gql('{ me { displayName } }', {}, { token: await other.issue({ person: DEMO_PEOPLE.liga.personalCode }) });
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
  });
});
