// The schema registry (subgraphs/platform/commands/registry-publishing.ts): what a check and a publish cost, and what a new
// supergraph costs the requests running through a gateway when it swaps.
// 1. In this process, on an in-memory PGlite holding the platform's subgraphs: wall time, CPU and SQL statements
//    per checkSubgraph and per publishSubgraph of the example LAD subgraph (composition of six subgraphs and the
//    breaking-change diff included).
// 2. A gateway process polling its supergraph every 100 ms, under load: steady, then with a different supergraph
//    every 500 ms (with and without LAD's subgraph), then steady again. Failures must stay 0; the ratios say what the
//    swaps cost.
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'graphql';
import { exportJWK, generateKeyPair } from 'jose';
import { openDatabase } from '@public-service-graph/subgraph-kit/db';
import { CORE_SUBGRAPHS, compose, loadTypeDefs, readSubgraphSdl } from '../gateway/compose.ts';
import { platformSubgraph } from '../subgraphs/platform/server.ts';
import { checkSubgraph, publishCoreSubgraphs, publishSubgraph } from '../subgraphs/platform/commands/registry-publishing.ts';
import { measure, prepareBenchDatabase, printResults, ratio, startProcess, type LoadResult } from './support.ts';

const LAD_SDL = readFileSync(new URL('../institutions/lad/schema.graphql', import.meta.url), 'utf8');
const QUERY = 'query ServicePage($n: Int) { services(first: $n) { totalCount nodes { code name holder { code } lifeSituations { code } } } }';
const varying = (i: number) => ({ n: 5 + (i % 10) });
const RUNS = 20;

async function checkAndPublishCost() {
  const database = await openDatabase('memory://');
  try {
    await database.migrate(platformSubgraph.migrations.folder, platformSubgraph.migrations.table);
    await publishCoreSubgraphs(database.db, CORE_SUBGRAPHS.map((name) => ({ name, url: `http://127.0.0.1:1/${name}`, sdl: readSubgraphSdl(name) })), 'operator:bench');
    const lad = { name: 'lad', routingUrl: 'http://127.0.0.1:2/graphql' };
    const publisher = { owner: 'LAD', by: 'institution:LAD' };
    const rows: string[] = [];
    const time = async (label: string, step: (i: number) => Promise<unknown>) => {
      await step(-1); // warm-up
      const statements = database.statementCount;
      const cpu = process.cpuUsage();
      const started = performance.now();
      for (let i = 0; i < RUNS; i++) await step(i);
      const wall = (performance.now() - started) / RUNS;
      const used = process.cpuUsage(cpu);
      rows.push(`| ${label} | ${wall.toFixed(1)} | ${((used.user + used.system) / 1000 / RUNS).toFixed(1)} | ${((database.statementCount - statements) / RUNS).toFixed(1)} |`);
    };
    await time('checkSubgraph (LAD, passes)', () => checkSubgraph(database.db, { ...lad, sdl: LAD_SDL }, publisher));
    // Each publish changes one description, so each writes a new version and a new supergraph.
    await time('publishSubgraph (LAD, a new version each time)', (i) =>
      publishSubgraph(database.db, { ...lad, sdl: LAD_SDL.replace('"The pseudonymous client id (the same in every subgraph)."', `"The pseudonymous client id (${i})."`) }, publisher));
    await time('checkSubgraph refused by governance (every check still runs)', () =>
      checkSubgraph(database.db, { ...lad, sdl: LAD_SDL.replace('type LadFarm {', 'type Farm {').replaceAll('ladFarm: LadFarm', 'ladFarm: Farm') }, publisher));
    console.log(`\n## Check and publish (in process, embedded database, ${RUNS} runs each)\n`);
    console.log('| step | wall ms | CPU ms | SQL statements |');
    console.log('|---|---:|---:|---:|');
    for (const row of rows) console.log(row);
  } finally {
    await database.close();
  }
}

async function swapsUnderLoad() {
  const dir = mkdtempSync(join(tmpdir(), 'psg-bench-registry-'));
  const database = await prepareBenchDatabase();
  const env = { ...database.env, GATEWAY_SIGNING_KEY: JSON.stringify(await exportJWK((await generateKeyPair('ES256', { extractable: true })).privateKey)), RATE_LIMITS: 'anonymous=1000000000' };
  const subgraphs = await startProcess<{ urls: Record<string, string> }>('bench/processes/subgraphs.ts', env);
  const core = Object.entries(subgraphs.info.urls).map(([name, url]) => ({ name, url, typeDefs: loadTypeDefs(name) }));
  const supergraphs = [
    compose(core).supergraphSdl,
    compose([...core, { name: 'lad', url: 'http://127.0.0.1:2/graphql', typeDefs: parse(LAD_SDL) }]).supergraphSdl,
  ];
  const file = join(dir, 'supergraph.graphql');
  writeFileSync(file, supergraphs[0]);
  const gateway = await startProcess<{ url: string }>('bench/processes/hive-gateway.ts', { ...env, SUPERGRAPH_FILE: file, SUPERGRAPH_POLL_MS: '100' });
  const rows: LoadResult[] = [];
  const load = (name: string) => measure(name, { url: gateway.info.url, query: QUERY, variables: varying, processes: { gateway, subgraphs } });
  try {
    rows.push(await load('steady supergraph'));
    let swaps = 0;
    const timer = setInterval(() => writeFileSync(file, supergraphs[++swaps % 2]), 500);
    try {
      rows.push(await load('a new supergraph every 500 ms'));
    } finally {
      clearInterval(timer);
    }
    console.log(`\n(${swaps} supergraph files written during the load, warm-up included)`);
    writeFileSync(file, supergraphs[0]);
    rows.push(await load('steady supergraph, again'));
  } finally {
    await Promise.all([gateway.stop(), subgraphs.stop()]);
    await database.drop();
  }
  printResults(`Supergraph swaps under load (${database.kind}, 10 connections, 8 s per scenario)`, rows);
  const [steady, swapping] = rows;
  console.log(`\nWith swaps vs steady: p50 ${ratio(swapping.p50, steady.p50)}, p99 ${ratio(swapping.p99, steady.p99)}, gateway CPU per request ${ratio(swapping.cpu.gateway, steady.cpu.gateway)}; failures ${swapping.failures}.`);
}

export async function run() {
  await checkAndPublishCost();
  await swapsUnderLoad();
}
