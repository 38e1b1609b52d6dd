import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { LANGUAGES, translator, type Lang, type T } from './i18n.ts';
import { unavailable } from '../shared/graph.ts';
import type { Session } from '../shared/session.ts';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** What every page needs to render: the reader's language, their session and where they are. */
export interface View {
  lang: Lang;
  t: T;
  session?: Session;
  url: URL;
}

export const view = (lang: Lang, url: URL, session?: Session): View => ({ lang, t: translator(lang), session, url });

const LANG_NAMES: Record<Lang, string> = { lv: 'Latviešu', en: 'English', ru: 'Русский' };

const withLang = (url: URL, lang: Lang) => {
  const u = new URL(url);
  u.searchParams.set('lang', lang);
  return `${u.pathname}${u.search}`;
};

/** In place of the part of a page at `path` that the graph could not give now (a subgraph down); '' when it came. */
export const notice = (v: View, answer: unknown, path: string) =>
  unavailable(answer, path) ? html`<p class="notice" role="status">${v.t('partUnavailable')}</p>` : '';

export const csrfField = (v: View) => html`<input type="hidden" name="csrf" value="${v.session?.csrf ?? ''}">`;

const NAV: { href: string; key: Parameters<T>[0]; personal?: boolean }[] = [
  { href: '/', key: 'search' },
  { href: '/life-situations', key: 'lifeSituations' },
  { href: '/centres', key: 'centres' },
  { href: '/my/cases', key: 'myCases', personal: true },
  { href: '/my/data', key: 'myData', personal: true },
  { href: '/acting', key: 'switchParty', personal: true },
];

export function page(v: View, title: string, content: Html): Html {
  const { t, session } = v;
  const person = session?.person;
  const current = (href: string) => (href === '/' ? v.url.pathname === '/' : v.url.pathname.startsWith(href));
  return html`<!doctype html>
<html lang="${v.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} · ${t('siteName')}</title>
<link rel="stylesheet" href="/assets/portal.css">
<script src="/assets/portal.js" defer></script>
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
  ${NAV.filter((n) => !n.personal || person).map((n) => html`<li><a href="${n.href}" ${current(n.href) ? html`aria-current="page"` : ''}>${t(n.key)}</a></li>`)}
</ul></nav>
${session?.actFor
  ? html`<section class="acting" aria-label="${t('actingFor')}"><p><strong>${t('actingFor')}</strong> <span data-acting-for>${session.actFor.name}</span></p>
      <form method="post" action="/acting/stop" class="inline">${csrfField(v)}<button type="submit" class="secondary">${t('stopActing')}</button></form></section>`
  : ''}
<main id="main">
${session?.flash ? html`<p class="flash" role="status">${takeFlash(session)}</p>` : ''}
<h1>${title}</h1>
${content}
</main>
<footer>${t('siteName')} · Latvija</footer>
</body>
</html>`;
}

function takeFlash(session: Session): string {
  const text = session.flash ?? '';
  delete session.flash;
  return text;
}

export const date = (v: View, iso: string | null | undefined) =>
  iso ? new Intl.DateTimeFormat(v.lang === 'lv' ? 'lv-LV' : v.lang === 'ru' ? 'ru-RU' : 'en-GB', { dateStyle: 'medium', ...(iso.length > 10 ? { timeStyle: 'short' } : {}), timeZone: 'Europe/Riga' }).format(new Date(iso)) : '';

/** ISO 8601 durations of the catalogue ("P10D", "P1M") in words. */
export function duration(v: View, iso: string | null | undefined, workingDays: boolean): string {
  if (!iso) return v.t('unknown');
  const m = /^P(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?/.exec(iso);
  if (!m) return iso;
  const days = Number(m[3] ?? 0) + Number(m[2] ?? 0) * 7;
  const parts = [m[1] ? `${m[1]} ${v.lang === 'lv' ? 'mēn.' : v.lang === 'ru' ? 'мес.' : 'months'}` : '', days ? `${days} ${workingDays ? v.t('workingDays') : v.t('days')}` : ''];
  return parts.filter(Boolean).join(' ') || iso;
}
