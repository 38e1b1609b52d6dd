// What proactive offers cost: `me { proactiveOffers }` for a person with 2 reported life events and for one with 40,
// each consenting (the gateway asks clients for the consent and cases for the received services, then this
// subgraph computes the offers), next to `me { lifeSituationProgress }` and a catalogue search. Gateway and subgraphs
// run in their own processes; CPU per request is from /proc. The ratios compare runs made together.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import { loadConfig } from '../common/config.ts';
import { DEMO_PEOPLE } from '@public-service-graph/subgraph-kit/demo-people';
import { clientIdFor } from '@public-service-graph/subgraph-kit/identity';
import { compose, loadTypeDefs } from '../gateway/compose.ts';
import { DevIssuer } from '../gateway/dev-issuer.ts';
import { consents } from '../subgraphs/clients/db/tables.ts';
import { lifeEvents } from '../subgraphs/life-situations/db/tables.ts';
import { LIFE_EVENT_TYPES } from '../subgraphs/life-situations/domain/model.ts';
import { measure, prepareBenchDatabase, printResults, ratio, startProcess, type LoadResult } from './support.ts';

const OFFERS = 'query Offers($n: Int) { me { proactiveOffers(first: $n) { totalCount nodes { serviceCode dueDate overdue applicability lifeSituation { code } step { position } lifeEvent { type occurredOn } } } } }';
const PROGRESS = 'query Progress($n: Int) { me { activeLifeSituations { lifeSituation { code } complete steps { status dueDate } } lifeEvents(first: $n) { totalCount } } }';
const SEARCH = 'query Search($n: Int) { lifeSituations(first: $n, filter: { text: "bērna piedzimšana" }) { totalCount nodes { code title steps { position } } } }';
const varying = (i: number) => ({ n: 10 + (i % 10) });
const EVENTS = 40;

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'psg-bench-life-'));
  const secret = loadConfig({}).CLIENT_ID_SECRET;
  const peteris = clientIdFor(secret, 'person', DEMO_PEOPLE.peteris.personalCode);
  const database = await prepareBenchDatabase(async (dbs) => {
    const now = new Date();
    // Pēteris consents too, and has 40 life events of every kind over the years (Anna has her 2 demo events).
    await dbs.get('clients')!.insert(consents).values({
      clientId: peteris, recipientKind: 'PUBLIC_ADMINISTRATION', recipientId: null, purpose: 'Benchmark', scopes: ['PROACTIVE_OFFERS'],
      status: 'GRANTED', validFrom: now, decidedAt: now, decidedBy: peteris, createdAt: now,
    });
    await dbs.get('life-situations')!.insert(lifeEvents).values(Array.from({ length: EVENTS }, (_, i) => ({
      clientId: peteris, clientKind: 'PERSON' as const, type: LIFE_EVENT_TYPES.filter((t) => t !== 'COMPANY_FOUNDATION')[i % 11],
      occurredOn: `${2026 - Math.floor(i / 4)}-0${1 + (i % 9)}-15`, reportedBy: 'BENCH', reference: `BENCH-${i}`,
    })));
  });
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const devKeyFile = join(dir, 'dev-issuer.json');
  // The load comes from one IP and two people: lift the rate limits, or the anonymous row would time 429s.
  const env = { ...database.env, GATEWAY_SIGNING_KEY: JSON.stringify(await exportJWK(privateKey)), DEV_ISSUER_KEY_FILE: devKeyFile, RATE_LIMITS: 'anonymous=1000000000,token=1000000000' };
  const issuer = await DevIssuer.load(devKeyFile, 'public-service-graph', 'http://127.0.0.1:4010');
  const bearer = async (who: keyof typeof DEMO_PEOPLE) => ({ authorization: `Bearer ${await issuer.issue({ person: DEMO_PEOPLE[who].personalCode, name: DEMO_PEOPLE[who].name })}` });

  const subgraphs = await startProcess<{ urls: Record<string, string> }>('bench/processes/subgraphs.ts', env);
  const supergraphFile = join(dir, 'supergraph.graphql');
  writeFileSync(supergraphFile, compose(Object.entries(subgraphs.info.urls).map(([name, url]) => ({ name, url, typeDefs: loadTypeDefs(name) }))).supergraphSdl);
  const gateway = await startProcess<{ url: string }>('bench/processes/hive-gateway.ts', { ...env, SUPERGRAPH_FILE: supergraphFile });
  const rows: LoadResult[] = [];
  try {
    const load = (name: string, query: string, headers: Record<string, string> = {}) =>
      measure(name, { url: gateway.info.url, query, variables: varying, headers, processes: { gateway, subgraphs } });
    rows.push(await load('offers, 2 events (Anna)', OFFERS, await bearer('anna')));
    rows.push(await load(`offers, ${EVENTS} events (Pēteris)`, OFFERS, await bearer('peteris')));
    rows.push(await load('progress and events, 2 events (Anna)', PROGRESS, await bearer('anna')));
    rows.push(await load(`progress and events, ${EVENTS} events (Pēteris)`, PROGRESS, await bearer('peteris')));
    rows.push(await load('catalogue search, anonymous', SEARCH));
  } finally {
    await Promise.all([gateway.stop(), subgraphs.stop()]);
    await database.drop();
  }
  printResults(`Life situations (${database.kind}, 10 connections, 8 s per scenario)`, rows);
  console.log(`\n| ${EVENTS} events vs 2 | p50 latency | gateway CPU ms/request | subgraphs CPU ms/request |`);
  console.log('|---|---:|---:|---:|');
  for (const [two, many] of [[rows[0], rows[1]], [rows[2], rows[3]]])
    console.log(`| ${two.name.split(',')[0]} | ${ratio(many.p50, two.p50)} | ${ratio(many.cpu.gateway, two.cpu.gateway)} | ${ratio(many.cpu.subgraphs, two.cpu.subgraphs)} |`);
}
