import type { Lang } from '../shared/lang.ts';

/** The developer portal's own words, Latvian first. */
const lv = {
  siteName: 'Pakalpojumu grafs izstrādātājiem', skip: 'Pāriet uz saturu', mainNav: 'Galvenā navigācija', langNav: 'Valoda',
  home: 'Sākums', catalogue: 'API katalogs', guides: 'Rokasgrāmatas', changelog: 'Izmaiņu žurnāls', status: 'Statuss', graphiql: 'GraphiQL', apps: 'Manas lietotnes',
  signIn: 'Pieteikties', signOut: 'Iziet', signedInAs: 'Pieteicies',
  intro: 'Publiskais pakalpojumu grafs ir viens GraphQL API pār Latvijas valsts pakalpojumiem. Šeit ir publiskais līgums (shēma), rokasgrāmatas, izmaiņas, statuss un jūsu lietotņu atslēgas.',
  searchTypes: 'Meklēt tipos, laukos un aprakstos', search: 'Meklēt', type: 'Tips', field: 'Lauks', description: 'Apraksts', owner: 'Apakšgrafs un iestāde',
  types: 'Tipi', noMatch: 'Nekas neatbilst meklētajam.', fields: 'Lauki', values: 'Vērtības', arguments: 'Argumenti', contractVersion: 'Līguma versija',
  forDevelopers: 'Lietotņu izstrādātājiem', forInstitutions: 'Iestādēm', forOperators: 'Operatoriem',
  version: 'Versija', published: 'Publicēts', reason: 'Iemesls', changes: 'Izmaiņas', breaking: 'Nesaderīga izmaiņa', noChanges: 'Publiskais līgums nemainījās.', first: 'Pirmā versija', live: 'pašreizējā',
  subgraph: 'Apakšgrafs', up: 'Darbojas', down: 'Neatbild', checkedAt: 'Pārbaudīts',
  graphiqlIntro: 'GraphiQL darbojas no projekta paša failiem (bez CDN). Tajā ir latviski piemēri; galvenes ir paskaidrotas pirmajā cilnē.',
  headers: 'Galvenes', headerKey: 'jūsu lietotnes atslēga (X-API-Key), no sadaļas “Manas lietotnes”.', headerAuth: 'personas piekļuves marķieris (Authorization: Bearer …), kad lietotne lasa personas datus ar tās piekrišanu.', headerActFor: 'persona darbojas cita vārdā (X-Act-For: personas kods vai reģistrācijas numurs).',
  openGraphiql: 'Atvērt GraphiQL', openWithKey: 'Atvērt GraphiQL ar šo atslēgu',
  notFound: 'Nav atrasts', notFoundText: 'Šāda lapa nav atrasta.', error: 'Kļūda', csrf: 'Veidlapa ir novecojusi. Mēģiniet vēlreiz.', forbidden: 'Jums nav tiesību to redzēt.',
  busy: 'Pārāk daudz pieprasījumu', busyText: 'Šobrīd pieprasījumu ir pārāk daudz. Lūdzu, mēģiniet vēlreiz pēc brīža.', retryIn: 'Mēģiniet vēlreiz pēc (sekundēm):',
  unavailable: 'Pakalpojums īslaicīgi nav pieejams', unavailableText: 'Daļa sistēmas šobrīd neatbild. Lūdzu, mēģiniet vēlreiz pēc brīža.', invalidLogin: 'Pieteikšanās neizdevās. Mēģiniet vēlreiz.',
} as const;
export type Key = keyof typeof lv;

