// npm run search:reindex: recomputes the catalogue's stored search columns after a release that changed how texts
// are stemmed or indexed (subgraphs/services/data/search-reindex.ts). Safe to run at any time; changes only what differs.
import { reindexSearch } from '../subgraphs/services/data/search-reindex.ts';
import { prepareDatabases } from './subgraph-modules.ts';
import { run } from './run.ts';

await run(async (config, log) => {
  const databases = await prepareDatabases({ ...config, SEED_DEMO_DATA: false }, log, ['services']);
  const changed = await reindexSearch(databases.get('services')!.db);
  await databases.get('services')!.close();
  console.log(`Search index recomputed: ${changed.services} services, ${changed.channels} channels, ${changed.situations} life situations changed.`);
});
