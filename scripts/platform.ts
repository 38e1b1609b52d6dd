import type { Config, SubgraphName } from '../common/config.ts';
import { databaseUrlFor, devOidcIssuer, portalUrl, portFor } from '../common/config.ts';
import { openDatabase, type Database } from '../common/db.ts';
import { ANONYMOUS, IdentityVerifier, type Identity } from '../common/identity.ts';
import type { Logger } from '../common/logger.ts';
import { registerPoolMetrics } from '../common/metrics.ts';
import { startObservability } from '../common/observability.ts';
import { startSubgraph, type RunningSubgraph, type SubgraphEnv, type SubgraphModule } from '../common/subgraph-server.ts';
import { createAccess } from '../gateway/access.ts';
import { Authenticator, localIssuer, remoteIssuer, type TrustedIssuer } from '../gateway/authenticate.ts';
import { CORE_SUBGRAPHS, readSubgraphSdl } from '../gateway/compose.ts';
import { DevIssuer } from '../gateway/dev-issuer.ts';
import { startDevOidcProvider, type DevOidcProvider } from '../gateway/dev-oidc-provider.ts';
import { createIdentityEnricher } from '../gateway/enrich-identity.ts';
import { InternalTokenSigner } from '../gateway/internal-token.ts';
import { clientsForwardingLog, personalCodeRecipients } from '../gateway/personal-codes.ts';
import { GATEWAY_SERVICE } from '../common/scopes.ts';
import { representationCache, startResponseCache } from '../gateway/response-cache-setup.ts';
import { startGateway, type RunningGateway } from '../gateway/server.ts';
import { RegistrySupergraph } from '../gateway/supergraph.ts';
import { publishCoreSubgraphs } from '../subgraphs/platform/domain/registry.ts';
import { casesSubgraph } from '../subgraphs/cases/server.ts';
import { clientsSubgraph } from '../subgraphs/clients/server.ts';
import { lifeSituationsSubgraph } from '../subgraphs/life-situations/server.ts';
import { platformSubgraph } from '../subgraphs/platform/server.ts';
import { servicesSubgraph } from '../subgraphs/services/server.ts';
import { startEventRelays, type EventRelays } from './events.ts';

export const CORE_MODULES: Record<SubgraphName, SubgraphModule<any>> = {
  services: servicesSubgraph,
  'life-situations': lifeSituationsSubgraph,
  clients: clientsSubgraph,
  cases: casesSubgraph,
  platform: platformSubgraph,
};

/** Where a subgraph's data lives: its own URL, the shared URL, or the embedded PGlite directory. */
const locationFor = (config: Config, name: SubgraphName) => databaseUrlFor(config, name) ?? config.PGLITE_DATA_DIR;

/** Opens each distinct database once (all subgraphs share one embedded PGlite), migrates and optionally seeds. */
export async function prepareDatabases(config: Config, log: Logger, names: readonly SubgraphName[] = CORE_SUBGRAPHS): Promise<Map<SubgraphName, Database>> {
  const opened = new Map<string, Database>();
  const byName = new Map<SubgraphName, Database>();
  for (const name of names) {
    const location = locationFor(config, name);
    if (!opened.has(location)) opened.set(location, await openDatabase(location));
    byName.set(name, opened.get(location)!);
  }
  const seed = config.SEED_DEMO_DATA ?? !names.some((n) => databaseUrlFor(config, n));
  for (const name of names) {
    const module = CORE_MODULES[name];
    const database = byName.get(name)!;
    await database.migrate(module.migrations.folder, module.migrations.table);
    if (seed) await module.seed(database.db, { clientIdSecret: config.CLIENT_ID_SECRET });
  }
  log.info({ seeded: seed, databases: [...opened.keys()].map((l) => l.replace(/\/\/[^@]*@/, '//***@')) }, 'databases ready');
  return byName;
}

/**
 * The issuers a gateway trusts: the configured one (the state's provider in production) and, in development, the
 * development provider: through its JWKS when it runs in this process, else by its key file (a gateway run alone).
 */
export async function trustedIssuers(config: Config, devProvider?: DevOidcProvider | null): Promise<{ issuers: TrustedIssuer[]; devIssuer: DevIssuer | null }> {
  const issuers: TrustedIssuer[] = [];
  let devIssuer: DevIssuer | null = null;
  if (devProvider) {
    devIssuer = devProvider.devIssuer;
    issuers.push(remoteIssuer(devProvider.issuer, devProvider.jwksUrl));
  } else if (config.devIssuer) {
    devIssuer = await DevIssuer.load(config.DEV_ISSUER_KEY_FILE, config.OIDC_AUDIENCE, devOidcIssuer(config));
    issuers.push(localIssuer(devIssuer.issuer, devIssuer.jwks));
  }
  if (config.OIDC_ISSUER && config.OIDC_JWKS_URL) issuers.push(remoteIssuer(config.OIDC_ISSUER, config.OIDC_JWKS_URL));
  return { issuers, devIssuer };
}

