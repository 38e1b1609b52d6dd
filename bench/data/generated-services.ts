// Generated services for the search benchmark (not demo data): real words of the Latvian catalogue combined the
// way real catalogues repeat them, e.g. the same permit offered by each municipality, so that a search ranks
// thousands of near-duplicates and the planner sees realistic word frequencies.
import { inArray, sql } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { channels, institutions, serviceChannels, services } from '../../subgraphs/services/db/tables.ts';
import { searchColumns } from '../../subgraphs/services/domain/search-document.ts';

export const TOPICS: [lv: string, en: string, keyword: string][] = [
  ['Ūdens lietošanas', 'water use', 'ūdens'], ['Atkritumu apsaimniekošanas', 'waste management', 'atkritumi'], ['Alkoholisko dzērienu tirdzniecības', 'alcohol retail', 'alkohols'],
  ['Tabakas izstrādājumu tirdzniecības', 'tobacco retail', 'tabaka'], ['Azartspēļu organizēšanas', 'gambling', 'azartspēles'], ['Ieroču glabāšanas', 'firearms storage', 'ieroči'],
  ['Medību', 'hunting', 'medības'], ['Zvejas', 'fishing', 'zveja'], ['Koku ciršanas', 'tree felling', 'koki'], ['Ielu tirdzniecības', 'street trading', 'tirdzniecība'],
  ['Publiska pasākuma rīkošanas', 'public event', 'pasākums'], ['Reklāmas izvietošanas', 'advertising', 'reklāma'], ['Rakšanas darbu', 'excavation works', 'rakšana'],
  ['Taksometru pārvadājumu', 'taxi services', 'taksometrs'], ['Kravas pārvadājumu', 'freight transport', 'kravas'], ['Pasažieru pārvadājumu', 'passenger transport', 'pasažieri'],
  ['Veterinārās prakses', 'veterinary practice', 'veterinārārsts'], ['Farmaceitiskās darbības', 'pharmacy', 'aptieka'], ['Ārstniecības iestādes', 'medical institution', 'klīnika'],
  ['Izglītības programmas', 'education programme', 'izglītība'], ['Sporta būves', 'sports facility', 'sports'], ['Kultūras pieminekļa', 'cultural monument', 'piemineklis'],
  ['Būvprojekta', 'building design', 'būvniecība'], ['Ēkas nojaukšanas', 'demolition', 'nojaukšana'], ['Zemes ierīcības projekta', 'land planning', 'zeme'],
  ['Adreses piešķiršanas', 'address assignment', 'adrese'], ['Dzīvnieku turēšanas', 'animal keeping', 'dzīvnieki'], ['Bišu dravas', 'apiary', 'bites'],
  ['Meža atjaunošanas', 'reforestation', 'mežs'], ['Lauksaimniecības zemes', 'farmland', 'lauksaimniecība'], ['Sociālās aprūpes', 'social care', 'aprūpe'],
  ['Asistenta pakalpojuma', 'personal assistant', 'asistents'], ['Aprūpes mājās', 'home care', 'aprūpe'], ['Pabalsta krīzes situācijā', 'crisis benefit', 'pabalsts'],
  ['Skolēnu pārvadājumu', 'school transport', 'skolēni'], ['Interešu izglītības', 'extracurricular education', 'pulciņi'], ['Bērnu nometnes', 'children’s camp', 'nometne'],
  ['Kapavietas piešķiršanas', 'burial plot', 'kapsēta'], ['Dzīvojamās telpas īres', 'housing rental', 'īre'], ['Pašvaldības nodevas', 'municipal fee', 'nodeva'],
];
const ACTIONS: [lv: string, en: string][] = [
  ['atļaujas izsniegšana', 'permit'], ['reģistrācija', 'registration'], ['licences pagarināšana', 'licence renewal'], ['izziņas izsniegšana', 'certificate'],
  ['pārreģistrācija', 're-registration'], ['atļaujas anulēšana', 'permit cancellation'], ['dublikāta izsniegšana', 'duplicate'], ['datu maiņa', 'change of details'],
  ['pieteikums atbalstam', 'support application'], ['saskaņošana', 'approval'], ['atzinuma sniegšana', 'opinion'], ['nodevas atvieglojums', 'fee relief'],
];
export const PLACES = [
  'Rīga', 'Daugavpils', 'Jelgava', 'Jēkabpils', 'Jūrmala', 'Liepāja', 'Rēzekne', 'Valmiera', 'Ventspils', 'Aizkraukles novads', 'Alūksnes novads',
  'Augšdaugavas novads', 'Ādažu novads', 'Balvu novads', 'Bauskas novads', 'Cēsu novads', 'Dienvidkurzemes novads', 'Dobeles novads', 'Gulbenes novads',
  'Jelgavas novads', 'Krāslavas novads', 'Kuldīgas novads', 'Ķekavas novads', 'Limbažu novads', 'Līvānu novads', 'Ludzas novads', 'Madonas novads',
  'Mārupes novads', 'Ogres novads', 'Olaines novads', 'Preiļu novads', 'Rēzeknes novads', 'Ropažu novads', 'Salaspils novads', 'Saldus novads',
  'Saulkrastu novads', 'Siguldas novads', 'Smiltenes novads', 'Talsu novads', 'Tukuma novads', 'Valkas novads', 'Varakļānu novads', 'Ventspils novads',
];

/** Adds `count` generated published services, each with one channel; returns nothing, leaves the search columns filled. */
export async function addGeneratedServices(db: Db, count: number): Promise<void> {
  const holders = await db.select().from(institutions);
  const [portal] = await db.select({ id: channels.id }).from(channels).where(inArray(channels.code, ['LV-PORTALS']));
  let n = 0;
  while (n < count) {
    const batch = [];
    for (let k = 0; k < 500 && n < count; k++, n++) {
      const topic = TOPICS[n % TOPICS.length];
      const action = ACTIONS[Math.floor(n / TOPICS.length) % ACTIONS.length];
      const place = PLACES[Math.floor(n / (TOPICS.length * ACTIONS.length)) % PLACES.length];
      const holder = holders[n % holders.length];
      const code = `GEN-${String(n).padStart(5, '0')}`;
      const fields = {
        code,
        name: { lv: `${topic[0]} ${action[0]} (${place})`, en: `${topic[1]} ${action[1]} (${place})` },
        alternativeNames: {},
        summary: null,
        description: { lv: `${place}: ${topic[0].toLowerCase()} ${action[0]}. Iesniegumu var iesniegt klātienē vai e-pakalpojumā; lēmumu paziņo e-adresē.`, en: `${place}: ${topic[1]} ${action[1]}. Apply in person or online; the decision is sent to your e-address.` },
        keywords: { lv: [topic[2]], en: [topic[1]] },
      };
      batch.push({
        ...fields,
        holderId: holder.id,
        audiences: ['PERSON' as const, 'BUSINESS' as const],
        processingTime: 'P10D',
        legalBasis: [{ title: { lv: 'Administratīvā procesa likums' } }],
        status: 'PUBLISHED' as const,
        firstPublishedAt: new Date(),
        ...searchColumns(fields, holder),
      });
    }
    const rows = await db.insert(services).values(batch).returning({ id: services.id });
    if (portal) await db.insert(serviceChannels).values(rows.map((r) => ({ serviceId: r.id, channelId: portal.id, position: 1 })));
  }
  // As autovacuum would after a bulk load: statistics for the planner, and GIN pending lists merged.
  await db.execute(sql`vacuum analyze catalogue.services`);
}
