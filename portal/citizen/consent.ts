import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import type { Portal, PortalEnv } from './app.ts';
import { enumText } from './i18n.ts';
import { csrfField, date, page } from './layout.ts';
import { GRANT_CONSENT } from './pages/data.ts';

/**
 * The consent flow for applications: an application sends the person here with what it asks for
 *   /consent?client_id=<its client id>&scope=CASES_READ+PROFILE_READ&purpose=<why>&days=<1–365>&redirect_uri=<one
 *   of its registered redirect URIs>&state=<its own value>
 * The person signs in, sees who asks (the registered application: name, purpose, contact) and why, and grants or
 * refuses. The application is sent back to its redirect URI with `consent=<id>&state=…`, or `error=access_denied&state=…`.
 * A redirect URI the application did not register is never followed: the person gets an error page instead.
 */

const APPLICATION = `query($clientId: String!) { registeredApplication(clientId: $clientId) { clientId name purpose contact redirectUris } }`;
const SCOPES = ['PROFILE_READ', 'PERSONAL_CODE_READ', 'CONTACTS_READ', 'CASES_READ'];

const WORDS = {
  lv: { title: 'Lietotne lūdz jūsu piekrišanu', asks: 'lūdz piekrišanu lietot jūsu datus.', about: 'Par lietotni', contact: 'Kontakts', why: 'Kāpēc', what: 'Kādus datus', until: 'Līdz', grant: 'Piekrītu', refuse: 'Atteikt', bad: 'Šis piekrišanas pieprasījums nav derīgs', unknownApp: 'Šāda lietotne nav reģistrēta.', badRedirect: 'Lietotne nav reģistrējusi šo atgriešanās adresi.', badScope: 'Pieprasīti nezināmi dati.', badPurpose: 'Mērķim jābūt 3–300 rakstzīmes garam.' },
  en: { title: 'An application asks for your consent', asks: 'asks for your consent to use your data.', about: 'About the application', contact: 'Contact', why: 'Why', what: 'Which data', until: 'Until', grant: 'I agree', refuse: 'Refuse', bad: 'This consent request is not valid', unknownApp: 'No such application is registered.', badRedirect: 'The application has not registered this return address.', badScope: 'Unknown data asked for.', badPurpose: 'The purpose must be 3–300 characters.' },
  ru: { title: 'Приложение просит вашего согласия', asks: 'просит согласия на использование ваших данных.', about: 'О приложении', contact: 'Контакт', why: 'Зачем', what: 'Какие данные', until: 'До', grant: 'Согласен', refuse: 'Отказать', bad: 'Этот запрос согласия недействителен', unknownApp: 'Такое приложение не зарегистрировано.', badRedirect: 'Приложение не регистрировало этот адрес возврата.', badScope: 'Запрошены неизвестные данные.', badPurpose: 'Цель должна быть длиной 3–300 символов.' },
} as const;

interface Ask { clientId: string; scopes: string[]; purpose: string; days: number; redirectUri: string; state: string }

const askOf = (get: (name: string) => string | undefined): Ask => ({
  clientId: (get('client_id') ?? '').trim(),
  scopes: (get('scope') ?? '').split(/[\s,+]+/).filter(Boolean),
  purpose: (get('purpose') ?? '').trim(),
  days: Number(get('days') ?? 30),
  redirectUri: get('redirect_uri') ?? '',
  state: (get('state') ?? '').slice(0, 200),
});

const back = (ask: Ask, params: Record<string, string>) => {
  const url = new URL(ask.redirectUri);
  for (const [k, v] of Object.entries({ ...params, state: ask.state })) url.searchParams.set(k, v);
  return url.href;
};

