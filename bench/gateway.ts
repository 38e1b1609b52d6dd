// The foundation scenarios: our gateway against @apollo/gateway and against Hive Gateway's bare runtime (no plugins
// of ours: what the runtime alone costs) on the same subgraphs, and against calling a subgraph directly. Gateway, reference gateway and subgraphs each run in their own process, so CPU time per
// request is measured for each; the load generator runs here.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import { DEMO_PEOPLE } from '@public-service-graph/subgraph-kit/demo-people';
import { parse } from 'graphql';
import { compose, readSubgraphSdl } from '../gateway/compose.ts';
import { ANONYMOUS } from '@public-service-graph/subgraph-kit/identity';
import { DevIssuer } from '../gateway/dev-issuer.ts';
import { InternalTokenSigner } from '../gateway/internal-token.ts';
import { measure, prepareBenchDatabase, printResults, ratio, startProcess, type LoadResult } from './support.ts';

// Each request asks for a different page size: the gateways coalesce identical in-flight subgraph requests, and a
// benchmark of one repeated request would measure that rather than the work of answering.
const PERSON_OVERVIEW = `query PersonOverview($n: Int) {
  me { displayName cases(first: $n) { totalCount nodes { reference status service { name holder { name } lifeSituations { title } } } } }
}`;
const CATALOGUE_PAGE = `query CataloguePage($n: Int) {
  services(first: $n) { totalCount nodes { code name holder { code name } lifeSituations { code title } caseStatistics { total } } }
}`;
const ONE_SUBGRAPH = `query ServiceList($n: Int) {
  services(first: $n) { totalCount nodes { code name processingTime } }
}`;
const varying = (i: number) => ({ n: 10 + (i % 20) });

/**
 * @apollo/gateway refuses a supergraph that links @authenticated/@requiresScopes (UNSUPPORTED_LINKED_FEATURE
 * outside GraphOS). The reference gateway enforces nothing either way, so it gets the same SDL without them.
 */
