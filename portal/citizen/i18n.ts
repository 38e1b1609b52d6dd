/** The portal's own words, Latvian first; the graph's content comes in the reader's language (Accept-Language). */
import type { Lang } from '../shared/lang.ts';
export { isLang, LANGUAGES, type Lang } from '../shared/lang.ts';

const lv = {
  siteName: 'Valsts pakalpojumi', skip: 'Pāriet uz saturu', mainNav: 'Galvenā navigācija', langNav: 'Valoda',
  search: 'Meklēt', lifeSituations: 'Dzīves situācijas', centres: 'Klientu centri', myCases: 'Mani pieteikumi', myData: 'Mani dati',
  signIn: 'Pieteikties', signOut: 'Iziet', signedInAs: 'Pieteicies', actingFor: 'Jūs darbojaties kā pārstāvis:', stopActing: 'Atgriezties pie sevis',
  switchParty: 'Pārstāvēt citu', searchHeading: 'Pakalpojumu meklēšana', query: 'Ko vēlaties izdarīt?', holder: 'Iestāde', channel: 'Saņemšanas veids',
  region: 'Novads vai pilsēta', any: 'Jebkurš', results: 'Rezultāti', found: 'Atrasti pakalpojumi', noResults: 'Nekas netika atrasts. Pamēģiniet citu vārdu.',
  nextOnline: 'Pieteikties e-pakalpojumā', nextInPerson: 'Pieteikties klātienē klientu centrā', nextCard: 'Ko vajag pirms pieteikšanās',
  matchingSituations: 'Atbilstošās dzīves situācijas', steps: 'Soļi', timeLimit: 'Izpildes termiņš', workingDays: 'darba dienas', days: 'dienas',
  evidence: 'Nepieciešamie dokumenti', obtained: 'iestāde iegūst pati', cost: 'Maksa', free: 'Bez maksas', identification: 'Identifikācija',
  redress: 'Apstrīdēšana', silence: 'Ja iestāde neatbild laikā', channels: 'Kā saņemt', eService: 'E-pakalpojums', offeredAt: 'Klientu centri, kur pakalpojumu sniedz',
  openNow: 'Atvērts tagad', closedNow: 'Slēgts tagad', hours: 'Darba laiks', requirements: 'Prasības', legalBasis: 'Tiesiskais pamats', holderOf: 'Atbildīgā iestāde',
  output: 'Rezultāts', appealDeadline: 'Termiņš', notFound: 'Nav atrasts', notFoundText: 'Šāda lapa vai pakalpojums nav atrasts.',
  lifeSituationsHeading: 'Dzīves situācijas', required: 'obligāts', optional: 'pēc vajadzības', yourProgress: 'Jūsu progress', offers: 'Jums piedāvājam',
  offersNeedConsent: 'Lai redzētu piedāvājumus, atļaujiet valsts pārvaldei tos sūtīt (Mani dati → Piekrišanas).', due: 'Termiņš', overdue: 'Nokavēts',
  done: 'Izdarīts', centresHeading: 'Klientu centri tuvumā', place: 'Vieta', service: 'Pakalpojums', onlyOpen: 'Tikai atvērtie tagad', show: 'Rādīt', km: 'km',
  casesHeading: 'Mani pieteikumi', status: 'Statuss', submitted: 'Iesniegts', timeline: 'Vēsture', reference: 'Numurs', rating: 'Vērtējums', rate: 'Novērtēt',
  comment: 'Komentārs', complaint: 'Sūdzība', complain: 'Iesniegt sūdzību', complaints: 'Sūdzības', noCases: 'Pieteikumu nav.', progress: 'Izpilde',
  dataHeading: 'Mani dati', profile: 'Profils', name: 'Vārds, uzvārds', personalCode: 'Personas kods', contacts: 'Kontakti', eAddress: 'E-adrese',
  notifications: 'Paziņojumi', save: 'Saglabāt', consents: 'Piekrišanas', recipient: 'Saņēmējs', purpose: 'Mērķis', scopes: 'Dati', validUntil: 'Derīga līdz',
  grant: 'Dot piekrišanu', revoke: 'Atsaukt', uses: 'Izmantojumi', noUses: 'Nav izmantota.', powers: 'Pilnvaras un pārstāvība', representing: 'Es pārstāvu',
  representedBy: 'Mani pārstāv', basis: 'Pamats', attorneyCode: 'Pilnvarnieka personas kods', grantPower: 'Piešķirt pilnvaru', acceptPower: 'Pieņemt pilnvaru', attorneyPending: 'Pilnvarnieks vēl nav pieņēmis', accessLog: 'Kas skatīja manus datus',
  when: 'Kad', who: 'Kas', what: 'Ko', why: 'Kāpēc', noAccess: 'Neviens nav skatījis.', recipientId: 'Lietotnes vai iestādes kods',
  actingHeading: 'Pārstāvēt citu', act: 'Darboties šīs personas vārdā', nobody: 'Jūs nevienu nepārstāvat.', signInNeeded: 'Lai redzētu šo lapu, piesakieties.',
  saved: 'Saglabāts.', error: 'Kļūda', forbidden: 'Jums nav tiesību to redzēt.', csrf: 'Veidlapa ir novecojusi. Mēģiniet vēlreiz.', thanks: 'Paldies!',
  busy: 'Pārāk daudz pieprasījumu', busyText: 'Šobrīd pieprasījumu ir pārāk daudz. Lūdzu, mēģiniet vēlreiz pēc brīža.', unavailable: 'Pakalpojums īslaicīgi nav pieejams', unavailableText: 'Daļa sistēmas šobrīd neatbild. Lūdzu, mēģiniet vēlreiz pēc brīža.', partUnavailable: 'Šī daļa īslaicīgi nav pieejama; mēģiniet vēlreiz vēlāk.', retryIn: 'Mēģiniet vēlreiz pēc (sekundēm):',
  invalidLogin: 'Pieteikšanās neizdevās. Mēģiniet vēlreiz.', of: 'no', home: 'Sākums', servicesOf: 'pakalpojumi', signInToSee: 'Piesakieties, lai redzētu savu progresu.',
  unknown: 'nav zināms', phone: 'Tālrunis', email: 'E-pasts', yes: 'Jā', no: 'Nē', enabled: 'Ieslēgts', back: 'Atpakaļ', none: '—', apply: 'Piemērot', nextPage: 'Nākamā lapa',
} as const;

