import type { ChannelInput, OpeningHoursInput, Weekday } from '../generated/types.ts';

/**
 * Channels of the demo catalogue. Web addresses are the institutions' real sites (their front pages or their
 * well-known e-service portals, not guessed deep links). Client service centres (VPVKAC) are in real towns with
 * coordinates of the town centre and the municipality's main address; street addresses, phone numbers of the
 * centres and their hours are plausible demo values, not verified: check them before any real use.
 */
const t = (lv: string, en?: string) => [{ language: 'lv', value: lv }, ...(en ? [{ language: 'en', value: en }] : [])];

/** { MONDAY: '08:00-18:00', TUESDAY: '08:00-12:00,12:30-17:00' } → weekly periods. */
function week(days: Partial<Record<Weekday, string>>, extra: Partial<OpeningHoursInput> = {}): OpeningHoursInput {
  const weekly = Object.entries(days).flatMap(([day, ranges]) =>
    ranges!.split(',').map((r) => {
      const [opens, closes] = r.split('-');
      return { day: day as Weekday, opens, closes };
    }),
  );
  return { weekly, closedOnPublicHolidays: true, ...extra };
}

const WORKDAYS = { MONDAY: '08:00-18:00', TUESDAY: '08:00-17:00', WEDNESDAY: '08:00-17:00', THURSDAY: '08:00-17:00', FRIDAY: '08:00-16:00' } as const;
const WITH_LUNCH = { MONDAY: '08:00-12:00,12:30-18:00', TUESDAY: '08:00-12:00,12:30-17:00', WEDNESDAY: '08:00-12:00,12:30-17:00', THURSDAY: '08:00-12:00,12:30-17:00', FRIDAY: '08:00-12:00,12:30-16:00' } as const;
// The working day before a public holiday is one hour shorter (Labour Law, section 135). Monday 22 June 2026 is no
// such day: the Cabinet made it a day off (worked on Saturday 27 June), which the one calendar knows.
const PRE_HOLIDAY_2026 = [
  { date: '2026-11-17', periods: [{ opens: '08:00', closes: '16:00' }], reason: t('Pirmssvētku diena', 'Day before a public holiday') },
];

const eService = (code: string, owner: string, lv: string, en: string, url: string, authenticationLevel: ChannelInput['authenticationLevel'] = 'HIGH', signatureRequired = false): ChannelInput => ({
  code, ownerCode: owner, type: 'E_SERVICE', name: t(lv, en), url, authenticationLevel, signatureRequired, accessibility: { wcagLevel: 'AA' },
});
const webPage = (code: string, owner: string, lv: string, en: string, url: string): ChannelInput => ({ code, ownerCode: owner, type: 'WEB_PAGE', name: t(lv, en), url });
const phone = (code: string, owner: string, lv: string, en: string, phoneNumber: string, hours = week(WORKDAYS), callCost?: [string, string]): ChannelInput => ({
  code, ownerCode: owner, type: 'PHONE', name: t(lv, en), phoneNumber, hours, callCost: callCost ? t(...callCost) : undefined,
});

interface Place { code: string; owner: string; lv: string; en: string; street: string; city: string; postalCode: string; municipality: string; at: [number, number]; hours?: OpeningHoursInput; centre?: boolean; step?: boolean }

const location = (p: Place): ChannelInput => ({
  code: p.code,
  ownerCode: p.owner,
  type: 'SERVICE_LOCATION',
  name: t(p.lv, p.en),
  address: { street: p.street, city: p.city, postalCode: p.postalCode, municipality: p.municipality, country: 'LV' },
  coordinates: { latitude: p.at[0], longitude: p.at[1] },
  hours: p.hours ?? week(WORKDAYS),
  isClientServiceCentre: p.centre ?? false,
  accessibility: { wheelchairAccessible: p.step !== true },
});

/** A unified state and municipal client service centre (valsts un pašvaldības vienotais klientu apkalpošanas centrs). */
const vpvkac = (town: string, townGenitive: string, street: string, postalCode: string, municipality: string, at: [number, number], hours?: OpeningHoursInput): ChannelInput =>
  location({
    code: `VPVKAC-${town.toUpperCase().normalize('NFD').replace(/\p{M}/gu, '')}`,
    owner: 'VDAA',
    lv: `${townGenitive} valsts un pašvaldības vienotais klientu apkalpošanas centrs`,
    en: `${town} unified state and municipal client service centre`,
    street, city: town, postalCode, municipality, at, hours, centre: true,
  });

