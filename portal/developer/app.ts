import { readFileSync } from 'node:fs';
import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import { getCookie, setCookie } from 'hono/cookie';
import { html } from 'hono/html';
import { graphiqlHtml } from '../../gateway/graphiql.ts';
import { callGraph, GraphError, GraphUnavailable, unavailable } from '../shared/graph.ts';
import { isLang, type Lang } from '../shared/lang.ts';
import { csrfValid, OidcClient, SessionStore, type Session } from '../shared/session.ts';
import { page, view, type Html, type View } from './layout.ts';
import { registerApplicationRoutes } from './pages/apps.ts';
import { CONTRACT, catalogueOf, cataloguePage, typePage } from './pages/catalogue.ts';
import { guide, guidesPage } from './pages/guides.ts';
import { CHANGELOG, changelogPage, graphiqlHelpPage, STATUS, statusPage } from './pages/info.ts';

export interface DeveloperPortalOptions {
  /** The public GraphQL endpoint: the portal's only source of data, and where its GraphiQL sends operations. */
  graphqlUrl: string;
  /** The OpenID provider developers sign in with, and the portal's client id there. */
  issuer: string;
  clientId: string;
  /** The portal's own public URL (OIDC redirects; Secure cookies when https). */
  publicUrl: string;
}

export type DevEnv = { Variables: { session?: Session; v: View } };
const SESSION_COOKIE = 'psg_developer_session';
const CSS = readFileSync(new URL('../shared/assets/portal.css', import.meta.url), 'utf8');

/** What the routes share: the graph, the sessions, the sign-in. */
export class DeveloperPortal {
  readonly sessions = new SessionStore();
  readonly oidc: OidcClient;
  readonly secure: boolean;

  constructor(readonly options: DeveloperPortalOptions) {
    this.oidc = new OidcClient({ issuer: options.issuer, clientId: options.clientId, publicUrl: options.publicUrl });
    this.secure = options.publicUrl.startsWith('https://');
  }

  session(c: Context<DevEnv>): Session {
    let s = c.get('session');
    if (!s) {
      s = this.sessions.create({ lang: c.get('v').lang });
      this.setSession(c, s);
    }
    return s;
  }

  setSession(c: Context<DevEnv>, s: Session) {
    c.set('session', s);
    c.get('v').session = s;
    setCookie(c, SESSION_COOKIE, s.id, { httpOnly: true, sameSite: 'Lax', secure: this.secure, path: '/' });
  }

  /** Calls the graph as the signed-in developer (a person), or anonymously. */
  async ask<T = any>(c: Context<DevEnv>, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const s = c.get('session');
    if (s?.person && s.person.expiresAt - Date.now() < 30_000) {
      const fresh = await this.oidc.refresh(s.person);
      if (fresh) s.person = fresh;
      else delete s.person;
    }
    return callGraph<T>(this.options.graphqlUrl, { lang: c.get('v').lang, accessToken: s?.person?.accessToken }, query, variables);
  }

  private readonly cache = new Map<string, { until: number; value: Promise<any> }>();

  /** Public data every visitor sees alike (the contract, the status), read at most every 30 seconds. */
  shared<T = any>(c: Context<DevEnv>, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const key = `${query} ${JSON.stringify(variables)}`;
    const hit = this.cache.get(key);
    if (hit && hit.until > Date.now()) return hit.value;
    const value = callGraph<T>(this.options.graphqlUrl, { lang: c.get('v').lang }, query, variables);
    // Kept only whole: a part missing for an outage is asked for again on the next page.
    value.then((answer) => unavailable(answer) && this.cache.delete(key), () => this.cache.delete(key));
    this.cache.set(key, { until: Date.now() + 30_000, value });
    return value;
  }

  render(c: Context<DevEnv>, title: string, body: Html, status: 200 | 400 | 403 | 404 = 200) {
    return c.html(page(c.get('v'), title, body), status);
  }

  message(c: Context<DevEnv>, title: string, text: string, status: 400 | 403 | 404) {
    return this.render(c, title, html`<p class="error">${text}</p>`, status);
  }
}

