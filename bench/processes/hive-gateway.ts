// Bench child: this project's gateway (Hive Gateway runtime) on SUPERGRAPH_FILE, with the access layer as deployed
// (gateway/access.ts; API keys when the platform database is PostgreSQL), or without it when BENCH_ACCESS=off.
// BENCH_GATEWAY_PORT: a fixed port (the federation conformance audit asks one address). With SUPERGRAPH_POLL_MS set it re-reads the file that often, as it polls the schema registry when deployed.
import { readFileSync } from 'node:fs';
import { databaseUrlFor, loadConfig } from '../../common/config.ts';
import { openDatabase } from '../../common/db.ts';
import { EmbeddedBus } from '../../common/events/bus.ts';
import { startResponseCache } from '../../gateway/response-cache-setup.ts';
import { createAccess } from '../../gateway/access.ts';
import { createLogger } from '../../common/logger.ts';
import { Authenticator } from '../../gateway/authenticate.ts';
import { clientsUrlIn, createIdentityEnricher } from '../../gateway/enrich-identity.ts';
import { InternalTokenSigner } from '../../gateway/internal-token.ts';
import { personalCodeRecipients } from '../../gateway/personal-codes.ts';
import { startGateway } from '../../gateway/server.ts';
import { supergraphSubgraphUrls } from '../../gateway/supergraph.ts';
import { trustedIssuers } from '../../scripts/platform.ts';

const config = loadConfig();
const supergraph = readFileSync(config.SUPERGRAPH_FILE!, 'utf8');
const { issuers } = await trustedIssuers(config);
const signer = await InternalTokenSigner.create(config.GATEWAY_SIGNING_KEY, personalCodeRecipients(config.PERSONAL_CODE_SUBGRAPHS));
const log = createLogger(config.LOG_LEVEL);
const authenticator = new Authenticator(issuers, config.OIDC_AUDIENCE, config.CLIENT_ID_SECRET, config.FIRST_PARTY_CLIENTS.split(','));
const platformUrl = databaseUrlFor(config, 'platform');
const access = process.env.BENCH_ACCESS === 'off'
  ? undefined
  : await createAccess({ config, authenticator, platformDatabase: platformUrl ? await openDatabase(platformUrl, { poolSize: 4 }) : null, log });
// The response cache only with BENCH_RESPONSE_CACHE=on: the comparisons with @apollo/gateway measure answering.
// Nothing publishes catalogue events during a bench run, so an embedded bus stands for the one it would hear.
const responseCache = process.env.BENCH_RESPONSE_CACHE === 'on' ? await startResponseCache(config, new EmbeddedBus(), log) : null;
const polling = process.env.SUPERGRAPH_POLL_MS ? config.SUPERGRAPH_POLL_MS : undefined;
const gateway = await startGateway(
  {
    supergraph: polling ? () => readFileSync(config.SUPERGRAPH_FILE!, 'utf8') : supergraph,
    pollingIntervalMs: polling,
    authenticator,
    access,
    enricher: createIdentityEnricher({ clientsUrl: clientsUrlIn(supergraph)!, signer, timeoutMs: config.SUBGRAPH_TIMEOUT_MS, log }),
    signer,
    log,
    subgraphUrls: supergraphSubgraphUrls(supergraph),
    subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
    queryPlanner: config.QUERY_PLANNER,
    responseCache: responseCache ?? undefined,
  },
  { port: Number(process.env.BENCH_GATEWAY_PORT ?? 0), host: '127.0.0.1' },
);
console.log(`READY ${JSON.stringify({ url: gateway.url })}`);
process.once('SIGTERM', async () => {
  await gateway.close();
  await responseCache?.close();
  process.exit(0);
});
