import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import { getCookie, setCookie } from 'hono/cookie';
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { callGraph, GraphError, GraphUnavailable, unavailable } from './graph.ts';
import { isLang, type Lang } from './lang.ts';
import { csrfValid, OidcClient, SessionStore, type Session } from './session.ts';

/**
 * What every portal shares: a server-side session per browser, sign-in with the OpenID provider (code flow with
 * PKCE), the graph asked as the signed-in person, the reader's language, the security headers, and a page for each
 * way a request can fail. Each portal (portal/<name>/app.ts) adds its pages, its sign-out and its Content-Security-Policy.
 */

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** The words the shared part shows: every portal's i18n has them. */
type Word = 'error' | 'csrf' | 'forbidden' | 'invalidLogin' | 'busy' | 'busyText' | 'unavailable' | 'unavailableText' | 'retryIn';

/** What a page renders with: the reader's language and words, their session and where they are. */
export interface BaseView { lang: Lang; session?: Session; url: URL; t(key: Word): string }

/** `returnTo`: an origin the page's forms may end up at (the citizen portal's consent flow). */
export type PortalEnv<V extends BaseView> = { Variables: { session?: Session; v: V; returnTo?: string } };

export interface PortalOptions {
  /** The public GraphQL endpoint: the portal's only source of data. */
  graphqlUrl: string;
  /** An API key of the portal's own (its rate-limit tier) for anonymous reads; a person's requests go with their token. */
  apiKey?: string;
  /** The OpenID provider (the state's in production; the development provider otherwise), and the portal's client id. */
  issuer: string;
  clientId: string;
  /** The portal's own public URL (OIDC redirects; Secure cookies when https). */
  publicUrl: string;
}

export interface PortalKind<V extends BaseView> {
  /** The session cookie's name: each portal its own. */
  cookie: string;
  /** How long `shared` keeps data every visitor sees alike. */
  sharedMs: number;
  view(lang: Lang, url: URL, session?: Session): V;
  page(v: V, title: string, content: Html): Html;
  /** The answer's Content-Security-Policy; `issuerOrigin` must be a form action (sign-out posts there). */
  csp(c: Context<PortalEnv<V>>, issuerOrigin: string): string;
}

export class Portal<V extends BaseView> {
  readonly sessions = new SessionStore();
  readonly oidc: OidcClient;
  readonly secure: boolean;
  private readonly cache = new Map<string, { until: number; value: Promise<any> }>();

  constructor(readonly options: PortalOptions, readonly kind: PortalKind<V>) {
    this.oidc = new OidcClient({ issuer: options.issuer, clientId: options.clientId, publicUrl: options.publicUrl });
    this.secure = options.publicUrl.startsWith('https://');
  }

  /** The session, created when a page needs one (a form's CSRF token, a sign-in in progress). */
  session(c: Context<PortalEnv<V>>): Session {
    let s = c.get('session');
    if (!s) {
      s = this.sessions.create({ lang: c.get('v').lang });
      this.setSession(c, s);
    }
    return s;
  }

  setSession(c: Context<PortalEnv<V>>, s: Session) {
    c.set('session', s);
    c.get('v').session = s;
    setCookie(c, this.kind.cookie, s.id, { httpOnly: true, sameSite: 'Lax', secure: this.secure, path: '/' });
  }

  /** Calls the graph as the signed-in person (refreshing the access token first when it is about to run out), or anonymously. */
  async ask<T = any>(c: Context<PortalEnv<V>>, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const s = c.get('session');
    if (s?.person && s.person.expiresAt - Date.now() < 30_000) {
      const fresh = await this.oidc.refresh(s.person);
      if (fresh) s.person = fresh;
      else delete s.person;
    }
    const accessToken = s?.person?.accessToken;
    return callGraph<T>(this.options.graphqlUrl, { lang: c.get('v').lang, accessToken, actFor: s?.actFor?.id, apiKey: accessToken ? undefined : this.options.apiKey }, query, variables);
  }

  /** Public data every visitor sees alike (filter choices, the contract), read once per language every `sharedMs`. */
  shared<T = any>(c: Context<PortalEnv<V>>, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const key = `${c.get('v').lang} ${query} ${JSON.stringify(variables)}`;
    const hit = this.cache.get(key);
    if (hit && hit.until > Date.now()) return hit.value;
    const value = callGraph<T>(this.options.graphqlUrl, { lang: c.get('v').lang, apiKey: this.options.apiKey }, query, variables);
    // Kept only whole: a part missing for an outage is asked for again on the next page.
    value.then((answer) => unavailable(answer) && this.cache.delete(key), () => this.cache.delete(key));
    this.cache.set(key, { until: Date.now() + this.kind.sharedMs, value });
    return value;
  }

