import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import type { DevEnv, DeveloperPortal } from '../app.ts';
import { csrfField, dateTime, type Html, type View } from '../layout.ts';

/** Self-service for applications: register, accept the terms, keys (shown once), usage, more access. */

const APPS = `{
  myApplications { id clientId name purpose contact redirectUris createdAt mustAcceptTerms termsAccepted { version acceptedAt }
    keys { id prefix tier status scopes createdAt lastUsedAt expiresAt usage { date operations cost errors } operationUsage { operation operations errors } }
    accessRequests { id tier scopes reason status requestedAt decidedAt note } }
  currentTermsOfUse { version publishedAt text }
}`;
const PROBLEMS = 'errors { code message field }';
const REGISTER = `mutation($input: RegisterApplicationInput!) { registerApplication(input: $input) { application { id } ${PROBLEMS} } }`;
const ACCEPT = `mutation($input: AcceptTermsOfUseInput!) { acceptTermsOfUse(input: $input) { application { id } ${PROBLEMS} } }`;
const CREATE_KEY = `mutation($input: ApplicationInput!) { createApplicationKey(input: $input) { secret apiKey { prefix } ${PROBLEMS} } }`;
const ROTATE_KEY = `mutation($input: ApplicationKeyInput!) { rotateApplicationKey(input: $input) { secret apiKey { prefix } ${PROBLEMS} } }`;
const REVOKE_KEY = `mutation($input: ApplicationKeyInput!) { revokeApplicationKey(input: $input) { apiKey { prefix } ${PROBLEMS} } }`;
const REQUEST = `mutation($input: RequestApplicationAccessInput!) { requestApplicationAccess(input: $input) { request { id } ${PROBLEMS} } }`;

/** Cost points a minute per tier: the gateway's defaults (RATE_LIMITS), as ApiKeyTier documents them. */
const BUDGET: Record<string, number> = { FREE: 20_000, STANDARD: 100_000, PARTNER: 500_000, INTERNAL: 5_000_000 };

