/**
 * What the demo register says where a demo service's own lines are silent, so that every card has what a person
 * needs (issue 19): step-by-step instructions, a requirement, evidence, a link to a legal act, redress to a named
 * body, and Russian on the key services. Everything made here is general, and says so in the text ("Demo"): it is
 * derived from the card's own channels, time and audience, never a specific fact about the service.
 */
import type { LocalizedStringInput, ServiceAudience } from '../generated/types.ts';
import { DEMO_CHANNELS } from './channels.ts';
import { RUSSIAN_HOLDERS, RUSSIAN_NAMES } from './russian.ts';

export type Texts = { lv: string; en: string; ru?: string };
export const texts = ({ lv, en, ru }: Texts): LocalizedStringInput[] => [{ language: 'lv', value: lv }, { language: 'en', value: en }, ...(ru ? [{ language: 'ru', value: ru }] : [])];

/**
 * Links to the consolidated texts of the acts the demo cites, only where the address is well established: likumi.lv
 * by the act's id, EU regulations by their ELI on EUR-Lex. Acts not listed keep no link (the quality report says so).
 */
export const LEGAL_ACT_URLS: Record<string, string> = {
  'Administratīvā procesa likums': 'https://likumi.lv/ta/id/55567',
  'Darba likums': 'https://likumi.lv/ta/id/26019',
  Komerclikums: 'https://likumi.lv/ta/id/5490',
  Civillikums: 'https://likumi.lv/ta/id/225418',
  'Civilprocesa likums': 'https://likumi.lv/ta/id/50500',
  'Ceļu satiksmes likums': 'https://likumi.lv/ta/id/45467',
  'Izglītības likums': 'https://likumi.lv/ta/id/50759',
  'Likums "Par valsts pensijām"': 'https://likumi.lv/ta/id/38048',
  'Likums "Par iedzīvotāju ienākuma nodokli"': 'https://likumi.lv/ta/id/56880',
  'Likums "Par nodokļiem un nodevām"': 'https://likumi.lv/ta/id/33946',
  'Imigrācijas likums': 'https://likumi.lv/ta/id/68522',
  'Pilsonības likums': 'https://likumi.lv/ta/id/57512',
  'Elektronisko dokumentu likums': 'https://likumi.lv/ta/id/68521',
  'Regula (EK) Nr. 883/2004 par sociālās nodrošināšanas sistēmu koordinēšanu': 'https://eur-lex.europa.eu/eli/reg/2004/883/oj',
  'Regula (ES) 2021/817, ar ko izveido programmu Erasmus+': 'https://eur-lex.europa.eu/eli/reg/2021/817/oj',
  'Regula (ES) Nr. 910/2014 par elektronisko identifikāciju un uzticamības pakalpojumiem (eIDAS)': 'https://eur-lex.europa.eu/eli/reg/2014/910/oj',
};

/** The act that governs every public authority's procedure and the appeal of its decisions. */
export const PROCEDURE_ACT: [string, string] = ['Administratīvā procesa likums', 'Administrative Procedure Law'];

const TYPE_OF = new Map(DEMO_CHANNELS.map((c) => [c.code, c.type]));

/** "P10D" → "10 working days" in each language; other durations as written. */
function timeText(iso: string, working: boolean): Texts {
  const m = /^P(\d+)([DMY])$/.exec(iso);
  if (!m) return { lv: iso, en: iso, ru: iso };
  const n = Number(m[1]);
  if (m[2] === 'D') return working ? { lv: `${n} darbdienu laikā`, en: `within ${n} working day${n === 1 ? '' : 's'}`, ru: `в течение ${n} раб. дн.` } : { lv: `${n} dienu laikā`, en: `within ${n} day${n === 1 ? '' : 's'}`, ru: `в течение ${n} дн.` };
  if (m[2] === 'M') return { lv: `${n} mēneša laikā`, en: `within ${n} month${n === 1 ? '' : 's'}`, ru: `в течение ${n} мес.` };
  return { lv: `${n} gada laikā`, en: `within ${n} year${n === 1 ? '' : 's'}`, ru: `в течение ${n} г.` };
}

