import type { LocalizedText } from '../../../common/i18n.ts';
import type { InstitutionRow, ServiceRow } from '../db/tables.ts';

type DemoInstitution = Pick<InstitutionRow, 'code' | 'type' | 'website'> & { name: LocalizedText };
type DemoService = Pick<ServiceRow, 'code' | 'audiences' | 'processingTime'> & {
  holder: string;
  name: LocalizedText;
  description: LocalizedText;
  workingDays?: boolean;
};

/** Real Latvian institutions (names as they publish them). */
export const DEMO_INSTITUTIONS: DemoInstitution[] = [
  { code: 'PMLP', type: 'AGENCY', website: 'https://www.pmlp.gov.lv', name: { lv: 'Pilsonības un migrācijas lietu pārvalde', en: 'Office of Citizenship and Migration Affairs' } },
  { code: 'VID', type: 'AGENCY', website: 'https://www.vid.gov.lv', name: { lv: 'Valsts ieņēmumu dienests', en: 'State Revenue Service' } },
  { code: 'VSAA', type: 'AGENCY', website: 'https://www.vsaa.gov.lv', name: { lv: 'Valsts sociālās apdrošināšanas aģentūra', en: 'State Social Insurance Agency' } },
  { code: 'UR', type: 'AGENCY', website: 'https://www.ur.gov.lv', name: { lv: 'Latvijas Republikas Uzņēmumu reģistrs', en: 'Register of Enterprises of the Republic of Latvia' } },
  { code: 'CSDD', type: 'STATE_COMPANY', website: 'https://www.csdd.lv', name: { lv: 'Ceļu satiksmes drošības direkcija', en: 'Road Traffic Safety Directorate' } },
  { code: 'VZD', type: 'AGENCY', website: 'https://www.vzd.gov.lv', name: { lv: 'Valsts zemes dienests', en: 'State Land Service' } },
  { code: 'NVA', type: 'AGENCY', website: 'https://www.nva.gov.lv', name: { lv: 'Nodarbinātības valsts aģentūra', en: 'State Employment Agency' } },
  { code: 'LAD', type: 'AGENCY', website: 'https://www.lad.gov.lv', name: { lv: 'Lauku atbalsta dienests', en: 'Rural Support Service' } },
  { code: 'NVD', type: 'AGENCY', website: 'https://www.vmnvd.gov.lv', name: { lv: 'Nacionālais veselības dienests', en: 'National Health Service' } },
  { code: 'TA', type: 'AGENCY', website: 'https://www.ta.gov.lv', name: { lv: 'Tiesu administrācija', en: 'Court Administration' } },
  { code: 'RIGA', type: 'MUNICIPALITY', website: 'https://www.riga.lv', name: { lv: 'Rīgas valstspilsētas pašvaldība', en: 'Riga State City Municipality' } },
  { code: 'VARAM', type: 'MINISTRY', website: 'https://www.varam.gov.lv', name: { lv: 'Viedās administrācijas un reģionālās attīstības ministrija', en: 'Ministry of Smart Administration and Regional Development' } },
];

const s = (code: string, holder: string, lv: string, en: string, audiences: DemoService['audiences'], processingTime: string | null, descLv: string, descEn: string, workingDays = true): DemoService => ({
  code, holder, audiences, processingTime, workingDays, name: { lv, en }, description: { lv: descLv, en: descEn },
});

