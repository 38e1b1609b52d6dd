import { readFileSync } from 'node:fs';
import type { Context } from 'hono';
import { GraphUnavailable, unavailable } from '../shared/graph.ts';
import { Portal as SharedPortal, portalApp, type PortalEnv as Env, type PortalOptions } from '../shared/portal.ts';
import { SESSION_COOKIE } from '../shared/session.ts';
import { page, view, type Html, type View } from './layout.ts';
import { registerConsentRoutes } from './consent.ts';
import { registerPersonalRoutes } from './personal.ts';
import { CENTRE_PLACES, CENTRES_NEAR, centresPage, LIFE_SITUATION, lifeSituationPage, LIFE_SITUATIONS, lifeSituationsPage } from './pages/places.ts';
import { BROWSE, FILTER_OPTIONS, SEARCH, searchPage, SERVICE_CARD, servicePage } from './pages/catalogue.ts';

export type { PortalOptions };
export type PortalEnv = Env<View>;

const ASSETS: Record<string, { type: string; body: string }> = {
  'portal.css': { type: 'text/css; charset=utf-8', body: readFileSync(new URL('../shared/assets/portal.css', import.meta.url), 'utf8') },
  'portal.js': { type: 'text/javascript; charset=utf-8', body: readFileSync(new URL('./assets/portal.js', import.meta.url), 'utf8') },
};

/** The citizen portal's pages render whole (layout.ts `page`); filter choices and places are kept 5 minutes. */
export class Portal extends SharedPortal<View> {
  constructor(options: PortalOptions) {
    super(options, {
      cookie: SESSION_COOKIE,
      sharedMs: 5 * 60_000,
      view,
      page,
      // The consent page's answer redirects to the application's registered URI: its form-action must allow that one.
      csp: (c, issuerOrigin) => `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self' ${issuerOrigin}${c.get('returnTo') ? ` ${c.get('returnTo')}` : ''}; frame-ancestors 'none'; base-uri 'none'`,
    });
  }

  render(c: Context<PortalEnv>, body: Html, status: 200 | 400 | 403 | 404 = 200) {
    return c.html(body, status);
  }
}

export function createCitizenPortal(options: PortalOptions) {
  const portal = new Portal(options);
  const app = portalApp(portal);

  app.get('/assets/:file', (c) => {
    const asset = ASSETS[c.req.param('file')];
    if (!asset) return c.notFound();
    return c.body(asset.body, 200, { 'content-type': asset.type, 'cache-control': 'public, max-age=3600' });
  });

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