  message(c: Context<PortalEnv<V>>, title: string, text: string, status: 400 | 403 | 404) {
    return c.html(this.kind.page(c.get('v'), title, html`<p class="error">${text}</p>`), status);
  }
}

const safeReturn = (to: string | undefined) => (to && to.startsWith('/') && !to.startsWith('//') ? to : '/');

/** The app a portal starts from: everything above as middleware, the failure pages and sign-in; the portal adds its pages. */
export function portalApp<V extends BaseView>(portal: Portal<V>): Hono<PortalEnv<V>> {
  const app = new Hono<PortalEnv<V>>();
  const { kind } = portal;
  const issuerOrigin = new URL(portal.options.issuer).origin;

  app.use('*', compress());
  app.use('*', async (c, next) => {
    const asked = c.req.query('lang');
    const session = portal.sessions.get(getCookie(c, kind.cookie));
    const remembered = getCookie(c, 'psg_lang');
    let lang: Lang = session?.lang ?? (isLang(remembered) ? remembered : 'lv');
    if (isLang(asked)) {
      lang = asked;
      if (session) session.lang = asked;
      setCookie(c, 'psg_lang', asked, { httpOnly: true, sameSite: 'Lax', secure: portal.secure, path: '/', maxAge: 365 * 86400 });
    }
    c.set('session', session);
    c.set('v', kind.view(lang, new URL(c.req.url), session));
    await next();
    c.header('Content-Security-Policy', kind.csp(c, issuerOrigin));
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
    if (portal.secure) c.header('Strict-Transport-Security', 'max-age=31536000');
    if (!c.res.headers.get('cache-control')) c.header('Cache-Control', session?.person ? 'no-store' : 'no-cache');
  });

  // Every form posts its session's CSRF token; a POST without the right one changes nothing.
  app.post('*', async (c, next) => {
    const form = await c.req.parseBody({ all: true });
    if (!csrfValid(c.get('session'), form.csrf)) return portal.message(c, c.get('v').t('error'), c.get('v').t('csrf'), 403);
    await next();
  });

  app.onError((err, c) => {
    const v = c.get('v');
    if (err instanceof GraphError && err.code === 'UNAUTHENTICATED') {
      const s = c.get('session');
      if (s) delete s.person;
      return c.redirect(`/auth/login?returnTo=${encodeURIComponent(v.url.pathname)}`, 303);
    }
    if (err instanceof GraphError && err.code === 'FORBIDDEN') return portal.message(c, v.t('error'), v.t('forbidden'), 403);
    if (err instanceof GraphError && err.code === 'BAD_USER_INPUT') return portal.message(c, v.t('error'), err.message, 400);
    if (err instanceof GraphUnavailable) {
      if (err.retryAfter) c.header('Retry-After', err.retryAfter);
      c.header('Cache-Control', 'no-store');
      const [title, text] = err.status === 429 ? [v.t('busy'), v.t('busyText')] : [v.t('unavailable'), v.t('unavailableText')];
      const wait = err.retryAfter ? html`<p>${v.t('retryIn')} ${err.retryAfter}</p>` : '';
      return c.html(kind.page(v, title, html`<p class="error">${text}</p>${wait}`), err.status);
    }
    console.error(err);
    return c.html(kind.page(v, v.t('error'), html`<p class="error">${v.t('error')}</p>`), 500);
  });

  app.get('/healthz', (c) => c.text('ok'));

  app.get('/auth/login', async (c) => {
    const s = portal.session(c);
    const { url, pending } = await portal.oidc.authorizationUrl(c.get('v').lang);
    s.pending = { ...pending, returnTo: safeReturn(c.req.query('returnTo')) };
    return c.redirect(url, 302);
  });

  app.get('/auth/callback', async (c) => {
    const s = c.get('session');
    if (!s?.pending) return portal.message(c, c.get('v').t('error'), c.get('v').t('invalidLogin'), 400);
    let person;
    try {
      person = await portal.oidc.callback(new URL(`${portal.options.publicUrl}${c.req.path}${new URL(c.req.url).search}`), s.pending);
    } catch {
      delete s.pending;
      return portal.message(c, c.get('v').t('error'), c.get('v').t('invalidLogin'), 400);
    }
    const returnTo = s.pending.returnTo;
    portal.setSession(c, portal.sessions.rotate(s, { person }));
    return c.redirect(returnTo, 303);
  });

  return app;
}
