import { html } from 'hono/html';
import type { Context, Hono } from 'hono';
import type { Portal, PortalEnv } from './app.ts';
import { enumText } from './i18n.ts';
import { csrfField, page } from './layout.ts';
import { CASES, clientRoot, COMPLAIN, casesPage, RATE_CASE } from './pages/cases.ts';
import { ACCEPT_POWER, CONSENT_SCOPES, dataPage, GRANT_CONSENT, GRANT_POWER, MY_DATA, POWER_SCOPES, REVOKE_CONSENT, REVOKE_POWER, UPDATE_PREFERENCES } from './pages/data.ts';

/** Sign-out (ending the provider's session too), and the pages and forms of a signed-in person. */

type Form = Record<string, string | File | (string | File)[]>;
const list = (form: Form, name: string): string[] => {
  const v = form[name] ?? form[`${name}[]`];
  return (Array.isArray(v) ? v : v == null ? [] : [v]).map(String);
};
const one = (form: Form, name: string): string => String(list(form, name)[0] ?? '').trim();

/** The payload's typed errors, shown to the person; none means done. */
const outcome = (portal: Portal, c: Context<PortalEnv>, errors: { message: string }[] | undefined, to: string) => {
  const s = portal.session(c);
  s.flash = errors?.length ? errors.map((e) => e.message).join(' ') : c.get('v').t('saved');
  return c.redirect(to, 303);
};

export function registerPersonalRoutes(app: Hono<PortalEnv>, portal: Portal) {
  app.post('/auth/logout', async (c) => {
    const s = c.get('session')!;
    const person = s.person;
    portal.sessions.delete(s.id);
    portal.setSession(c, portal.sessions.create({ lang: s.lang }));
    return c.redirect(person ? await portal.oidc.logoutUrl(person, c.get('v').lang) : '/', 303);
  });

  // Personal pages: an anonymous visitor is sent to sign in, and sees nothing of anyone.
  const signedIn = async (c: Context<PortalEnv>, next: () => Promise<void>) => {
    if (!c.get('session')?.person) return c.redirect(`/auth/login?returnTo=${encodeURIComponent(c.req.method === 'GET' ? c.req.path : '/')}`, 303);
    await next();
  };
  for (const path of ['/my/*', '/acting', '/acting/*']) app.use(path, signedIn);

  app.get('/my/cases', async (c) => portal.render(c, casesPage(c.get('v'), await portal.ask(c, CASES(clientRoot(c.get('v')))))));

  app.post('/my/cases/:id/rate', async (c) => {
    const form = await c.req.parseBody({ all: true });
    const comment = one(form, 'comment');
    const data = await portal.ask(c, RATE_CASE, { input: { caseId: c.req.param('id'), rating: Number(one(form, 'rating')), ...(comment ? { comment } : {}) } });
    return outcome(portal, c, data.rateCase.errors, '/my/cases');
  });

  app.post('/my/cases/:id/complaint', async (c) => {
    const form = await c.req.parseBody({ all: true });
    await portal.ask(c, COMPLAIN, { input: { caseId: c.req.param('id'), idempotencyKey: one(form, 'idempotencyKey'), text: one(form, 'text'), language: c.get('v').lang } });
    return outcome(portal, c, [], '/my/cases');
  });

  app.get('/my/data', async (c) => {
    const data = await portal.ask(c, MY_DATA(clientRoot(c.get('v'))));
    return portal.render(c, dataPage(c.get('v'), data));
  });

  app.post('/my/data/consents', async (c) => {
    const form = await c.req.parseBody({ all: true });
    const kind = one(form, 'kind');
    const recipientId = one(form, 'recipientId');
    const input = {
      recipient: { kind, ...(kind !== 'PUBLIC_ADMINISTRATION' && recipientId ? { id: recipientId } : {}) },
      purpose: one(form, 'purpose'),
      scopes: list(form, 'scope').filter((s) => CONSENT_SCOPES.includes(s)),
    };
    const data = await portal.ask(c, GRANT_CONSENT, { input });
    return outcome(portal, c, data.grantConsent.errors, '/my/data#consents');
  });

  app.post('/my/data/consents/:id/revoke', async (c) => {
    const data = await portal.ask(c, REVOKE_CONSENT, { id: c.req.param('id') });
    return outcome(portal, c, data.revokeConsent.errors, '/my/data#consents');
  });

  app.post('/my/data/notifications', async (c) => {
    const form = await c.req.parseBody({ all: true });
    const enabled = new Set(list(form, 'enabled'));
    const notifications = list(form, 'setting').map((s) => {
      const [topic, channel] = s.split(':');
      return { topic, channel, enabled: enabled.has(s) };
    });
    const data = await portal.ask(c, UPDATE_PREFERENCES, { input: { notifications } });
    return outcome(portal, c, data.updatePreferences.errors, '/my/data#profile');
  });

  app.post('/my/data/powers', async (c) => {
    const form = await c.req.parseBody({ all: true });
    const input = { attorneyPersonalCode: one(form, 'attorney'), scopes: list(form, 'scope').filter((s) => POWER_SCOPES.includes(s)) };
    const data = await portal.ask(c, GRANT_POWER, { input });
    return outcome(portal, c, data.grantPowerOfAttorney.errors, '/my/data#powers');
  });

  app.post('/my/data/powers/:id/accept', async (c) => {
    const data = await portal.ask(c, ACCEPT_POWER, { id: c.req.param('id') });
    return outcome(portal, c, data.acceptPowerOfAttorney.errors, '/my/data#powers');
  });

  app.post('/my/data/powers/:id/revoke', async (c) => {
    const data = await portal.ask(c, REVOKE_POWER, { id: c.req.param('id') });
    return outcome(portal, c, data.revokePowerOfAttorney.errors, '/my/data#powers');
  });

  // Acting for a represented person or company: the party's id goes to the graph as X-Act-For on every request.
  const REPRESENTING = `query Representing { me { displayName representing(first: 50) { nodes { party { id kind displayName } basis status } } } }`;
  const representable = async (c: Context<PortalEnv>) => {
    const saved = c.get('session')!.actFor;
    delete c.get('session')!.actFor; // the list is the signed-in person's own
    try {
      const data = await portal.ask(c, REPRESENTING);
      return data.me.representing.nodes.filter((r: any) => r.status === 'ACTIVE');
    } finally {
      if (saved) c.get('session')!.actFor = saved;
    }
  };

  app.get('/acting', async (c) => {
    const v = c.get('v');
    const parties = await representable(c);
    return portal.render(c, page(v, v.t('actingHeading'), html`
${parties.length ? '' : html`<p>${v.t('nobody')}</p>`}
<ul>${parties.map((r: any) => html`<li class="card"><form method="post" action="/acting">${csrfField(v)}
  <input type="hidden" name="party" value="${r.party.id}">
  <p><strong>${r.party.displayName}</strong> — ${enumText(v.lang, r.basis)}</p>
  <button type="submit">${v.t('act')}<span class="skip">: ${r.party.displayName}</span></button></form></li>`)}</ul>`));
  });

  app.post('/acting', async (c) => {
    const form = await c.req.parseBody({ all: true });
    const party = (await representable(c)).find((r: any) => r.party.id === one(form, 'party'));
    if (!party) return portal.message(c, c.get('v').t('error'), c.get('v').t('forbidden'), 403);
    c.get('session')!.actFor = { id: party.party.id, name: party.party.displayName };
    return c.redirect('/my/cases', 303);
  });

  app.post('/acting/stop', async (c) => {
    delete c.get('session')!.actFor;
    return c.redirect('/my/cases', 303);
  });
}
