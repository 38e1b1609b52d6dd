/**
 * What a notification says, in the person's language (Latvian, English, Russian): rendered from the event's data,
 * which holds ids and codes only, so a notification carries no personal data (no name, personal code or note). The
 * person reads the details in the portal, signed in.
 */
import type { EventEnvelope } from '@public-service-graph/subgraph-kit/events/outbox';
import type { Topic } from '../domain/preferences.ts';

export type Language = 'lv' | 'en' | 'ru';
type Texts = Record<Language, string>;
type Data = Record<string, unknown>;

const STATUS: Record<string, Texts> = {
  SUBMITTED: { lv: 'iesniegta', en: 'submitted', ru: 'подано' },
  REGISTERED: { lv: 'reģistrēta', en: 'registered', ru: 'зарегистрировано' },
  IN_PROGRESS: { lv: 'tiek izskatīta', en: 'in progress', ru: 'рассматривается' },
  AWAITING_CLIENT: { lv: 'gaida jūsu atbildi', en: 'awaiting your reply', ru: 'ожидает вашего ответа' },
  DECIDED: { lv: 'pieņemts lēmums', en: 'decided', ru: 'принято решение' },
  COMPLETED: { lv: 'pabeigta', en: 'completed', ru: 'завершено' },
  REJECTED: { lv: 'noraidīta', en: 'rejected', ru: 'отклонено' },
  WITHDRAWN: { lv: 'atsaukta', en: 'withdrawn', ru: 'отозвано' },
};
const DECISION: Record<string, Texts> = {
  GRANTED: { lv: 'apmierināts', en: 'granted', ru: 'удовлетворено' },
  PARTLY_GRANTED: { lv: 'daļēji apmierināts', en: 'partly granted', ru: 'частично удовлетворено' },
  REFUSED: { lv: 'atteikts', en: 'refused', ru: 'отказано' },
};
const PORTAL: Texts = {
  lv: 'Sīkāk: valsts pakalpojumu portālā, sadaļā "Mani pieteikumi".',
  en: 'Details: on the public services portal, under "My applications".',
  ru: 'Подробнее: на портале государственных услуг, в разделе «Мои заявления».',
};

const PORTAL_CONSENTS: Texts = {
  lv: 'Sīkāk: valsts pakalpojumu portālā, sadaļā "Piekrišanas un pilnvaras".',
  en: 'Details: on the public services portal, under "Consents and powers of attorney".',
  ru: 'Подробнее: на портале государственных услуг, в разделе «Согласия и доверенности».',
};
const CONSENT_TITLE: Texts = { lv: 'Jūsu piekrišana', en: 'Your consent', ru: 'Ваше согласие' };
const REPRESENTATION_TITLE: Texts = { lv: 'Pārstāvība', en: 'Representation', ru: 'Представительство' };

const word = (table: Record<string, Texts>, key: unknown, language: Language) => table[String(key)]?.[language] ?? String(key);
const scopesOf = (d: Data) => (Array.isArray(d.scopes) ? d.scopes.join(', ') : '');
const caseRef = (d: Data) => `${d.serviceCode}${d.reference ? ` ${d.reference}` : ''}`;

interface Template {
  topic: Topic;
  /** Whether this event, by its data, is one a person is told of. */
  applies?: (d: Data) => boolean;
  title: (d: Data, l: Language) => string;
  body: (d: Data, l: Language) => string;
  /** Where in the portal the details are; the person's applications unless said. */
  portal?: Texts;
}

const CASE_TITLE: Texts = { lv: 'Jūsu pieteikums', en: 'Your application', ru: 'Ваше заявление' };

