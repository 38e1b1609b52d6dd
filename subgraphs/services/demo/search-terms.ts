/**
 * Russian names and the words people use, for the services people search most: a Russian name (shown to readers
 * asking for "ru" and searched) and keywords per language, added to the demo services' own. Keywords are what a
 * holder adds in the register (`updateService(input: { keywords })`); these are the demo's.
 */
import type { ServiceInput } from '../generated/types.ts';

interface Terms { ru: string; keywords: { lv?: string[]; en?: string[]; ru?: string[] } }

export const DEMO_SEARCH_TERMS: Record<string, Terms> = {
  'PMLP-PASE': { ru: 'Выдача паспорта', keywords: { ru: ['паспорт', 'загранпаспорт', 'новый паспорт'], en: ['new passport', 'renew passport'] } },
  'PMLP-EID': { ru: 'Выдача удостоверения личности (eID карты)', keywords: { ru: ['ID карта', 'айди карта', 'удостоверение личности'] } },
  'PMLP-DZIVESVIETA': { ru: 'Декларирование места жительства', keywords: { ru: ['прописка', 'декларация места жительства', 'сменить адрес', 'прописаться'], en: ['register address', 'moved house'], lv: ['pierakstīties', 'adreses maiņa'] } },
  'PMLP-UZTURESANAS': { ru: 'Выдача вида на жительство', keywords: { ru: ['вид на жительство', 'ВНЖ', 'ПМЖ'], en: ['residence permit', 'visa to live'] } },
  'PMLP-IEDZIVOTAJU-REGISTRS': { ru: 'Регистрация в Регистре жителей и присвоение персонального кода', keywords: { ru: ['персональный код'] } },
  'PMLP-PILSONIBA': { ru: 'Получение гражданства Латвии', keywords: { ru: ['гражданство', 'натурализация'], en: ['citizenship'] } },
  'PMLP-VIZA': { ru: 'Выдача или продление визы', keywords: { ru: ['виза', 'продлить визу'] } },
  'PMLP-NOZAUDETS-DOKUMENTS': { ru: 'Заявление об утере или краже документа', keywords: { ru: ['потерял паспорт', 'украли паспорт', 'утеря документа'], en: ['lost passport', 'stolen passport', 'lost id card'], lv: ['nozaudēta pase', 'nozagta pase'] } },
  'RIGA-DZIMSANA': { ru: 'Регистрация рождения ребенка', keywords: { ru: ['регистрация рождения', 'свидетельство о рождении'], en: ['birth certificate', 'register a birth', 'register my baby'], lv: ['dzimšanas apliecība', 'reģistrēt bērnu'] } },
  'RIGA-LAULIBA': { ru: 'Регистрация брака', keywords: { ru: ['регистрация брака', 'загс', 'свадьба'], en: ['wedding', 'register a marriage', 'get married'], lv: ['kāzas', 'dzimtsaraksti'] } },
  'RIGA-MIRSANA': { ru: 'Регистрация смерти', keywords: { ru: ['свидетельство о смерти', 'регистрация смерти'], en: ['death certificate'], lv: ['miršanas apliecība'] } },
  'RIGA-VARDA-MAINA': { ru: 'Смена имени или фамилии', keywords: { ru: ['сменить фамилию', 'смена фамилии'], en: ['change my name', 'change surname'] } },
  'RIGA-NIN': { ru: 'Налог на недвижимость', keywords: { ru: ['налог на недвижимость', 'налог на квартиру'], en: ['property tax'] } },
  'RIGA-BERNUDARZS': { ru: 'Запись в детский сад', keywords: { ru: ['детский сад', 'садик', 'очередь в садик'], en: ['nursery', 'preschool', 'daycare'], lv: ['dārziņš', 'bērnudārza rinda'] } },
  'RIGA-SKOLA': { ru: 'Запись в первый класс', keywords: { ru: ['школа', 'первый класс'], en: ['school', 'first grade'] } },
  'RIGA-MAJOKLA-PABALSTS': { ru: 'Пособие на жильё', keywords: { ru: ['пособие на жилье', 'помощь с квартплатой'], en: ['help with rent'] } },
  'RIGA-TRUCIGAS-STATUSS': { ru: 'Статус малоимущего домохозяйства', keywords: { ru: ['малоимущий', 'статус малоимущего'], en: ['poor', 'low income'] } },
  'RIGA-STAVVIETA': { ru: 'Разрешение на парковку для жителей', keywords: { ru: ['парковка', 'стоянка'], en: ['parking'] } },
  'VSAA-PIEDZIMSANA': { ru: 'Пособие при рождении ребенка', keywords: { ru: ['пособие при рождении', 'деньги за ребенка'], en: ['baby bonus', 'birth grant'] } },
  'VSAA-VECAKU-PABALSTS': { ru: 'Родительское пособие', keywords: { ru: ['родительское пособие', 'декретные'], en: ['parental leave'], lv: ['bērna kopšanas atvaļinājums'] } },
  'VSAA-GVB': { ru: 'Семейное государственное пособие', keywords: { ru: ['семейное пособие', 'детские деньги'], en: ['child benefit'] } },
  'VSAA-MATERNITATE': { ru: 'Пособие по материнству', keywords: { ru: ['пособие по беременности', 'декрет'], en: ['maternity leave'] } },
  'VSAA-SLIMIBAS-PABALSTS': { ru: 'Пособие по болезни', keywords: { ru: ['больничный', 'больничный лист', 'пособие по болезни'], en: ['sick pay', 'sick note'] } },
  'VSAA-VECUMA-PENSIJA': { ru: 'Пенсия по старости', keywords: { ru: ['пенсия', 'пенсия по возрасту'], en: ['retirement pension', 'state pension'] } },
  'VSAA-APGADNIEKA-PENSIJA': { ru: 'Пенсия по потере кормильца', keywords: { ru: ['потеря кормильца'], en: ['widow pension', 'orphan pension'] } },
  'VSAA-INVALIDITATES-PENSIJA': { ru: 'Пенсия по инвалидности', keywords: { ru: ['пенсия по инвалидности'] } },
  'VSAA-BEZDARBNIEKA-PABALSTS': { ru: 'Пособие по безработице', keywords: { ru: ['пособие по безработице', 'безработица'], en: ['jobseeker allowance', 'unemployment money'] } },
  'VSAA-APBEDISANA': { ru: 'Пособие на погребение', keywords: { ru: ['похороны', 'пособие на похороны'], en: ['burial'] } },
  'NVA-BEZDARBNIEKS': { ru: 'Присвоение статуса безработного', keywords: { ru: ['статус безработного', 'встать на учет', 'безработный', 'безработица'], en: ['unemployment', 'unemployed status', 'out of work', 'jobless', 'lost my job'], lv: ['bezdarbs', 'zaudēju darbu'] } },
  'NVA-DARBA-MEKLETAJS': { ru: 'Статус ищущего работу', keywords: { ru: ['ищу работу', 'поиск работы'], en: ['looking for work', 'job search'] } },
  'NVD-GIMENES-ARSTS': { ru: 'Регистрация у семейного врача', keywords: { ru: ['семейный врач', 'записаться к врачу', 'сменить врача'], en: ['gp', 'general practitioner', 'doctor'], lv: ['ārsts', 'mainīt ārstu'] } },
  'NVD-EVAK': { ru: 'Европейская карта медицинского страхования', keywords: { ru: ['страховка за границей', 'европейская карта'], en: ['ehic', 'health card for travel'] } },
  'VDEAVK-INVALIDITATE': { ru: 'Определение инвалидности', keywords: { ru: ['инвалидность', 'группа инвалидности'], en: ['disabled'] } },
  'UGFA-UZTURLIDZEKLI': { ru: 'Алименты из Фонда гарантии', keywords: { ru: ['алименты'], en: ['alimony', 'child support'] } },
  'UR-SIA': { ru: 'Регистрация общества с ограниченной ответственностью (SIA)', keywords: { ru: ['регистрация фирмы', 'открыть фирму', 'ООО'], en: ['start a company', 'limited company', 'company registration'], lv: ['uzņēmuma reģistrācija', 'firmas reģistrācija', 'atvērt firmu'] } },
  'UR-IK': { ru: 'Регистрация индивидуального коммерсанта', keywords: { ru: ['ИП', 'индивидуальный предприниматель'] } },
  'VID-GID': { ru: 'Подача годовой декларации о доходах', keywords: { ru: ['декларация о доходах', 'налоговая декларация', 'вернуть налог'], en: ['tax refund', 'tax return'], lv: ['nodokļu atmaksa', 'atgūt nodokli'] } },
  'VID-SAIMNIECISKA-DARBIBA': { ru: 'Регистрация в качестве самозанятого', keywords: { ru: ['самозанятый'], en: ['freelancer', 'freelance'] } },
  'VID-PVN': { ru: 'Регистрация плательщиком НДС', keywords: { ru: ['НДС'], en: ['vat'] } },
  'CSDD-REGISTRACIJA': { ru: 'Регистрация транспортного средства', keywords: { ru: ['регистрация машины', 'регистрация авто', 'номера на машину'], en: ['car registration', 'register a car', 'number plates'], lv: ['auto reģistrācija', 'mašīnas reģistrācija', 'numura zīmes'] } },
  'CSDD-IPASNIEKA-MAINA': { ru: 'Смена владельца транспортного средства', keywords: { ru: ['переоформить машину', 'продал машину'], en: ['sold my car', 'car ownership transfer'], lv: ['pārdevu mašīnu', 'auto pārreģistrācija'] } },
  'CSDD-VADITAJA-APLIECIBA': { ru: 'Выдача водительского удостоверения', keywords: { ru: ['права', 'водительские права', 'водительское удостоверение'], en: ['driving license', 'drivers license'], lv: ['tiesības', 'braukšanas tiesības'] } },
  'CSDD-TEHNISKA-APSKATE': { ru: 'Государственный технический осмотр', keywords: { ru: ['техосмотр', 'техосмотр машины'], en: ['mot', 'car inspection'] } },
  'CSDD-EKSAMENS': { ru: 'Экзамен на права', keywords: { ru: ['экзамен на права', 'сдать на права'], en: ['driving exam'] } },
  'IEMIC-SODAMIBA': { ru: 'Справка о судимости', keywords: { ru: ['справка о несудимости', 'судимость'], en: ['police certificate', 'background check'] } },
  'AIC-DIPLOMA-ATZISANA': { ru: 'Признание иностранного диплома', keywords: { ru: ['признание диплома', 'диплом'] } },
  'VIAA-STUDIJU-KREDITS': { ru: 'Кредит на учебу', keywords: { ru: ['кредит на учебу', 'студенческий кредит'] } },
  'VDAA-E-ADRESE': { ru: 'Активация официального электронного адреса', keywords: { ru: ['е-адрес', 'электронный адрес'] } },
  'TA-ZEMESGRAMATA': { ru: 'Регистрация права собственности в Земельной книге', keywords: { ru: ['земельная книга', 'наследство', 'оформить квартиру'], en: ['land registry'] } },
  'RIGA-BUVATLAUJA': { ru: 'Выдача разрешения на строительство', keywords: { ru: ['разрешение на строительство', 'построить дом'] } },
  'LDC-MAJDZIVNIEKS': { ru: 'Регистрация домашнего животного', keywords: { ru: ['собака', 'кошка', 'чип'], en: ['dog', 'cat', 'microchip'], lv: ['suns', 'kaķis', 'čipošana'] } },
};

