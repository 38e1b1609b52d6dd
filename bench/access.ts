// What the access layer costs on the hot path (gateway/access/: API keys, schema directives, limits and cost,
// rate limit, usage metering, body guard, headers): the same requests through the gateway with it and without it
// (BENCH_ACCESS=off), on the same subgraphs. Gateway and subgraphs run in their own processes; CPU per request is
// from /proc. API keys need the platform database in the gateway's process: on PostgreSQL only
// (BENCH_DATABASE_URL or TEST_DATABASE_URL), so on the embedded database the key scenario is left out.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import { DEMO_PEOPLE } from '@public-service-graph/subgraph-kit/demo-people';
import { compose, loadTypeDefs } from '../gateway/compose.ts';
import { DevIssuer } from '../gateway/dev-issuer.ts';
import { insertKey } from '../subgraphs/platform/data/key-store.ts';
import { validateNewKey, type NewKeyValues } from '../subgraphs/platform/domain/keys.ts';
import { measure, prepareBenchDatabase, printResults, ratio, startProcess, type LoadResult } from './support.ts';

const QUERY = 'query ServicePage($n: Int) { services(first: $n) { totalCount nodes { code name holder { code } } } }';
const varying = (i: number) => ({ n: 5 + (i % 10) });

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'psg-bench-access-'));
  let apiKey: string | null = null;
  const database = await prepareBenchDatabase(async (dbs) => {
    const values = validateNewKey({ name: 'bench', ownerKind: 'APPLICATION', ownerCode: 'bench-app', tier: 'INTERNAL' }) as NewKeyValues;
    apiKey = (await insertKey(dbs.get('platform')!, values, 'operator:bench')).secret;
  });
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const devKeyFile = join(dir, 'dev-issuer.json');
  // Limits high enough that the bench measures the checks, not refusals.
  const env = { ...database.env, GATEWAY_SIGNING_KEY: JSON.stringify(await exportJWK(privateKey)), DEV_ISSUER_KEY_FILE: devKeyFile, RATE_LIMITS: 'anonymous=1000000000,token=1000000000' };
  const issuer = await DevIssuer.load(devKeyFile, 'public-service-graph', 'http://127.0.0.1:4010');
  const person = { authorization: `Bearer ${await issuer.issue({ person: DEMO_PEOPLE.janis.personalCode })}` };

  const subgraphs = await startProcess<{ urls: Record<string, string> }>('bench/processes/subgraphs.ts', env);
  const supergraphFile = join(dir, 'supergraph.graphql');
  writeFileSync(supergraphFile, compose(Object.entries(subgraphs.info.urls).map(([name, url]) => ({ name, url, typeDefs: loadTypeDefs(name) }))).supergraphSdl);
  const bare = await startProcess<{ url: string }>('bench/processes/hive-gateway.ts', { ...env, SUPERGRAPH_FILE: supergraphFile, BENCH_ACCESS: 'off' });
  const guarded = await startProcess<{ url: string }>('bench/processes/hive-gateway.ts', { ...env, SUPERGRAPH_FILE: supergraphFile });
  const rows: LoadResult[] = [];
  const load = (name: string, gateway: typeof bare, headers: Record<string, string> = {}) =>
    measure(name, { url: gateway.info.url, query: QUERY, variables: varying, headers, processes: { gateway, subgraphs } });
  try {
    rows.push(await load('anonymous, without access', bare));
    rows.push(await load('anonymous, with access', guarded));
    rows.push(await load('person’s token, without access', bare, person));
    rows.push(await load('person’s token, with access', guarded, person));
    if (database.kind === 'postgres' && apiKey) rows.push(await load('API key, with access', guarded, { 'x-api-key': apiKey }));
    // The first pair again: how far apart two runs of the same thing land on this machine.
    rows.push(await load('anonymous, without access, again', bare));
    rows.push(await load('anonymous, with access, again', guarded));
  } finally {
    await Promise.all([bare.stop(), guarded.stop(), subgraphs.stop()]);
    await database.drop();
  }
  printResults(`Access layer (${database.kind}, 10 connections, 8 s per scenario)`, rows);
  const by = (name: string) => rows.find((r) => r.name === name)!;
  console.log('\n| pair | gateway CPU ms/request without → with | ratio | extra ms |');
  console.log('|---|---|---:|---:|');
  for (const [label, off, on] of [
    ['anonymous', 'anonymous, without access', 'anonymous, with access'],
    ['anonymous, again', 'anonymous, without access, again', 'anonymous, with access, again'],
    ['person’s token', 'person’s token, without access', 'person’s token, with access'],
    ...(rows.some((r) => r.name === 'API key, with access') ? [['API key vs person’s token without access', 'person’s token, without access', 'API key, with access']] : []),
  ]) {
    const a = by(off).cpu.gateway;
    const b = by(on).cpu.gateway;
    console.log(`| ${label} | ${a.toFixed(3)} → ${b.toFixed(3)} | ${ratio(b, a)} | ${(b - a).toFixed(3)} |`);
  }
}
