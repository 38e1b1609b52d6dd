import type { Config } from '../common/config.ts';
import type { Database } from '@public-service-graph/subgraph-kit/db';
import type { Logger } from '@public-service-graph/subgraph-kit/logger';
import type { ProcessMetrics } from '@public-service-graph/subgraph-kit/metrics';
import { GATEWAY_SERVICE } from '@public-service-graph/subgraph-kit/scopes';
import type { EventBus } from '../common/events/bus.ts';
import { createAccess } from './access/create-access.ts';
import { Authenticator } from './authenticate.ts';
import { CORE_SUBGRAPHS } from './compose.ts';
import type { DevIssuer } from './dev-issuer.ts';
import type { DevOidcProvider } from './dev-oidc-provider.ts';
import { clientsUrlIn, createIdentityEnricher } from './enrich-identity.ts';
import { InternalTokenSigner } from './internal-token.ts';
import { representationCache, startResponseCache } from './response-cache-setup.ts';
import { trustedIssuers } from './issuers.ts';
import { clientsForwardingLog, personalCodeRecipients } from './personal-codes.ts';
import { startGateway, type RunningGateway } from './server.ts';
import { supergraphFromConfig, supergraphSubgraphUrls, type SupergraphSource } from './supergraph.ts';

/** What a gateway is built from: the configuration, and what the process that runs it already holds. */
export interface GatewayAssembly {
  config: Config;
  log: Logger;
  metrics?: ProcessMetrics;
  /** The platform database: API keys, usage and the schema registry. Null: no keys, a fixed supergraph. */
  platformDatabase: Database | null;
  /** Where the supergraph comes from; a function is polled every SUPERGRAPH_POLL_MS. Default: from the configuration. */
  supergraph?: SupergraphSource;
  /** The signer of internal tokens, when the process made it before (its subgraphs verify with its keys). */
  signer?: InternalTokenSigner;
  /** The development OpenID provider, when it runs in this process. */
  devProvider?: DevOidcProvider | null;
  /** Subgraph URLs whose /readyz makes the gateway ready; default: the platform's subgraphs in the supergraph. */
  subgraphUrls?: string[];
  /** False only for the bench's baseline: no API keys, limits, rate limits, usage or CORS. */
  access?: boolean;
  /** Default: PORT and HOST. */
  listen?: { port: number; host: string };
  /**
   * The event bus of this process, when its subgraphs' relays publish there (npm start, the tests): the response
   * cache and the X-Act-For cache drop what they kept on its catalogue and representation events. Without it, the
   * gateway listens on NATS_URL; with neither, both caches stay off.
   */
  events?: EventBus | null;
}

export interface Gateway extends RunningGateway {
  /** The development issuer the gateway trusts (null in production). */
  devIssuer: DevIssuer | null;
}

/** The one way a gateway is built: `npm start`, `start:gateway`, the tests and the bench all run this. */
export async function createGateway(assembly: GatewayAssembly): Promise<Gateway> {
  const { config, log } = assembly;
  const source = assembly.supergraph ?? supergraphFromConfig(config, assembly.platformDatabase);
  // The clients subgraph's URL follows the supergraph being served (the registry's may gain or lose it).
  let latest = typeof source === 'string' ? source : await source();
  const supergraph = typeof source === 'string' ? source : async () => (latest = await source());
  if (!clientsUrlIn(latest)) log.warn('The supergraph has no clients subgraph: requests with X-Act-For or an application with a person’s token are refused (CLIENTS_CHECK_UNAVAILABLE)');
  const clientsUrl = () => clientsUrlIn(latest);

  const { issuers, devIssuer } = await trustedIssuers(config, assembly.devProvider);
  const signer = assembly.signer ?? (await InternalTokenSigner.create(config.GATEWAY_SIGNING_KEY, personalCodeRecipients(config.PERSONAL_CODE_SUBGRAPHS)));
  signer.logForwardingWith(clientsForwardingLog({ clientsUrl, token: () => signer.sign(GATEWAY_SERVICE, 'clients'), timeoutMs: config.SUBGRAPH_TIMEOUT_MS }));
  const authenticator = new Authenticator(issuers, config.OIDC_AUDIENCE, config.CLIENT_ID_SECRET, config.FIRST_PARTY_CLIENTS.split(','), config.MAX_TOKEN_LIFETIME);
  const access = assembly.access === false ? undefined : await createAccess({ config, authenticator, platformDatabase: assembly.platformDatabase, log });
  const events = { bus: assembly.events ?? null, nats: config.NATS_URL ? { url: config.NATS_URL, subjectPrefix: config.NATS_SUBJECT_PREFIX } : null };
  const responseCache = await startResponseCache(config, events, log, access?.keptAnswers);
  const representations = await representationCache(config, events, log);
  const gateway = await startGateway(
    {
      supergraph,
      pollingIntervalMs: typeof supergraph === 'string' ? undefined : config.SUPERGRAPH_POLL_MS,
      authenticator,
      enricher: createIdentityEnricher({ clientsUrl, signer, timeoutMs: config.SUBGRAPH_TIMEOUT_MS, log, representations: representations?.cache }),
      access,
      signer,
      log,
      subgraphUrls: assembly.subgraphUrls ?? supergraphSubgraphUrls(latest, CORE_SUBGRAPHS),
      subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
      metrics: assembly.metrics,
      queryPlanner: config.QUERY_PLANNER,
      responseCache: responseCache ?? undefined,
    },
    assembly.listen ?? { port: config.PORT, host: config.HOST },
  );
  return {
    ...gateway,
    devIssuer,
    close: async () => {
      await gateway.close();
      await responseCache?.close();
      await representations?.close();
    },
  };
}