export type Key = keyof typeof lv;

const en: Record<Key, string> = {
  siteName: 'Public services', skip: 'Skip to content', mainNav: 'Main navigation', langNav: 'Language',
  search: 'Search', lifeSituations: 'Life situations', centres: 'Service centres', myCases: 'My applications', myData: 'My data',
  signIn: 'Sign in', signOut: 'Sign out', signedInAs: 'Signed in', actingFor: 'You are acting for:', stopActing: 'Back to yourself',
  switchParty: 'Act for someone', searchHeading: 'Find a service', query: 'What do you want to do?', holder: 'Institution', channel: 'How to receive it',
  region: 'Municipality or city', any: 'Any', results: 'Results', found: 'Services found', noResults: 'Nothing found. Try another word.',
  nextOnline: 'Apply online', nextInPerson: 'Apply in person at a service centre', nextCard: 'What you need before applying',
  matchingSituations: 'Matching life situations', steps: 'Steps', timeLimit: 'Processing time', workingDays: 'working days', days: 'days',
  evidence: 'Documents needed', obtained: 'the institution obtains it itself', cost: 'Cost', free: 'Free of charge', identification: 'Identification',
  redress: 'How to appeal', silence: 'If the institution does not answer in time', channels: 'How to receive it', eService: 'E-service', offeredAt: 'Service centres offering it',
  openNow: 'Open now', closedNow: 'Closed now', hours: 'Opening hours', requirements: 'Requirements', legalBasis: 'Legal basis', holderOf: 'Responsible institution',
  output: 'Result', appealDeadline: 'Deadline', notFound: 'Not found', notFoundText: 'This page or service was not found.',
  lifeSituationsHeading: 'Life situations', required: 'required', optional: 'if needed', yourProgress: 'Your progress', offers: 'Offered to you',
  offersNeedConsent: 'To see offers, allow the public administration to send them (My data → Consents).', due: 'Due', overdue: 'Overdue',
  done: 'Done', centresHeading: 'Service centres nearby', place: 'Place', service: 'Service', onlyOpen: 'Only those open now', show: 'Show', km: 'km',
  casesHeading: 'My applications', status: 'Status', submitted: 'Submitted', timeline: 'History', reference: 'Reference', rating: 'Rating', rate: 'Rate',
  comment: 'Comment', complaint: 'Complaint', complain: 'Submit a complaint', complaints: 'Complaints', noCases: 'No applications.', progress: 'Progress',
  dataHeading: 'My data', profile: 'Profile', name: 'Name', personalCode: 'Personal code', contacts: 'Contacts', eAddress: 'E-address',
  notifications: 'Notifications', save: 'Save', consents: 'Consents', recipient: 'Recipient', purpose: 'Purpose', scopes: 'Data', validUntil: 'Valid until',
  grant: 'Give consent', revoke: 'Revoke', uses: 'Uses', noUses: 'Not used.', powers: 'Powers of attorney and representation', representing: 'I represent',
  representedBy: 'Represented by', basis: 'Basis', attorneyCode: 'Attorney’s personal code', grantPower: 'Grant a power of attorney', acceptPower: 'Accept the power of attorney', attorneyPending: 'Not yet accepted by the attorney', accessLog: 'Who read my data',
  when: 'When', who: 'Who', what: 'What', why: 'Why', noAccess: 'Nobody has read it.', recipientId: 'Application or institution code',
  actingHeading: 'Act for someone', act: 'Act for this party', nobody: 'You represent nobody.', signInNeeded: 'Sign in to see this page.',
  saved: 'Saved.', error: 'Error', forbidden: 'You may not see this.', csrf: 'The form has expired. Please try again.', thanks: 'Thank you!',
  busy: 'Too many requests', busyText: 'There are too many requests right now. Please try again in a moment.', unavailable: 'Temporarily unavailable', unavailableText: 'Part of the system is not answering right now. Please try again in a moment.', partUnavailable: 'This part is temporarily unavailable; try again later.', retryIn: 'Try again in (seconds):',
  invalidLogin: 'Sign-in failed. Please try again.', of: 'of', home: 'Home', servicesOf: 'services', signInToSee: 'Sign in to see your progress.',
  unknown: 'unknown', phone: 'Phone', email: 'E-mail', yes: 'Yes', no: 'No', enabled: 'On', back: 'Back', none: '—', apply: 'Apply', nextPage: 'Next page',
};