/** Event type → template. Types not listed are not notified. */
const TEMPLATES: Record<string, Template> = {
  'lv.gov.psg.case.status-changed.v1': {
    topic: 'CASE_STATUS_CHANGES',
    title: (d, l) => `${CASE_TITLE[l]} ${caseRef(d)}: ${word(STATUS, d.to, l)}`,
    body: (d, l) => ({ lv: `Pieteikuma ${caseRef(d)} statuss mainīts: ${word(STATUS, d.to, l)}.`, en: `The status of application ${caseRef(d)} changed: ${word(STATUS, d.to, l)}.`, ru: `Статус заявления ${caseRef(d)} изменён: ${word(STATUS, d.to, l)}.` })[l],
  },
  'lv.gov.psg.case.decided.v1': {
    topic: 'CASE_STATUS_CHANGES',
    title: (d, l) => `${CASE_TITLE[l]} ${caseRef(d)}: ${word(DECISION, d.decision, l)}`,
    body: (d, l) => ({ lv: `Par pieteikumu ${caseRef(d)} pieņemts lēmums: ${word(DECISION, d.decision, l)}.`, en: `A decision was made on application ${caseRef(d)}: ${word(DECISION, d.decision, l)}.`, ru: `По заявлению ${caseRef(d)} принято решение: ${word(DECISION, d.decision, l)}.` })[l],
  },
  'lv.gov.psg.case.timeline-event-added.v1': {
    topic: 'CASE_STATUS_CHANGES',
    applies: (d) => d.eventType === 'DOCUMENT_REQUEST' || d.eventType === 'MESSAGE',
    title: (d, l) => `${CASE_TITLE[l]} ${caseRef(d)}: ${d.eventType === 'MESSAGE' ? { lv: 'jauna ziņa', en: 'a new message', ru: 'новое сообщение' }[l] : { lv: 'vajadzīgi dokumenti', en: 'documents needed', ru: 'нужны документы' }[l]}`,
    body: (d, l) => (d.eventType === 'MESSAGE'
      ? { lv: `Iestāde ${d.institutionCode} nosūtīja ziņu par pieteikumu ${caseRef(d)}.`, en: `${d.institutionCode} sent a message about application ${caseRef(d)}.`, ru: `Учреждение ${d.institutionCode} отправило сообщение по заявлению ${caseRef(d)}.` }
      : { lv: `Iestāde ${d.institutionCode} lūdz iesniegt dokumentus pieteikumam ${caseRef(d)}.`, en: `${d.institutionCode} asks for documents for application ${caseRef(d)}.`, ru: `Учреждение ${d.institutionCode} просит представить документы по заявлению ${caseRef(d)}.` })[l],
  },
  'lv.gov.psg.case.overdue.v1': {
    topic: 'DEADLINES',
    title: (d, l) => `${CASE_TITLE[l]} ${caseRef(d)}: ${{ lv: 'termiņš pagājis', en: 'past its due date', ru: 'срок истёк' }[l]}`,
    body: (d, l) => ({ lv: `Pieteikuma ${caseRef(d)} izskatīšanas termiņš (${d.dueOn}) ir pagājis, bet lēmuma vēl nav.`, en: `Application ${caseRef(d)} was due by ${d.dueOn} and is not decided yet.`, ru: `Срок рассмотрения заявления ${caseRef(d)} (${d.dueOn}) истёк, решения ещё нет.` })[l],
  },
  'lv.gov.psg.proactive-offer.available.v1': {
    topic: 'PROACTIVE_OFFERS',
    title: (_, l) => ({ lv: 'Jums ir jauns pakalpojumu piedāvājums', en: 'A new offer of services for you', ru: 'Для вас новое предложение услуг' })[l],
    body: (d, l) => ({ lv: `Pēc notikuma dzīvē (${d.lifeEventType}) jums var noderēt pakalpojumi: ${d.lifeSituationCode}.`, en: `After a life event (${d.lifeEventType}) these services may help you: ${d.lifeSituationCode}.`, ru: `После жизненного события (${d.lifeEventType}) вам могут пригодиться услуги: ${d.lifeSituationCode}.` })[l],
  },
  'lv.gov.psg.consent.granted.v1': {
    topic: 'CONSENTS_AND_REPRESENTATIONS',
    portal: PORTAL_CONSENTS,
    title: (d, l) => `${CONSENT_TITLE[l]}: ${{ lv: 'dota', en: 'given', ru: 'дано' }[l]} ${d.recipientId}`,
    body: (d, l) => ({ lv: `Jūs devāt piekrišanu ${d.recipientId} izmantot jūsu datus (${scopesOf(d)}).`, en: `You gave ${d.recipientId} consent to use your data (${scopesOf(d)}).`, ru: `Вы дали ${d.recipientId} согласие на использование ваших данных (${scopesOf(d)}).` })[l],
  },
  'lv.gov.psg.consent.revoked.v1': {
    topic: 'CONSENTS_AND_REPRESENTATIONS',
    portal: PORTAL_CONSENTS,
    title: (d, l) => `${CONSENT_TITLE[l]}: ${{ lv: 'atsaukta', en: 'revoked', ru: 'отозвано' }[l]} ${d.recipientId}`,
    body: (d, l) => ({ lv: `Jūsu piekrišana ${d.recipientId} ir atsaukta: tas vairs nevar izmantot jūsu datus.`, en: `Your consent to ${d.recipientId} was revoked: it may no longer use your data.`, ru: `Ваше согласие для ${d.recipientId} отозвано: ваши данные больше не могут использоваться.` })[l],
  },
  'lv.gov.psg.consent.expired.v1': {
    topic: 'CONSENTS_AND_REPRESENTATIONS',
    portal: PORTAL_CONSENTS,
    title: (d, l) => `${CONSENT_TITLE[l]}: ${{ lv: 'beigusies', en: 'expired', ru: 'истекло' }[l]} ${d.recipientId}`,
    body: (d, l) => ({ lv: `Jūsu piekrišanas ${d.recipientId} termiņš ir beidzies; ja vajag, dodiet jaunu.`, en: `Your consent to ${d.recipientId} has expired; give a new one if you still want it.`, ru: `Срок вашего согласия для ${d.recipientId} истёк; при необходимости дайте новое.` })[l],
  },
  'lv.gov.psg.representation.granted.v1': {
    topic: 'CONSENTS_AND_REPRESENTATIONS',
    portal: PORTAL_CONSENTS,
    title: (_, l) => `${REPRESENTATION_TITLE[l]}: ${{ lv: 'piešķirta', en: 'granted', ru: 'предоставлено' }[l]}`,
    body: (d, l) => ({ lv: `Pārstāvis tagad var rīkoties jūsu vārdā (${d.basis}: ${scopesOf(d)}).`, en: `A representative may now act for you (${d.basis}: ${scopesOf(d)}).`, ru: `Представитель теперь может действовать от вашего имени (${d.basis}: ${scopesOf(d)}).` })[l],
  },
  'lv.gov.psg.representation.revoked.v1': {
    topic: 'CONSENTS_AND_REPRESENTATIONS',
    portal: PORTAL_CONSENTS,
    title: (_, l) => `${REPRESENTATION_TITLE[l]}: ${{ lv: 'atsaukta', en: 'revoked', ru: 'отозвано' }[l]}`,
    body: (d, l) => ({ lv: `Pārstāvis vairs nevar rīkoties jūsu vārdā (${d.basis}).`, en: `A representative may no longer act for you (${d.basis}).`, ru: `Представитель больше не может действовать от вашего имени (${d.basis}).` })[l],
  },
};

export const NOTIFIED_TYPES: readonly string[] = Object.keys(TEMPLATES);

export const languageOf = (stored: string | null | undefined): Language => (stored === 'en' || stored === 'ru' ? stored : 'lv');

/** The notification of an event in a language, or null when a person is not told of it. */
export function render(event: EventEnvelope, language: Language): { topic: Topic; title: string; body: string } | null {
  const template = TEMPLATES[event.type];
  if (!template || (template.applies && !template.applies(event.data))) return null;
  return { topic: template.topic, title: template.title(event.data, language), body: `${template.body(event.data, language)}\n\n${(template.portal ?? PORTAL)[language]}` };
}
