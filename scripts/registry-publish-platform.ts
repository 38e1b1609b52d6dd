// npm run registry:publish-platform: when the platform runs as separate processes, a release publishes its own
// subgraphs' schemas (schema/) with their routing URLs (SUBGRAPH_URLS, as for start:gateway) to the schema registry
// in the platform database; gateways reading the registry then serve them. `npm start` does this by itself.
import { userInfo } from 'node:os';
import { databaseUrlFor } from '../common/config.ts';
import { openDatabase } from '@public-service-graph/subgraph-kit/db';
import { CORE_SUBGRAPHS, parseSubgraphUrls, readSubgraphSdl } from '../gateway/compose.ts';
import { publishCoreSubgraphs } from '../subgraphs/platform/commands/registry-publishing.ts';
import { platformSubgraph } from '../subgraphs/platform/server.ts';
import { run } from './run.ts';

await run(async (config) => {
  const urls = parseSubgraphUrls(config.SUBGRAPH_URLS);
  const missing = CORE_SUBGRAPHS.filter((name) => !urls[name]);
  if (missing.length) throw new Error(`SUBGRAPH_URLS must name every platform subgraph's routing URL; missing: ${missing.join(', ')}`);
  const location = databaseUrlFor(config, 'platform');
  if (!location) throw new Error('Set PLATFORM_DATABASE_URL or DATABASE_URL: the registry of separately run processes lives in PostgreSQL.');
  const database = await openDatabase(location, { poolSize: 1 });
  try {
    await database.migrate(platformSubgraph.migrations.folder, platformSubgraph.migrations.table);
    const live = await publishCoreSubgraphs(database.db, CORE_SUBGRAPHS.map((name) => ({ name, url: urls[name], sdl: readSubgraphSdl(name) })), `operator:${userInfo().username}`);
    console.log(`The registry serves supergraph version ${live?.version} (${live?.reason}).`);
  } finally {
    await database.close();
  }
});