export const DEMO_CLIENT_SERVICE_CENTRES: ChannelInput[] = [
  vpvkac('Cēsis', 'Cēsu', 'Raunas iela 4', 'LV-4101', 'Cēsu novads', [57.3119, 25.2710], week(WORKDAYS, { exceptions: PRE_HOLIDAY_2026 })),
  vpvkac('Valmiera', 'Valmieras', 'Lāčplēša iela 2', 'LV-4201', 'Valmieras novads', [57.5385, 25.4264], week({ ...WORKDAYS, SATURDAY: '09:00-13:00' }, { exceptions: PRE_HOLIDAY_2026 })),
  vpvkac('Jelgava', 'Jelgavas', 'Lielā iela 11', 'LV-3001', 'Jelgava', [56.6511, 23.7213]),
  vpvkac('Jūrmala', 'Jūrmalas', 'Jomas iela 1/5', 'LV-2015', 'Jūrmala', [56.9680, 23.7704], week({ ...WORKDAYS, SATURDAY: '10:00-14:00' })),
  vpvkac('Ventspils', 'Ventspils', 'Jūras iela 36', 'LV-3601', 'Ventspils', [57.3894, 21.5606]),
  vpvkac('Liepāja', 'Liepājas', 'Rožu iela 6', 'LV-3401', 'Liepāja', [56.5047, 21.0108], week(WITH_LUNCH)),
  vpvkac('Daugavpils', 'Daugavpils', 'Krišjāņa Valdemāra iela 1', 'LV-5401', 'Daugavpils', [55.8714, 26.5161]),
  vpvkac('Rēzekne', 'Rēzeknes', 'Atbrīvošanas aleja 93', 'LV-4601', 'Rēzekne', [56.5099, 27.3331]),
  vpvkac('Jēkabpils', 'Jēkabpils', 'Brīvības iela 120', 'LV-5201', 'Jēkabpils novads', [56.4991, 25.8574], week(WITH_LUNCH)),
  vpvkac('Ogre', 'Ogres', 'Brīvības iela 33', 'LV-5001', 'Ogres novads', [56.8162, 24.6140]),
  vpvkac('Tukums', 'Tukuma', 'Talsu iela 4', 'LV-3101', 'Tukuma novads', [56.9679, 23.1554]),
  vpvkac('Talsi', 'Talsu', 'Kareivju iela 7', 'LV-3201', 'Talsu novads', [57.2447, 22.5890], week(WITH_LUNCH)),
  vpvkac('Kuldīga', 'Kuldīgas', 'Baznīcas iela 1', 'LV-3301', 'Kuldīgas novads', [56.9677, 21.9680]),
  vpvkac('Sigulda', 'Siguldas', 'Pils iela 16', 'LV-2150', 'Siguldas novads', [57.1537, 24.8534]),
  vpvkac('Bauska', 'Bauskas', 'Uzvaras iela 1', 'LV-3901', 'Bauskas novads', [56.4079, 24.1943]),
  vpvkac('Dobele', 'Dobeles', 'Brīvības iela 17', 'LV-3701', 'Dobeles novads', [56.6250, 23.2789]),
  vpvkac('Gulbene', 'Gulbenes', 'Ābeļu iela 2', 'LV-4401', 'Gulbenes novads', [57.1775, 26.7527], week(WITH_LUNCH)),
  vpvkac('Madona', 'Madonas', 'Saieta laukums 1', 'LV-4801', 'Madonas novads', [56.8540, 26.2170]),
  vpvkac('Alūksne', 'Alūksnes', 'Dārza iela 11', 'LV-4301', 'Alūksnes novads', [57.4242, 27.0466]),
  vpvkac('Limbaži', 'Limbažu', 'Rīgas iela 16', 'LV-4001', 'Limbažu novads', [57.5133, 24.7136]),
  vpvkac('Saldus', 'Saldus', 'Striķu iela 3', 'LV-3801', 'Saldus novads', [56.6636, 22.4881]),
  vpvkac('Ludza', 'Ludzas', 'Raiņa iela 16', 'LV-5701', 'Ludzas novads', [56.5459, 27.7190], week(WITH_LUNCH)),
  vpvkac('Smiltene', 'Smiltenes', 'Dārza iela 3', 'LV-4729', 'Smiltenes novads', [57.4244, 25.9016]),
  vpvkac('Preiļi', 'Preiļu', 'Kārsavas iela 4', 'LV-5301', 'Preiļu novads', [56.2942, 26.7246]),
  vpvkac('Aizkraukle', 'Aizkraukles', 'Lāčplēša iela 1A', 'LV-5101', 'Aizkraukles novads', [56.6046, 25.2551]),
];

