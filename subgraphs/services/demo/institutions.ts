import type { LocalizedText } from '@public-service-graph/subgraph-kit/i18n';
import type { ContactPoint } from '../domain/model.ts';
import type { InstitutionRow } from '../db/tables.ts';

export type DemoInstitution = Pick<InstitutionRow, 'code' | 'type' | 'website'> & {
  name: LocalizedText;
  parent?: string;
  contacts?: ContactPoint;
};

const lv = (street: string, city: string, postalCode: string, municipality: string) => ({ street, city, postalCode, municipality, country: 'LV' });

/**
 * Real Latvian public bodies, with the names they publish. Registration numbers are left out (null) rather than
 * guessed; contacts are given only where the public number or address is well known.
 */
export const DEMO_INSTITUTIONS: DemoInstitution[] = [
  // Ministries first: they are the parents of the agencies below.
  { code: 'IEM', type: 'MINISTRY', website: 'https://www.iem.gov.lv', name: { lv: 'Iekšlietu ministrija', en: 'Ministry of the Interior' } },
  { code: 'LM', type: 'MINISTRY', website: 'https://www.lm.gov.lv', name: { lv: 'Labklājības ministrija', en: 'Ministry of Welfare' } },
  { code: 'FM', type: 'MINISTRY', website: 'https://www.fm.gov.lv', name: { lv: 'Finanšu ministrija', en: 'Ministry of Finance' } },
  { code: 'TM', type: 'MINISTRY', website: 'https://www.tm.gov.lv', name: { lv: 'Tieslietu ministrija', en: 'Ministry of Justice' } },
  { code: 'SAM', type: 'MINISTRY', website: 'https://www.sam.gov.lv', name: { lv: 'Satiksmes ministrija', en: 'Ministry of Transport' } },
  { code: 'IZM', type: 'MINISTRY', website: 'https://www.izm.gov.lv', name: { lv: 'Izglītības un zinātnes ministrija', en: 'Ministry of Education and Science' } },
  { code: 'ZM', type: 'MINISTRY', website: 'https://www.zm.gov.lv', name: { lv: 'Zemkopības ministrija', en: 'Ministry of Agriculture' } },
  { code: 'VM', type: 'MINISTRY', website: 'https://www.vm.gov.lv', name: { lv: 'Veselības ministrija', en: 'Ministry of Health' } },
  { code: 'VARAM', type: 'MINISTRY', website: 'https://www.varam.gov.lv', name: { lv: 'Viedās administrācijas un reģionālās attīstības ministrija', en: 'Ministry of Smart Administration and Regional Development' } },

  { code: 'PMLP', type: 'AGENCY', parent: 'IEM', website: 'https://www.pmlp.gov.lv', name: { lv: 'Pilsonības un migrācijas lietu pārvalde', en: 'Office of Citizenship and Migration Affairs' }, contacts: { email: 'pasts@pmlp.gov.lv', address: lv('Čiekurkalna 1. līnija 1, k-3', 'Rīga', 'LV-1026', 'Rīga') } },
  { code: 'IEMIC', type: 'AGENCY', parent: 'IEM', website: 'https://www.ic.iem.gov.lv', name: { lv: 'Iekšlietu ministrijas Informācijas centrs', en: 'Information Centre of the Ministry of the Interior' } },
  { code: 'VID', type: 'AGENCY', parent: 'FM', website: 'https://www.vid.gov.lv', name: { lv: 'Valsts ieņēmumu dienests', en: 'State Revenue Service' }, contacts: { phone: '+371 67120000' } },
  { code: 'VSAA', type: 'AGENCY', parent: 'LM', website: 'https://www.vsaa.gov.lv', name: { lv: 'Valsts sociālās apdrošināšanas aģentūra', en: 'State Social Insurance Agency' } },
  { code: 'NVA', type: 'AGENCY', parent: 'LM', website: 'https://www.nva.gov.lv', name: { lv: 'Nodarbinātības valsts aģentūra', en: 'State Employment Agency' } },
  { code: 'UGFA', type: 'AGENCY', parent: 'LM', website: 'https://www.ugf.gov.lv', name: { lv: 'Uzturlīdzekļu garantiju fonda administrācija', en: 'Maintenance Guarantee Fund Administration' } },
  { code: 'VDI', type: 'AGENCY', parent: 'LM', website: 'https://www.vdi.gov.lv', name: { lv: 'Valsts darba inspekcija', en: 'State Labour Inspectorate' } },
  { code: 'UR', type: 'AGENCY', parent: 'TM', website: 'https://www.ur.gov.lv', name: { lv: 'Latvijas Republikas Uzņēmumu reģistrs', en: 'Register of Enterprises of the Republic of Latvia' }, contacts: { address: lv('Pērses iela 2', 'Rīga', 'LV-1011', 'Rīga') } },
  { code: 'TA', type: 'AGENCY', parent: 'TM', website: 'https://www.ta.gov.lv', name: { lv: 'Tiesu administrācija', en: 'Court Administration' } },
  { code: 'CSDD', type: 'STATE_COMPANY', parent: 'SAM', website: 'https://www.csdd.lv', name: { lv: 'Ceļu satiksmes drošības direkcija', en: 'Road Traffic Safety Directorate' }, contacts: { phone: '+371 67025777', address: lv('Bauskas iela 86', 'Rīga', 'LV-1004', 'Rīga') } },
  { code: 'LVRTC', type: 'STATE_COMPANY', parent: 'SAM', website: 'https://www.lvrtc.lv', name: { lv: 'Latvijas Valsts radio un televīzijas centrs', en: 'Latvian State Radio and Television Centre' } },
  { code: 'VZD', type: 'AGENCY', parent: 'TM', website: 'https://www.vzd.gov.lv', name: { lv: 'Valsts zemes dienests', en: 'State Land Service' } },
  { code: 'VIAA', type: 'AGENCY', parent: 'IZM', website: 'https://www.viaa.gov.lv', name: { lv: 'Valsts izglītības attīstības aģentūra', en: 'State Education Development Agency' } },
  { code: 'AIC', type: 'INDEPENDENT', parent: 'IZM', website: 'https://www.aic.lv', name: { lv: 'Akadēmiskās informācijas centrs', en: 'Academic Information Centre' } },
  { code: 'LAD', type: 'AGENCY', parent: 'ZM', website: 'https://www.lad.gov.lv', name: { lv: 'Lauku atbalsta dienests', en: 'Rural Support Service' } },
  { code: 'PVD', type: 'AGENCY', parent: 'ZM', website: 'https://www.pvd.gov.lv', name: { lv: 'Pārtikas un veterinārais dienests', en: 'Food and Veterinary Service' } },
  { code: 'LDC', type: 'AGENCY', parent: 'ZM', website: 'https://www.ldc.gov.lv', name: { lv: 'Lauksaimniecības datu centrs', en: 'Agricultural Data Centre' } },
  { code: 'NVD', type: 'AGENCY', parent: 'VM', website: 'https://www.vmnvd.gov.lv', name: { lv: 'Nacionālais veselības dienests', en: 'National Health Service' }, contacts: { phone: '+371 80001234' } },
  { code: 'VDEAVK', type: 'AGENCY', parent: 'VM', website: 'https://www.vdeavk.gov.lv', name: { lv: 'Veselības un darbspējas ekspertīzes ārstu valsts komisija', en: 'State Medical Commission for the Assessment of Health Condition and Working Ability' } },
  { code: 'VDAA', type: 'AGENCY', parent: 'VARAM', website: 'https://www.vdaa.gov.lv', name: { lv: 'Valsts digitālās attīstības aģentūra', en: 'State Digital Development Agency' } },
  { code: 'BVKB', type: 'AGENCY', parent: 'VARAM', website: 'https://www.bvkb.gov.lv', name: { lv: 'Būvniecības valsts kontroles birojs', en: 'State Construction Control Bureau' } },
  { code: 'RIGA', type: 'MUNICIPALITY', website: 'https://www.riga.lv', name: { lv: 'Rīgas valstspilsētas pašvaldība', en: 'Riga State City Municipality' } },
];