const en: Record<Key, string> = {
  siteName: 'Service graph for developers', skip: 'Skip to content', mainNav: 'Main navigation', langNav: 'Language',
  home: 'Home', catalogue: 'API catalogue', guides: 'Guides', changelog: 'Changelog', status: 'Status', graphiql: 'GraphiQL', apps: 'My applications',
  signIn: 'Sign in', signOut: 'Sign out', signedInAs: 'Signed in',
  intro: 'The Public Service Graph is one GraphQL API over Latvia\u2019s public services. Here are the public contract (the schema), guides, changes, status and your applications\u2019 keys.',
  searchTypes: 'Search types, fields and descriptions', search: 'Search', type: 'Type', field: 'Field', description: 'Description', owner: 'Subgraph and institution',
  types: 'Types', noMatch: 'Nothing matches.', fields: 'Fields', values: 'Values', arguments: 'Arguments', contractVersion: 'Contract version',
  forDevelopers: 'For application developers', forInstitutions: 'For institutions', forOperators: 'For operators',
  version: 'Version', published: 'Published', reason: 'Reason', changes: 'Changes', breaking: 'Breaking change', noChanges: 'The public contract did not change.', first: 'First version', live: 'current',
  subgraph: 'Subgraph', up: 'Up', down: 'Not answering', checkedAt: 'Checked',
  graphiqlIntro: 'GraphiQL runs from the project\u2019s own files (no CDN). It opens with Latvian examples; the first tab explains the headers.',
  headers: 'Headers', headerKey: 'your application\u2019s key (X-API-Key), from \u201cMy applications\u201d.', headerAuth: 'a person\u2019s access token (Authorization: Bearer \u2026), when the application reads that person\u2019s data with their consent.', headerActFor: 'a person acting for someone else (X-Act-For: personal code or registration number).',
  openGraphiql: 'Open GraphiQL', openWithKey: 'Open GraphiQL with this key',
  notFound: 'Not found', notFoundText: 'This page was not found.', error: 'Error', csrf: 'The form has expired. Please try again.', forbidden: 'You may not see this.',
  busy: 'Too many requests', busyText: 'There are too many requests right now. Please try again in a moment.', retryIn: 'Try again in (seconds):',
  unavailable: 'Temporarily unavailable', unavailableText: 'Part of the system is not answering right now. Please try again in a moment.', invalidLogin: 'Sign-in failed. Please try again.',
};

const ru: Record<Key, string> = {
  siteName: 'Граф услуг для разработчиков', skip: 'Перейти к содержанию', mainNav: 'Главное меню', langNav: 'Язык',
  home: 'Главная', catalogue: 'Каталог API', guides: 'Руководства', changelog: 'Журнал изменений', status: 'Статус', graphiql: 'GraphiQL', apps: 'Мои приложения',
  signIn: 'Войти', signOut: 'Выйти', signedInAs: 'Вы вошли',
  intro: 'Публичный граф услуг — единый GraphQL API государственных услуг Латвии. Здесь публичный контракт (схема), руководства, изменения, статус и ключи ваших приложений.',
  searchTypes: 'Искать в типах, полях и описаниях', search: 'Искать', type: 'Тип', field: 'Поле', description: 'Описание', owner: 'Подграф и учреждение',
  types: 'Типы', noMatch: 'Ничего не найдено.', fields: 'Поля', values: 'Значения', arguments: 'Аргументы', contractVersion: 'Версия контракта',
  forDevelopers: 'Разработчикам приложений', forInstitutions: 'Учреждениям', forOperators: 'Операторам',
  version: 'Версия', published: 'Опубликовано', reason: 'Причина', changes: 'Изменения', breaking: 'Несовместимое изменение', noChanges: 'Публичный контракт не изменился.', first: 'Первая версия', live: 'текущая',
  subgraph: 'Подграф', up: 'Работает', down: 'Не отвечает', checkedAt: 'Проверено',
  graphiqlIntro: 'GraphiQL работает из собственных файлов проекта (без CDN). В нём примеры на латышском; заголовки объяснены в первой вкладке.',
  headers: 'Заголовки', headerKey: 'ключ вашего приложения (X-API-Key), из раздела «Мои приложения».', headerAuth: 'токен доступа лица (Authorization: Bearer …), когда приложение читает данные лица с его согласия.', headerActFor: 'лицо действует от имени другого (X-Act-For: персональный код или регистрационный номер).',
  openGraphiql: 'Открыть GraphiQL', openWithKey: 'Открыть GraphiQL с этим ключом',
  notFound: 'Не найдено', notFoundText: 'Такая страница не найдена.', error: 'Ошибка', csrf: 'Форма устарела. Попробуйте ещё раз.', forbidden: 'У вас нет права это видеть.',
  busy: 'Слишком много запросов', busyText: 'Сейчас слишком много запросов. Пожалуйста, повторите попытку чуть позже.', retryIn: 'Повторите через (секунд):',
  unavailable: 'Временно недоступно', unavailableText: 'Часть системы сейчас не отвечает. Пожалуйста, повторите попытку чуть позже.', invalidLogin: 'Вход не удался. Попробуйте ещё раз.',
};

const WORDS: Record<Lang, Record<Key, string>> = { lv, en, ru };
export const translator = (lang: Lang) => (key: Key): string => WORDS[lang][key];
export type T = ReturnType<typeof translator>;