export interface Platform {
  gateway: RunningGateway;
  subgraphs: RunningSubgraph[];
  databases: Map<SubgraphName, Database>;
  devIssuer: DevIssuer | null;
  /** The outbox relays and the bus they publish to. */
  events: EventRelays;
  /** The development OpenID provider (null when DEV_ISSUER is off). */
  oidc: DevOidcProvider | null;
  /** Prometheus /metrics of this process (METRICS_PORT), or null when off. */
  metricsUrl: string | null;
  close(): Promise<void>;
}

/** Who a subgraph is when it reads another's API in one process: public rights, named for the logs. */
const PEER_READER: Identity = { ...ANONYMOUS, subject: 'system:peer-subgraph' };

/** Everything in one process: the laptop and test set-up. Ports of 0 pick free ones. */
export async function startPlatform(config: Config, log: Logger): Promise<Platform> {
  const observability = await startObservability(config, 'platform');
  const { metrics } = observability;
  const databases = await prepareDatabases(config, log);
  registerPoolMetrics(metrics, databases);
  const signer = await InternalTokenSigner.create(config.GATEWAY_SIGNING_KEY, personalCodeRecipients(config.PERSONAL_CODE_SUBGRAPHS));
  const verifier = new IdentityVerifier(signer.jwks);
  const subgraphs: RunningSubgraph[] = [];
  // In one process a subgraph reads another's API directly, with an internal token made out to it; the identity is
  // anonymous in rights (public data only) and names the reader for the logs.
  const peers: SubgraphEnv['peers'] = {};
  for (const name of CORE_SUBGRAPHS) {
    const subgraph = await startSubgraph(
      CORE_MODULES[name],
      { database: databases.get(name)!, verifier, log, clientIdSecret: config.CLIENT_ID_SECRET, peers, projectionMaxAgeMs: config.SERVICE_PROJECTION_MAX_AGE_MS, metrics },
      { port: portFor(config, name), host: config.HOST },
    );
    subgraphs.push(subgraph);
    if (name === 'services') peers.services = { url: subgraph.url, token: () => signer.sign(PEER_READER, 'services') };
  }

  const events = await startEventRelays(config, log, CORE_SUBGRAPHS.map((n) => CORE_MODULES[n]), databases, metrics);

  // The registry composes the platform's subgraphs (as this release runs them) with the institutions' published
  // ones; the gateway serves its newest supergraph and polls for the next.
  const registryDb = databases.get('platform')!.db;
  await publishCoreSubgraphs(registryDb, subgraphs.map((s) => ({ name: s.name, url: s.url, sdl: readSubgraphSdl(s.name) })), 'operator:platform-start');
  const registry = new RegistrySupergraph(registryDb);
  const oidc = config.devIssuer
    ? await startDevOidcProvider({
        issuer: await DevIssuer.load(config.DEV_ISSUER_KEY_FILE, config.OIDC_AUDIENCE, devOidcIssuer(config)),
        audience: config.OIDC_AUDIENCE,
        host: config.HOST,
        port: config.DEV_OIDC_PORT,
        issuerUrl: config.DEV_OIDC_ISSUER ?? (config.DEV_OIDC_PORT ? devOidcIssuer(config) : undefined),
        clients: [{ clientId: config.PORTAL_OIDC_CLIENT_ID, url: portalUrl(config) }],
      })
    : null;
  const { issuers, devIssuer } = await trustedIssuers(config, oidc);
  const authenticator = new Authenticator(issuers, config.OIDC_AUDIENCE, config.CLIENT_ID_SECRET, config.FIRST_PARTY_CLIENTS.split(','), config.MAX_TOKEN_LIFETIME);
  const clientsUrl = subgraphs.find((s) => s.name === 'clients')!.url;
  const representations = await representationCache(config, { bus: events.bus, nats: null }, log);
  const enricher = createIdentityEnricher({ clientsUrl, signer, timeoutMs: config.SUBGRAPH_TIMEOUT_MS, log, representations: representations?.cache });
  signer.logForwardingWith(clientsForwardingLog({ clientsUrl: () => clientsUrl, token: () => signer.sign(GATEWAY_SERVICE, 'clients'), timeoutMs: config.SUBGRAPH_TIMEOUT_MS }));
  const access = await createAccess({ config, authenticator, platformDatabase: databases.get('platform')!, log });
  const responseCache = await startResponseCache(config, events.bus, log);
  const gateway = await startGateway(
    {
      supergraph: () => registry.current(),
      pollingIntervalMs: config.SUPERGRAPH_POLL_MS,
      authenticator, enricher, signer, log, subgraphUrls: subgraphs.map((s) => s.url), subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS, access, metrics,
      responseCache: responseCache ?? undefined,
      queryPlanner: config.QUERY_PLANNER,
    },
    { port: config.PORT, host: config.HOST },
  );
  return {
    gateway,
    subgraphs,
    databases,
    devIssuer,
    events,
    oidc,
    metricsUrl: observability.metricsUrl,
    close: async () => {
      await gateway.close();
      await responseCache?.close();
      await representations?.close();
      await oidc?.close();
      await Promise.all(subgraphs.map((s) => s.close()));
      await events.close();
      await Promise.all([...new Set(databases.values())].map((d) => d.close()));
      await observability.close();
    },
  };
}
