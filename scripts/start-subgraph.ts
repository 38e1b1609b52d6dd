// npm run start:subgraph -- <services|life-situations|clients|cases>: one subgraph as its own process. It trusts
// internal tokens signed by the keys at GATEWAY_JWKS_URL (e.g. http://gateway:4000/.well-known/jwks.json).
import { portFor, type SubgraphName } from '../common/config.ts';
import { IdentityVerifier } from '../common/identity.ts';
import { registerPoolMetrics } from '../common/metrics.ts';
import { startObservability } from '../common/observability.ts';
import { startSubgraph } from '../common/subgraph-server.ts';
import { startEventRelays } from './events.ts';
import { CORE_MODULES, prepareDatabases } from './platform.ts';
import { run } from './run.ts';

await run(async (config, log) => {
  const name = process.argv[2] as SubgraphName;
  if (!(name in CORE_MODULES)) throw new Error(`usage: npm run start:subgraph -- <${Object.keys(CORE_MODULES).join('|')}>`);
  if (!config.GATEWAY_JWKS_URL) throw new Error('Set GATEWAY_JWKS_URL to the gateway’s /.well-known/jwks.json so the subgraph can verify its tokens.');
  const observability = await startObservability(config, name);
  const databases = await prepareDatabases(config, log, [name]);
  const database = databases.get(name)!;
  // Apart from the services subgraph, the cases subgraph reads the catalogue's public changes feed through the graph.
  const catalogueFeed = config.CATALOGUE_FEED_URL ?? new URL('/graphql', config.GATEWAY_JWKS_URL).href;
  registerPoolMetrics(observability.metrics, databases);
  const subgraph = await startSubgraph(
    CORE_MODULES[name],
    { database, verifier: new IdentityVerifier(new URL(config.GATEWAY_JWKS_URL)), log, clientIdSecret: config.CLIENT_ID_SECRET, peers: { services: { url: catalogueFeed } }, projectionMaxAgeMs: config.SERVICE_PROJECTION_MAX_AGE_MS, webhookAllowedNetworks: config.WEBHOOK_ALLOWED_NETWORKS, metrics: observability.metrics },
    { port: portFor(config, name), host: config.HOST },
  );
  const events = await startEventRelays(config, log, [CORE_MODULES[name]], databases, observability.metrics);
  console.log(`Subgraph ${name} on ${subgraph.url}`);
  return async () => {
    await subgraph.close();
    await events.close();
    await database.close();
    await observability.close();
  };
});
