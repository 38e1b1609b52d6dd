import { randomBytes, timingSafeEqual } from 'node:crypto';
import * as oidc from 'openid-client';
import type { Lang } from './lang.ts';

/**
 * Server-side sessions: the browser holds only a random id in an HttpOnly, SameSite=Lax cookie (Secure over TLS);
 * tokens never reach it. Every form carries the session's CSRF token. Sessions live in this process's memory: a
 * portal run as several replicas needs a shared store (Redis) behind the same interface.
 */
export interface Session {
  id: string;
  csrf: string;
  lang?: Lang;
  /** While signing in: the PKCE verifier and state of the authorization request, and where to return. */
  pending?: { verifier: string; state: string; returnTo: string };
  person?: { name: string; accessToken: string; refreshToken?: string; idToken?: string; expiresAt: number };
  /** The represented party chosen (ClientSummary.id, sent as X-Act-For) and its name for the banner. */
  actFor?: { id: string; name: string };
  flash?: string;
  touched: number;
}

const IDLE_MS = 30 * 60_000;
export const SESSION_COOKIE = 'psg_portal_session';

export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  get(id: string | undefined): Session | undefined {
    const s = id ? this.sessions.get(id) : undefined;
    if (!s) return undefined;
    if (Date.now() - s.touched > IDLE_MS) return void this.sessions.delete(s.id);
    s.touched = Date.now();
    return s;
  }

  create(from?: Partial<Session>): Session {
    const s: Session = { ...from, id: randomBytes(32).toString('base64url'), csrf: randomBytes(24).toString('base64url'), touched: Date.now() };
    this.sessions.set(s.id, s);
    return s;
  }

  /** A new id after signing in or out, so an id planted before sign-in is worth nothing after it. */
  rotate(s: Session, keep: Partial<Session>): Session {
    this.sessions.delete(s.id);
    return this.create({ lang: s.lang, ...keep });
  }

  delete(id: string) {
    this.sessions.delete(id);
  }
}

export const csrfValid = (session: Session | undefined, sent: unknown): boolean => {
  if (!session || typeof sent !== 'string') return false;
  const a = Buffer.from(session.csrf);
  const b = Buffer.from(sent);
  return a.length === b.length && timingSafeEqual(a, b);
};

export interface OidcSettings {
  issuer: string;
  clientId: string;
  /** The portal's public URL: redirects come back to <url>/auth/callback. */
  publicUrl: string;
}

/** The authorization code flow with PKCE against the configured issuer (openid-client, certified). */
export class OidcClient {
  private config: Promise<oidc.Configuration> | null = null;

  constructor(private readonly settings: OidcSettings) {}

  private configuration(): Promise<oidc.Configuration> {
    if (!this.config) {
      const insecure = this.settings.issuer.startsWith('http://');
      this.config = oidc
        .discovery(new URL(this.settings.issuer), this.settings.clientId, { id_token_signed_response_alg: 'ES256' }, oidc.None(), insecure ? { execute: [oidc.allowInsecureRequests] } : undefined)
        .catch((err) => {
          this.config = null; // the provider may come up later: discover again on the next sign-in
          throw err;
        });
    }
    return this.config;
  }

  async authorizationUrl(lang: Lang): Promise<{ url: string; pending: { verifier: string; state: string } }> {
    const config = await this.configuration();
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: `${this.settings.publicUrl}/auth/callback`,
      scope: 'openid profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      ui_locales: lang,
    });
    return { url: url.href, pending: { verifier, state } };
  }

  async callback(currentUrl: URL, pending: { verifier: string; state: string }): Promise<NonNullable<Session['person']>> {
    const config = await this.configuration();
    const tokens = await oidc.authorizationCodeGrant(config, currentUrl, { pkceCodeVerifier: pending.verifier, expectedState: pending.state });
    const claims = tokens.claims();
    return {
      name: String(claims?.name ?? ''),
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token,
      idToken: tokens.id_token,
      expiresAt: Date.now() + (tokens.expiresIn() ?? 300) * 1000,
    };
  }

  /** A fresh access token before the old one runs out; null when the person must sign in again. */
  async refresh(person: NonNullable<Session['person']>): Promise<NonNullable<Session['person']> | null> {
    if (!person.refreshToken) return null;
    try {
      const tokens = await oidc.refreshTokenGrant(await this.configuration(), person.refreshToken);
      return { ...person, accessToken: tokens.access_token, refreshToken: tokens.refresh_token ?? person.refreshToken, expiresAt: Date.now() + (tokens.expiresIn() ?? 300) * 1000 };
    } catch {
      return null;
    }
  }

  /** Revokes the refresh token and returns the provider's logout URL (it asks the person, then comes back). */
  async logoutUrl(person: NonNullable<Session['person']>, lang: Lang = 'lv'): Promise<string> {
    const config = await this.configuration();
    if (person.refreshToken) await oidc.tokenRevocation(config, person.refreshToken).catch(() => undefined);
    return oidc.buildEndSessionUrl(config, {
      ...(person.idToken ? { id_token_hint: person.idToken } : {}),
      post_logout_redirect_uri: `${this.settings.publicUrl}/`,
      ui_locales: lang,
    }).href;
  }
}
