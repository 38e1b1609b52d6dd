// What the gateway's identity enrichment costs (gateway/enrich-identity.ts): the same catalogue query sent by a
// person (no enrichment), by an application holding that person's token (one call to the clients subgraph: the
// consents it holds, and a use recorded per consent), with and without a consent, and by a person acting for a
// company (one call: the representation). Nothing is cached, so these are the costs of a revocation taking effect
// on the very next request. Gateway and subgraphs run in their own processes; CPU per request is from /proc.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import { DEMO_COMPANIES, DEMO_PEOPLE } from '@public-service-graph/subgraph-kit/demo-people';
import { clientIdFor } from '@public-service-graph/subgraph-kit/identity';
import { loadConfig } from '../common/config.ts';
import { GATEWAY_SERVICE } from '@public-service-graph/subgraph-kit/scopes';
import { compose, loadTypeDefs } from '../gateway/compose.ts';
import { DevIssuer } from '../gateway/dev-issuer.ts';
import { InternalTokenSigner } from '../gateway/internal-token.ts';
import { consents } from '../subgraphs/clients/db/tables.ts';
import { measure, prepareBenchDatabase, printResults, ratio, startProcess, type LoadResult } from './support.ts';

const QUERY = 'query ServicePage($n: Int) { services(first: $n) { totalCount nodes { code name } } }';
const varying = (i: number) => ({ n: 10 + (i % 20) });
// The gateway's own question, as gateway/enrich-identity.ts sends it.
const ASK = 'query GatewayAuthorization($input: GatewayAuthorizationInput!) { gatewayAuthorization(input: $input) { onBehalfOf { clientId code kind } scopes refusal { code message } } }';

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'psg-bench-enrich-'));
  const secret = loadConfig({}).CLIENT_ID_SECRET;
  const janis = clientIdFor(secret, 'person', DEMO_PEOPLE.janis.personalCode);
  const database = await prepareBenchDatabase(async (dbs) => {
    const now = new Date();
    await dbs.get('clients')!.insert(consents).values({
      clientId: janis, recipientKind: 'APPLICATION', recipientId: 'bench-app', purpose: 'Benchmark', scopes: ['PROFILE_READ', 'CASES_READ'],
      status: 'GRANTED', validFrom: now, decidedAt: now, decidedBy: janis, createdAt: now,
    });
  });
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const devKeyFile = join(dir, 'dev-issuer.json');
  const env = { ...database.env, GATEWAY_SIGNING_KEY: JSON.stringify(await exportJWK(privateKey)), DEV_ISSUER_KEY_FILE: devKeyFile };
  const issuer = await DevIssuer.load(devKeyFile, 'public-service-graph', 'http://127.0.0.1:4010');
  const person = { person: DEMO_PEOPLE.janis.personalCode, name: DEMO_PEOPLE.janis.name };
  const bearer = async (subject: Parameters<DevIssuer['issue']>[0]) => ({ authorization: `Bearer ${await issuer.issue(subject)}` });

  const subgraphs = await startProcess<{ urls: Record<string, string> }>('bench/processes/subgraphs.ts', env);
  const supergraphFile = join(dir, 'supergraph.graphql');
  writeFileSync(supergraphFile, compose(Object.entries(subgraphs.info.urls).map(([name, url]) => ({ name, url, typeDefs: loadTypeDefs(name) }))).supergraphSdl);
  const gateway = await startProcess<{ url: string }>('bench/processes/hive-gateway.ts', { ...env, SUPERGRAPH_FILE: supergraphFile });

  const scenarios: [string, Record<string, string>][] = [
    ['person (no enrichment)', await bearer(person)],
    ['application with the person’s token and a consent', await bearer({ ...person, app: 'bench-app' })],
    ['application with the person’s token, no consent', await bearer({ ...person, app: 'other-app' })],
    ['person acting for a company (X-Act-For)', { ...(await bearer(person)), 'x-act-for': DEMO_COMPANIES.darznieciba.registrationNumber }],
  ];
  const signer = await InternalTokenSigner.create(env.GATEWAY_SIGNING_KEY);
  const internal = { authorization: `Bearer ${await signer.sign(GATEWAY_SERVICE, 'clients')}` };
  const rows: LoadResult[] = [];
  const direct: LoadResult[] = [];
  try {
    for (const [name, headers] of scenarios)
      rows.push(await measure(name, { url: gateway.info.url, query: QUERY, variables: varying, headers, processes: { gateway, subgraphs } }));
    // The first scenario again: how far apart two runs of the same thing land on this machine.
    rows.push(await measure(`${scenarios[0][0]}, again`, { url: gateway.info.url, query: QUERY, variables: varying, headers: scenarios[0][1], processes: { gateway, subgraphs } }));
    const question = (input: Record<string, string>) => (i: number) => ({ input: { personClientId: janis, operation: `query Bench${i}`, ...input } });
    direct.push(await measure('consents of an application (select + one use recorded)', { url: subgraphs.info.urls.clients, query: ASK, variables: question({ application: 'bench-app' }), headers: internal, processes: { subgraphs } }));
    direct.push(await measure('X-Act-For a company (two selects)', { url: subgraphs.info.urls.clients, query: ASK, variables: question({ actFor: DEMO_COMPANIES.darznieciba.registrationNumber }), headers: internal, processes: { subgraphs } }));
  } finally {
    await Promise.all([gateway.stop(), subgraphs.stop()]);
    await database.drop();
  }

  printResults(`Identity enrichment (${database.kind}, 10 connections, 8 s per scenario)`, rows);
  printResults('The enrichment question alone, sent straight to the clients subgraph', direct);
  const [base, ...others] = rows;
  console.log('\n| scenario / person | p50 latency | gateway CPU ms/request | subgraphs CPU ms/request | extra CPU ms/request, both |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of others) {
    const extra = r.cpu.gateway + r.cpu.subgraphs - base.cpu.gateway - base.cpu.subgraphs;
    console.log(`| ${r.name} | ${ratio(r.p50, base.p50)} | ${ratio(r.cpu.gateway, base.cpu.gateway)} | ${ratio(r.cpu.subgraphs, base.cpu.subgraphs)} | ${extra.toFixed(3)} |`);
  }
}