const ru: Record<Key, string> = {
  siteName: 'Государственные услуги', skip: 'Перейти к содержанию', mainNav: 'Главное меню', langNav: 'Язык',
  search: 'Поиск', lifeSituations: 'Жизненные ситуации', centres: 'Центры обслуживания', myCases: 'Мои заявления', myData: 'Мои данные',
  signIn: 'Войти', signOut: 'Выйти', signedInAs: 'Вы вошли', actingFor: 'Вы действуете от имени:', stopActing: 'Вернуться к себе',
  switchParty: 'Представлять другого', searchHeading: 'Поиск услуг', query: 'Что вы хотите сделать?', holder: 'Учреждение', channel: 'Способ получения',
  region: 'Край или город', any: 'Любой', results: 'Результаты', found: 'Найдено услуг', noResults: 'Ничего не найдено. Попробуйте другое слово.',
  nextOnline: 'Подать заявление онлайн', nextInPerson: 'Подать заявление в центре обслуживания', nextCard: 'Что нужно до подачи',
  matchingSituations: 'Подходящие жизненные ситуации', steps: 'Шаги', timeLimit: 'Срок исполнения', workingDays: 'рабочих дней', days: 'дней',
  evidence: 'Необходимые документы', obtained: 'учреждение получит само', cost: 'Стоимость', free: 'Бесплатно', identification: 'Идентификация',
  redress: 'Обжалование', silence: 'Если учреждение не ответит вовремя', channels: 'Как получить', eService: 'Э-услуга', offeredAt: 'Центры, где оказывают услугу',
  openNow: 'Сейчас открыто', closedNow: 'Сейчас закрыто', hours: 'Часы работы', requirements: 'Требования', legalBasis: 'Правовая основа', holderOf: 'Ответственное учреждение',
  output: 'Результат', appealDeadline: 'Срок', notFound: 'Не найдено', notFoundText: 'Такая страница или услуга не найдена.',
  lifeSituationsHeading: 'Жизненные ситуации', required: 'обязательно', optional: 'при необходимости', yourProgress: 'Ваш прогресс', offers: 'Предлагаем вам',
  offersNeedConsent: 'Чтобы видеть предложения, разрешите госуправлению их отправлять (Мои данные → Согласия).', due: 'Срок', overdue: 'Просрочено',
  done: 'Сделано', centresHeading: 'Центры обслуживания рядом', place: 'Место', service: 'Услуга', onlyOpen: 'Только открытые сейчас', show: 'Показать', km: 'км',
  casesHeading: 'Мои заявления', status: 'Статус', submitted: 'Подано', timeline: 'История', reference: 'Номер', rating: 'Оценка', rate: 'Оценить',
  comment: 'Комментарий', complaint: 'Жалоба', complain: 'Подать жалобу', complaints: 'Жалобы', noCases: 'Заявлений нет.', progress: 'Выполнение',
  dataHeading: 'Мои данные', profile: 'Профиль', name: 'Имя, фамилия', personalCode: 'Персональный код', contacts: 'Контакты', eAddress: 'Э-адрес',
  notifications: 'Уведомления', save: 'Сохранить', consents: 'Согласия', recipient: 'Получатель', purpose: 'Цель', scopes: 'Данные', validUntil: 'Действует до',
  grant: 'Дать согласие', revoke: 'Отозвать', uses: 'Использования', noUses: 'Не использовалось.', powers: 'Доверенности и представительство', representing: 'Я представляю',
  representedBy: 'Меня представляют', basis: 'Основание', attorneyCode: 'Персональный код доверенного лица', grantPower: 'Выдать доверенность', acceptPower: 'Принять доверенность', attorneyPending: 'Доверенное лицо ещё не приняло', accessLog: 'Кто смотрел мои данные',
  when: 'Когда', who: 'Кто', what: 'Что', why: 'Зачем', noAccess: 'Никто не смотрел.', recipientId: 'Код приложения или учреждения',
  actingHeading: 'Представлять другого', act: 'Действовать от имени', nobody: 'Вы никого не представляете.', signInNeeded: 'Войдите, чтобы увидеть эту страницу.',
  saved: 'Сохранено.', error: 'Ошибка', forbidden: 'У вас нет права это видеть.', csrf: 'Форма устарела. Попробуйте ещё раз.', thanks: 'Спасибо!',
  busy: 'Слишком много запросов', busyText: 'Сейчас слишком много запросов. Пожалуйста, повторите попытку чуть позже.', unavailable: 'Временно недоступно', unavailableText: 'Часть системы сейчас не отвечает. Пожалуйста, повторите попытку чуть позже.', partUnavailable: 'Эта часть временно недоступна; попробуйте позже.', retryIn: 'Повторите через (секунд):',
  invalidLogin: 'Вход не удался. Попробуйте ещё раз.', of: 'из', home: 'Главная', servicesOf: 'услуги', signInToSee: 'Войдите, чтобы увидеть свой прогресс.',
  unknown: 'неизвестно', phone: 'Телефон', email: 'Э-почта', yes: 'Да', no: 'Нет', enabled: 'Вкл.', back: 'Назад', none: '—', apply: 'Применить', nextPage: 'Следующая страница',
};