const withoutSecurityDirectives = (sdl: string) =>
  sdl
    .replace(/,\s*"@(authenticated|requiresScopes)"/g, '')
    .replace(/\s*@requiresScopes\(scopes:\s*\[(?:\s*\[[^\]]*\]\s*,?)*\s*\]\)/g, '')
    .replace(/\s*@authenticated\b/g, '');

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'psg-bench-gw-'));
  const database = await prepareBenchDatabase();
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const devKeyFile = join(dir, 'dev-issuer.json');
  // The load comes from one IP and one person: lift the rate limits, or the bench would measure 429s.
  const env = { ...database.env, GATEWAY_SIGNING_KEY: JSON.stringify(await exportJWK(privateKey)), DEV_ISSUER_KEY_FILE: devKeyFile, RATE_LIMITS: 'anonymous=1000000000,token=1000000000' };
  const token = await (await DevIssuer.load(devKeyFile, 'public-service-graph', 'http://127.0.0.1:4010')).issue({ person: DEMO_PEOPLE.janis.personalCode, name: DEMO_PEOPLE.janis.name });

  const subgraphs = await startProcess<{ urls: Record<string, string>; anonymousToken: string }>('bench/processes/subgraphs.ts', env);
  const supergraphFile = join(dir, 'supergraph.graphql');
  const referenceSupergraphFile = join(dir, 'supergraph-reference.graphql');
  const subgraphSources = (transform: (sdl: string) => string) =>
    Object.entries(subgraphs.info.urls).map(([name, url]) => ({ name, url, typeDefs: parse(transform(readSubgraphSdl(name))) }));
  writeFileSync(supergraphFile, compose(subgraphSources((sdl) => sdl)).supergraphSdl);
  writeFileSync(referenceSupergraphFile, compose(subgraphSources(withoutSecurityDirectives)).supergraphSdl);
  const hive = await startProcess<{ url: string }>('bench/processes/hive-gateway.ts', { ...env, SUPERGRAPH_FILE: supergraphFile });
  const cached = await startProcess<{ url: string }>('bench/processes/hive-gateway.ts', { ...env, SUPERGRAPH_FILE: supergraphFile, RESPONSE_CACHE: 'true' });
  const stopThenThrow = (running: { stop(): Promise<void> }[]) => async (err: unknown): Promise<never> => {
    await Promise.all(running.map((p) => p.stop()));
    throw err;
  };
  const bare = await startProcess<{ url: string }>('bench/processes/bare-gateway.ts', { ...env, SUPERGRAPH_FILE: supergraphFile }).catch(stopThenThrow([hive, cached, subgraphs]));
  const apollo = await startProcess<{ url: string }>('bench/processes/apollo-gateway.ts', { ...env, SUPERGRAPH_FILE: referenceSupergraphFile }).catch(stopThenThrow([hive, cached, bare, subgraphs]));
  const auth = { authorization: `Bearer ${token}` };

  const rows: LoadResult[] = [];
  try {
    for (const [label, query, headers] of [
      ['person overview (clients, cases, services, life-situations)', PERSON_OVERVIEW, auth],
      ['catalogue page (services, life-situations, cases)', CATALOGUE_PAGE, {}],
      ['one subgraph (services)', ONE_SUBGRAPH, {}],
    ] as const) {
      rows.push(await measure(`${label} via Hive Gateway`, { url: hive.info.url, query, variables: varying, headers, processes: { gateway: hive, subgraphs } }));
      rows.push(await measure(`${label} via the bare Hive runtime`, { url: bare.info.url, query, variables: varying, headers, processes: { gateway: bare, subgraphs } }));
      rows.push(await measure(`${label} via @apollo/gateway`, { url: apollo.info.url, query, variables: varying, headers, processes: { gateway: apollo, subgraphs } }));
    }
    // Anonymous catalogue reads with the response cache on (the 20 page sizes are kept after the warm-up).
    rows.push(await measure('one subgraph (services) via Hive Gateway, response cache on', { url: cached.info.url, query: ONE_SUBGRAPH, variables: varying, processes: { gateway: cached, subgraphs } }));
    rows.push(await measure('one subgraph (services) called directly', {
      url: subgraphs.info.urls.services,
      query: ONE_SUBGRAPH,
      variables: varying,
      // Signed now: a token made out when the subgraphs started has expired after the rows above on a busy machine.
      headers: { authorization: `Bearer ${await (await InternalTokenSigner.create(env.GATEWAY_SIGNING_KEY)).sign(ANONYMOUS, 'services')}` },
      processes: { subgraphs },
    }));
  } finally {
    await Promise.all([hive.stop(), cached.stop(), bare.stop(), apollo.stop(), subgraphs.stop()]);
    await database.drop();
  }

  printResults(`Gateway (${database.kind}, 10 connections, 8 s per scenario)`, rows);
  const find = (name: string) => rows.find((r) => r.name === name)!;
  const scenarios = ['person overview (clients, cases, services, life-situations)', 'catalogue page (services, life-situations, cases)', 'one subgraph (services)'];
  console.log('\n| ratio | p50 latency | gateway CPU ms/request |');
  console.log('|---|---:|---:|');
  for (const label of scenarios) {
    const [h, b, a] = [find(`${label} via Hive Gateway`), find(`${label} via the bare Hive runtime`), find(`${label} via @apollo/gateway`)];
    for (const [pair, x, y] of [['ours / Apollo', h, a], ['bare runtime / Apollo', b, a], ['ours / bare runtime', h, b]] as const)
      console.log(`| ${label}: ${pair} | ${ratio(x.p50, y.p50)} | ${ratio(x.cpu.gateway, y.cpu.gateway)} (${x.cpu.gateway.toFixed(2)} / ${y.cpu.gateway.toFixed(2)}) |`);
  }
  const viaGateway = find('one subgraph (services) via Hive Gateway');
  const direct = find('one subgraph (services) called directly');
  console.log(`| one subgraph: through the gateway / direct | ${ratio(viaGateway.p50, direct.p50)} | gateway adds ${viaGateway.cpu.gateway.toFixed(3)} ms CPU per request |`);
  const withCache = find('one subgraph (services) via Hive Gateway, response cache on');
  console.log(`| anonymous catalogue reads: response cache on / off | ${ratio(withCache.p50, viaGateway.p50)} | ${ratio(withCache.cpu.gateway, viaGateway.cpu.gateway)}; throughput ${ratio(withCache.rps, viaGateway.rps)}, subgraph CPU ${withCache.cpu.subgraphs.toFixed(3)} vs ${viaGateway.cpu.subgraphs.toFixed(3)} ms/request |`);
  console.log('\nTargets (issue 17): gateway CPU ≤ 0.50× @apollo/gateway\'s on each scenario; ≤ 1 ms gateway CPU on the one-subgraph query; cached anonymous throughput ≥ 5× uncached.');
  for (const label of scenarios) {
    const [h, b, a] = [find(`${label} via Hive Gateway`), find(`${label} via the bare Hive runtime`), find(`${label} via @apollo/gateway`)];
    console.log(`- ${label}: gateway CPU ${ratio(h.cpu.gateway, a.cpu.gateway)} (${h.cpu.gateway <= a.cpu.gateway / 2 ? 'met' : 'NOT met'}; the bare runtime alone ${ratio(b.cpu.gateway, a.cpu.gateway)}); subgraphs ${h.cpu.subgraphs.toFixed(3)} ms/request`);
  }
  console.log(`- one-subgraph gateway CPU ${viaGateway.cpu.gateway.toFixed(3)} ms (${viaGateway.cpu.gateway <= 1 ? 'met' : 'NOT met'}); cached throughput ${ratio(withCache.rps, viaGateway.rps)} (${withCache.rps >= 5 * viaGateway.rps ? 'met' : 'NOT met'})`);
}