const WORDS = {
  lv: { byOperation: 'Lietojums pa operācijām (pēdējās 30 dienas)', operation: 'Operācija', unnamed: 'Operācijas bez nosaukuma parādītas ar dokumenta SHA-256 sākumu (#…).', register: 'Reģistrēt lietotni', name: 'Nosaukums', purpose: 'Mērķis (ko lietotne dara ar datiem)', contact: 'Kontakts (e-pasts vai tālrunis)', redirects: 'Novirzīšanas adreses (pa vienai rindā)',
    none: 'Jums vēl nav lietotņu.', terms: 'Lietošanas noteikumi', accept: 'Piekrītu noteikumiem', accepted: 'Pieņemti noteikumi, versija', mustAccept: 'Lai saņemtu atslēgu, izlasiet un pieņemiet lietošanas noteikumus, versija',
    keys: 'Atslēgas', newKey: 'Izveidot FREE atslēgu', rotate: 'Nomainīt', revoke: 'Atsaukt', prefix: 'Prefikss', tier: 'Līmenis', state: 'Stāvoklis', lastUsed: 'Pēdējoreiz lietota',
    secret: 'Jūsu jaunā atslēga. Tā tiek parādīta tikai šoreiz: saglabājiet to slepenu.', usage: 'Lietojums pa dienām (pēdējās 30 dienas)', operations: 'Operācijas', cost: 'Izmaksas (punkti)', errors: 'Kļūdas', noUsage: 'Vēl nav lietota.',
    headroom: 'Limits', perMinute: 'punkti minūtē; šodien vidēji', access: 'Pieprasīt augstāku līmeni vai personas datu tvērumus', scopes: 'Tvērumi (ar atstarpi)', reason: 'Pamatojums', ask: 'Pieprasīt', requests: 'Pieprasījumi', date: 'Datums', clientId: 'OIDC klienta ID', signIn: 'Piesakieties, lai pārvaldītu lietotnes.' },
  en: { byOperation: 'Usage per operation (last 30 days)', operation: 'Operation', unnamed: 'Operations without a name are shown by the start of their document’s SHA-256 (#…).', register: 'Register an application', name: 'Name', purpose: 'Purpose (what the application does with the data)', contact: 'Contact (e-mail or phone)', redirects: 'Redirect URIs (one a line)',
    none: 'You have no applications yet.', terms: 'Terms of use', accept: 'I accept the terms', accepted: 'Terms accepted, version', mustAccept: 'To get a key, read and accept the terms of use, version',
    keys: 'Keys', newKey: 'Make a FREE key', rotate: 'Rotate', revoke: 'Revoke', prefix: 'Prefix', tier: 'Tier', state: 'Status', lastUsed: 'Last used',
    secret: 'Your new key. It is shown only this once: keep it secret.', usage: 'Usage per day (last 30 days)', operations: 'Operations', cost: 'Cost (points)', errors: 'Errors', noUsage: 'Not used yet.',
    headroom: 'Rate limit', perMinute: 'points a minute; today on average', access: 'Ask for a higher tier or scopes to persons’ data', scopes: 'Scopes (space-separated)', reason: 'Reason', ask: 'Ask', requests: 'Requests', date: 'Date', clientId: 'OIDC client id', signIn: 'Sign in to manage applications.' },
  ru: { byOperation: 'Использование по операциям (последние 30 дней)', operation: 'Операция', unnamed: 'Операции без имени показаны по началу SHA-256 их документа (#…).', register: 'Зарегистрировать приложение', name: 'Название', purpose: 'Цель (что приложение делает с данными)', contact: 'Контакт (э-почта или телефон)', redirects: 'Адреса перенаправления (по одному в строке)',
    none: 'У вас ещё нет приложений.', terms: 'Условия использования', accept: 'Принимаю условия', accepted: 'Условия приняты, версия', mustAccept: 'Чтобы получить ключ, прочтите и примите условия использования, версия',
    keys: 'Ключи', newKey: 'Создать ключ FREE', rotate: 'Заменить', revoke: 'Отозвать', prefix: 'Префикс', tier: 'Уровень', state: 'Состояние', lastUsed: 'Последнее использование',
    secret: 'Ваш новый ключ. Он показывается только один раз: храните его в тайне.', usage: 'Использование по дням (последние 30 дней)', operations: 'Операции', cost: 'Стоимость (баллы)', errors: 'Ошибки', noUsage: 'Ещё не использовался.',
    headroom: 'Лимит', perMinute: 'баллов в минуту; сегодня в среднем', access: 'Запросить более высокий уровень или доступ к данным лиц', scopes: 'Области (через пробел)', reason: 'Обоснование', ask: 'Запросить', requests: 'Запросы', date: 'Дата', clientId: 'OIDC client id', signIn: 'Войдите, чтобы управлять приложениями.' },
} as const;
const w = (v: View) => WORDS[v.lang];

type Form = Record<string, string | File | (string | File)[]>;
const one = (form: Form, name: string) => String(form[name] ?? '').trim();

/** The payload's typed errors as the flash, or `ok`; then back to `to`. */
function done(portal: DeveloperPortal, c: Context<DevEnv>, errors: { message: string }[] | undefined, to: string, ok = '✓') {
  portal.session(c).flash = errors?.length ? errors.map((e) => e.message).join(' ') : ok;
  return c.redirect(to, 303);
}

/** Operations per day as bars, drawn on the server: no script, and a table beside it says the same. */
function usageChart(days: { date: string; operations: number }[]): Html {
  const max = Math.max(1, ...days.map((d) => d.operations));
  const width = 600, height = 120, bar = width / Math.max(days.length, 1);
  return html`<svg role="img" aria-labelledby="usage-title" viewBox="0 0 ${width} ${height + 20}" width="100%" style="max-width:40rem">
<title id="usage-title">${days.map((d) => `${d.date}: ${d.operations}`).join('; ')}</title>
${days.map((d, i) => {
  const h = Math.round((d.operations / max) * height);
  return html`<rect x="${Math.round(i * bar) + 2}" y="${height - h}" width="${Math.max(2, Math.round(bar) - 4)}" height="${h}" fill="#1f3b66"></rect>
<text x="${Math.round(i * bar + bar / 2)}" y="${height + 14}" font-size="10" text-anchor="middle" fill="#1a1a1a">${d.date.slice(5)}</text>`;
})}
</svg>`;
}

