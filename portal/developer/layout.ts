import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { LANGUAGES, type Lang } from '../shared/lang.ts';
import type { Session } from '../shared/session.ts';
import { translator, type Key, type T } from './i18n.ts';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface View { lang: Lang; t: T; session?: Session; url: URL }
export const view = (lang: Lang, url: URL, session?: Session): View => ({ lang, t: translator(lang), session, url });

const LANG_NAMES: Record<Lang, string> = { lv: 'Latviešu', en: 'English', ru: 'Русский' };
const withLang = (url: URL, lang: Lang) => {
  const u = new URL(url);
  u.searchParams.set('lang', lang);
  return `${u.pathname}${u.search}`;
};
export const csrfField = (v: View) => html`<input type="hidden" name="csrf" value="${v.session?.csrf ?? ''}">`;

const NAV: { href: string; key: Key }[] = [
  { href: '/', key: 'home' }, { href: '/catalogue', key: 'catalogue' }, { href: '/guides', key: 'guides' }, { href: '/changelog', key: 'changelog' },
  { href: '/status', key: 'status' }, { href: '/graphiql-help', key: 'graphiql' }, { href: '/apps', key: 'apps' },
];

/** Every page of the developer portal: the citizen portal's look (portal/shared/assets/portal.css), no script. */
export function page(v: View, title: string, content: Html): Html {
  const { t, session } = v;
  const person = session?.person;
  const current = (href: string) => (href === '/' ? v.url.pathname === '/' : v.url.pathname.startsWith(href));
  const flash = session?.flash;
  if (session) delete session.flash;
  return html`<!doctype html>
<html lang="${v.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} · ${t('siteName')}</title>
<link rel="stylesheet" href="/assets/portal.css">
</head>
<body>
<a class="skip" href="#main">${t('skip')}</a>
<header>
  <a class="site" href="/">${t('siteName')}</a>
  <nav class="langs" aria-label="${t('langNav')}"><ul>
    ${LANGUAGES.map((l) => html`<li><a href="${withLang(v.url, l)}" hreflang="${l}" lang="${l}" ${l === v.lang ? html`aria-current="true"` : ''}>${LANG_NAMES[l]}</a></li>`)}
  </ul></nav>
  <div class="account">
    ${person
      ? html`<span class="who">${t('signedInAs')}: <strong>${person.name}</strong></span>
        <form method="post" action="/auth/logout" class="inline">${csrfField(v)}<button type="submit">${t('signOut')}</button></form>`
      : html`<a href="/auth/login?returnTo=${encodeURIComponent(v.url.pathname + v.url.search)}">${t('signIn')}</a>`}
  </div>
</header>
<nav class="nav" aria-label="${t('mainNav')}"><ul>
  ${NAV.map((n) => html`<li><a href="${n.href}" ${current(n.href) ? html`aria-current="page"` : ''}>${t(n.key)}</a></li>`)}
</ul></nav>
<main id="main">
${flash ? html`<p class="flash" role="status">${flash}</p>` : ''}
<h1>${title}</h1>
${content}
</main>
<footer>${t('siteName')} · Latvija</footer>
</body>
</html>`;
}

export const dateTime = (v: View, iso: string | null | undefined) =>
  iso ? new Intl.DateTimeFormat(v.lang === 'lv' ? 'lv-LV' : v.lang === 'ru' ? 'ru-RU' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Riga' }).format(new Date(iso)) : '';
