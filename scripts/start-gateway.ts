// npm run start:gateway: the gateway alone, as deployed. The supergraph comes from SUBGRAPH_URLS (composed from
// schema/ with those routing URLs) or from SUPERGRAPH_FILE (default schema/supergraph.graphql), re-read every 10 s.
import { readFileSync } from 'node:fs';
import { databaseUrlFor } from '../common/config.ts';
import { openDatabase } from '../common/db.ts';
import { createAccess } from '../gateway/access.ts';
import { supergraphSubgraphUrls } from '../gateway/supergraph.ts';
import { Authenticator } from '../gateway/authenticate.ts';
import { clientsUrlIn, createIdentityEnricher } from '../gateway/enrich-identity.ts';
import { CORE_SUBGRAPHS, compose, loadTypeDefs } from '../gateway/compose.ts';
import { InternalTokenSigner } from '../gateway/internal-token.ts';
import { startGateway } from '../gateway/server.ts';
import { trustedIssuers } from './platform.ts';
import { run } from './run.ts';

await run(async (config, log) => {
  let supergraph: string | (() => string);
  if (config.SUBGRAPH_URLS) {
    const urls = Object.fromEntries(config.SUBGRAPH_URLS.split(',').map((pair) => pair.split('=').map((s) => s.trim())));
    supergraph = compose(CORE_SUBGRAPHS.map((name) => ({ name, url: urls[name] ?? `http://localhost:4001/graphql`, typeDefs: loadTypeDefs(name) })));
  } else {
    const file = config.SUPERGRAPH_FILE ?? new URL('../schema/supergraph.graphql', import.meta.url).pathname;
    supergraph = () => readFileSync(file, 'utf8');
  }
  const current = typeof supergraph === 'string' ? supergraph : supergraph();
  const { issuers } = await trustedIssuers(config);
  const signer = await InternalTokenSigner.create(config.GATEWAY_SIGNING_KEY);
  const clientsUrl = clientsUrlIn(current);
  if (!clientsUrl) throw new Error('The supergraph has no clients subgraph: X-Act-For and consents cannot be checked.');
  if (!config.GATEWAY_SIGNING_KEY) log.warn('GATEWAY_SIGNING_KEY is not set: this replica signs with a key of its own; run one replica only');
  const authenticator = new Authenticator(issuers, config.OIDC_AUDIENCE, config.CLIENT_ID_SECRET, config.FIRST_PARTY_CLIENTS.split(','));
  // API keys live in the platform database; the embedded PGlite belongs to one process, so a separate gateway needs a URL.
  const platformUrl = databaseUrlFor(config, 'platform');
  const platformDatabase = platformUrl ? await openDatabase(platformUrl, { poolSize: 4 }) : null;
  if (!platformDatabase) log.warn('No PLATFORM_DATABASE_URL or DATABASE_URL: this gateway accepts no API keys');
  if (!config.REDIS_URL) log.warn('REDIS_URL is not set: rate limits are per replica');
  const access = await createAccess({ config, authenticator, platformDatabase, log });
  const gateway = await startGateway(
    {
      supergraph,
      pollingIntervalMs: typeof supergraph === 'string' ? undefined : 10_000,
      authenticator,
      enricher: createIdentityEnricher({ clientsUrl, signer, timeoutMs: config.SUBGRAPH_TIMEOUT_MS, log }),
      access,
      signer,
      log,
      subgraphUrls: supergraphSubgraphUrls(current),
      subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
    },
    { port: config.PORT, host: config.HOST },
  );
  console.log(`Gateway on ${gateway.url}`);
  return async () => {
    await gateway.close();
    await platformDatabase?.close();
  };
});
