import type { Config, SubgraphName } from '../common/config.ts';
import { developerPortalUrl, devOidcIssuer, portalUrl, portFor } from '../common/config.ts';
import type { Database } from '@public-service-graph/subgraph-kit/db';
import { ANONYMOUS, IdentityVerifier, type Identity } from '@public-service-graph/subgraph-kit/identity';
import type { Logger } from '@public-service-graph/subgraph-kit/logger';
import { registerPoolMetrics } from '@public-service-graph/subgraph-kit/metrics';
import { startObservability } from '../common/observability.ts';
import { startSubgraph, type RunningSubgraph, type SubgraphEnv } from '@public-service-graph/subgraph-kit/subgraph-server';
import { CORE_SUBGRAPHS, readSubgraphSdl } from '../gateway/compose.ts';
import { DevIssuer } from '../gateway/dev-issuer.ts';
import { startDevOidcProvider, type DevOidcProvider } from '../gateway/dev-oidc-provider.ts';
import { InternalTokenSigner } from '../gateway/internal-token.ts';
import { personalCodeRecipients } from '../gateway/personal-codes.ts';
import { createGateway } from '../gateway/create-gateway.ts';
import type { RunningGateway } from '../gateway/server.ts';
import { RegistrySupergraph } from '../gateway/supergraph.ts';
import { publishCoreSubgraphs } from '../subgraphs/platform/commands/registry-publishing.ts';
import { startEventRelays, type EventRelays } from './events.ts';
import { clientsConsentCheck, dispatcherFor, runDispatcher, type RunningDispatcher } from './webhooks.ts';
import { GATEWAY_SERVICE } from '@public-service-graph/subgraph-kit/scopes';
import { loadSubgraphModules, prepareDatabases } from './subgraph-modules.ts';

export interface Platform {
  gateway: RunningGateway;
  subgraphs: RunningSubgraph[];
  databases: Map<SubgraphName, Database>;
  devIssuer: DevIssuer | null;
  /** The outbox relays and the bus they publish to. */
  events: EventRelays;
  /** The webhook dispatcher (null when WEBHOOK_DISPATCHER is off). */
  webhooks: RunningDispatcher | null;
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
  const modules = await loadSubgraphModules(CORE_SUBGRAPHS);
  registerPoolMetrics(metrics, databases);
  const signer = await InternalTokenSigner.create(config.GATEWAY_SIGNING_KEY, personalCodeRecipients(config.PERSONAL_CODE_SUBGRAPHS));
  const verifier = new IdentityVerifier(signer.jwks);
  const subgraphs: RunningSubgraph[] = [];
  // In one process a subgraph reads another's API directly, with an internal token made out to it; the identity is
  // anonymous in rights (public data only) and names the reader for the logs.
  const peers: SubgraphEnv['peers'] = {};
  for (const name of CORE_SUBGRAPHS) {
    const subgraph = await startSubgraph(
      modules.get(name)!,
      { database: databases.get(name)!, verifier, log, clientIdSecret: config.CLIENT_ID_SECRET, peers, projectionMaxAgeMs: config.SERVICE_PROJECTION_MAX_AGE_MS, webhookAllowedNetworks: config.WEBHOOK_ALLOWED_NETWORKS, metrics },
      { port: portFor(config, name), host: config.HOST },
    );
    subgraphs.push(subgraph);
    if (name === 'services') peers.services = { url: subgraph.url, token: () => signer.sign(PEER_READER, 'services') };
  }

  const events = await startEventRelays(config, log, [...modules.values()], databases, metrics);

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
        clients: [{ clientId: config.PORTAL_OIDC_CLIENT_ID, url: portalUrl(config) }, { clientId: config.DEVELOPER_PORTAL_OIDC_CLIENT_ID, url: developerPortalUrl(config) }],
      })
    : null;
  const gateway = await createGateway({
    config, log, metrics, signer, devProvider: oidc,
    platformDatabase: databases.get('platform')!,
    supergraph: () => registry.current(),
    subgraphUrls: subgraphs.map((s) => s.url),
    events: events.bus,
  });
  const { devIssuer } = gateway;
  // The dispatcher asks the clients subgraph about consents as the gateway does, with the gateway's service identity.
  const clientsUrl = subgraphs.find((s) => s.name === 'clients')?.url ?? null;
  const consent = clientsConsentCheck({ clientsUrl: () => clientsUrl, token: () => signer.sign(GATEWAY_SERVICE, 'clients'), timeoutMs: config.SUBGRAPH_TIMEOUT_MS });
  const webhooks = config.WEBHOOK_DISPATCHER
    ? await runDispatcher(dispatcherFor(config, databases.get('platform')!.db, consent, log.child({ component: 'webhooks' })), events.bus, config, log)
    : null;
  return {
    gateway,
    subgraphs,
    databases,
    devIssuer,
    events,
    webhooks,
    oidc,
    metricsUrl: observability.metricsUrl,
    close: async () => {
      await gateway.close();
      await oidc?.close();
      await Promise.all(subgraphs.map((s) => s.close()));
      // The relays first: on the embedded bus a relay's batch waits for the dispatcher to store it.
      await Promise.all([...events.relays.values()].map((r) => r.stop()));
      await webhooks?.stop();
      await events.close();
      await Promise.all([...new Set(databases.values())].map((d) => d.close()));
      await observability.close();
    },
  };
}
