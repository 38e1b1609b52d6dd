import { readFileSync } from 'node:fs';
import { Hono, type Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { compress } from 'hono/compress';
import { html } from 'hono/html';
import { callGraph, GraphError, GraphUnavailable, unavailable } from '../shared/graph.ts';
import { isLang, type Lang } from './i18n.ts';
import { page, view, type Html, type View } from './layout.ts';
import { registerConsentRoutes } from './consent.ts';
import { registerPersonalRoutes } from './personal.ts';
import { CENTRE_PLACES, CENTRES_NEAR, centresPage, LIFE_SITUATION, lifeSituationPage, LIFE_SITUATIONS, lifeSituationsPage } from './pages/places.ts';
import { BROWSE, FILTER_OPTIONS, SEARCH, searchPage, SERVICE_CARD, servicePage } from './pages/catalogue.ts';
import { csrfValid, OidcClient, SESSION_COOKIE, SessionStore, type Session } from '../shared/session.ts';

export interface PortalOptions {
  /** The public GraphQL endpoint: the portal's only source of data. */
  graphqlUrl: string;
  /** An API key of the portal's own (its rate-limit tier) for anonymous reads; a person's requests go with their token. */
  apiKey?: string;
  /** The OpenID provider (the state's in production; the development provider otherwise). */
  issuer: string;
  clientId: string;
  /** The portal's own public URL (OIDC redirects; Secure cookies when https). */
  publicUrl: string;
}

/** `returnTo`: an origin the page's forms may end up at (the consent flow's registered redirect URI). */
export type PortalEnv = { Variables: { session?: Session; v: View; returnTo?: string } };

const ASSETS: Record<string, { type: string; body: string }> = {
  'portal.css': { type: 'text/css; charset=utf-8', body: readFileSync(new URL('../shared/assets/portal.css', import.meta.url), 'utf8') },
  'portal.js': { type: 'text/javascript; charset=utf-8', body: readFileSync(new URL('./assets/portal.js', import.meta.url), 'utf8') },
};

/** What the routes share: the graph, the sessions, and the rules every page follows. */
export class Portal {
  readonly sessions = new SessionStore();
  readonly oidc: OidcClient;
  readonly secure: boolean;

  constructor(readonly options: PortalOptions) {
    this.oidc = new OidcClient({ issuer: options.issuer, clientId: options.clientId, publicUrl: options.publicUrl });
    this.secure = options.publicUrl.startsWith('https://');
  }

  /** The session, created when a page needs one (a form's CSRF token, a sign-in in progress). */
  session(c: Context<PortalEnv>): Session {
    let s = c.get('session');
    if (!s) {
      s = this.sessions.create({ lang: c.get('v').lang });
      this.setSession(c, s);
    }
    return s;
  }

  setSession(c: Context<PortalEnv>, s: Session) {
    c.set('session', s);
    c.get('v').session = s;
    setCookie(c, SESSION_COOKIE, s.id, { httpOnly: true, sameSite: 'Lax', secure: this.secure, path: '/' });
  }

  /** Calls the graph as the signed-in person (refreshing the access token first when it is about to run out). */
  async ask<T = any>(c: Context<PortalEnv>, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const s = c.get('session');
    if (s?.person && s.person.expiresAt - Date.now() < 30_000) {
      const fresh = await this.oidc.refresh(s.person);
      if (fresh) s.person = fresh;
      else delete s.person;
    }
    const accessToken = s?.person?.accessToken;
    return callGraph<T>(this.options.graphqlUrl, { lang: c.get('v').lang, accessToken, actFor: s?.actFor?.id, apiKey: accessToken ? undefined : this.options.apiKey }, query, variables);
  }

  private readonly cache = new Map<string, { until: number; value: Promise<any> }>();

  /** Public data every visitor sees alike (filter choices, places), read once per language every few minutes. */
  shared<T = any>(c: Context<PortalEnv>, query: string): Promise<T> {
    const key = `${c.get('v').lang} ${query}`;
    const hit = this.cache.get(key);
    if (hit && hit.until > Date.now()) return hit.value;
    const value = callGraph<T>(this.options.graphqlUrl, { lang: c.get('v').lang, apiKey: this.options.apiKey }, query);
    // Kept only whole: a part missing for an outage is asked for again on the next page.
    value.then((answer) => unavailable(answer) && this.cache.delete(key), () => this.cache.delete(key));
    this.cache.set(key, { until: Date.now() + 5 * 60_000, value });
    return value;
  }

  render(c: Context<PortalEnv>, body: Html, status: 200 | 400 | 403 | 404 = 200) {
    return c.html(body, status);
  }

  message(c: Context<PortalEnv>, title: string, text: string, status: 400 | 403 | 404) {
    return this.render(c, page(c.get('v'), title, html`<p class="error">${text}</p>`), status);
  }
}

export function createCitizenPortal(options: PortalOptions): Hono<PortalEnv> {
  const portal = new Portal(options);
  const app = new Hono<PortalEnv>();
  const issuerOrigin = new URL(options.issuer).origin;

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
    // The consent page's answer redirects to the application's registered URI: its form-action must allow that one.
    const returnOrigin = c.get('returnTo') ? ` ${c.get('returnTo')}` : '';
    c.header('Content-Security-Policy', `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self' ${issuerOrigin}${returnOrigin}; frame-ancestors 'none'; base-uri 'none'`);
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
      return c.html(page(v, title, html`<p class="error">${text}</p>${wait}`), err.status);
    }
    console.error(err);
    return c.html(page(v, v.t('error'), html`<p class="error">${v.t('error')}</p>`), 500);
  });

  app.get('/assets/:file', (c) => {
    const asset = ASSETS[c.req.param('file')];
    if (!asset) return c.notFound();
    return c.body(asset.body, 200, { 'content-type': asset.type, 'cache-control': 'public, max-age=3600' });
  });
  app.get('/healthz', (c) => c.text('ok'));

  app.get('/', async (c) => {
    const p = { q: (c.req.query('q') ?? '').trim().slice(0, 200), holder: c.req.query('holder') ?? '', channel: c.req.query('channel') ?? '', region: c.req.query('region') ?? '', after: c.req.query('after') || undefined };
    const filter = { ...(p.holder ? { holderCode: p.holder } : {}), ...(p.channel ? { channelType: p.channel } : {}), ...(p.region ? { municipality: p.region } : {}) };
    const [data, options] = await Promise.all([(p.q ? portal.ask(c, SEARCH, { q: p.q, filter, after: p.after }) : portal.ask(c, BROWSE, { filter, after: p.after })), portal.shared(c, FILTER_OPTIONS)]);
    return portal.render(c, searchPage(c.get('v'), p, data, options));
  });

  app.get('/services/:code', async (c) => {
    const data = await portal.ask(c, SERVICE_CARD, { code: c.req.param('code'), now: new Date().toISOString() });
    if (!data.service) return portal.message(c, c.get('v').t('notFound'), c.get('v').t('notFoundText'), 404);
    return portal.render(c, servicePage(c.get('v'), data));
  });

  app.get('/life-situations', async (c) => {
    const data = await portal.ask(c, LIFE_SITUATIONS(!!c.get('session')?.person && !c.get('session')?.actFor));
    return portal.render(c, lifeSituationsPage(c.get('v'), data));
  });

  app.get('/life-situations/:code', async (c) => {
    const data = await portal.ask(c, LIFE_SITUATION(!!c.get('session')?.person && !c.get('session')?.actFor), { code: c.req.param('code') });
    if (unavailable(data, 'lifeSituation')) throw new GraphUnavailable(503); // the page is this one value
    if (!data.lifeSituation) return portal.message(c, c.get('v').t('notFound'), c.get('v').t('notFoundText'), 404);
    return portal.render(c, lifeSituationPage(c.get('v'), data));
  });

  app.get('/centres', async (c) => {
    const places: { code: string; address?: { city: string }; coordinates?: { latitude: number; longitude: number } | null }[] = (await portal.shared(c, CENTRE_PLACES)).channels.nodes;
    const byCity = new Map<string, { latitude: number; longitude: number }>();
    for (const p of places) if (p.address && p.coordinates && !byCity.has(p.address.city)) byCity.set(p.address.city, p.coordinates);
    const cities = [...byCity.keys()].sort((a, b) => a.localeCompare(b, 'lv'));
    const params = { place: byCity.has(c.req.query('place') ?? '') ? c.req.query('place')! : (byCity.has('Rīga') ? 'Rīga' : cities[0]), service: (c.req.query('service') ?? '').trim(), open: c.req.query('open') === '1' };
    const now = new Date().toISOString();
    const near = params.place
      ? (await portal.ask(c, CENTRES_NEAR, { near: byCity.get(params.place), service: params.service || null, openAt: params.open ? now : null, now })).serviceLocationsNear
      : null;
    return portal.render(c, centresPage(c.get('v'), params, cities, near));
  });

  registerPersonalRoutes(app, portal);
  registerConsentRoutes(app, portal);

  app.notFound((c) => portal.message(c, c.get('v').t('notFound'), c.get('v').t('notFoundText'), 404));
  return app;
}
