import type { LocalizedText } from '../../../common/i18n.ts';

export interface DemoStep { title: LocalizedText; required?: boolean; services: string[] }
export interface DemoSituation { code: string; audience: 'PERSON' | 'BUSINESS'; title: LocalizedText; description: LocalizedText; steps: DemoStep[] }

/** Life situations as latvija.lv presents them; services by their catalogue codes. */
export const DEMO_SITUATIONS: DemoSituation[] = [
  {
    code: 'BERNA-PIEDZIMSANA',
    audience: 'PERSON',
    title: { lv: 'Bērna piedzimšana', en: 'Birth of a child' },
    description: { lv: 'Kas jādara, kad ģimenē piedzimst bērns: reģistrācija, dzīvesvieta, pabalsti, ģimenes ārsts.', en: 'What to do when a child is born: registration, residence, benefits, a family doctor.' },
    steps: [
      { title: { lv: 'Reģistrēt bērna dzimšanu', en: 'Register the birth' }, services: ['RIGA-DZIMSANA'] },
      { title: { lv: 'Deklarēt bērna dzīvesvietu', en: 'Declare the child’s residence' }, services: ['PMLP-DZIVESVIETA'] },
      { title: { lv: 'Pieteikt pabalstus', en: 'Apply for benefits' }, services: ['VSAA-PIEDZIMSANA', 'VSAA-VECAKU-PABALSTS'] },
      { title: { lv: 'Reģistrēt bērnu pie ģimenes ārsta', en: 'Register the child with a family doctor' }, services: ['NVD-GIMENES-ARSTS'] },
      { title: { lv: 'Saņemt bērna pasi vai eID karti', en: 'Get the child a passport or eID card' }, required: false, services: ['PMLP-PASE', 'PMLP-EID'] },
    ],
  },
  {
    code: 'DZIVESVIETAS-MAINA',
    audience: 'PERSON',
    title: { lv: 'Dzīvesvietas maiņa', en: 'Change of residence' },
    description: { lv: 'Pārceļoties uz jaunu dzīvesvietu Latvijā.', en: 'Moving to a new home in Latvia.' },
    steps: [
      { title: { lv: 'Deklarēt jauno dzīvesvietu', en: 'Declare the new residence' }, services: ['PMLP-DZIVESVIETA'] },
      { title: { lv: 'Pieteikt mājokļa pabalstu', en: 'Apply for housing benefit' }, required: false, services: ['RIGA-MAJOKLA-PABALSTS'] },
      { title: { lv: 'Izvēlēties ģimenes ārstu', en: 'Choose a family doctor' }, required: false, services: ['NVD-GIMENES-ARSTS'] },
    ],
  },
  {
    code: 'UZNEMUMA-DIBINASANA',
    audience: 'BUSINESS',
    title: { lv: 'Uzņēmuma dibināšana', en: 'Starting a company' },
    description: { lv: 'Komercdarbības uzsākšana: reģistrācija, nodokļi.', en: 'Starting a business: registration and taxes.' },
    steps: [
      { title: { lv: 'Reģistrēt uzņēmumu', en: 'Register the company' }, services: ['UR-SIA', 'UR-IK'] },
      { title: { lv: 'Reģistrēties PVN maksātāju reģistrā', en: 'Register for VAT' }, required: false, services: ['VID-PVN'] },
    ],
  },
  {
    code: 'PENSIONESANAS',
    audience: 'PERSON',
    title: { lv: 'Pensionēšanās', en: 'Retirement' },
    description: { lv: 'Vecuma pensijas pieprasīšana un saistītie pakalpojumi.', en: 'Claiming the old-age pension and related services.' },
    steps: [{ title: { lv: 'Pieprasīt vecuma pensiju', en: 'Claim the old-age pension' }, services: ['VSAA-VECUMA-PENSIJA'] }],
  },
  {
    code: 'TUVINIEKA-NAVE',
    audience: 'PERSON',
    title: { lv: 'Tuvinieka nāve', en: 'Death of a relative' },
    description: { lv: 'Kas jākārto, kad mirst tuvinieks.', en: 'What to arrange when a relative dies.' },
    steps: [
      { title: { lv: 'Reģistrēt miršanas faktu', en: 'Register the death' }, services: ['RIGA-MIRSANA'] },
      { title: { lv: 'Pieprasīt apbedīšanas pabalstu', en: 'Claim the funeral benefit' }, services: ['VSAA-APBEDISANA'] },
      { title: { lv: 'Nostiprināt mantoto īpašumu zemesgrāmatā', en: 'Register inherited property in the Land Register' }, required: false, services: ['TA-ZEMESGRAMATA'] },
    ],
  },
];