/** Operations per operation as horizontal bars, most used first; the table after it says the same. */
function operationChart(title: string, ops: { operation: string; operations: number }[]): Html {
  const max = Math.max(1, ...ops.map((o) => o.operations));
  const row = 22, label = 200, width = 600;
  return html`<svg role="img" aria-labelledby="operations-title" viewBox="0 0 ${width} ${ops.length * row}" width="100%" style="max-width:40rem">
<title id="operations-title">${title}: ${ops.map((o) => `${o.operation} ${o.operations}`).join('; ')}</title>
${ops.map((o, i) => {
  const w = Math.max(2, Math.round((o.operations / max) * (width - label - 50)));
  return html`<text x="${label - 6}" y="${i * row + 15}" font-size="12" text-anchor="end" fill="#1a1a1a">${o.operation.length > 28 ? `${o.operation.slice(0, 27)}…` : o.operation}</text>
<rect x="${label}" y="${i * row + 3}" width="${w}" height="${row - 6}" fill="#1f3b66"></rect>
<text x="${label + w + 6}" y="${i * row + 15}" font-size="12" fill="#1a1a1a">${o.operations}</text>`;
})}
</svg>`;
}

/** The application's keys' per-operation usage summed over the window, most used first. */
function perOperation(keys: any[]): { operation: string; operations: number; errors: number }[] {
  const byName = new Map<string, { operation: string; operations: number; errors: number }>();
  for (const k of keys) for (const u of k.operationUsage) {
    const o = byName.get(u.operation) ?? { operation: u.operation, operations: 0, errors: 0 };
    o.operations += u.operations; o.errors += u.errors;
    byName.set(u.operation, o);
  }
  return [...byName.values()].sort((a, b) => b.operations - a.operations || a.operation.localeCompare(b.operation));
}