/** A demo service with its Russian name and extra keywords. */
export function withSearchTerms(input: ServiceInput & { code: string }): ServiceInput & { code: string } {
  const terms = DEMO_SEARCH_TERMS[input.code];
  if (!terms) return input;
  const keywords = Object.entries(terms.keywords).flatMap(([language, values]) => values.map((value) => ({ language, value })));
  // The search term's Russian name is the one people search for; a translated name the card had stays as an alternative.
  const translated = (input.name ?? []).find((n) => n.language === 'ru' && n.value !== terms.ru);
  return {
    ...input,
    name: [...(input.name ?? []).filter((n) => n.language !== 'ru'), { language: 'ru', value: terms.ru }],
    alternativeNames: [...(input.alternativeNames ?? []), ...(translated ? [translated] : [])],
    keywords: [...(input.keywords ?? []), ...keywords],
  };
}

/**
 * Cases opened in 2025 for the services most people come for (indicative figures for the demo), which an
 * operators' job would copy from `Service.caseStatistics` with `recordServiceDemand`.
 */
export const DEMO_DEMAND: Record<string, number> = {
  'PMLP-PASE': 118_000, 'PMLP-EID': 160_000, 'PMLP-DZIVESVIETA': 210_000, 'VID-GID': 420_000, 'CSDD-REGISTRACIJA': 90_000,
  'CSDD-IPASNIEKA-MAINA': 150_000, 'CSDD-TEHNISKA-APSKATE': 600_000, 'CSDD-VADITAJA-APLIECIBA': 80_000, 'NVD-GIMENES-ARSTS': 120_000,
  'VSAA-SLIMIBAS-PABALSTS': 250_000, 'VSAA-GVB': 60_000, 'VSAA-PIEDZIMSANA': 14_000, 'VSAA-VECAKU-PABALSTS': 25_000,
  'VSAA-VECUMA-PENSIJA': 30_000, 'VSAA-BEZDARBNIEKA-PABALSTS': 55_000, 'NVA-BEZDARBNIEKS': 60_000, 'RIGA-DZIMSANA': 14_000,
  'RIGA-BERNUDARZS': 9_000, 'UR-SIA': 9_500, 'RIGA-NIN': 200_000, 'IEMIC-SODAMIBA': 70_000, 'RIGA-LAULIBA': 11_000, 'RIGA-MIRSANA': 28_000,
  'PVD-PARTIKAS-UZNEMUMS': 1_200, 'UR-IK': 1_500, 'VIAA-STUDIJU-KREDITS': 12_000, 'VIAA-KREDITA-DZESANA': 1_500,
};
