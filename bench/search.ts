// Catalogue search at national scale: the same searches against 100 services and against 10,000, through the
// gateway (the whole graph in one process), with the SQL plan of the 10,000-service search to show it is answered
// from the GIN indexes (full text and trigram) rather than by reading every service.
import { sql } from 'drizzle-orm';
import { explainSearch } from '../subgraphs/services/data/search-store.ts';
import { DEMO_SERVICES } from '../subgraphs/services/demo/seed.ts';
import { parseSearchQuery } from '../subgraphs/services/domain/search-document.ts';
import { addGeneratedServices } from './data/generated-services.ts';
import { measure, prepareBenchDatabase, printResults, ratio, startProcess, type LoadResult } from './support.ts';

const SEARCH = `query Search($q: String!) { searchServices(query: $q, first: 10) { totalCount nodes { code name holder { name } } } }`;
// What people type: a word, an inflected phrase, a generated-catalogue phrase, English, a typo.
const QUERIES = ['pase', 'pabalsts', 'dzīvesvietas deklarēšana', 'ūdens lietošanas atļauja', 'atkritumu apsaimniekošana cēsis', 'driving licence', 'dzīvesvita', 'bērnudārzs'];
const varying = (i: number) => ({ q: QUERIES[i % QUERIES.length] });
const PLANNED = ['pabalsts', 'ūdens lietošanas atļauja', 'dzīvesvita'];

async function scenario(total: number): Promise<{ row: LoadResult; plans: string[][]; kind: string }> {
  const plans: string[][] = [];
  const database = await prepareBenchDatabase(async (dbs) => {
    const db = dbs.get('services')!;
    await addGeneratedServices(db, total - DEMO_SERVICES.length);
    const counted = (await db.execute(sql`select count(*)::int as n from catalogue.services where status = 'PUBLISHED'`)) as unknown as { rows: { n: number }[] };
    const n = counted.rows[0].n;
    if (n !== total) throw new Error(`expected ${total} published services, found ${n}`);
    for (const q of PLANNED) plans.push([`-- searchServices(query: "${q}", first: 10)`, ...(await explainSearch(db, parseSearchQuery(q)!, 11))]);
  });
  const graph = await startProcess<{ url: string }>('bench/processes/graph.ts', database.env);
  try {
    const row = await measure(`search, ${total.toLocaleString('en')} services`, { url: graph.info.url, query: SEARCH, variables: varying, processes: { graph } });
    return { row, plans, kind: database.kind };
  } finally {
    await graph.stop();
    await database.drop();
  }
}

export async function run() {
  const small = await scenario(100);
  const large = await scenario(10_000);
  printResults(`Catalogue search through the gateway (${large.kind}, 10 connections, 8 s per scenario, ${QUERIES.length} queries in rotation)`, [small.row, large.row]);
  console.log('\n| ratio 10,000 / 100 services | p50 latency | p99 latency | CPU ms/request |');
  console.log('|---|---:|---:|---:|');
  console.log(`| search | ${ratio(large.row.p50, small.row.p50)} | ${ratio(large.row.p99, small.row.p99)} | ${ratio(large.row.cpu.graph, small.row.cpu.graph)} |`);
  console.log('\n## SQL plans at 10,000 services (EXPLAIN ANALYZE)\n');
  for (const plan of large.plans) console.log(['```', ...plan, '```'].join('\n'));
}