function appSection(v: View, app: any, terms: any): Html {
  const x = w(v);
  const byDay = new Map<string, { date: string; operations: number; cost: number; errors: number }>();
  for (const k of app.keys) for (const u of k.usage) {
    const d = byDay.get(u.date) ?? { date: u.date, operations: 0, cost: 0, errors: 0 };
    d.operations += u.operations; d.cost += u.cost; d.errors += u.errors;
    byDay.set(u.date, d);
  }
  const ops = perOperation(app.keys);
  const days = [...byDay.values()].sort((a, b) => a.date.localeCompare(b.date));
  const active = app.keys.filter((k: any) => k.status === 'ACTIVE');
  const tier = active[0]?.tier ?? 'FREE';
  const today = byDay.get(new Date().toISOString().slice(0, 10));
  const minutes = Math.max(1, (Date.now() % 86_400_000) / 60_000);
  return html`<dl><dt>${x.clientId}</dt><dd><code data-client-id>${app.clientId}</code></dd><dt>${x.purpose}</dt><dd>${app.purpose}</dd><dt>${x.contact}</dt><dd>${app.contact}</dd>
<dt>${x.redirects}</dt><dd>${app.redirectUris.join(', ') || '—'}</dd></dl>
<h2 id="terms">${x.terms}</h2>
${app.mustAcceptTerms
  ? html`<p>${x.mustAccept} ${terms.version} (${terms.publishedAt}).</p>
<div class="card" data-terms>${terms.text.split('\n\n').map((p: string) => html`<p>${p}</p>`)}</div>
<form method="post" action="/apps/${app.id}/terms">${csrfField(v)}<input type="hidden" name="version" value="${terms.version}"><button type="submit">${x.accept}</button></form>`
  : html`<p>${x.accepted} ${app.termsAccepted.version} · ${dateTime(v, app.termsAccepted.acceptedAt)}</p>`}
<h2 id="keys">${x.keys}</h2>
${app.keys.length ? html`<div class="table"><table><thead><tr><th scope="col">${x.prefix}</th><th scope="col">${x.tier}</th><th scope="col">${x.state}</th><th scope="col">${x.lastUsed}</th><th scope="col"><span class="meta">—</span></th></tr></thead><tbody>
${app.keys.map((k: any) => html`<tr data-key="${k.prefix}"><td><code>psg_${k.prefix}_…</code></td><td>${k.tier}</td><td>${k.status}</td><td>${dateTime(v, k.lastUsedAt) || '—'}</td>
<td>${k.status === 'ACTIVE' ? html`${app.mustAcceptTerms ? '' : html`<form method="post" action="/apps/keys/${k.id}/rotate" class="inline">${csrfField(v)}<button type="submit" aria-label="${x.rotate} psg_${k.prefix}">${x.rotate}</button></form>`}
<form method="post" action="/apps/keys/${k.id}/revoke" class="inline">${csrfField(v)}<button type="submit" class="secondary" aria-label="${x.revoke} psg_${k.prefix}">${x.revoke}</button></form>` : ''}</td></tr>`)}
</tbody></table></div>` : ''}
${app.mustAcceptTerms ? '' : html`<form method="post" action="/apps/${app.id}/keys">${csrfField(v)}<button type="submit">${x.newKey}</button></form>`}
<h2 id="usage">${x.usage}</h2>
<p data-headroom>${x.headroom}: ${tier} · ${BUDGET[tier].toLocaleString('lv-LV')} ${x.perMinute} ${Math.round((today?.cost ?? 0) / minutes)}</p>
${days.length ? html`${usageChart(days)}<div class="table"><table data-usage><thead><tr><th scope="col">${x.date}</th><th scope="col">${x.operations}</th><th scope="col">${x.cost}</th><th scope="col">${x.errors}</th></tr></thead>
<tbody>${days.map((d) => html`<tr><td>${d.date}</td><td>${d.operations}</td><td>${d.cost}</td><td>${d.errors}</td></tr>`)}</tbody></table></div>` : html`<p>${x.noUsage}</p>`}
${ops.length ? html`<h2 id="operations">${x.byOperation}</h2>
${operationChart(x.byOperation, ops)}<div class="table"><table data-operations><thead><tr><th scope="col">${x.operation}</th><th scope="col">${x.operations}</th><th scope="col">${x.errors}</th></tr></thead>
<tbody>${ops.map((o) => html`<tr><th scope="row"><code>${o.operation}</code></th><td>${o.operations}</td><td>${o.errors}</td></tr>`)}</tbody></table></div>
<p class="meta">${x.unnamed}</p>` : ''}
<h2 id="access">${x.access}</h2>
<form method="post" action="/apps/${app.id}/access">${csrfField(v)}
<label for="tier">${x.tier}</label><select id="tier" name="tier"><option>STANDARD</option><option>PARTNER</option></select>
<label for="scopes">${x.scopes}</label><input id="scopes" name="scopes" placeholder="consent:cases:read">
<label for="reason">${x.reason}</label><textarea id="reason" name="reason" rows="2" required></textarea>
<p><button type="submit">${x.ask}</button></p></form>
${app.accessRequests.length ? html`<h3>${x.requests}</h3><ul>${app.accessRequests.map((r: any) => html`<li>${r.tier} ${r.scopes.join(' ')} · ${r.status}${r.note ? ` · ${r.note}` : ''}</li>`)}</ul>` : ''}`;
}

