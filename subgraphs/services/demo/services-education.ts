/** Demo services: pre-school, school, studies. Fees, times and articles are indicative and must be checked before real use. */
import { defineService } from './define.ts';

const STUDY_LOANS: [string, string] = ['Ministru kabineta noteikumi Nr. 326 "Noteikumi par studiju un studējošā kredītu"', 'Cabinet Regulation No. 326 on study and student loans'];
const EDUCATION_LAW: [string, string] = ['Izglītības likums', 'Education Law'];

export const EDUCATION_SERVICES = [
  defineService({
    code: 'VIAA-STUDIJU-KREDITS', holder: 'VIAA', name: ['Studiju un studējošā kredīts ar valsts galvojumu', 'Study and student loans with a state guarantee'],
    alt: { lv: ['Studiju kredīts', 'Studējošā kredīts', 'Kredīts studijām'], en: ['Student loan', 'Study loan', 'Tuition loan'] },
    description: ['Kredīts studiju maksas segšanai (studiju kredīts) vai sadzīves izdevumiem studiju laikā (studējošā kredīts) ar valsts galvojumu; kredītu izsniedz banka pēc VIAA apstiprinājuma.', 'A loan to pay tuition (study loan) or living costs while studying (student loan) with a state guarantee; a bank lends once the agency approves.'],
    time: 'P10D', law: [STUDY_LOANS, ['Augstskolu likums', 'Law on Higher Education Institutions']],
    channels: ['VIAA-E-PAKALPOJUMI', 'LV-PORTALS'], evidence: [[['Ziņas par studijām', 'Study status'], 'Valsts izglītības informācijas sistēma']],
    partners: [{ name: ['Kredītiestādes', 'Banks'], delivers: ['Noslēdz kredīta līgumu un izmaksā kredītu', 'Sign the loan agreement and pay out the loan'] }],
    outputs: [['DECISION', ['Valsts galvojuma apstiprinājums', 'Approval of the state guarantee']]],
    keywords: { lv: ['kredīts', 'studijas', 'studenti', 'augstskola', 'studiju maksa'], en: ['loan', 'studies', 'university', 'tuition'] },
    themes: ['EDUCATION'], key: true, importance: [2, 3, 4], maturity: 3, related: ['VIAA-KREDITA-DZESANA'],
  }),
  defineService({
    code: 'VIAA-KREDITA-DZESANA', holder: 'VIAA', name: ['Studiju kredīta dzēšana', 'Writing off a study loan'],
    description: ['Valsts galvotā studiju vai studējošā kredīta dzēšana, piemēram, vecākiem pēc bērna piedzimšanas vai speciālistiem, kuri strādā noteiktās jomās.', 'Writing off a state-guaranteed study or student loan, e.g. for parents after the birth of a child or for specialists working in certain fields.'],
    time: 'P1M', calendarDays: true, law: [STUDY_LOANS], channels: ['VIAA-E-PAKALPOJUMI'],
    outputs: [['DECISION', ['Lēmums par kredīta dzēšanu', 'Decision on the write-off']]], keywords: { lv: ['kredīta dzēšana', 'studiju kredīts'], en: ['loan forgiveness', 'student loan'] },
    themes: ['EDUCATION', 'FAMILY'], requires: ['VIAA-STUDIJU-KREDITS'],
  }),
  defineService({
    code: 'VIAA-ERASMUS', holder: 'VIAA', name: ['Erasmus+ projektu pieteikumi', 'Erasmus+ project applications'],
    description: ['Izglītības iestāžu un organizāciju pieteikumi Erasmus+ mobilitātes un sadarbības projektiem.', 'Applications by schools and organisations for Erasmus+ mobility and cooperation projects.'],
    audiences: ['INSTITUTION', 'BUSINESS'], kind: 'PUBLIC_GENERAL_BENEFIT', time: 'P3M', calendarDays: true,
    law: [['Regula (ES) 2021/817, ar ko izveido programmu Erasmus+', 'Regulation (EU) 2021/817 establishing Erasmus+']], channels: ['VIAA-E-PAKALPOJUMI'],
    outputs: [['DECISION', ['Lēmums par finansējumu', 'Funding decision']]], keywords: { lv: ['erasmus', 'mobilitāte', 'projekts'], en: ['erasmus', 'mobility', 'exchange'] }, themes: ['EDUCATION'],
  }),
  defineService({
    code: 'RIGA-BERNUDARZS', holder: 'RIGA', name: ['Pieteikšanās vietai pirmsskolas izglītības iestādē', 'Applying for a kindergarten place'],
    alt: { lv: ['Bērnudārza rinda', 'Bērna reģistrācija bērnudārzā', 'PII rinda'], en: ['Kindergarten queue', 'Pre-school place', 'Nursery place'] },
    description: ['Bērna reģistrācija rindā uz vietu Rīgas pašvaldības pirmsskolas izglītības iestādē (bērnudārzā); rindā var pieteikt no dzimšanas.', 'Registering a child in the queue for a place at a Riga municipal pre-school (kindergarten); you can register from birth.'],
    time: 'P5D', law: [[...EDUCATION_LAW, '17. pants'], ['Vispārējās izglītības likums', 'General Education Law']],
    channels: ['RIGA-E-PAKALPOJUMI', 'RIGA-APMEKLETAJU-CENTRS'], evidence: [[['Bērna deklarētā dzīvesvieta', 'Child’s declared residence'], 'Iedzīvotāju reģistrs']],
    outputs: [['REGISTRATION', ['Vieta rindā', 'Place in the queue']]],
    keywords: { lv: ['bērnudārzs', 'dārziņš', 'pirmsskola', 'rinda', 'pii'], en: ['kindergarten', 'nursery', 'pre-school', 'daycare'] },
    themes: ['EDUCATION', 'FAMILY'], exec: 'AUTOMATIC', key: true, importance: [3, 3, 4], maturity: 4, related: ['RIGA-PRIVATA-PII'],
  }),
  defineService({
    code: 'RIGA-PRIVATA-PII', holder: 'RIGA', name: ['Pašvaldības līdzfinansējums privātai pirmsskolas izglītības iestādei', 'Municipal co-funding for a private kindergarten'],
    description: ['Ja pašvaldības bērnudārzā vietas nav, Rīga sedz daļu maksas par bērnu privātā pirmsskolas izglītības iestādē.', 'When there is no place in a municipal kindergarten, Riga pays part of the fee at a private pre-school.'],
    time: 'P1M', calendarDays: true, law: [EDUCATION_LAW], channels: ['RIGA-E-PAKALPOJUMI'],
    outputs: [['PAYMENT', ['Līdzfinansējums iestādei', 'Co-funding paid to the pre-school']]], keywords: { lv: ['privātais bērnudārzs', 'līdzfinansējums'], en: ['private kindergarten', 'subsidy'] },
    themes: ['EDUCATION', 'FAMILY'], requires: ['RIGA-BERNUDARZS'],
  }),
  defineService({
    code: 'RIGA-SKOLA', holder: 'RIGA', name: ['Pieteikšanās 1. klasē Rīgas skolā', 'Applying for first grade at a Riga school'],
    alt: { lv: ['Skolas izvēle', 'Uzņemšana skolā'], en: ['School enrolment'] },
    description: ['Bērna pieteikšana uzņemšanai 1. klasē Rīgas pašvaldības vispārizglītojošā skolā.', 'Applying for a child’s admission to the first grade of a Riga municipal school.'],
    time: 'P1M', calendarDays: true, law: [['Vispārējās izglītības likums', 'General Education Law']], channels: ['RIGA-E-PAKALPOJUMI', 'RIGA-APMEKLETAJU-CENTRS'],
    outputs: [['DECISION', ['Uzņemšana skolā', 'Admission to school']]], keywords: { lv: ['skola', 'pirmā klase', 'uzņemšana'], en: ['school', 'first grade', 'enrolment'] },
    themes: ['EDUCATION', 'FAMILY'], importance: [3, 3, 4],
  }),
];