const RIGA = 'Rīga';
export const DEMO_OFFICES: ChannelInput[] = [
  location({ code: 'PMLP-RIGA-CIEKURKALNS', owner: 'PMLP', lv: 'PMLP Rīgas nodaļa (Čiekurkalns)', en: 'OCMA Riga office (Čiekurkalns)', street: 'Čiekurkalna 1. līnija 1, k-3', city: RIGA, postalCode: 'LV-1026', municipality: RIGA, at: [56.9779, 24.1641], hours: week({ MONDAY: '08:30-18:00', TUESDAY: '08:30-17:00', WEDNESDAY: '08:30-17:00', THURSDAY: '08:30-18:00', FRIDAY: '08:30-15:00' }) }),
  location({ code: 'PMLP-DAUGAVPILS', owner: 'PMLP', lv: 'PMLP Daugavpils nodaļa', en: 'OCMA Daugavpils office', street: 'Raiņa iela 27', city: 'Daugavpils', postalCode: 'LV-5401', municipality: 'Daugavpils', at: [55.8741, 26.5167] }),
  location({ code: 'PMLP-LIEPAJA', owner: 'PMLP', lv: 'PMLP Liepājas nodaļa', en: 'OCMA Liepāja office', street: 'Avotu iela 8', city: 'Liepāja', postalCode: 'LV-3401', municipality: 'Liepāja', at: [56.5110, 21.0150] }),
  location({ code: 'PMLP-VALMIERA', owner: 'PMLP', lv: 'PMLP Valmieras nodaļa', en: 'OCMA Valmiera office', street: 'Rīgas iela 4', city: 'Valmiera', postalCode: 'LV-4201', municipality: 'Valmieras novads', at: [57.5370, 25.4240] }),
  location({ code: 'CSDD-RIGA-BAUSKAS', owner: 'CSDD', lv: 'CSDD Rīgas nodaļa', en: 'CSDD Riga branch', street: 'Bauskas iela 86', city: RIGA, postalCode: 'LV-1004', municipality: RIGA, at: [56.9178, 24.1090], hours: week({ MONDAY: '08:00-19:00', TUESDAY: '08:00-19:00', WEDNESDAY: '08:00-19:00', THURSDAY: '08:00-19:00', FRIDAY: '08:00-18:00', SATURDAY: '08:00-14:00' }) }),
  location({ code: 'CSDD-CESIS', owner: 'CSDD', lv: 'CSDD Cēsu nodaļa', en: 'CSDD Cēsis branch', street: 'Valmieras iela 19', city: 'Cēsis', postalCode: 'LV-4101', municipality: 'Cēsu novads', at: [57.3188, 25.2811] }),
  location({ code: 'CSDD-DAUGAVPILS', owner: 'CSDD', lv: 'CSDD Daugavpils nodaļa', en: 'CSDD Daugavpils branch', street: 'Vienības iela 42', city: 'Daugavpils', postalCode: 'LV-5401', municipality: 'Daugavpils', at: [55.8770, 26.5300] }),
  location({ code: 'UR-RIGA', owner: 'UR', lv: 'Uzņēmumu reģistra klientu apkalpošanas centrs Rīgā', en: 'Register of Enterprises client service, Riga', street: 'Pērses iela 2', city: RIGA, postalCode: 'LV-1011', municipality: RIGA, at: [56.9540, 24.1276] }),
  location({ code: 'VSAA-RIGA', owner: 'VSAA', lv: 'VSAA Rīgas klientu apkalpošanas centrs', en: 'SSIA Riga client service centre', street: 'Lāčplēša iela 70a', city: RIGA, postalCode: 'LV-1011', municipality: RIGA, at: [56.9520, 24.1290] }),
  location({ code: 'NVA-RIGA', owner: 'NVA', lv: 'NVA Rīgas reģionālā filiāle', en: 'SEA Riga regional branch', street: 'Kr. Valdemāra iela 38', city: RIGA, postalCode: 'LV-1010', municipality: RIGA, at: [56.9573, 24.1132] }),
  location({ code: 'RIGA-APMEKLETAJU-CENTRS', owner: 'RIGA', lv: 'Rīgas valstspilsētas pašvaldības Apmeklētāju pieņemšanas centrs', en: 'Riga municipality visitor centre', street: 'Brīvības iela 49/53', city: RIGA, postalCode: 'LV-1010', municipality: RIGA, at: [56.9583, 24.1233], hours: week({ ...WORKDAYS, MONDAY: '08:15-19:00' }) }),
  location({ code: 'RIGA-DZIMTSARAKSTI', owner: 'RIGA', lv: 'Rīgas valstspilsētas pašvaldības Dzimtsarakstu nodaļa', en: 'Riga registry office', street: 'Kalpaka bulvāris 6', city: RIGA, postalCode: 'LV-1050', municipality: RIGA, at: [56.9545, 24.1090], hours: week({ ...WORKDAYS, SATURDAY: '10:00-16:00' }) }),
  location({ code: 'AIC-RIGA', owner: 'AIC', lv: 'Akadēmiskās informācijas centrs', en: 'Academic Information Centre', street: 'Valņu iela 2', city: RIGA, postalCode: 'LV-1050', municipality: RIGA, at: [56.9486, 24.1107], hours: week({ MONDAY: '10:00-12:00,13:00-16:00', WEDNESDAY: '10:00-12:00,13:00-16:00' }) }),
];

