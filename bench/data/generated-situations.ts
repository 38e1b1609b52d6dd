// Generated life-situation entries of the search index for the search benchmark (not demo data): one situation per
// topic and place of the generated services ("Starting water use in Cēsu novads"), with phrases and the codes of
// that topic's generated services there, as a municipality's situations would repeat the same words.
import { sql } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { searchSituations } from '../../subgraphs/services/db/tables.ts';
import { situationSearchColumns } from '../../subgraphs/services/domain/search-document.ts';
import { PLACES, TOPICS } from './generated-services.ts';

/** Adds `count` generated situation entries (codes GEN-SIT-00000 …) linking to generated services GEN-… that exist. */
export async function addGeneratedSituations(db: Db, count: number, generatedServices: number): Promise<void> {
  const rows = [];
  for (let n = 0; n < count; n++) {
    const topic = TOPICS[n % TOPICS.length];
    const place = PLACES[Math.floor(n / TOPICS.length) % PLACES.length];
    const entry = {
      code: `GEN-SIT-${String(n).padStart(5, '0')}`,
      title: { lv: `${topic[0]} jautājumi (${place})`, en: `${topic[1]} matters (${place})` },
      phrases: { lv: [topic[2], `${topic[2]} ${place}`], en: [topic[1]] },
    };
    // The services of this topic: every TOPICS.length-th generated service, up to 12.
    const serviceCodes = Array.from({ length: 12 }, (_, k) => n % TOPICS.length + k * TOPICS.length).filter((i) => i < generatedServices).map((i) => `GEN-${String(i).padStart(5, '0')}`);
    rows.push({ ...entry, holderCode: 'RIGA', serviceCodes, ...situationSearchColumns(entry), updatedBy: 'bench' });
  }
  for (let i = 0; i < rows.length; i += 500) await db.insert(searchSituations).values(rows.slice(i, i + 500));
  await db.execute(sql`vacuum analyze catalogue.search_situations`);
}
