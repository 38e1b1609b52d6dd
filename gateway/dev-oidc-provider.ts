import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { DEMO_PEOPLE } from '@public-service-graph/subgraph-kit/demo-people';
import type { DevIssuer } from './dev-issuer.ts';
import { loginPage, logoutPage, loggedOutPage, errorPage } from './dev-login-page.ts';

/**
 * The development OpenID provider: a certified implementation (`oidc-provider`) standing in for the state's
 * identity provider (Latvija.lv eID), so portals run the authorization code flow with PKCE, refresh and logout
 * exactly as in production. Its login page lists the demo persons, as a test eID environment does. It signs with
 * the development issuer's key, so `npm run token` and the tests mint tokens the gateway accepts from it too.
 */

/** The resource indicator of the graph: access tokens for it are JWTs with the gateway's audience. */
export const GRAPH_RESOURCE = 'urn:public-service-graph';

/** Persons one can sign in as: adults (a minor is represented by a parent, not signed in). */
export const LOGIN_PERSONS = Object.values(DEMO_PEOPLE).filter((p) => p.personalCode !== DEMO_PEOPLE.emilija.personalCode);

const accountOf = (sub: string) => LOGIN_PERSONS.find((p) => `person:${p.personalCode}` === sub);

export interface DevOidcProvider {
  issuer: string;
  /** Mints tokens with the provider's key and issuer, for tests and `npm run token`. */
  devIssuer: DevIssuer;
  jwksUrl: string;
  close(): Promise<void>;
}

export interface DevOidcOptions {
  issuer: DevIssuer;
  audience: string;
  host: string;
  port: number;
  /** The issuer URL; else http://host:port once listening. */
  issuerUrl?: string;
  /** The first-party portals' OIDC clients and their public URLs (redirects go to <url>/auth/callback). */
  clients: { clientId: string; url: string }[];
}

export async function startDevOidcProvider(opts: DevOidcOptions): Promise<DevOidcProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(opts.port, opts.host, resolve));
  const address = `http://${opts.host}:${(server.address() as AddressInfo).port}`;
  const issuerUrl = opts.issuerUrl ?? address;
  const provider = new Provider(issuerUrl, configuration(opts));
  const callback = provider.callback();
  server.on('request', (req, res) => {
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(req.url ?? '');
    if (!match) return void callback(req, res);
    interaction(provider, req, res, !!match[2]).catch((err) => {
      res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' }).end(errorPage(String(err?.message ?? err)));
    });
  });
  return {
    issuer: issuerUrl,
    devIssuer: opts.issuer.withIssuer(issuerUrl),
    // Where this process serves its keys, whatever issuer name it was given (DEV_OIDC_ISSUER behind a proxy).
    jwksUrl: `${address}/jwks`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

function configuration(opts: DevOidcOptions): Configuration {
  return {
    clients: opts.clients.map(({ clientId, url }) => ({
      client_id: clientId,
      client_name: 'Latvija.lv',
      token_endpoint_auth_method: 'none',
      application_type: 'web',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: [`${url}/auth/callback`],
      post_logout_redirect_uris: [`${url}/`],
      id_token_signed_response_alg: 'ES256',
    })),
    jwks: { keys: [opts.issuer.privateJwk as any] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    claims: { openid: ['sub'], profile: ['name', 'personal_code'] },
    scopes: ['openid', 'profile', 'offline_access'],
    findAccount: async (_ctx, sub) => {
      const person = accountOf(sub);
      if (!person) return undefined;
      return { accountId: sub, claims: async () => ({ sub, name: person.name, personal_code: person.personalCode }) };
    },
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => void (ctx.body = logoutPage(form, String(ctx.oidc.params?.ui_locales ?? 'lv'))),
        postLogoutSuccessSource: async (ctx) => void (ctx.body = loggedOutPage()),
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => GRAPH_RESOURCE,
        useGrantedResource: async () => true,
        getResourceServerInfo: async () => ({
          scope: 'openid profile',
          audience: opts.audience,
          accessTokenTTL: 10 * 60,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'ES256' } },
        }),
      },
    },
    // The gateway reads who the person is from the access token itself (gateway/authenticate.ts).
    extraTokenClaims: async (_ctx, token) => {
      if (token.kind !== 'AccessToken' || !token.accountId) return undefined;
      const person = accountOf(token.accountId);
      return person ? { personal_code: person.personalCode, name: person.name } : undefined;
    },
    // A first-party portal keeps the person signed in with a refresh token; no consent screen for it.
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    ttl: {
      AccessToken: 10 * 60,
      AuthorizationCode: 60,
      IdToken: 60 * 60,
      RefreshToken: 8 * 60 * 60,
      Interaction: 60 * 60,
      Session: 8 * 60 * 60,
      Grant: 8 * 60 * 60,
    },
    renderError: async (ctx: KoaContextWithOIDC, out) => {
      ctx.type = 'html';
      ctx.body = errorPage(`${out.error}: ${out.error_description ?? ''}`);
    },
  };
}

/** The login page and its answer: the person chosen signs in, and the portal gets the graph's scopes. */
async function interaction(provider: Provider, req: http.IncomingMessage, res: http.ServerResponse, submitted: boolean) {
  const details = await provider.interactionDetails(req, res);
  if (!submitted) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    return void res.end(loginPage(details.uid, LOGIN_PERSONS, String(details.params.ui_locales ?? 'lv')));
  }
  if (req.method !== 'POST') throw new Error('The login form must be posted.');
  const form = new URLSearchParams(await readBody(req));
  const person = LOGIN_PERSONS.find((p) => p.personalCode === form.get('person'));
  if (!person) throw new Error('Choose a person from the list.');
  const accountId = `person:${person.personalCode}`;
  const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
  grant.addOIDCScope(String(details.params.scope ?? 'openid'));
  grant.addOIDCClaims(['name', 'personal_code']);
  grant.addResourceScope(GRAPH_RESOURCE, 'openid profile');
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { login: { accountId }, consent: { grantId } }, { mergeWithLastSubmission: false });
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      body += chunk;
      if (body.length > 10_000) reject(new Error('The form is too large.'));
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}
