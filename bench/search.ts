// Catalogue search at national scale: the same searches against 100 services and against 10,000 (and, for the one
// search box, the demo's 12 life situations against 500 more), through the gateway (the whole graph in one
// process), with the SQL plans at 10,000 services to show they are answered from the GIN indexes (full text and
// trigram) rather than by reading every service.
import { sql } from 'drizzle-orm';
import { explainSearch } from '../subgraphs/services/data/search-store.ts';
import { explainEverything } from '../subgraphs/services/data/unified-search.ts';
import { DEMO_SERVICES } from '../subgraphs/services/demo/seed.ts';
import { parseSearchQuery } from '../subgraphs/services/domain/search-document.ts';
import { addGeneratedServices } from './data/generated-services.ts';
import { addGeneratedSituations } from './data/generated-situations.ts';
import { measure, prepareBenchDatabase, printResults, ratio, startProcess, type LoadResult } from './support.ts';

const SEARCH_SERVICES = `query Search($q: String!) { searchServices(query: $q, first: 10) { totalCount nodes { code name holder { name } } } }`;
const SEARCH = `query OneBox($q: String!) { search(query: $q, first: 10) {
  totalCount didYouMean facets { kind { value count } holder { value count } channel { value count } region { value count } }
  nodes { kind code title reasons { kind matched } ... on ServiceSearchHit { service { holder { name } } } } } }`;
// What people type: a word, an inflected phrase, a generated-catalogue phrase, English, a typo.
const QUERIES = ['pase', 'pabalsts', 'dzīvesvietas deklarēšana', 'ūdens lietošanas atļauja', 'atkritumu apsaimniekošana cēsis', 'driving licence', 'dzīvesvita', 'bērnudārzs'];
// …and what happened, Russian, a place.
const ONE_BOX = [...QUERIES, 'man piedzima bērns', 'posobie po bezrabotice', 'nomira tētis', 'klientu apkalpošanas centrs Cēsīs', 'I lost my job', 'паспорт'];
const PLANNED = ['pabalsts', 'ūdens lietošanas atļauja', 'dzīvesvita'];
const PLANNED_ONE_BOX = ['pabalsts', 'man piedzima bērns', 'atkritumu apsaimniekošana cēsis'];

async function scenario(total: number, situations: number): Promise<{ rows: LoadResult[]; plans: string[][]; kind: string }> {
  const plans: string[][] = [];
  const database = await prepareBenchDatabase(async (dbs) => {
    const db = dbs.get('services')!;
    const generated = total - DEMO_SERVICES.length;
    await addGeneratedServices(db, generated);
    if (situations) await addGeneratedSituations(db, situations, generated);
    const counted = (await db.execute(sql`select count(*)::int as n from catalogue.services where status = 'PUBLISHED'`)) as unknown as { rows: { n: number }[] };
    const n = counted.rows[0].n;
    if (n !== total) throw new Error(`expected ${total} published services, found ${n}`);
    for (const q of PLANNED) plans.push([`-- searchServices(query: "${q}", first: 10)`, ...(await explainSearch(db, parseSearchQuery(q)!, 11))]);
    for (const q of PLANNED_ONE_BOX) plans.push([`-- search(query: "${q}", first: 10): the page`, ...(await explainEverything(db, parseSearchQuery(q)!, 11))]);
  });
  // The anonymous rate limit (10,000 cost points a minute) would answer most of the load with 429; free ports, as
  // other graphs may run on the machine.
  const ports = { PORT: '0', SERVICES_PORT: '0', LIFE_SITUATIONS_PORT: '0', CLIENTS_PORT: '0', CASES_PORT: '0', PLATFORM_PORT: '0' };
  const graph = await startProcess<{ url: string }>('bench/processes/graph.ts', { ...database.env, ...ports, RATE_LIMITS: 'anonymous=1000000000' });
  const label = `${total.toLocaleString('en')} services, ${(situations + 12).toLocaleString('en')} situations`;
  try {
    const rows = [
      await measure(`searchServices, ${label}`, { url: graph.info.url, query: SEARCH_SERVICES, variables: (i) => ({ q: QUERIES[i % QUERIES.length] }), processes: { graph } }),
      await measure(`search (one box), ${label}`, { url: graph.info.url, query: SEARCH, variables: (i) => ({ q: ONE_BOX[i % ONE_BOX.length] }), processes: { graph } }),
    ];
    return { rows, plans, kind: database.kind };
  } finally {
    await graph.stop();
    await database.drop();
  }
}

export async function run() {
  const small = await scenario(100, 0);
  const large = await scenario(10_000, 500);
  printResults(`Search through the gateway (${large.kind}, 10 connections, 8 s per row; ${QUERIES.length} / ${ONE_BOX.length} queries in rotation)`, [...small.rows, ...large.rows]);
  console.log('\n| ratio 10,000 services + 512 situations / 100 services + 12 situations | p50 latency | p99 latency | CPU ms/request |');
  console.log('|---|---:|---:|---:|');
  for (const [i, name] of ['searchServices', 'search (one box)'].entries())
    console.log(`| ${name} | ${ratio(large.rows[i].p50, small.rows[i].p50)} | ${ratio(large.rows[i].p99, small.rows[i].p99)} | ${ratio(large.rows[i].cpu.graph, small.rows[i].cpu.graph)} |`);
  console.log('\n## SQL plans at 10,000 services (EXPLAIN ANALYZE)\n');
  for (const plan of large.plans) console.log(['```', ...plan, '```'].join('\n'));
}
