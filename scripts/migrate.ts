// npm run db:migrate: applies every subgraph's migrations (they also run at start), under an advisory lock so it can
// run while replicas start. The deploy step before the replicas; with SEED_DEMO_DATA=true it also loads the demo data,
// once, so replicas started together do not each load it.
import { prepareDatabases } from './subgraph-modules.ts';
import { run } from './run.ts';

await run(async (config, log) => {
  const databases = await prepareDatabases({ ...config, SEED_DEMO_DATA: config.SEED_DEMO_DATA ?? false }, log);
  await Promise.all([...new Set(databases.values())].map((d) => d.close()));
  console.log('Migrations applied.');
});
