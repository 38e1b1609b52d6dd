/**
 * The development provider's pages, styled as a test eID environment: plain HTML that works without JavaScript,
 * Latvian first (the portal passes ui_locales), no asset from elsewhere.
 */
const TEXT = {
  lv: {
    title: 'Testa eID: pieteikšanās', heading: 'Pieteikties ar testa eID',
    intro: 'Izstrādes vide. Izvēlieties demonstrācijas personu, kuras vārdā pieteikties.', code: 'personas kods',
    logoutTitle: 'Iziet', logoutHeading: 'Vai iziet no Latvija.lv?', yes: 'Jā, iziet', no: 'Nē, palikt',
    loggedOut: 'Jūs esat izgājis.', error: 'Kļūda',
  },
  en: {
    title: 'Test eID: sign in', heading: 'Sign in with test eID',
    intro: 'Development environment. Choose the demo person to sign in as.', code: 'personal code',
    logoutTitle: 'Sign out', logoutHeading: 'Sign out of Latvija.lv?', yes: 'Yes, sign out', no: 'No, stay signed in',
    loggedOut: 'You have signed out.', error: 'Error',
  },
  ru: {
    title: 'Тестовый eID: вход', heading: 'Вход с тестовым eID',
    intro: 'Среда разработки. Выберите демонстрационное лицо для входа.', code: 'персональный код',
    logoutTitle: 'Выход', logoutHeading: 'Выйти из Latvija.lv?', yes: 'Да, выйти', no: 'Нет, остаться',
    loggedOut: 'Вы вышли.', error: 'Ошибка',
  },
} as const;

type Lang = keyof typeof TEXT;
const langOf = (locales: string): Lang => (locales.split(' ').find((l): l is Lang => l in TEXT) ?? 'lv');

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = `body{font:1rem/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a;background:#f4f4f4}
main{max-width:32rem;margin:2rem auto;padding:1.5rem;background:#fff;border-top:.4rem solid #9e3039}
h1{font-size:1.4rem;margin-top:0}ul{list-style:none;padding:0}li{margin:.5rem 0}
button{font:inherit;width:100%;text-align:left;padding:.75rem 1rem;border:2px solid #1f3b66;background:#fff;color:#1f3b66;cursor:pointer;border-radius:4px}
button:hover,button:focus{background:#1f3b66;color:#fff;outline:3px solid #f5a623;outline-offset:2px}
.code{display:block;font-size:.875rem}`;

const page = (lang: Lang, title: string, body: string) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;

export function loginPage(uid: string, persons: readonly { personalCode: string; name: string }[], locales: string): string {
  const lang = langOf(locales);
  const t = TEXT[lang];
  const items = persons
    .map((p) => `<li><button type="submit" name="person" value="${escape(p.personalCode)}">${escape(p.name)}<span class="code">${t.code} ${escape(p.personalCode)}</span></button></li>`)
    .join('');
  return page(lang, t.title, `<h1>${t.heading}</h1><p>${t.intro}</p>
<form method="post" action="/interaction/${escape(uid)}/login"><ul>${items}</ul></form>`);
}

/** `form` is the provider's hidden form (id op.logoutForm) carrying its own CSRF token. */
export function logoutPage(form: string, locales = 'lv'): string {
  const t = TEXT[langOf(locales)];
  return page(langOf(locales), t.logoutTitle, `<h1>${t.logoutHeading}</h1>${form}
<ul><li><button type="submit" form="op.logoutForm" name="logout" value="yes">${t.yes}</button></li>
<li><button type="submit" form="op.logoutForm">${t.no}</button></li></ul>`);
}

export const loggedOutPage = (locales = 'lv') => page(langOf(locales), TEXT[langOf(locales)].logoutTitle, `<h1>${TEXT[langOf(locales)].loggedOut}</h1>`);

export const errorPage = (message: string) => page('lv', TEXT.lv.error, `<h1>${TEXT.lv.error}</h1><p>${escape(message)}</p>`);
