// npm run seed: loads the demo data (idempotent: what exists already is left as it is).
import { prepareDatabases } from './subgraph-modules.ts';
import { run } from './run.ts';

await run(async (config, log) => {
  const databases = await prepareDatabases({ ...config, SEED_DEMO_DATA: true }, log);
  await Promise.all([...new Set(databases.values())].map((d) => d.close()));
  console.log('Demo data loaded.');
});
