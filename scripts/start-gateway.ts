// npm run start:gateway: the gateway alone, as deployed. Where its supergraph comes from: gateway/supergraph.ts,
// supergraphFromConfig (SUBGRAPH_URLS, SUPERGRAPH_FILE, the schema registry, else schema/supergraph.graphql).
import { databaseUrlFor } from '../common/config.ts';
import { openDatabase } from '@public-service-graph/subgraph-kit/db';
import { registerPoolMetrics } from '@public-service-graph/subgraph-kit/metrics';
import { startObservability } from '../common/observability.ts';
import { createGateway } from '../gateway/create-gateway.ts';
import { run } from './run.ts';

await run(async (config, log) => {
  const observability = await startObservability(config, 'gateway');
  // API keys and the schema registry live in the platform database; the embedded PGlite belongs to one process, so
  // a separate gateway needs a URL.
  const platformUrl = databaseUrlFor(config, 'platform');
  const platformDatabase = platformUrl ? await openDatabase(platformUrl, { poolSize: 4 }) : null;
  if (platformDatabase) registerPoolMetrics(observability.metrics, new Map([['platform', platformDatabase]]));
  if (!platformDatabase) log.warn('No PLATFORM_DATABASE_URL or DATABASE_URL: this gateway accepts no API keys and serves a fixed supergraph');
  if (!config.GATEWAY_SIGNING_KEY) log.warn('GATEWAY_SIGNING_KEY is not set: this replica signs with a key of its own; run one replica only');
  if (!config.REDIS_URL) log.warn('REDIS_URL is not set: rate limits are per replica');
  const gateway = await createGateway({ config, log, metrics: observability.metrics, platformDatabase });
  console.log(`Gateway on ${gateway.url}`);
  return async () => {
    await gateway.close();
    await platformDatabase?.close();
    await observability.close();
  };
});