export function createDeveloperPortal(options: DeveloperPortalOptions): Hono<DevEnv> {
  const portal = new DeveloperPortal(options);
  const app = new Hono<DevEnv>();
  const issuerOrigin = new URL(options.issuer).origin;
  const graphOrigin = new URL(options.graphqlUrl).origin;

  app.use('*', compress());
  app.use('*', async (c, next) => {
    const asked = c.req.query('lang');
    const session = portal.sessions.get(getCookie(c, SESSION_COOKIE));
    let lang: Lang = session?.lang ?? (isLang(getCookie(c, 'psg_lang')) ? (getCookie(c, 'psg_lang') as Lang) : 'lv');
    if (isLang(asked)) {
      lang = asked;
      if (session) session.lang = asked;
      setCookie(c, 'psg_lang', asked, { httpOnly: true, sameSite: 'Lax', secure: portal.secure, path: '/', maxAge: 365 * 86400 });
    }
    c.set('session', session);
    c.set('v', view(lang, new URL(c.req.url), session));
    await next();
    // GraphiQL is one inline page (the editor, its styles and workers, from the project's own dependencies) that
    // sends operations to the graph; every other page runs no script at all.
    const graphiql = c.req.path === '/graphiql';
    c.header('Content-Security-Policy', graphiql
      ? `default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval' blob:; worker-src blob:; style-src 'unsafe-inline'; font-src data:; img-src data: 'self'; connect-src ${graphOrigin}; form-action 'none'; frame-ancestors 'none'; base-uri 'none'`
      : `default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self' ${issuerOrigin}; frame-ancestors 'none'; base-uri 'none'`);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
    if (portal.secure) c.header('Strict-Transport-Security', 'max-age=31536000');
    if (!c.res.headers.get('cache-control')) c.header('Cache-Control', session?.person ? 'no-store' : 'no-cache');
  });

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
      return c.html(page(v, v.t('unavailable'), html`<p class="error">${v.t('unavailableText')}</p>`), err.status);
    }
    console.error(err);
    return c.html(page(v, v.t('error'), html`<p class="error">${v.t('error')}</p>`), 500);
  });

  app.get('/assets/portal.css', (c) => c.body(CSS, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' }));
  app.get('/healthz', (c) => c.text('ok'));

  app.get('/', (c) => {
    const { t } = c.get('v');
    return portal.render(c, t('siteName'), html`<p>${t('intro')}</p><ul>
      <li><a href="/catalogue">${t('catalogue')}</a></li><li><a href="/guides">${t('guides')}</a></li><li><a href="/changelog">${t('changelog')}</a></li>
      <li><a href="/status">${t('status')}</a></li><li><a href="/graphiql-help">${t('graphiql')}</a></li><li><a href="/apps">${t('apps')}</a></li></ul>`);
  });

  app.get('/catalogue', async (c) => {
    const catalogue = catalogueOf(await portal.shared(c, CONTRACT));
    if (!catalogue) throw new GraphUnavailable(503);
    return portal.render(c, c.get('v').t('catalogue'), cataloguePage(c.get('v'), catalogue, (c.req.query('q') ?? '').trim().slice(0, 200)));
  });

  app.get('/catalogue/:type', async (c) => {
    const catalogue = catalogueOf(await portal.shared(c, CONTRACT));
    const type = catalogue?.schema.getType(c.req.param('type'));
    if (!catalogue || !type || type.name.startsWith('__')) return portal.message(c, c.get('v').t('notFound'), c.get('v').t('notFoundText'), 404);
    return portal.render(c, type.name, typePage(c.get('v'), catalogue, type));
  });

  app.get('/contract/public.graphql', async (c) => {
    const data = await portal.shared(c, CONTRACT);
    return c.body(data.publicContractVersions.nodes[0]?.sdl ?? '', 200, { 'content-type': 'text/plain; charset=utf-8', 'content-disposition': 'inline; filename="public.graphql"' });
  });

  app.get('/guides', (c) => portal.render(c, c.get('v').t('guides'), guidesPage(c.get('v'))));
  app.get('/guides/:name', (c) => {
    const g = guide(c.req.param('name'));
    return g ? portal.render(c, g.title, g.body) : portal.message(c, c.get('v').t('notFound'), c.get('v').t('notFoundText'), 404);
  });

  app.get('/changelog', async (c) => portal.render(c, c.get('v').t('changelog'), changelogPage(c.get('v'), await portal.shared(c, CHANGELOG, { after: c.req.query('after') ?? null }))));
  app.get('/status', async (c) => portal.render(c, c.get('v').t('status'), statusPage(c.get('v'), await portal.shared(c, STATUS))));
  app.get('/graphiql-help', (c) => portal.render(c, c.get('v').t('graphiql'), graphiqlHelpPage(c.get('v'))));

  app.get('/graphiql', (c) => c.html(graphiqlHtml({ endpoint: options.graphqlUrl })));
  // The key shown once after it was made: opened in GraphiQL by a form post, so it never sits in a URL or history.
  app.post('/graphiql', async (c) => {
    const key = String((await c.req.parseBody()).key ?? '');
    c.header('Cache-Control', 'no-store');
    return c.html(graphiqlHtml({ endpoint: options.graphqlUrl, headers: /^psg_\w+_[\w-]+$/.test(key) ? { 'X-API-Key': key } : {} }));
  });

  registerAuthRoutes(app, portal);
  registerApplicationRoutes(app, portal);
  app.notFound((c) => portal.message(c, c.get('v').t('notFound'), c.get('v').t('notFoundText'), 404));
  return app;
}

const safeReturn = (to: string | undefined) => (to && to.startsWith('/') && !to.startsWith('//') ? to : '/');

/** Sign-in through the OpenID provider (code flow with PKCE), as in the citizen portal. */
function registerAuthRoutes(app: Hono<DevEnv>, portal: DeveloperPortal) {
  app.get('/auth/login', async (c) => {
    const s = portal.session(c);
    const { url, pending } = await portal.oidc.authorizationUrl(c.get('v').lang);
    s.pending = { ...pending, returnTo: safeReturn(c.req.query('returnTo')) };
    return c.redirect(url, 302);
  });
  app.get('/auth/callback', async (c) => {
    const s = c.get('session');
    if (!s?.pending) return portal.message(c, c.get('v').t('error'), c.get('v').t('invalidLogin'), 400);
    try {
      const person = await portal.oidc.callback(new URL(`${portal.options.publicUrl}${c.req.path}${new URL(c.req.url).search}`), s.pending);
      const returnTo = s.pending.returnTo;
      portal.setSession(c, portal.sessions.rotate(s, { person }));
      return c.redirect(returnTo, 303);
    } catch {
      delete s.pending;
      return portal.message(c, c.get('v').t('error'), c.get('v').t('invalidLogin'), 400);
    }
  });
  app.post('/auth/logout', async (c) => {
    const s = c.get('session');
    if (s) portal.sessions.delete(s.id);
    setCookie(c, SESSION_COOKIE, '', { path: '/', maxAge: 0 });
    return c.redirect('/', 303);
  });
}