/** General step-by-step instructions from where the service can be requested, its fee and its time. */
export function demoInstructions(channels: string[], paid: boolean, time: string, working: boolean): Texts {
  const types = new Set(channels.map((c) => TYPE_OF.get(c)));
  const ways: Texts[] = [
    ...(types.has('E_SERVICE') ? [{ lv: 'tiešsaistē e-pakalpojumā', en: 'online through the e-service', ru: 'онлайн через электронную услугу' }] : []),
    ...(types.has('SERVICE_LOCATION') ? [{ lv: 'klātienē klientu apkalpošanas vietā', en: 'in person at a service location', ru: 'лично в месте обслуживания клиентов' }] : []),
    ...(types.has('EMAIL') ? [{ lv: 'e-pastā, parakstītu ar drošu elektronisko parakstu', en: 'by e-mail, signed with a qualified e-signature', ru: 'по электронной почте с защищённой электронной подписью' }] : []),
    ...(types.has('POST') ? [{ lv: 'pa pastu', en: 'by post', ru: 'по почте' }] : []),
  ];
  const join = (k: keyof Texts, or: string) => (ways.length ? ways.map((w) => w[k]).join(` ${or} `) : { lv: 'iestādē', en: 'to the institution', ru: 'в учреждение' }[k]);
  const when = timeText(time, working);
  return {
    lv: `Demo (vispārīga kārtība pēc pakalpojuma kanāliem): 1. Iesniedziet iesniegumu ${join('lv', 'vai')}. 2. Pievienojiet nepieciešamos dokumentus; ziņas no valsts reģistriem iestāde iegūst pati.${paid ? ' 3. Samaksājiet nodevu vai maksu.' : ''} ${paid ? 4 : 3}. Lēmumu saņemsiet ${when.lv}.`,
    en: `Demo (general steps from the service's channels): 1. Submit the application ${join('en', 'or')}. 2. Add the documents required; data held in state registers the institution obtains itself.${paid ? ' 3. Pay the fee.' : ''} ${paid ? 4 : 3}. You receive the decision ${when.en}.`,
    ru: `Демо (общий порядок по каналам услуги): 1. Подайте заявление ${join('ru', 'или')}. 2. Приложите необходимые документы; данные из государственных регистров учреждение получает само.${paid ? ' 3. Оплатите пошлину или плату.' : ''} ${paid ? 4 : 3}. Решение вы получите ${when.ru}.`,
  };
}

/** The one condition every applicant meets, by audience. */
export function demoRequirement(audiences: ServiceAudience[]): Texts {
  return audiences.includes('PERSON')
    ? { lv: 'Demo (vispārīga prasība): pieteicējs ir persona, uz kuru pakalpojums attiecas, vai tās likumiskais vai pilnvarotais pārstāvis.', en: 'Demo (general requirement): the applicant is the person concerned or their legal or authorised representative.', ru: 'Демо (общее требование): заявитель — лицо, которого касается услуга, или его законный либо уполномоченный представитель.' }
    : { lv: 'Demo (vispārīga prasība): pieteicējs ir organizācijas amatpersona ar pārstāvības tiesībām vai tās pilnvarota persona.', en: 'Demo (general requirement): the applicant is an officer of the organisation with the right of representation, or a person they authorise.', ru: 'Демо (общее требование): заявитель — должностное лицо организации с правом представительства или уполномоченное им лицо.' };
}

export const DEMO_EVIDENCE = {
  name: { lv: 'Iesniegums', en: 'Application', ru: 'Заявление' },
  description: { lv: 'Demo: vispārīgs ieraksts; veidlapu un pielikumus skatiet iestādes tīmekļvietnē.', en: 'Demo: a general entry; see the institution’s website for the form and attachments.', ru: 'Демо: общая запись; форму и приложения смотрите на сайте учреждения.' },
};

/** The general route of appeal under the Administrative Procedure Law: to the head of the institution within a month. */
export const APPEAL: Texts = {
  lv: 'Lēmumu var apstrīdēt iestādes vadītājam viena mēneša laikā no tā spēkā stāšanās dienas (Administratīvā procesa likums); vadītāja lēmumu var pārsūdzēt Administratīvajā rajona tiesā.',
  en: 'The decision may be contested with the head of the institution within one month of its entry into force (Administrative Procedure Law); the head’s decision may be appealed to the Administrative District Court.',
  ru: 'Решение можно оспорить у руководителя учреждения в течение месяца со дня вступления его в силу (Закон об административном процессе); решение руководителя можно обжаловать в Административном районном суде.',
};

/** The Russian name and a general Russian description of a key service; null for the others. */
export function russianCard(code: string, holder: string): { name: string; description: string } | null {
  const name = RUSSIAN_NAMES[code];
  if (!name) return null;
  const by = RUSSIAN_HOLDERS[holder] ?? holder;
  return { name, description: `${name}. Демо-описание: услугу предоставляет ${by}; подробное описание — на латышском и английском языках.` };
}
