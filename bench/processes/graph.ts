// Bench child: the whole graph in one process (gateway and subgraphs), as `npm start` runs it.
import { loadConfig } from '../../common/config.ts';
import { createLogger } from '@public-service-graph/subgraph-kit/logger';
import { startPlatform } from '../../scripts/platform.ts';

const config = loadConfig();
const platform = await startPlatform(config, createLogger(config.LOG_LEVEL));
console.log(`READY ${JSON.stringify({ url: platform.gateway.url, subgraphs: Object.fromEntries(platform.subgraphs.map((s) => [s.name, s.url])) })}`);
process.once('SIGTERM', async () => {
  await platform.close();
  process.exit(0);
});
