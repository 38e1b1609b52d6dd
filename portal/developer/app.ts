import { readFileSync } from 'node:fs';
import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import { html } from 'hono/html';
import { graphiqlHtml } from '../../gateway/graphiql.ts';
import { GraphUnavailable } from '../shared/graph.ts';
import { Portal, portalApp, type PortalEnv, type PortalOptions } from '../shared/portal.ts';
import { page, view, type Html, type View } from './layout.ts';
import { registerApplicationRoutes } from './pages/apps.ts';
import { CONTRACT, catalogueOf, cataloguePage, typePage } from './pages/catalogue.ts';
import { guide, guidesPage } from './pages/guides.ts';
import { CHANGELOG, changelogPage, graphiqlHelpPage, STATUS, statusPage } from './pages/info.ts';

/** The graph's public endpoint is also where its GraphiQL sends operations; developers sign in with the OpenID provider. */
export type DeveloperPortalOptions = Omit<PortalOptions, 'apiKey'>;
export type DevEnv = PortalEnv<View>;
const SESSION_COOKIE = 'psg_developer_session';
const CSS = readFileSync(new URL('../shared/assets/portal.css', import.meta.url), 'utf8');

/** The developer portal's pages are a title and a body in layout.ts `page`; the contract and status are kept 30 seconds. */
export class DeveloperPortal extends Portal<View> {
  constructor(options: DeveloperPortalOptions) {
    const graphOrigin = new URL(options.graphqlUrl).origin;
    super(options, {
      cookie: SESSION_COOKIE,
      sharedMs: 30_000,
      view,
      page,
      // GraphiQL is one inline page (the editor, its styles and workers, from the project's own dependencies) that
      // sends operations to the graph; every other page runs no script at all.
      csp: (c, issuerOrigin) => c.req.path === '/graphiql'
        ? `default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval' blob:; worker-src blob:; style-src 'unsafe-inline'; font-src data:; img-src data: 'self'; connect-src ${graphOrigin}; form-action 'none'; frame-ancestors 'none'; base-uri 'none'`
        : `default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self' ${issuerOrigin}; frame-ancestors 'none'; base-uri 'none'`,
    });
  }

  render(c: Context<DevEnv>, title: string, body: Html, status: 200 | 400 | 403 | 404 = 200) {
    return c.html(page(c.get('v'), title, body), status);
  }
}

export function createDeveloperPortal(options: DeveloperPortalOptions) {
  const portal = new DeveloperPortal(options);
  const app = portalApp(portal);

  app.get('/assets/portal.css', (c) => c.body(CSS, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' }));

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

  // Signing out ends the portal's session; the provider's stays (the citizen portal ends both).
  app.post('/auth/logout', (c) => {
    const s = c.get('session');
    if (s) portal.sessions.delete(s.id);
    setCookie(c, SESSION_COOKIE, '', { path: '/', maxAge: 0 });
    return c.redirect('/', 303);
  });
  registerApplicationRoutes(app, portal);
  app.notFound((c) => portal.message(c, c.get('v').t('notFound'), c.get('v').t('notFoundText'), 404));
  return app;
}
