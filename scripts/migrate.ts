// npm run db:migrate: applies every subgraph's migrations (they also run at start).
import { prepareDatabases } from './platform.ts';
import { run } from './run.ts';

await run(async (config, log) => {
  const databases = await prepareDatabases({ ...config, SEED_DEMO_DATA: false }, log);
  await Promise.all([...new Set(databases.values())].map((d) => d.close()));
  console.log('Migrations applied.');
});
