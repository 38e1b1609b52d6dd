// npm run start:subgraph -- <services|life-situations|clients|cases|platform>: one subgraph as its own process. It
// trusts internal tokens signed by the keys at GATEWAY_JWKS_URL (e.g. http://gateway:4000/.well-known/jwks.json).
// It loads that subgraph only: not the others, nor the gateway.
import { portFor } from '../common/config.ts';
import { IdentityVerifier } from '@public-service-graph/subgraph-kit/identity';
import { registerPoolMetrics } from '@public-service-graph/subgraph-kit/metrics';
import { startObservability } from '../common/observability.ts';
import { startSubgraph } from '@public-service-graph/subgraph-kit/subgraph-server';
import { startEventRelays } from './events.ts';
import { run } from './run.ts';
import { CORE_SUBGRAPH_NAMES, isSubgraphName, loadSubgraphModules, prepareDatabases } from './subgraph-modules.ts';

await run(async (config, log) => {
  const name = process.argv[2] ?? '';
  if (!isSubgraphName(name)) throw new Error(`usage: npm run start:subgraph -- <${CORE_SUBGRAPH_NAMES.join('|')}>`);
  if (!config.GATEWAY_JWKS_URL) throw new Error('Set GATEWAY_JWKS_URL to the gateway’s /.well-known/jwks.json so the subgraph can verify its tokens.');
  const observability = await startObservability(config, name);
  const databases = await prepareDatabases(config, log, [name]);
  const database = databases.get(name)!;
  const module = (await loadSubgraphModules([name])).get(name)!;
  // Apart from the services subgraph, the cases subgraph reads the catalogue's public changes feed through the graph.
  const catalogueFeed = config.CATALOGUE_FEED_URL ?? new URL('/graphql', config.GATEWAY_JWKS_URL).href;
  registerPoolMetrics(observability.metrics, databases);
  const subgraph = await startSubgraph(
    module,
    { database, verifier: new IdentityVerifier(new URL(config.GATEWAY_JWKS_URL)), log, clientIdSecret: config.CLIENT_ID_SECRET, peers: { services: { url: catalogueFeed } }, projectionMaxAgeMs: config.SERVICE_PROJECTION_MAX_AGE_MS, metrics: observability.metrics },
    { port: portFor(config, name), host: config.HOST },
  );
  const events = await startEventRelays(config, log, [module], databases, observability.metrics);
  console.log(`Subgraph ${name} on ${subgraph.url}`);
  return async () => {
    await subgraph.close();
    await events.close();
    await database.close();
    await observability.close();
  };
});
