import type { LocalizedText } from '@public-service-graph/subgraph-kit/i18n';
import type { SituationDefinition } from '../data/situation-store.ts';
import type { ConditionKind, Goal, Indicator, UnmeasuredReason } from '../domain/model.ts';

type Step = SituationDefinition['steps'][number];

/** A step: required unless `optional`; a term only where the law sets one. */
const step = (lv: string, en: string, services: string[], opts: { optional?: boolean; due?: string; byEvent?: boolean; when?: [ConditionKind, number?] } = {}): Step => ({
  title: { lv, en },
  required: !opts.optional,
  condition: opts.when ? { kind: opts.when[0], years: opts.when[1] ?? null } : null,
  dueOffset: opts.due ?? null,
  fulfilledByEvent: opts.byEvent ?? false,
  services,
});

/**
 * The client-service standard (seeds 003) asks for satisfaction of at least 4 of 5 on every channel: the one target
 * set here. The other indicators are defined for the holder to measure; their targets are left for the holder to set.
 */
const satisfaction = (lv: string, en: string): Goal => ({
  dimension: 'SATISFACTION',
  statement: { lv, en },
  indicators: [{ code: 'SATISFACTION_SCORE', name: { lv: 'Vidējais klientu vērtējums situācijas pakalpojumiem', en: 'Average client rating of the situation’s services' }, unit: 'SCORE_1_5', target: 4, direction: 'AT_LEAST' }],
});
const indicator = (code: string, lv: string, en: string, unit: Indicator['unit'], direction: Indicator['direction'] = 'AT_LEAST', unmeasuredReason: UnmeasuredReason = 'NEEDS_LIFE_EVENTS_WITH_CASES'): Indicator =>
  ({ code, name: { lv, en }, unit, target: null, direction, measure: null, unmeasuredReason });
const efficiency = (lv: string, en: string, ...indicators: Indicator[]): Goal => ({ dimension: 'EFFICIENCY', statement: { lv, en }, indicators });
const results = (lv: string, en: string, ...indicators: Indicator[]): Goal => ({ dimension: 'RESULTS', statement: { lv, en }, indicators });
const PROACTIVE_SHARE = indicator('PROACTIVE_SHARE', 'Pakalpojumu daļa, ko klients saņēma pēc proaktīva piedāvājuma', 'Share of services received after a proactive offer', 'PERCENT');
const DAYS_TO_COMPLETE = indicator('DAYS_TO_COMPLETE', 'Vidējais dienu skaits no notikuma līdz visiem obligātajiem soļiem', 'Average days from the event to all required steps done', 'DAYS', 'AT_MOST');
const ON_TIME_SHARE = indicator('ON_TIME_SHARE', 'Klientu daļa, kas obligātos soļus paveica termiņā', 'Share of clients who did the required steps on time', 'PERCENT');

/** The birth's benefits: the graph measures from VSAA's cases how many were decided within 10 working days. */
const BENEFITS_DECIDED_IN_10_DAYS: Indicator = {
  code: 'BENEFITS_DECIDED_IN_10_DAYS', unit: 'PERCENT', target: null, direction: 'AT_LEAST', unmeasuredReason: null,
  name: { lv: 'Pabalstu pieprasījumu daļa, par kuriem lēma 10 darbdienu laikā', en: 'Share of benefit claims decided within 10 working days' },
  measure: { kind: 'RESOLVED_WITHIN_WORKING_DAYS', serviceCodes: ['VSAA-PIEDZIMSANA', 'VSAA-VECAKU-PABALSTS', 'VSAA-GVB'], workingDays: 10 },
};

/** The satisfaction score is the average rating of the cases of every service of the situation's steps. */
const withMeasuredSatisfaction = (s: (typeof DEFINITIONS)[number]): (typeof DEFINITIONS)[number] => {
  const serviceCodes = [...new Set(s.steps.flatMap((st) => st.services))];
  const measure = { kind: 'AVERAGE_RATING' as const, serviceCodes, workingDays: null };
  return { ...s, goals: s.goals.map((g) => ({ ...g, indicators: g.indicators.map((i) => (i.code === 'SATISFACTION_SCORE' ? { ...i, measure, unmeasuredReason: null } : i)) })) };
};

