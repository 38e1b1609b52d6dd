import type { Config, SubgraphName } from '../common/config.ts';
import { databaseUrlFor, portFor } from '../common/config.ts';
import { openDatabase, type Database } from '../common/db.ts';
import { IdentityVerifier } from '../common/identity.ts';
import type { Logger } from '../common/logger.ts';
import { registerPoolMetrics } from '../common/metrics.ts';
import { startObservability } from '../common/observability.ts';
import { startSubgraph, type RunningSubgraph, type SubgraphModule } from '../common/subgraph-server.ts';
import { createAccess } from '../gateway/access.ts';
import { Authenticator, localIssuer, remoteIssuer, type TrustedIssuer } from '../gateway/authenticate.ts';
import { CORE_SUBGRAPHS, readSubgraphSdl } from '../gateway/compose.ts';
import { DEV_ISSUER, DevIssuer } from '../gateway/dev-issuer.ts';
import { createIdentityEnricher } from '../gateway/enrich-identity.ts';
import { InternalTokenSigner } from '../gateway/internal-token.ts';
import { startGateway, type RunningGateway } from '../gateway/server.ts';
import { RegistrySupergraph } from '../gateway/supergraph.ts';
import { publishCoreSubgraphs } from '../subgraphs/platform/domain/registry.ts';
import { casesSubgraph } from '../subgraphs/cases/server.ts';
import { clientsSubgraph } from '../subgraphs/clients/server.ts';
import { lifeSituationsSubgraph } from '../subgraphs/life-situations/server.ts';
import { platformSubgraph } from '../subgraphs/platform/server.ts';
import { servicesSubgraph } from '../subgraphs/services/server.ts';

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

export async function trustedIssuers(config: Config): Promise<{ issuers: TrustedIssuer[]; devIssuer: DevIssuer | null }> {
  const issuers: TrustedIssuer[] = [];
  let devIssuer: DevIssuer | null = null;
  if (config.devIssuer) {
    devIssuer = await DevIssuer.load(config.DEV_ISSUER_KEY_FILE, config.OIDC_AUDIENCE);
    issuers.push(localIssuer(DEV_ISSUER, devIssuer.jwks));
  }
  if (config.OIDC_ISSUER && config.OIDC_JWKS_URL) issuers.push(remoteIssuer(config.OIDC_ISSUER, config.OIDC_JWKS_URL));
  return { issuers, devIssuer };
}

export interface Platform {
  gateway: RunningGateway;
  subgraphs: RunningSubgraph[];
  databases: Map<SubgraphName, Database>;
  devIssuer: DevIssuer | null;
  /** Prometheus /metrics of this process (METRICS_PORT), or null when off. */
  metricsUrl: string | null;
  close(): Promise<void>;
}

/** Everything in one process: the laptop and test set-up. Ports of 0 pick free ones. */
export async function startPlatform(config: Config, log: Logger): Promise<Platform> {
  const observability = await startObservability(config, 'platform');
  const { metrics } = observability;
  const databases = await prepareDatabases(config, log);
  registerPoolMetrics(metrics, databases);
  const signer = await InternalTokenSigner.create(config.GATEWAY_SIGNING_KEY);
  const verifier = new IdentityVerifier(signer.jwks);
  const subgraphs: RunningSubgraph[] = [];
  for (const name of CORE_SUBGRAPHS)
    subgraphs.push(await startSubgraph(CORE_MODULES[name], { database: databases.get(name)!, verifier, log, clientIdSecret: config.CLIENT_ID_SECRET, metrics }, { port: portFor(config, name), host: config.HOST }));

  // The registry composes the platform's subgraphs (as this release runs them) with the institutions' published
  // ones; the gateway serves its newest supergraph and polls for the next.
  const registryDb = databases.get('platform')!.db;
  await publishCoreSubgraphs(registryDb, subgraphs.map((s) => ({ name: s.name, url: s.url, sdl: readSubgraphSdl(s.name) })), 'operator:platform-start');
  const registry = new RegistrySupergraph(registryDb);
  const { issuers, devIssuer } = await trustedIssuers(config);
  const authenticator = new Authenticator(issuers, config.OIDC_AUDIENCE, config.CLIENT_ID_SECRET, config.FIRST_PARTY_CLIENTS.split(','));
  const enricher = createIdentityEnricher({ clientsUrl: subgraphs.find((s) => s.name === 'clients')!.url, signer, timeoutMs: config.SUBGRAPH_TIMEOUT_MS, log });
  const access = await createAccess({ config, authenticator, platformDatabase: databases.get('platform')!, log });
  const gateway = await startGateway(
    {
      supergraph: () => registry.current(),
      pollingIntervalMs: config.SUPERGRAPH_POLL_MS,
      authenticator, enricher, signer, log, subgraphUrls: subgraphs.map((s) => s.url), subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS, access, metrics,
    },
    { port: config.PORT, host: config.HOST },
  );
  return {
    gateway,
    subgraphs,
    databases,
    devIssuer,
    metricsUrl: observability.metricsUrl,
    close: async () => {
      await gateway.close();
      await Promise.all(subgraphs.map((s) => s.close()));
      await Promise.all([...new Set(databases.values())].map((d) => d.close()));
      await observability.close();
    },
  };
}
