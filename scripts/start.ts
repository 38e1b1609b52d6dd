// npm start: the whole graph in one process, on the embedded database unless DATABASE_URL is set.
import { startPlatform } from './platform.ts';
import { run } from './run.ts';

await run(async (config, log) => {
  const platform = await startPlatform(config, log);
  const base = platform.gateway.url.replace('/graphql', '');
  console.log(`
Public Service Graph is running.
  GraphQL (GraphiQL in a browser): ${platform.gateway.url}
  Health: ${base}/healthz   Ready: ${base}/readyz   Gateway keys: ${base}/.well-known/jwks.json
  Subgraphs: ${platform.subgraphs.map((s) => `${s.name} ${s.url}`).join(', ')}
  Database: ${config.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.PGLITE_DATA_DIR}`}
  A token for a demo person: npm run token -- --person 150385-12346
`);
  return platform.close;
});