const WORDS: Record<Lang, Record<Key, string>> = { lv, en, ru };
export const translator = (lang: Lang) => (key: Key): string => WORDS[lang][key];
export type T = ReturnType<typeof translator>;

/** Enum values the graph returns, in words a person understands. */
const ENUMS: Record<Lang, Record<string, string>> = {
  lv: {
    SUBMITTED: 'Iesniegts', REGISTERED: 'Reģistrēts', IN_PROGRESS: 'Izskatīšanā', AWAITING_CLIENT: 'Gaida jūsu atbildi', DECIDED: 'Pieņemts lēmums',
    COMPLETED: 'Pabeigts', REJECTED: 'Noraidīts', WITHDRAWN: 'Atsaukts', E_SERVICE: 'E-pakalpojums', WEB_PAGE: 'Tīmekļa vietne', PHONE: 'Tālrunis',
    EMAIL: 'E-pasts', POST: 'Pasts', SERVICE_LOCATION: 'Klātienē', TACIT_APPROVAL: 'Klusēšana nozīmē piekrišanu', TACIT_REFUSAL: 'Klusēšana nozīmē atteikumu',
    NOT_APPLICABLE: 'Neattiecas', PERSON: 'Persona', INSTITUTION: 'Iestāde', APPLICATION: 'Lietotne', OPERATOR: 'Operators', PUBLIC_ADMINISTRATION: 'Valsts pārvalde',
    PROFILE_READ: 'profils', PERSONAL_CODE_READ: 'personas kods', CONTACTS_READ: 'kontakti', CASES_READ: 'pieteikumi', PROACTIVE_OFFERS: 'proaktīvi piedāvājumi',
    PARENT: 'Vecāks', BOARD_MEMBER: 'Valdes loceklis', POWER_OF_ATTORNEY: 'Pilnvara', ACTIVE: 'Spēkā', AWAITING_ACCEPTANCE: 'Gaida pieņemšanu', REVOKED: 'Atsaukta', EXPIRED: 'Beigusies', GRANTED: 'Dota', REQUESTED: 'Pieprasīta',
    STATUS_CHANGE: 'Statusa maiņa', PROGRESS: 'Virzība', DOCUMENT_REQUEST: 'Pieprasīti dokumenti', MESSAGE: 'Ziņa', COMPLAINT: 'Sūdzība', DELIVERY: 'Izsniegts',
    CASE_STATUS_CHANGES: 'Pieteikumu statusi', DEADLINES: 'Termiņi', CONSENTS_AND_REPRESENTATIONS: 'Piekrišanas un pilnvaras', PORTAL: 'Portāls', E_ADDRESS: 'E-adrese', SMS: 'SMS', DONE: 'Izdarīts', PENDING: 'Jādara',
    CASES_SUBMIT: 'pieteikumu iesniegšana', PROFILE_MANAGE: 'profila pārvaldība', POWERS_MANAGE: 'pilnvaru pārvaldība', AUTH_NONE: 'Nav vajadzīga', AUTH_LOW: 'Zems līmenis', AUTH_SUBSTANTIAL: 'Būtisks līmenis (internetbanka, eParaksts)', AUTH_HIGH: 'Augsts līmenis (eID karte, eParaksts)', TO_DO: 'Jādara', APPLIES: 'Attiecas', MAY_APPLY: 'Var attiekties', DOES_NOT_APPLY: 'Neattiecas', MONDAY: 'P', TUESDAY: 'O', WEDNESDAY: 'T', THURSDAY: 'C', FRIDAY: 'Pk', SATURDAY: 'S', SUNDAY: 'Sv',
  },
  en: {
    SUBMITTED: 'Submitted', REGISTERED: 'Registered', IN_PROGRESS: 'In progress', AWAITING_CLIENT: 'Waiting for you', DECIDED: 'Decided',
    COMPLETED: 'Completed', REJECTED: 'Rejected', WITHDRAWN: 'Withdrawn', E_SERVICE: 'E-service', WEB_PAGE: 'Web page', PHONE: 'Phone',
    EMAIL: 'E-mail', POST: 'Post', SERVICE_LOCATION: 'In person', TACIT_APPROVAL: 'Silence means approval', TACIT_REFUSAL: 'Silence means refusal',
    NOT_APPLICABLE: 'Not applicable', PERSON: 'Person', INSTITUTION: 'Institution', APPLICATION: 'Application', OPERATOR: 'Operator', PUBLIC_ADMINISTRATION: 'Public administration',
    PROFILE_READ: 'profile', PERSONAL_CODE_READ: 'personal code', CONTACTS_READ: 'contacts', CASES_READ: 'applications', PROACTIVE_OFFERS: 'proactive offers',
    PARENT: 'Parent', BOARD_MEMBER: 'Board member', POWER_OF_ATTORNEY: 'Power of attorney', ACTIVE: 'Active', AWAITING_ACCEPTANCE: 'Awaiting acceptance', REVOKED: 'Revoked', EXPIRED: 'Expired', GRANTED: 'Given', REQUESTED: 'Requested',
    STATUS_CHANGE: 'Status change', PROGRESS: 'Progress', DOCUMENT_REQUEST: 'Documents requested', MESSAGE: 'Message', COMPLAINT: 'Complaint', DELIVERY: 'Delivered',
    CASE_STATUS_CHANGES: 'Application statuses', DEADLINES: 'Deadlines', CONSENTS_AND_REPRESENTATIONS: 'Consents and powers of attorney', PORTAL: 'Portal', E_ADDRESS: 'E-address', SMS: 'SMS', DONE: 'Done', PENDING: 'To do',
    CASES_SUBMIT: 'submitting applications', PROFILE_MANAGE: 'managing the profile', POWERS_MANAGE: 'managing powers', AUTH_NONE: 'Not needed', AUTH_LOW: 'Low level', AUTH_SUBSTANTIAL: 'Substantial level (internet bank, eParaksts)', AUTH_HIGH: 'High level (eID card, eParaksts)', TO_DO: 'To do', APPLIES: 'Applies', MAY_APPLY: 'May apply', DOES_NOT_APPLY: 'Does not apply', MONDAY: 'Mon', TUESDAY: 'Tue', WEDNESDAY: 'Wed', THURSDAY: 'Thu', FRIDAY: 'Fri', SATURDAY: 'Sat', SUNDAY: 'Sun',
  },
  ru: {
    SUBMITTED: 'Подано', REGISTERED: 'Зарегистрировано', IN_PROGRESS: 'Рассматривается', AWAITING_CLIENT: 'Ждёт вашего ответа', DECIDED: 'Решение принято',
    COMPLETED: 'Завершено', REJECTED: 'Отклонено', WITHDRAWN: 'Отозвано', E_SERVICE: 'Э-услуга', WEB_PAGE: 'Веб-страница', PHONE: 'Телефон',
    EMAIL: 'Э-почта', POST: 'Почта', SERVICE_LOCATION: 'Лично', TACIT_APPROVAL: 'Молчание означает согласие', TACIT_REFUSAL: 'Молчание означает отказ',
    NOT_APPLICABLE: 'Не применяется', PERSON: 'Лицо', INSTITUTION: 'Учреждение', APPLICATION: 'Приложение', OPERATOR: 'Оператор', PUBLIC_ADMINISTRATION: 'Госуправление',
    PROFILE_READ: 'профиль', PERSONAL_CODE_READ: 'персональный код', CONTACTS_READ: 'контакты', CASES_READ: 'заявления', PROACTIVE_OFFERS: 'проактивные предложения',
    PARENT: 'Родитель', BOARD_MEMBER: 'Член правления', POWER_OF_ATTORNEY: 'Доверенность', ACTIVE: 'Действует', AWAITING_ACCEPTANCE: 'Ожидает принятия', REVOKED: 'Отозвано', EXPIRED: 'Истекло', GRANTED: 'Дано', REQUESTED: 'Запрошено',
    STATUS_CHANGE: 'Смена статуса', PROGRESS: 'Ход', DOCUMENT_REQUEST: 'Запрошены документы', MESSAGE: 'Сообщение', COMPLAINT: 'Жалоба', DELIVERY: 'Выдано',
    CASE_STATUS_CHANGES: 'Статусы заявлений', DEADLINES: 'Сроки', CONSENTS_AND_REPRESENTATIONS: 'Согласия и доверенности', PORTAL: 'Портал', E_ADDRESS: 'Э-адрес', SMS: 'SMS', DONE: 'Сделано', PENDING: 'Сделать',
    CASES_SUBMIT: 'подача заявлений', PROFILE_MANAGE: 'управление профилем', POWERS_MANAGE: 'управление доверенностями', AUTH_NONE: 'Не нужна', AUTH_LOW: 'Низкий уровень', AUTH_SUBSTANTIAL: 'Существенный уровень (интернет-банк, eParaksts)', AUTH_HIGH: 'Высокий уровень (eID-карта, eParaksts)', TO_DO: 'Сделать', APPLIES: 'Касается', MAY_APPLY: 'Может касаться', DOES_NOT_APPLY: 'Не касается', MONDAY: 'Пн', TUESDAY: 'Вт', WEDNESDAY: 'Ср', THURSDAY: 'Чт', FRIDAY: 'Пт', SATURDAY: 'Сб', SUNDAY: 'Вс',
  },
};
export const enumText = (lang: Lang, value: string | null | undefined): string => (value ? ENUMS[lang][value] ?? value : '');
