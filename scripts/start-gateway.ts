// npm run start:gateway: the gateway alone, as deployed. The supergraph comes from, in this order:
// - SUBGRAPH_URLS: composed from schema/ with those routing URLs (the platform's subgraphs only);
// - SUPERGRAPH_FILE: that file, re-read every SUPERGRAPH_POLL_MS;
// - the schema registry in the platform database (PLATFORM_DATABASE_URL or DATABASE_URL), polled every
//   SUPERGRAPH_POLL_MS: what institutions publish joins the graph without a restart;
// - else schema/supergraph.graphql.
import { readFileSync } from 'node:fs';
import { databaseUrlFor } from '../common/config.ts';
import { openDatabase } from '../common/db.ts';
import { registerPoolMetrics } from '../common/metrics.ts';
import { startObservability } from '../common/observability.ts';
import { createAccess } from '../gateway/access.ts';
import { RegistrySupergraph, supergraphSubgraphUrls } from '../gateway/supergraph.ts';
import { Authenticator } from '../gateway/authenticate.ts';
import { clientsUrlIn, createIdentityEnricher } from '../gateway/enrich-identity.ts';
import { CORE_SUBGRAPHS, compose, loadTypeDefs, parseSubgraphUrls } from '../gateway/compose.ts';
import { InternalTokenSigner } from '../gateway/internal-token.ts';
import { clientsForwardingLog, personalCodeRecipients } from '../gateway/personal-codes.ts';
import { GATEWAY_SERVICE } from '../common/scopes.ts';
import { startResponseCache } from '../gateway/response-cache-setup.ts';
import { startGateway } from '../gateway/server.ts';
import { trustedIssuers } from './platform.ts';
import { run } from './run.ts';

await run(async (config, log) => {
  const observability = await startObservability(config, 'gateway');
  // API keys and the schema registry live in the platform database; the embedded PGlite belongs to one process, so
  // a separate gateway needs a URL.
  const platformUrl = databaseUrlFor(config, 'platform');
  const platformDatabase = platformUrl ? await openDatabase(platformUrl, { poolSize: 4 }) : null;
  if (platformDatabase) registerPoolMetrics(observability.metrics, new Map([['platform', platformDatabase]]));
  if (!platformDatabase) log.warn('No PLATFORM_DATABASE_URL or DATABASE_URL: this gateway accepts no API keys and serves a fixed supergraph');

  let supergraph: string | (() => string | Promise<string>);
  if (config.SUBGRAPH_URLS) {
    const urls = parseSubgraphUrls(config.SUBGRAPH_URLS);
    supergraph = compose(CORE_SUBGRAPHS.map((name) => ({ name, url: urls[name] ?? `http://localhost:4001/graphql`, typeDefs: loadTypeDefs(name) }))).supergraphSdl;
  } else if (config.SUPERGRAPH_FILE || !platformDatabase) {
    const file = config.SUPERGRAPH_FILE ?? new URL('../schema/supergraph.graphql', import.meta.url).pathname;
    supergraph = () => readFileSync(file, 'utf8');
  } else {
    const registry = new RegistrySupergraph(platformDatabase.db);
    supergraph = () => registry.current();
  }
  // The clients subgraph's URL follows the supergraph being served (the registry's may gain or lose it).
  let latest = typeof supergraph === 'string' ? supergraph : await supergraph();
  const current = latest;
  if (typeof supergraph !== 'string') {
    const read = supergraph;
    supergraph = async () => (latest = await read());
  }
  const { issuers } = await trustedIssuers(config);
  const signer = await InternalTokenSigner.create(config.GATEWAY_SIGNING_KEY, personalCodeRecipients(config.PERSONAL_CODE_SUBGRAPHS));
  signer.logForwardingWith(clientsForwardingLog({ clientsUrl: () => clientsUrlIn(latest), token: () => signer.sign(GATEWAY_SERVICE, 'clients'), timeoutMs: config.SUBGRAPH_TIMEOUT_MS }));
  if (!clientsUrlIn(current)) log.warn('The supergraph has no clients subgraph: requests with X-Act-For or an application with a person’s token are refused (CLIENTS_CHECK_UNAVAILABLE)');
  if (!config.GATEWAY_SIGNING_KEY) log.warn('GATEWAY_SIGNING_KEY is not set: this replica signs with a key of its own; run one replica only');
  const authenticator = new Authenticator(issuers, config.OIDC_AUDIENCE, config.CLIENT_ID_SECRET, config.FIRST_PARTY_CLIENTS.split(','), config.MAX_TOKEN_LIFETIME);
  if (!config.REDIS_URL) log.warn('REDIS_URL is not set: rate limits are per replica');
  const access = await createAccess({ config, authenticator, platformDatabase, log });
  // A gateway run alone hears catalogue events only through NATS; without it the response cache stays off.
  const responseCache = await startResponseCache(config, null, log);
  const gateway = await startGateway(
    {
      supergraph,
      pollingIntervalMs: typeof supergraph === 'string' ? undefined : config.SUPERGRAPH_POLL_MS,
      authenticator,
      enricher: createIdentityEnricher({ clientsUrl: () => clientsUrlIn(latest), signer, timeoutMs: config.SUBGRAPH_TIMEOUT_MS, log }),
      access,
      signer,
      log,
      subgraphUrls: supergraphSubgraphUrls(current, CORE_SUBGRAPHS),
      subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
      metrics: observability.metrics,
      queryPlanner: config.QUERY_PLANNER,
      responseCache: responseCache ?? undefined,
    },
    { port: config.PORT, host: config.HOST },
  );
  console.log(`Gateway on ${gateway.url}`);
  return async () => {
    await gateway.close();
    await responseCache?.close();
    await platformDatabase?.close();
    await observability.close();
  };
});
