// The cost of access control on the gateway's hot path: CPU per request through a gateway with gateway/access.ts
// (API keys, directives, limits, cost, rate limit, usage, guard) and through one without, on the same subgraphs, in
// the same process, measured alternately. Run: npx tsx bench/access.ts [seconds per round, default 5]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { exportJWK, generateKeyPair } from 'jose';
import { loadConfig } from '../common/config.ts';
import { createLogger } from '../common/logger.ts';
import { Authenticator } from '../gateway/authenticate.ts';
import { compose, loadTypeDefs } from '../gateway/compose.ts';
import { InternalTokenSigner } from '../gateway/internal-token.ts';
import { startGateway } from '../gateway/server.ts';
import { startPlatform, trustedIssuers } from '../scripts/platform.ts';

const QUERY = JSON.stringify({ query: '{ service(code: "PMLP-PASE") { code name holder { code name } } }' });

interface Row { scenario: string; requests: number; rps: number; p50: number; p99: number; cpuMsPerRequest: number }

async function measure(scenario: string, url: string, headers: Record<string, string>, seconds: number): Promise<Row> {
  const cpu = process.cpuUsage();
  const result = await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: QUERY, connections: 8, duration: seconds });
  const used = process.cpuUsage(cpu);
  const requests = result.requests.total;
  if (result.non2xx) throw new Error(`${scenario}: ${result.non2xx} responses were not 2xx`);
  return { scenario, requests, rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, cpuMsPerRequest: (used.user + used.system) / 1000 / requests };
}

export async function run(seconds = 5): Promise<void> {
  const config = loadConfig({
    NODE_ENV: 'test', LOG_LEVEL: 'silent', HOST: '127.0.0.1', PORT: '0', SERVICES_PORT: '0', LIFE_SITUATIONS_PORT: '0', CLIENTS_PORT: '0',
    CASES_PORT: '0', PLATFORM_PORT: '0', PGLITE_DATA_DIR: 'memory://', SEED_DEMO_DATA: 'true',
    DEV_ISSUER_KEY_FILE: join(mkdtempSync(join(tmpdir(), 'psg-bench-')), 'dev-issuer.json'), RATE_LIMITS: 'anonymous=1000000000,token=1000000000,FREE=1000000000',
    GATEWAY_SIGNING_KEY: JSON.stringify(await exportJWK((await generateKeyPair('ES256', { extractable: true })).privateKey)),
  });
  const log = createLogger('silent');
  const platform = await startPlatform(config, log);
  const { issuers } = await trustedIssuers(config);
  // The same subgraphs behind a gateway without gateway/access.ts, signing with the same key so they accept it.
  const bare = await startGateway(
    {
      supergraph: compose(platform.subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: loadTypeDefs(s.name) }))),
      authenticator: new Authenticator(issuers, config.OIDC_AUDIENCE, config.CLIENT_ID_SECRET, config.FIRST_PARTY_CLIENTS.split(',')),
      signer: await InternalTokenSigner.create(config.GATEWAY_SIGNING_KEY),
      log, subgraphUrls: [], subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
    },
    { port: 0, host: '127.0.0.1' },
  );
  const ops = await platform.devIssuer!.issue({ operator: 'ops' });
  const created = await fetch(platform.gateway.url, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${ops}` },
    body: JSON.stringify({ query: 'mutation { createApiKey(input: { name: "bench", ownerKind: APPLICATION, ownerCode: "bench-app" }) { secret } }' }),
  });
  const key = ((await created.json()) as { data: { createApiKey: { secret: string } } }).data.createApiKey.secret;
  const token = await platform.devIssuer!.issue({ person: '150385-12346' });

  const rounds: Row[] = [];
  await measure('warm-up', platform.gateway.url, {}, 2);
  await measure('warm-up', bare.url, {}, 2);
  for (let i = 0; i < 2; i++) {
    rounds.push(await measure('without access, anonymous', bare.url, {}, seconds));
    rounds.push(await measure('with access, anonymous', platform.gateway.url, {}, seconds));
    rounds.push(await measure('without access, bearer token', bare.url, { authorization: `Bearer ${token}` }, seconds));
    rounds.push(await measure('with access, bearer token', platform.gateway.url, { authorization: `Bearer ${token}` }, seconds));
    rounds.push(await measure('with access, API key', platform.gateway.url, { 'x-api-key': key }, seconds));
  }
  await bare.close();
  await platform.close();

  const scenarios = [...new Set(rounds.map((r) => r.scenario))];
  const summary = scenarios.map((scenario) => {
    const rows = rounds.filter((r) => r.scenario === scenario);
    const requests = rows.reduce((n, r) => n + r.requests, 0);
    const cpu = rows.reduce((n, r) => n + r.cpuMsPerRequest * r.requests, 0) / requests;
    return { scenario, requests, 'req/s': Math.round(rows.reduce((n, r) => n + r.rps, 0) / rows.length), 'p50 ms': Math.max(...rows.map((r) => r.p50)), 'p99 ms': Math.max(...rows.map((r) => r.p99)), 'CPU ms/req (whole process)': cpu.toFixed(3) };
  });
  console.table(summary);
  const cpu = (s: string) => Number(summary.find((r) => r.scenario === s)!['CPU ms/req (whole process)']);
  console.log(`access overhead, anonymous: ${(cpu('with access, anonymous') - cpu('without access, anonymous')).toFixed(3)} ms CPU per request (×${(cpu('with access, anonymous') / cpu('without access, anonymous')).toFixed(2)})`);
  console.log(`access overhead, bearer token: ${(cpu('with access, bearer token') - cpu('without access, bearer token')).toFixed(3)} ms CPU per request (×${(cpu('with access, bearer token') / cpu('without access, bearer token')).toFixed(2)})`);
  console.log('One process holds the load generator, both gateways and all subgraphs: the differences are the access layer; the absolute numbers are not a gateway’s alone.');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run(Number(process.argv[2] ?? 5));