export const DEMO_DIGITAL_CHANNELS: ChannelInput[] = [
  eService('LV-PORTALS', 'VDAA', 'Valsts pārvaldes pakalpojumu portāls Latvija.lv', 'The state portal Latvija.lv', 'https://www.latvija.lv'),
  eService('VDAA-E-ADRESE-PORTALS', 'VDAA', 'Oficiālā e-adrese portālā Latvija.lv', 'Official e-address on Latvija.lv', 'https://www.latvija.lv', 'HIGH'),
  eService('PMLP-E-PAKALPOJUMI', 'PMLP', 'PMLP e-pakalpojumi portālā Latvija.lv', 'OCMA e-services on Latvija.lv', 'https://www.latvija.lv'),
  eService('VID-EDS', 'VID', 'VID Elektroniskās deklarēšanas sistēma (EDS)', 'SRS Electronic Declaration System (EDS)', 'https://eds.vid.gov.lv'),
  eService('VSAA-E-PAKALPOJUMI', 'VSAA', 'VSAA e-pakalpojumi portālā Latvija.lv', 'SSIA e-services on Latvija.lv', 'https://www.latvija.lv'),
  eService('UR-E-PAKALPOJUMI', 'UR', 'Uzņēmumu reģistra e-pakalpojumi', 'Register of Enterprises e-services', 'https://www.ur.gov.lv', 'HIGH', true),
  eService('CSDD-E-PAKALPOJUMI', 'CSDD', 'CSDD e-pakalpojumi e.csdd.lv', 'CSDD e-services e.csdd.lv', 'https://e.csdd.lv', 'SUBSTANTIAL'),
  eService('VZD-KADASTRS', 'VZD', 'Kadastra informācijas portāls kadastrs.lv', 'Cadastre portal kadastrs.lv', 'https://www.kadastrs.lv', 'SUBSTANTIAL'),
  eService('TA-ZEMESGRAMATA', 'TA', 'Valsts vienotā datorizētā zemesgrāmata', 'State Unified Computerised Land Register', 'https://www.zemesgramata.lv', 'SUBSTANTIAL'),
  eService('TA-E-LIETA', 'TA', 'E-lietas portāls', 'E-case portal', 'https://www.e-lieta.lv', 'HIGH', true),
  eService('NVA-E-PAKALPOJUMI', 'NVA', 'NVA e-pakalpojumi', 'SEA e-services', 'https://www.nva.gov.lv'),
  eService('NVD-E-VESELIBA', 'NVD', 'E-veselības portāls', 'E-health portal', 'https://www.eveseliba.gov.lv'),
  eService('LAD-EPS', 'LAD', 'LAD Elektroniskā pieteikšanās sistēma (EPS)', 'RSS Electronic Application System (EPS)', 'https://eps.lad.gov.lv', 'SUBSTANTIAL'),
  eService('RIGA-E-PAKALPOJUMI', 'RIGA', 'Rīgas valstspilsētas pašvaldības e-pakalpojumi', 'Riga municipality e-services', 'https://www.riga.lv'),
  eService('BVKB-BIS', 'BVKB', 'Būvniecības informācijas sistēma (BIS)', 'Construction Information System (BIS)', 'https://bis.gov.lv', 'HIGH', true),
  eService('VIAA-E-PAKALPOJUMI', 'VIAA', 'VIAA e-pakalpojumi portālā Latvija.lv', 'SEDA e-services on Latvija.lv', 'https://www.latvija.lv'),
  eService('AIC-E-PIETEIKUMS', 'AIC', 'AIC elektroniskais pieteikums diploma atzīšanai', 'AIC online application for diploma recognition', 'https://www.aic.lv', 'SUBSTANTIAL', true),
  eService('IEMIC-E-PAKALPOJUMI', 'IEMIC', 'IeM IC e-pakalpojumi portālā Latvija.lv', 'IC MoI e-services on Latvija.lv', 'https://www.latvija.lv'),
  eService('UGFA-E-PAKALPOJUMI', 'UGFA', 'UGFA e-pakalpojumi portālā Latvija.lv', 'MGFA e-services on Latvija.lv', 'https://www.latvija.lv'),
  eService('VDI-E-PAKALPOJUMI', 'VDI', 'VDI e-pakalpojumi', 'SLI e-services', 'https://www.vdi.gov.lv'),
  eService('PVD-E-PAKALPOJUMI', 'PVD', 'PVD e-pakalpojumi', 'FVS e-services', 'https://www.pvd.gov.lv', 'SUBSTANTIAL', true),
  eService('LDC-E-PAKALPOJUMI', 'LDC', 'LDC e-pakalpojumi', 'ADC e-services', 'https://www.ldc.gov.lv', 'SUBSTANTIAL'),
  eService('LVRTC-EPARAKSTS', 'LVRTC', 'eParaksts portāls eparaksts.lv', 'eParaksts portal eparaksts.lv', 'https://www.eparaksts.lv', 'HIGH'),
  webPage('VDEAVK-MAJASLAPA', 'VDEAVK', 'VDEĀVK informācija par invaliditātes noteikšanu', 'SMCAHWA information on disability assessment', 'https://www.vdeavk.gov.lv'),
  phone('VID-TALRUNIS', 'VID', 'VID konsultatīvais tālrunis', 'SRS helpline', '+371 67120000', week({ MONDAY: '08:15-17:00', TUESDAY: '08:15-17:00', WEDNESDAY: '08:15-17:00', THURSDAY: '08:15-17:00', FRIDAY: '08:15-16:00' })),
  phone('CSDD-TALRUNIS', 'CSDD', 'CSDD informatīvais tālrunis', 'CSDD information line', '+371 67025777'),
  phone('NVD-TALRUNIS', 'NVD', 'NVD bezmaksas informatīvais tālrunis', 'NHS free information line', '+371 80001234', week(WORKDAYS), ['Bezmaksas zvans no Latvijas tālruņiem', 'Free of charge from Latvian phones']),
  { code: 'PMLP-EPASTS', ownerCode: 'PMLP', type: 'EMAIL', name: t('PMLP e-pasts', 'OCMA e-mail'), email: 'pasts@pmlp.gov.lv' },
  { code: 'UR-PASTS', ownerCode: 'UR', type: 'POST', name: t('Uzņēmumu reģistrs pa pastu', 'Register of Enterprises by post'), address: { street: 'Pērses iela 2', city: RIGA, postalCode: 'LV-1011', municipality: RIGA, country: 'LV' } },
];

export const DEMO_CHANNELS: ChannelInput[] = [...DEMO_DIGITAL_CHANNELS, ...DEMO_OFFICES, ...DEMO_CLIENT_SERVICE_CENTRES];

/** The codes of all client service centres: a service "at every VPVKAC" links to each. */
export const VPVKAC = DEMO_CLIENT_SERVICE_CENTRES.map((c) => c.code);
