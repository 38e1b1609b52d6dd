// npm run apikey -- create|list|rotate|revoke …: operators manage API keys on the server, against the platform
// database (PLATFORM_DATABASE_URL, else DATABASE_URL, else the embedded database: stop `npm start` first, since the
// embedded database belongs to one process). See subgraphs/platform/cli.ts for the commands.
import { userInfo } from 'node:os';
import { databaseUrlFor } from '../common/config.ts';
import { openDatabase } from '@public-service-graph/subgraph-kit/db';
import { CliError, runApiKeyCli } from '../subgraphs/platform/cli.ts';
import { platformSubgraph } from '../subgraphs/platform/server.ts';
import { run } from './run.ts';

await run(async (config) => {
  const database = await openDatabase(databaseUrlFor(config, 'platform') ?? config.PGLITE_DATA_DIR, { poolSize: 1 });
  try {
    await database.migrate(platformSubgraph.migrations.folder, platformSubgraph.migrations.table);
    await runApiKeyCli(process.argv.slice(2), database.db, (line) => console.log(line), userInfo().username);
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    console.error(err.message);
    process.exitCode = 2;
  } finally {
    await database.close();
  }
});