export function registerConsentRoutes(app: Hono<PortalEnv>, portal: Portal) {
  /** The application, when the request is one to show; else the reason it is not. */
  async function check(c: Context<PortalEnv>, ask: Ask): Promise<{ app: any } | { problem: string }> {
    const x = WORDS[c.get('v').lang];
    const app = (await portal.ask(c, APPLICATION, { clientId: ask.clientId })).registeredApplication;
    if (!app) return { problem: x.unknownApp };
    if (!app.redirectUris.includes(ask.redirectUri)) return { problem: x.badRedirect };
    if (!ask.scopes.length || ask.scopes.some((s) => !SCOPES.includes(s))) return { problem: x.badScope };
    if (ask.purpose.length < 3 || ask.purpose.length > 300) return { problem: x.badPurpose };
    if (!Number.isInteger(ask.days) || ask.days < 1 || ask.days > 365) ask.days = 30;
    return { app };
  }

  app.get('/consent', async (c) => {
    const v = c.get('v');
    const x = WORDS[v.lang];
    if (!c.get('session')?.person) return c.redirect(`/auth/login?returnTo=${encodeURIComponent(v.url.pathname + v.url.search)}`, 303);
    const ask = askOf((n) => c.req.query(n));
    const checked = await check(c, ask);
    if ('problem' in checked) return c.html(page(v, x.bad, html`<p class="error">${checked.problem}</p>`), 400);
    const { app: a } = checked;
    c.set('returnTo', new URL(ask.redirectUri).origin);
    const until = new Date(Date.now() + ask.days * 86_400_000).toISOString().slice(0, 10);
    portal.session(c);
    const hidden = html`${csrfField(c.get('v'))}<input type="hidden" name="client_id" value="${ask.clientId}"><input type="hidden" name="scope" value="${ask.scopes.join(' ')}">
<input type="hidden" name="purpose" value="${ask.purpose}"><input type="hidden" name="days" value="${ask.days}"><input type="hidden" name="redirect_uri" value="${ask.redirectUri}"><input type="hidden" name="state" value="${ask.state}">`;
    return c.html(page(v, x.title, html`<p><strong data-app-name>${a.name}</strong> ${x.asks}</p>
<dl><dt>${x.why}</dt><dd data-purpose>${ask.purpose}</dd>
<dt>${x.what}</dt><dd><ul data-scopes>${ask.scopes.map((s) => html`<li>${enumText(v.lang, s)}</li>`)}</ul></dd>
<dt>${x.until}</dt><dd>${date(v, until)}</dd>
<dt>${x.about}</dt><dd>${a.purpose} <span class="meta">(${a.clientId})</span></dd><dt>${x.contact}</dt><dd>${a.contact}</dd></dl>
<form method="post" action="/consent" class="inline">${hidden}<input type="hidden" name="answer" value="grant"><button type="submit">${x.grant}</button></form>
<form method="post" action="/consent" class="inline">${hidden}<input type="hidden" name="answer" value="refuse"><button type="submit" class="secondary">${x.refuse}</button></form>`));
  });

  app.post('/consent', async (c) => {
    const v = c.get('v');
    const x = WORDS[v.lang];
    if (!c.get('session')?.person) return c.redirect('/auth/login?returnTo=%2F', 303);
    const form = await c.req.parseBody();
    const ask = askOf((n) => (typeof form[n] === 'string' ? (form[n] as string) : undefined));
    const checked = await check(c, ask);
    if ('problem' in checked) return c.html(page(v, x.bad, html`<p class="error">${checked.problem}</p>`), 400);
    c.set('returnTo', new URL(ask.redirectUri).origin);
    if (form.answer !== 'grant') return c.redirect(back(ask, { error: 'access_denied' }), 303);
    const validUntil = new Date(Date.now() + ask.days * 86_400_000).toISOString();
    const data = await portal.ask(c, GRANT_CONSENT, { input: { recipient: { kind: 'APPLICATION', id: ask.clientId }, purpose: ask.purpose, scopes: ask.scopes, validUntil } });
    const { consent, errors } = data.grantConsent;
    if (!consent) return c.html(page(v, x.bad, html`<p class="error">${errors.map((e: { message: string }) => e.message).join(' ')}</p>`), 400);
    return c.redirect(back(ask, { consent: consent.id, scope: ask.scopes.join(' ') }), 303);
  });
}