const life = (code: string) => [{ scheme: 'LIFE_EVENT' as const, code }];

/**
 * Life situations as latvija.lv presents them ("Dzīves situācijas"), with their services by catalogue code. Terms
 * are given only where the law sets one: the birth is registered within one month (Civilstāvokļa aktu
 * reģistrācijas likums), the childbirth and funeral benefits are claimed within 12 months, a death is registered
 * within six days, a new residence is declared within one month (Dzīvesvietas deklarēšanas likums).
 */
const DEFINITIONS: (SituationDefinition & { offerText: LocalizedText })[] = [
  {
    code: 'BERNA-PIEDZIMSANA', audience: 'PERSON', holderCode: 'VSAA', euEvents: life('having-a-child'), triggeredBy: ['CHILD_BIRTH'],
    title: { lv: 'Bērna piedzimšana', en: 'Birth of a child' },
    description: { lv: 'Kas jādara, kad ģimenē piedzimst bērns: reģistrācija, dzīvesvieta, pabalsti, ģimenes ārsts.', en: 'What to do when a child is born: registration, residence, benefits, a family doctor.' },
    offerText: { lv: 'Apsveicam ar bērna piedzimšanu! Šeit ir pakalpojumi, kas jūsu ģimenei pienākas tagad, un termiņi, līdz kuriem tos pieteikt.', en: 'Congratulations on your baby! Here are the services your family is entitled to now, and by when to apply for them.' },
    keywords: ['jaundzimušais', 'mazulis', 'dzemdības', 'newborn', 'baby', 'childbirth'],
    goals: [
      satisfaction('Vecāki situācijas pakalpojumus vērtē vismaz ar 4 no 5', 'Parents rate the services of a birth at least 4 of 5'),
      efficiency('Pabalstus piešķir bez atsevišķa iesnieguma', 'Benefits are granted without a separate application', PROACTIVE_SHARE, DAYS_TO_COMPLETE, BENEFITS_DECIDED_IN_10_DAYS),
      results('Katrs jaundzimušais ir reģistrēts un pieteikts pie ģimenes ārsta', 'Every newborn is registered and has a family doctor', ON_TIME_SHARE),
    ],
    steps: [
      step('Reģistrēt bērna dzimšanu', 'Register the birth', ['RIGA-DZIMSANA'], { due: 'P1M', byEvent: true }),
      step('Deklarēt bērna dzīvesvietu', 'Declare the child’s residence', ['PMLP-DZIVESVIETA']),
      step('Pieprasīt bērna piedzimšanas pabalstu', 'Claim the childbirth benefit', ['VSAA-PIEDZIMSANA'], { due: 'P12M' }),
      step('Pieprasīt vecāku pabalstu', 'Claim the parental benefit', ['VSAA-VECAKU-PABALSTS'], { optional: true, when: ['IS_SOCIALLY_INSURED'] }),
      step('Reģistrēt bērnu pie ģimenes ārsta', 'Register the child with a family doctor', ['NVD-GIMENES-ARSTS']),
      step('Pieprasīt ģimenes valsts pabalstu', 'Claim the family state benefit', ['VSAA-GVB'], { optional: true }),
      step('Pieteikt bērnu bērnudārzam', 'Apply for a kindergarten place', ['RIGA-BERNUDARZS'], { optional: true }),
      step('Saņemt bērna pasi vai eID karti', 'Get the child a passport or eID card', ['PMLP-PASE', 'PMLP-EID'], { optional: true }),
    ],
    related: ['DZIVESVIETAS-MAINA'],
  },
  {
    code: 'DZIVESVIETAS-MAINA', audience: 'PERSON', holderCode: 'PMLP', euEvents: life('changing-residence'), triggeredBy: ['RESIDENCE_CHANGE'],
    title: { lv: 'Dzīvesvietas maiņa', en: 'Change of residence' },
    description: { lv: 'Pārceļoties uz jaunu dzīvesvietu Latvijā.', en: 'Moving to a new home in Latvia.' },
    offerText: { lv: 'Jūsu jaunā dzīvesvieta ir deklarēta. Pārbaudiet, vai jaunajā vietā jums noderēs arī šie pakalpojumi.', en: 'Your new residence is declared. See whether these services are useful in your new place too.' },
    keywords: ['pārcelšanās', 'pārvākšanās', 'adrese', 'relocation', 'address'],
    goals: [satisfaction('Klienti dzīvesvietas maiņu vērtē vismaz ar 4 no 5', 'Clients rate the change of residence at least 4 of 5'), efficiency('Dzīvesvietu deklarē tiešsaistē', 'Residence is declared online', PROACTIVE_SHARE)],
    steps: [
      step('Deklarēt jauno dzīvesvietu', 'Declare the new residence', ['PMLP-DZIVESVIETA'], { due: 'P1M', byEvent: true }),
      step('Pieteikt mājokļa pabalstu', 'Apply for housing benefit', ['RIGA-MAJOKLA-PABALSTS'], { optional: true }),
      step('Izvēlēties ģimenes ārstu', 'Choose a family doctor', ['NVD-GIMENES-ARSTS'], { optional: true }),
      step('Pieteikt bērnu bērnudārzam jaunajā vietā', 'Apply for a kindergarten place in the new place', ['RIGA-BERNUDARZS'], { optional: true, when: ['HAS_CHILD_UNDER', 7] }),
    ],
    related: ['NEKUSTAMA-IPASUMA-IEGADE'],
  },
  {
    code: 'UZNEMUMA-DIBINASANA', audience: 'BUSINESS', holderCode: 'UR', euEvents: [{ scheme: 'BUSINESS_EVENT', code: 'starting-business' }], triggeredBy: ['COMPANY_FOUNDATION'],
    title: { lv: 'Uzņēmuma dibināšana', en: 'Starting a company' },
    description: { lv: 'Komercdarbības uzsākšana: reģistrācija, e-adrese, nodokļi.', en: 'Starting a business: registration, the official e-address, taxes.' },
    offerText: { lv: 'Jūsu uzņēmums ir reģistrēts. Lūk, kas vēl jāizdara, lai sāktu darbu.', en: 'Your company is registered. Here is what else to do before you start trading.' },
    keywords: ['bizness', 'firma', 'SIA', 'uzņēmējdarbība', 'komersants', 'business', 'startup'],
    goals: [satisfaction('Uzņēmēji situācijas pakalpojumus vērtē vismaz ar 4 no 5', 'Founders rate the services of starting a company at least 4 of 5'), efficiency('Uzņēmumu var sākt darbā ātri', 'A company can start trading quickly', DAYS_TO_COMPLETE)],
    steps: [
      step('Reģistrēt uzņēmumu', 'Register the company', ['UR-SIA', 'UR-IK'], { byEvent: true }),
      step('Aktivizēt oficiālo elektronisko adresi', 'Activate the official e-address', ['VDAA-E-ADRESE']),
      step('Reģistrēties PVN maksātāju reģistrā', 'Register for VAT', ['VID-PVN'], { optional: true }),
    ],
    related: [],
  },
  {
    code: 'PENSIONESANAS', audience: 'PERSON', holderCode: 'VSAA', euEvents: life('retiring'), triggeredBy: ['RETIREMENT_AGE'],
    title: { lv: 'Pensionēšanās', en: 'Retirement' },
    description: { lv: 'Vecuma pensijas pieprasīšana un saistītie pakalpojumi.', en: 'Claiming the old-age pension and related services.' },
    offerText: { lv: 'Jūs esat sasniedzis pensionēšanās vecumu: vecuma pensiju var pieprasīt tiešsaistē.', en: 'You have reached the pension age: you can claim the old-age pension online.' },
    keywords: ['pensija', 'pensionārs', 'vecums', 'pension', 'retire', 'senior'],
    goals: [satisfaction('Pensionāri pakalpojumus vērtē vismaz ar 4 no 5', 'Pensioners rate the services at least 4 of 5'), efficiency('Pensiju piešķir bez kavēšanās', 'The pension is granted without delay', DAYS_TO_COMPLETE)],
    steps: [step('Pieprasīt vecuma pensiju', 'Claim the old-age pension', ['VSAA-VECUMA-PENSIJA'], { when: ['AGE_AT_LEAST', 65] })],
    related: [],
  },
  {
    code: 'TUVINIEKA-NAVE', audience: 'PERSON', holderCode: 'VSAA', euEvents: life('dealing-with-decease-and-inheritance'), triggeredBy: ['RELATIVE_DEATH'],
    title: { lv: 'Tuvinieka nāve', en: 'Death of a relative' },
    description: { lv: 'Kas jākārto, kad mirst tuvinieks.', en: 'What to arrange when a relative dies.' },
    offerText: { lv: 'Izsakām līdzjūtību. Šeit ir pakalpojumi, kas var palīdzēt šajā laikā, un to termiņi.', en: 'Our condolences. Here are the services that can help at this time, and their terms.' },
    keywords: ['miršana', 'bēres', 'apbedīšana', 'mantojums', 'funeral', 'inheritance', 'bereavement'],
    goals: [satisfaction('Tuvinieki pakalpojumus vērtē vismaz ar 4 no 5', 'Relatives rate the services at least 4 of 5'), results('Pabalstus saņem visi, kam tie pienākas', 'Everyone entitled receives the benefits', ON_TIME_SHARE)],
    steps: [
      step('Reģistrēt miršanas faktu', 'Register the death', ['RIGA-MIRSANA'], { due: 'P6D', byEvent: true }),
      step('Pieprasīt apbedīšanas pabalstu', 'Claim the funeral benefit', ['VSAA-APBEDISANA'], { due: 'P12M' }),
      step('Pieprasīt apgādnieka zaudējuma pensiju', 'Claim the survivor’s pension', ['VSAA-APGADNIEKA-PENSIJA'], { optional: true, when: ['HAS_CHILD_UNDER', 18] }),
      step('Nostiprināt mantoto īpašumu zemesgrāmatā', 'Register inherited property in the Land Register', ['TA-ZEMESGRAMATA'], { optional: true }),
    ],
    related: [],
  },
  {
    code: 'LAULIBA', audience: 'PERSON', holderCode: 'PMLP', euEvents: life('changing-relationship-status'), triggeredBy: ['MARRIAGE'],
    title: { lv: 'Laulība', en: 'Marriage' },
    description: { lv: 'Pēc laulības reģistrācijas: uzvārds dokumentos, kopīga dzīvesvieta.', en: 'After the marriage is registered: the surname in documents, a shared residence.' },
    offerText: { lv: 'Apsveicam! Ja mainījāt uzvārdu, pasūtiet jaunu personu apliecinošu dokumentu.', en: 'Congratulations! If you changed your surname, order a new identity document.' },
    keywords: ['kāzas', 'precības', 'uzvārds', 'wedding', 'married', 'surname'],
    goals: [satisfaction('Jaunlaulātie pakalpojumus vērtē vismaz ar 4 no 5', 'Newly-weds rate the services at least 4 of 5')],
    steps: [
      step('Reģistrēt laulību', 'Register the marriage', ['RIGA-LAULIBA'], { byEvent: true }),
      step('Saņemt pasi vai eID karti ar jauno uzvārdu', 'Get a passport or eID card with the new surname', ['PMLP-PASE', 'PMLP-EID'], { when: ['SURNAME_CHANGED'] }),
      step('Deklarēt kopīgo dzīvesvietu', 'Declare the shared residence', ['PMLP-DZIVESVIETA'], { optional: true }),
    ],
    related: ['DZIVESVIETAS-MAINA', 'BERNA-PIEDZIMSANA'],
  },
  {
    code: 'DARBA-ZAUDESANA', audience: 'PERSON', holderCode: 'NVA', euEvents: life('losing-leaving-a-job'), triggeredBy: ['JOB_LOSS'],
    title: { lv: 'Darba zaudēšana', en: 'Losing a job' },
    description: { lv: 'Bezdarbnieka statuss, pabalsts un atbalsts jauna darba meklēšanā.', en: 'Unemployed status, the benefit and help in finding new work.' },
    offerText: { lv: 'Jūsu darba attiecības ir beigušās. Reģistrējieties NVA, lai saņemtu pabalstu un atbalstu darba meklējumos.', en: 'Your employment has ended. Register with the State Employment Agency for the benefit and help in finding work.' },
    keywords: ['bezdarbs', 'bezdarbnieks', 'atlaišana', 'darba meklēšana', 'unemployment', 'redundancy', 'jobless'],
    goals: [satisfaction('Klienti NVA un VSAA pakalpojumus vērtē vismaz ar 4 no 5', 'Clients rate the services at least 4 of 5'), results('Bezdarbnieki atrod darbu', 'The unemployed find work', indicator('REEMPLOYED_SHARE', 'Daļa, kas 6 mēnešu laikā atrod darbu', 'Share back in work within 6 months', 'PERCENT', 'AT_LEAST', 'DATA_OUTSIDE_GRAPH'))],
    steps: [
      step('Reģistrēties kā bezdarbniekam', 'Register as unemployed', ['NVA-BEZDARBNIEKS']),
      step('Pieprasīt bezdarbnieka pabalstu', 'Claim the unemployment benefit', ['VSAA-BEZDARBNIEKA-PABALSTS'], { when: ['IS_SOCIALLY_INSURED'] }),
      step('Pieteikt mājokļa pabalstu', 'Apply for housing benefit', ['RIGA-MAJOKLA-PABALSTS'], { optional: true }),
    ],
    related: ['UZNEMUMA-DIBINASANA'],
  },
  {
    code: 'STUDIJAS', audience: 'PERSON', holderCode: 'VIAA', euEvents: life('getting-educated'), triggeredBy: ['STUDIES_START'],
    title: { lv: 'Studijas', en: 'Studies' },
    description: { lv: 'Studiju uzsākšana augstskolā: kredīti, ārvalstu diploma atzīšana, dzīvesvieta.', en: 'Starting studies at a university: loans, recognition of a foreign diploma, residence.' },
    offerText: { lv: 'Veiksmi studijās! Pārbaudiet, vai jums noder studiju kredīts un citi pakalpojumi.', en: 'Good luck with your studies! See whether a study loan and other services can help you.' },
    keywords: ['students', 'augstskola', 'universitāte', 'studiju kredīts', 'student', 'university', 'loan'],
    goals: [satisfaction('Studenti pakalpojumus vērtē vismaz ar 4 no 5', 'Students rate the services at least 4 of 5')],
    steps: [
      step('Pieteikt studiju vai studējošā kredītu', 'Apply for a study or student loan', ['VIAA-STUDIJU-KREDITS'], { optional: true }),
      step('Atzīt ārvalstīs iegūtu diplomu', 'Have a foreign diploma recognised', ['AIC-DIPLOMA-ATZISANA'], { optional: true }),
      step('Deklarēt dzīvesvietu studiju vietā', 'Declare your residence where you study', ['PMLP-DZIVESVIETA'], { optional: true }),
      step('Saņemt Eiropas veselības apdrošināšanas karti', 'Get a European Health Insurance Card', ['NVD-EVAK'], { optional: true }),
    ],
    related: ['DZIVESVIETAS-MAINA'],
  },
  {
    code: 'NEKUSTAMA-IPASUMA-IEGADE', audience: 'PERSON', holderCode: 'VZD', euEvents: life('finding-a-place-to-live'), triggeredBy: ['REAL_ESTATE_PURCHASE'],
    title: { lv: 'Nekustamā īpašuma iegāde', en: 'Buying real estate' },
    description: { lv: 'Pēc mājokļa vai zemes iegādes: zemesgrāmata, kadastrs, nekustamā īpašuma nodoklis.', en: 'After buying a home or land: the Land Register, the cadastre, real estate tax.' },
    offerText: { lv: 'Jūsu īpašuma tiesības ir nostiprinātas. Lūk, kas vēl jākārto jaunajam īpašniekam.', en: 'Your ownership is registered. Here is what else a new owner arranges.' },
    keywords: ['dzīvoklis', 'māja', 'zeme', 'pirkums', 'mājoklis', 'flat', 'house', 'property', 'home'],
    goals: [satisfaction('Īpašnieki pakalpojumus vērtē vismaz ar 4 no 5', 'Owners rate the services at least 4 of 5'), efficiency('Īpašumu reģistrē bez atkārtotas datu iesniegšanas', 'Property is registered without submitting the same data twice', DAYS_TO_COMPLETE)],
    steps: [
      step('Nostiprināt īpašuma tiesības zemesgrāmatā', 'Register ownership in the Land Register', ['TA-ZEMESGRAMATA'], { byEvent: true }),
      step('Aktualizēt kadastra datus', 'Update the cadastral data', ['VZD-KADASTRS'], { optional: true }),
      step('Maksāt nekustamā īpašuma nodokli', 'Pay the real estate tax', ['RIGA-NIN']),
      step('Deklarēt dzīvesvietu jaunajā mājoklī', 'Declare your residence in the new home', ['PMLP-DZIVESVIETA'], { optional: true }),
    ],
    related: ['DZIVESVIETAS-MAINA', 'MAJAS-BUVNIECIBA'],
  },
  {
    code: 'MAJAS-BUVNIECIBA', audience: 'PERSON', holderCode: 'RIGA', euEvents: life('finding-a-place-to-live'), triggeredBy: ['BUILDING_PERMIT'],
    title: { lv: 'Mājas būvniecība', en: 'Building a house' },
    description: { lv: 'No būvatļaujas līdz jaunās mājas reģistrācijai kadastrā un zemesgrāmatā.', en: 'From the building permit to registering the new house in the cadastre and the Land Register.' },
    offerText: { lv: 'Jūsu būvatļauja ir izsniegta. Kad māja būs pabeigta, reģistrējiet to kadastrā un zemesgrāmatā.', en: 'Your building permit is issued. When the house is finished, register it in the cadastre and the Land Register.' },
    keywords: ['būvniecība', 'būvatļauja', 'privātmāja', 'construction', 'building permit', 'house'],
    goals: [satisfaction('Būvētāji pakalpojumus vērtē vismaz ar 4 no 5', 'Builders rate the services at least 4 of 5'), efficiency('Būvniecības process ir ātrs', 'Building takes little paperwork time', DAYS_TO_COMPLETE)],
    steps: [
      step('Saņemt būvatļauju', 'Get the building permit', ['RIGA-BUVATLAUJA'], { byEvent: true }),
      step('Reģistrēt jauno būvi kadastrā', 'Register the new building in the cadastre', ['VZD-KADASTRS']),
      step('Ierakstīt būvi zemesgrāmatā', 'Enter the building in the Land Register', ['TA-ZEMESGRAMATA']),
      step('Maksāt nekustamā īpašuma nodokli', 'Pay the real estate tax', ['RIGA-NIN']),
      step('Deklarēt dzīvesvietu jaunajā mājā', 'Declare your residence in the new house', ['PMLP-DZIVESVIETA'], { optional: true }),
    ],
    related: ['NEKUSTAMA-IPASUMA-IEGADE', 'DZIVESVIETAS-MAINA'],
  },
  {
    code: 'PARCELSANAS-UZ-LATVIJU', audience: 'PERSON', holderCode: 'PMLP', euEvents: life('moving-to-from-the-country'), triggeredBy: ['ARRIVAL_IN_LATVIA'],
    title: { lv: 'Pārcelšanās uz dzīvi Latvijā', en: 'Moving to Latvia' },
    description: { lv: 'Uzturēšanās atļauja, personas kods, dzīvesvieta un pirmie pakalpojumi Latvijā.', en: 'Residence permit, personal code, residence and the first services in Latvia.' },
    offerText: { lv: 'Laipni lūdzam Latvijā! Šie pakalpojumi palīdzēs iekārtoties.', en: 'Welcome to Latvia! These services help you settle in.' },
    keywords: ['imigrācija', 'ārzemnieks', 'reemigrācija', 'atgriešanās', 'immigration', 'expat', 'relocating', 'foreigner'],
    goals: [satisfaction('Iebraucēji pakalpojumus vērtē vismaz ar 4 no 5', 'Newcomers rate the services at least 4 of 5'), results('Iebraucēji ātri sāk saņemt pakalpojumus', 'Newcomers are quickly able to use services', DAYS_TO_COMPLETE)],
    steps: [
      step('Saņemt uzturēšanās atļauju', 'Get a residence permit', ['PMLP-UZTURESANAS'], { when: ['IS_FOREIGN_NATIONAL'] }),
      step('Reģistrēties Iedzīvotāju reģistrā un saņemt personas kodu', 'Register in the Population Register and get a personal code', ['PMLP-IEDZIVOTAJU-REGISTRS'], { byEvent: true }),
      step('Deklarēt dzīvesvietu', 'Declare your residence', ['PMLP-DZIVESVIETA'], { due: 'P1M' }),
      step('Reģistrēties pie ģimenes ārsta', 'Register with a family doctor', ['NVD-GIMENES-ARSTS'], { optional: true }),
      step('Atzīt ārvalstīs iegūtu diplomu', 'Have a foreign diploma recognised', ['AIC-DIPLOMA-ATZISANA'], { optional: true }),
      step('Aktivizēt oficiālo elektronisko adresi', 'Activate the official e-address', ['VDAA-E-ADRESE'], { optional: true }),
    ],
    related: ['DZIVESVIETAS-MAINA'],
  },
  {
    code: 'TRANSPORTLIDZEKLA-IEGADE', audience: 'PERSON', holderCode: 'CSDD', euEvents: life('driving-a-vehicle'), triggeredBy: ['VEHICLE_PURCHASE'],
    title: { lv: 'Transportlīdzekļa iegāde', en: 'Buying a vehicle' },
    description: { lv: 'Pēc automašīnas iegādes: reģistrācija, tehniskā apskate, vadītāja apliecība.', en: 'After buying a car: registration, the roadworthiness test, the driving licence.' },
    offerText: { lv: 'Jūs esat reģistrēts kā transportlīdzekļa īpašnieks. Neaizmirstiet par tehnisko apskati.', en: 'You are registered as the vehicle’s owner. Remember the roadworthiness test.' },
    keywords: ['auto', 'automašīna', 'mašīna', 'pirkšana', 'car', 'vehicle purchase'],
    goals: [satisfaction('Transportlīdzekļu īpašnieki pakalpojumus vērtē vismaz ar 4 no 5', 'Vehicle owners rate the services at least 4 of 5')],
    steps: [
      step('Reģistrēt transportlīdzekļa īpašnieka maiņu vai pirmreizējo reģistrāciju', 'Register the change of owner or the first registration', ['CSDD-IPASNIEKA-MAINA', 'CSDD-REGISTRACIJA'], { byEvent: true }),
      step('Veikt valsts tehnisko apskati', 'Have the roadworthiness test done', ['CSDD-TEHNISKA-APSKATE'], { optional: true }),
      step('Saņemt vai nomainīt vadītāja apliecību', 'Get or renew a driving licence', ['CSDD-VADITAJA-APLIECIBA'], { optional: true }),
    ],
    related: [],
  },
];

export const DEMO_SITUATIONS = DEFINITIONS.map(withMeasuredSatisfaction);
