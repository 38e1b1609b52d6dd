import { inspect } from 'node:util';
import { drainOnSignals } from '@public-service-graph/subgraph-kit/drain';
import { startLadSubgraph } from './server.ts';

/**
 * Runs LAD's subgraph as its own process. Environment:
 *   GATEWAY_JWKS_URL  required: the gateway's key set, e.g. http://localhost:4000/.well-known/jwks.json
 *   PORT              default 4101
 *   HOST              default 127.0.0.1
 *   DATABASE_URL      a postgres:// URL; without it an embedded PGlite in LAD_PGLITE_DIR
 *   LAD_PGLITE_DIR    default .data/lad (relative to the working directory)
 *   LAD_SEED_DEMO     "false" to skip the demo farms and declarations; loaded otherwise (idempotent)
 */
function fail(message: string): never {
  console.error(`lad-subgraph: ${message}`);
  process.exit(2);
}

const env = process.env;
const jwksUrl = env.GATEWAY_JWKS_URL?.trim();
if (!jwksUrl) fail('GATEWAY_JWKS_URL is required: the gateway\'s key set, e.g. GATEWAY_JWKS_URL=http://localhost:4000/.well-known/jwks.json');
try {
  new URL(jwksUrl);
} catch {
  fail(`GATEWAY_JWKS_URL is not a URL: "${jwksUrl}".`);
}
const port = Number(env.PORT ?? 4101);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT must be a port number (0–65535); got "${env.PORT}".`);
const databaseUrl = env.DATABASE_URL?.trim() || undefined;
if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) fail('DATABASE_URL must be a postgres:// URL.');
const seedFlag = (env.LAD_SEED_DEMO ?? 'true').toLowerCase();
if (!['true', 'false', '1', '0'].includes(seedFlag)) fail(`LAD_SEED_DEMO must be "true" or "false"; got "${env.LAD_SEED_DEMO}".`);

const subgraph = await startLadSubgraph({
  port,
  host: env.HOST?.trim() || '127.0.0.1',
  databaseUrl,
  pgliteDir: databaseUrl ? undefined : env.LAD_PGLITE_DIR?.trim() || '.data/lad',
  gatewayJwksUrl: jwksUrl,
  seedDemo: seedFlag === 'true' || seedFlag === '1',
}).catch((err: unknown) => fail(`cannot start: ${err instanceof Error ? err.message : inspect(err)}`));

console.log(`LAD subgraph ready at ${subgraph.url} (database: ${databaseUrl ? 'PostgreSQL' : 'PGlite'}; gateway keys: ${jwksUrl})`);

drainOnSignals(subgraph.close, { log: (message, err) => (err ? console.error(`lad-subgraph: ${message}:`, err) : console.log(`lad-subgraph: ${message}`)) });