/** Real services of those institutions, described for clients. */
export const DEMO_SERVICES: DemoService[] = [
  s('PMLP-PASE', 'PMLP', 'Pases izsniegšana', 'Issuing a passport', ['PERSON'], 'P10D', 'Latvijas pilsoņa vai nepilsoņa pases izsniegšana personai, kurai tās nav vai kuras pase ir nederīga.', 'Issue of a passport to a citizen or non-citizen of Latvia who has none or whose passport is no longer valid.'),
  s('PMLP-EID', 'PMLP', 'Personas apliecības (eID kartes) izsniegšana', 'Issuing an identity card (eID)', ['PERSON'], 'P10D', 'Personas apliecība ar elektronisko identifikāciju un drošu elektronisko parakstu.', 'Identity card with electronic identification and a qualified electronic signature.'),
  s('PMLP-DZIVESVIETA', 'PMLP', 'Dzīvesvietas deklarēšana', 'Declaring a place of residence', ['PERSON'], 'P1D', 'Dzīvesvietas adreses deklarēšana vai maiņa Iedzīvotāju reģistrā.', 'Declaring or changing the address of your place of residence in the Population Register.'),
  s('PMLP-UZTURESANAS', 'PMLP', 'Uzturēšanās atļaujas izsniegšana', 'Issuing a residence permit', ['PERSON'], 'P30D', 'Termiņuzturēšanās vai pastāvīgās uzturēšanās atļaujas izsniegšana ārzemniekam.', 'Temporary or permanent residence permit for a foreign national.'),
  s('RIGA-DZIMSANA', 'RIGA', 'Bērna dzimšanas reģistrācija', 'Registering the birth of a child', ['PERSON'], 'P1D', 'Bērna dzimšanas reģistrācija dzimtsarakstu nodaļā un dzimšanas apliecības izsniegšana.', 'Registering a child’s birth at the registry office and issuing the birth certificate.'),
  s('RIGA-LAULIBA', 'RIGA', 'Laulības reģistrācija', 'Registering a marriage', ['PERSON'], 'P1M', 'Laulības reģistrācija dzimtsarakstu nodaļā pēc iesnieguma iesniegšanas.', 'Registering a marriage at the registry office after the application is filed.', false),
  s('RIGA-MIRSANA', 'RIGA', 'Miršanas reģistrācija', 'Registering a death', ['PERSON'], 'P1D', 'Personas miršanas fakta reģistrācija un miršanas apliecības izsniegšana.', 'Registering a death and issuing the death certificate.'),
  s('RIGA-BUVATLAUJA', 'RIGA', 'Būvatļaujas izsniegšana', 'Issuing a building permit', ['PERSON', 'BUSINESS'], 'P30D', 'Būvatļaujas izsniegšana jaunas ēkas būvniecībai vai pārbūvei Būvniecības informācijas sistēmā.', 'Building permit for a new building or reconstruction, through the Construction Information System.'),
  s('RIGA-MAJOKLA-PABALSTS', 'RIGA', 'Mājokļa pabalsts', 'Housing benefit', ['PERSON'], 'P1M', 'Pabalsts mājokļa izdevumu segšanai trūcīgām un maznodrošinātām mājsaimniecībām.', 'Benefit towards housing costs for low-income households.', false),
  s('VSAA-PIEDZIMSANA', 'VSAA', 'Bērna piedzimšanas pabalsts', 'Childbirth benefit', ['PERSON'], 'P10D', 'Vienreizējs pabalsts par bērna piedzimšanu vienam no vecākiem.', 'One-off benefit paid to one parent on the birth of a child.'),
  s('VSAA-VECAKU-PABALSTS', 'VSAA', 'Vecāku pabalsts', 'Parental benefit', ['PERSON'], 'P10D', 'Pabalsts vecākam, kurš kopj bērnu līdz 1 vai 1,5 gada vecumam un atrodas bērna kopšanas atvaļinājumā.', 'Benefit for a parent on parental leave caring for a child until the age of 1 or 1.5.'),
  s('VSAA-GVB', 'VSAA', 'Ģimenes valsts pabalsts', 'Family state benefit', ['PERSON'], 'P10D', 'Ikmēneša pabalsts par bērnu no viena gada vecuma līdz pilngadībai vai izglītības beigām.', 'Monthly benefit for a child from the age of one until adulthood or the end of education.'),
  s('VSAA-MATERNITATE', 'VSAA', 'Maternitātes pabalsts', 'Maternity benefit', ['PERSON'], 'P10D', 'Pabalsts par grūtniecības un dzemdību atvaļinājuma laiku.', 'Benefit for the period of pregnancy and maternity leave.'),
  s('VSAA-VECUMA-PENSIJA', 'VSAA', 'Vecuma pensija', 'Old-age pension', ['PERSON'], 'P1M', 'Vecuma pensijas piešķiršana, sasniedzot pensionēšanās vecumu un apdrošināšanas stāžu.', 'Granting the old-age pension on reaching retirement age with the required insurance record.', false),
  s('VSAA-BEZDARBNIEKA-PABALSTS', 'VSAA', 'Bezdarbnieka pabalsts', 'Unemployment benefit', ['PERSON'], 'P10D', 'Pabalsts personai, kurai piešķirts bezdarbnieka statuss.', 'Benefit for a person who has been granted unemployed status.'),
  s('VSAA-APBEDISANA', 'VSAA', 'Apbedīšanas pabalsts', 'Funeral benefit', ['PERSON'], 'P10D', 'Pabalsts personai, kura uzņēmusies apbedīšanu.', 'Benefit for the person who arranged the funeral.'),
  s('UR-SIA', 'UR', 'Sabiedrības ar ierobežotu atbildību (SIA) reģistrācija', 'Registering a limited liability company (SIA)', ['PERSON', 'BUSINESS'], 'P3D', 'Jaunas SIA reģistrācija komercreģistrā.', 'Registering a new limited liability company in the Commercial Register.'),
  s('UR-IK', 'UR', 'Individuālā komersanta reģistrācija', 'Registering a sole trader', ['PERSON'], 'P3D', 'Individuālā komersanta ierakstīšana komercreģistrā.', 'Entering a sole trader into the Commercial Register.'),
  s('UR-LIKVIDACIJA', 'UR', 'Komersanta likvidācija', 'Liquidating a company', ['BUSINESS'], 'P3D', 'Komersanta likvidācijas procesa uzsākšanas reģistrācija.', 'Registering the start of a company’s liquidation.'),
  s('VID-GID', 'VID', 'Gada ienākumu deklarācijas iesniegšana', 'Filing the annual income tax return', ['PERSON'], 'P1M', 'Gada ienākumu deklarācijas iesniegšana EDS, arī attaisnoto izdevumu atmaksai.', 'Filing the annual income tax return in the EDS, including for a refund of eligible expenses.', false),
  s('VID-PVN', 'VID', 'Reģistrācija PVN maksātāju reģistrā', 'Registering for VAT', ['BUSINESS'], 'P5D', 'Komersanta reģistrācija Valsts ieņēmumu dienesta PVN maksātāju reģistrā.', 'Registering a business in the State Revenue Service VAT register.'),
  s('VID-IZZINA-PARADI', 'VID', 'Izziņa par nodokļu parādu neesamību', 'Certificate of no tax debts', ['PERSON', 'BUSINESS'], 'P1D', 'Izziņa, ka personai nav nodokļu parādu.', 'A certificate that the person has no tax debts.'),
  s('CSDD-REGISTRACIJA', 'CSDD', 'Transportlīdzekļa reģistrācija', 'Registering a vehicle', ['PERSON', 'BUSINESS'], 'P1D', 'Transportlīdzekļa pirmreizēja reģistrācija Latvijā un reģistrācijas numura izsniegšana.', 'First registration of a vehicle in Latvia and issue of its number plates.'),
  s('CSDD-IPASNIEKA-MAINA', 'CSDD', 'Transportlīdzekļa īpašnieka maiņa', 'Changing a vehicle’s owner', ['PERSON', 'BUSINESS'], 'P1D', 'Transportlīdzekļa īpašnieka maiņas reģistrācija pēc pirkuma.', 'Registering a new owner of a vehicle after its sale.'),
  s('CSDD-VADITAJA-APLIECIBA', 'CSDD', 'Vadītāja apliecības izsniegšana', 'Issuing a driving licence', ['PERSON'], 'P5D', 'Transportlīdzekļa vadītāja apliecības izsniegšana vai maiņa.', 'Issuing or replacing a driving licence.'),
  s('CSDD-TEHNISKA-APSKATE', 'CSDD', 'Valsts tehniskā apskate', 'Roadworthiness test', ['PERSON', 'BUSINESS'], 'PT1H', 'Transportlīdzekļa valsts tehniskā apskate.', 'State roadworthiness inspection of a vehicle.'),
  s('VZD-KADASTRS', 'VZD', 'Nekustamā īpašuma kadastrālā reģistrācija', 'Cadastral registration of real estate', ['PERSON', 'BUSINESS'], 'P20D', 'Nekustamā īpašuma objekta reģistrācija vai datu aktualizācija Kadastra informācijas sistēmā.', 'Registering a property or updating its data in the Cadastre Information System.'),
  s('VZD-IZZINA', 'VZD', 'Kadastra informācijas izziņa', 'Cadastral information statement', ['PERSON', 'BUSINESS'], 'P5D', 'Izziņa par nekustamā īpašuma kadastra datiem.', 'A statement of a property’s cadastral data.'),
  s('TA-ZEMESGRAMATA', 'TA', 'Īpašuma tiesību nostiprināšana zemesgrāmatā', 'Registering ownership in the Land Register', ['PERSON', 'BUSINESS'], 'P10D', 'Nekustamā īpašuma īpašuma tiesību nostiprināšana zemesgrāmatā pēc pirkuma vai mantojuma.', 'Registering ownership of real estate in the Land Register after a purchase or inheritance.'),
  s('NVA-BEZDARBNIEKS', 'NVA', 'Bezdarbnieka statusa piešķiršana', 'Registering as unemployed', ['PERSON'], 'P3D', 'Bezdarbnieka statusa piešķiršana un reģistrācija Nodarbinātības valsts aģentūrā.', 'Being granted unemployed status and registering with the State Employment Agency.'),
  s('NVD-GIMENES-ARSTS', 'NVD', 'Reģistrācija pie ģimenes ārsta', 'Registering with a family doctor', ['PERSON'], 'P1D', 'Personas reģistrācija ģimenes ārsta pacientu sarakstā.', 'Registering a person on a family doctor’s patient list.'),
  s('NVD-EVAK', 'NVD', 'Eiropas veselības apdrošināšanas kartes izsniegšana', 'Issuing a European Health Insurance Card', ['PERSON'], 'P10D', 'Eiropas veselības apdrošināšanas karte neatliekamai palīdzībai ES dalībvalstīs.', 'European Health Insurance Card for necessary care in other EU countries.'),
  s('LAD-PLATIBU-MAKSAJUMS', 'LAD', 'Vienotais platību maksājums', 'Basic area payment', ['PERSON', 'BUSINESS'], 'P6M', 'Tiešais atbalsts lauksaimniekiem par deklarēto lauksaimniecības zemi.', 'Direct support for farmers for the agricultural land they declare.', false),
];