export function registerApplicationRoutes(app: Hono<DevEnv>, portal: DeveloperPortal) {
  const signedIn = (c: Context<DevEnv>) => !!c.get('session')?.person;
  const toLogin = (c: Context<DevEnv>) => c.redirect(`/auth/login?returnTo=${encodeURIComponent(c.req.path)}`, 303);

  app.get('/apps', async (c) => {
    const v = c.get('v');
    if (!signedIn(c)) return toLogin(c);
    const data = await portal.ask(c, APPS);
    const x = w(v);
    return portal.render(c, v.t('apps'), html`${data.myApplications.length
      ? html`<ul>${data.myApplications.map((a: any) => html`<li><a href="/apps/${a.id}">${a.name}</a> <code>${a.clientId}</code></li>`)}</ul>`
      : html`<p>${x.none}</p>`}
<h2>${x.register}</h2>
<form method="post" action="/apps">${csrfField(v)}
<label for="name">${x.name}</label><input id="name" name="name" required maxlength="80">
<label for="purpose">${x.purpose}</label><textarea id="purpose" name="purpose" rows="2" required maxlength="500"></textarea>
<label for="contact">${x.contact}</label><input id="contact" name="contact" required maxlength="200">
<label for="redirectUris">${x.redirects}</label><textarea id="redirectUris" name="redirectUris" rows="2"></textarea>
<p><button type="submit">${x.register}</button></p></form>`);
  });

  app.post('/apps', async (c) => {
    if (!signedIn(c)) return toLogin(c);
    const form = await c.req.parseBody();
    const input = { name: one(form, 'name'), purpose: one(form, 'purpose'), contact: one(form, 'contact'), redirectUris: one(form, 'redirectUris').split(/\s+/).filter(Boolean) };
    const data = await portal.ask(c, REGISTER, { input });
    const made = data.registerApplication.application;
    return done(portal, c, data.registerApplication.errors, made ? `/apps/${made.id}` : '/apps');
  });

  app.get('/apps/:id', async (c) => {
    if (!signedIn(c)) return toLogin(c);
    const data = await portal.ask(c, APPS);
    const found = data.myApplications.find((a: any) => a.id === c.req.param('id'));
    if (!found) return portal.message(c, c.get('v').t('notFound'), c.get('v').t('notFoundText'), 404);
    return portal.render(c, found.name, appSection(c.get('v'), found, data.currentTermsOfUse));
  });

  app.post('/apps/:id/terms', async (c) => {
    const data = await portal.ask(c, ACCEPT, { input: { applicationId: c.req.param('id'), version: Number(one(await c.req.parseBody(), 'version')) } });
    return done(portal, c, data.acceptTermsOfUse.errors, `/apps/${c.req.param('id')}#keys`);
  });

  app.post('/apps/:id/access', async (c) => {
    const form = await c.req.parseBody();
    const input = { applicationId: c.req.param('id'), tier: one(form, 'tier'), scopes: one(form, 'scopes').split(/\s+/).filter(Boolean), reason: one(form, 'reason') };
    const data = await portal.ask(c, REQUEST, { input });
    return done(portal, c, data.requestApplicationAccess.errors, `/apps/${c.req.param('id')}#access`);
  });

  /** The new key, shown this once (never stored by the portal), with GraphiQL one click away. */
  const showSecret = (c: Context<DevEnv>, payload: { secret: string | null; errors: { message: string }[] }, back: string) => {
    if (!payload.secret) return done(portal, c, payload.errors, back);
    const v = c.get('v');
    c.header('Cache-Control', 'no-store');
    return portal.render(c, w(v).keys, html`<p role="status">${w(v).secret}</p>
<p><code data-secret>${payload.secret}</code></p>
<form method="post" action="/graphiql">${csrfField(v)}<input type="hidden" name="key" value="${payload.secret}"><button type="submit">${v.t('openWithKey')}</button></form>
<p><a href="${back}">${v.t('apps')}</a></p>`);
  };

  app.post('/apps/:id/keys', async (c) => {
    const data = await portal.ask(c, CREATE_KEY, { input: { applicationId: c.req.param('id') } });
    return showSecret(c, data.createApplicationKey, `/apps/${c.req.param('id')}#keys`);
  });

  app.post('/apps/keys/:keyId/rotate', async (c) => {
    const data = await portal.ask(c, ROTATE_KEY, { input: { keyId: c.req.param('keyId') } });
    return showSecret(c, data.rotateApplicationKey, '/apps');
  });

  app.post('/apps/keys/:keyId/revoke', async (c) => {
    const data = await portal.ask(c, REVOKE_KEY, { input: { keyId: c.req.param('keyId') } });
    return done(portal, c, data.revokeApplicationKey.errors, '/apps');
  });
}
