import { z } from 'zod';

/**
 * The one place that reads the environment. Every problem is reported at once; callers exit on failure.
 * Tests and scripts pass an explicit env object instead of mutating process.env.
 */
const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const port = z.coerce.number().int().min(0).max(65535);
const url = z.string().url();

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().default('127.0.0.1'),
    PORT: port.default(4000),
    SERVICES_PORT: port.default(4001),
    LIFE_SITUATIONS_PORT: port.default(4002),
    CLIENTS_PORT: port.default(4003),
    CASES_PORT: port.default(4004),
    PLATFORM_PORT: port.default(4005),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

    DATABASE_URL: url.optional(),
    SERVICES_DATABASE_URL: url.optional(),
    LIFE_SITUATIONS_DATABASE_URL: url.optional(),
    CLIENTS_DATABASE_URL: url.optional(),
    CASES_DATABASE_URL: url.optional(),
    PLATFORM_DATABASE_URL: url.optional(),
    PGLITE_DATA_DIR: z.string().default('.data/pglite'),
    // A dump of an embedded data directory a throw-away one (PGLITE_DATA_DIR=memory://) starts from: the test suite
    // makes one per run with every migration applied, which spares each test file the cluster's creation.
    PGLITE_TEMPLATE: z.string().optional(),
    SEED_DEMO_DATA: boolean.optional(),

    OIDC_ISSUER: z.string().optional(),
    OIDC_JWKS_URL: url.optional(),
    OIDC_AUDIENCE: z.string().default('public-service-graph'),
    // OIDC clients that are the state's own portals: a person's token issued to one of them acts as the person;
    // issued to any other client (a third-party application) it acts as that application with the person's token.
    FIRST_PARTY_CLIENTS: z.string().default('latvija-lv,psg-portal,psg-developer-portal'),
    // The longest a bearer token may live (exp − iat), in seconds; tokens without exp or iat are refused.
    MAX_TOKEN_LIFETIME: z.coerce.number().int().min(60).max(31 * 86_400).default(43_200),
    DEV_ISSUER: boolean.optional(),
    DEV_ISSUER_KEY_FILE: z.string().default('.data/dev-issuer-key.json'),
    // The development OpenID provider (gateway/dev-oidc-provider.ts), which signs with DEV_ISSUER_KEY_FILE's key.
    DEV_OIDC_PORT: port.default(4010),
    DEV_OIDC_ISSUER: url.optional(),

    // The citizen portal (portal/citizen): its own port and public URL, the graph it calls, the OIDC client it is.
    PORTAL_PORT: port.default(3000),
    PORTAL_URL: url.optional(),
    PORTAL_GRAPHQL_URL: url.optional(),
    PORTAL_OIDC_CLIENT_ID: z.string().default('psg-portal'),
    PORTAL_API_KEY: z.string().optional(),
    // The developer portal (portal/developer): likewise.
    DEVELOPER_PORTAL_PORT: port.default(3001),
    DEVELOPER_PORTAL_URL: url.optional(),
    DEVELOPER_PORTAL_OIDC_CLIENT_ID: z.string().default('psg-developer-portal'),

    GATEWAY_SIGNING_KEY: z.string().optional(),
    // Subgraphs besides the platform's own that receive personal codes, each with its purpose (an operator's decision):
    // "lad=finds the farm a person holds by their personal code;…". All others get pseudonymous client ids only.
    PERSONAL_CODE_SUBGRAPHS: z.string().default(''),
    GATEWAY_JWKS_URL: url.optional(),
    CLIENT_ID_SECRET: z.string().min(16).default('development-only-client-id-secret'),
    SUPERGRAPH_FILE: z.string().optional(),
    // The gateway's persisted-operation manifests (*.json); default: the ones shipped in persisted-operations/.
    PERSISTED_OPERATIONS_DIR: z.string().optional(),
    // "services=http://host:4001/graphql,cases=…": the gateway composes from schema/ with these routing URLs.
    SUBGRAPH_URLS: z.string().optional(),
    SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
    // How often the gateway looks for a newer supergraph in the schema registry (on the next request after it).
    SUPERGRAPH_POLL_MS: z.coerce.number().int().min(100).default(3000),
    // The cases subgraph's projection of the catalogue: a write syncs it first when its last sync is older than this.
    SERVICE_PROJECTION_MAX_AGE_MS: z.coerce.number().int().min(0).default(30_000),
    // A separately run cases subgraph reads the catalogue's public changes feed here (default: the gateway's
    // /graphql beside GATEWAY_JWKS_URL); in one process it asks the services subgraph directly.
    CATALOGUE_FEED_URL: url.optional(),

    // Events (common/events): the outbox relays publish to NATS JetStream when NATS_URL is set, else to an embedded
    // bus in the process. The stream is created when missing; subjects are "<prefix>.<event type>".
    NATS_URL: z.string().regex(/^(nats|tls):\/\/\S+$/, 'a URL like nats://127.0.0.1:4222').optional(),
    NATS_STREAM: z.string().regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, "_" and "-"').default('PSG_EVENTS'),
    NATS_SUBJECT_PREFIX: z.string().regex(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/, 'dot-separated tokens like psg.events').default('psg.events'),
    // A JetStream consumer's event that fails this many deliveries (retried after base × 2^(delivery − 1), at most
    // 5 minutes: about 13 minutes by default) is moved to the dead-letter stream, on "<prefix>.<consumer>.<type>"
    // (docs/events.md, "Dead letters on JetStream"; npm run events:dead-letters lists and replays them).
    NATS_DEAD_LETTER_STREAM: z.string().regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, "_" and "-"').default('PSG_DEAD_LETTERS'),
    NATS_DEAD_LETTER_PREFIX: z.string().regex(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/, 'dot-separated tokens like psg.dead-letters').default('psg.dead-letters'),
    EVENTS_CONSUMER_MAX_DELIVERIES: z.coerce.number().int().min(1).max(100).default(10),
    EVENTS_CONSUMER_BACKOFF_MS: z.coerce.number().int().min(1).default(2_000),
    // How long a relay waits between polls of an empty outbox.
    EVENTS_RELAY_INTERVAL_MS: z.coerce.number().int().min(10).default(500),
    // How often the scheduler looks for events the clock causes (a case overdue, a consent expired).
    EVENTS_SCHEDULE_INTERVAL_MS: z.coerce.number().int().min(10).default(60_000),
    // Notifications to people (docs/notifications.md): SMTP for e-mail (none: e-mails are recorded, not sent), the
    // sender address, and the adapters of the official e-address and SMS ("development" records what it would send).
    SMTP_URL: z.string().regex(/^smtps?:\/\/\S+$/, 'a URL like smtp://127.0.0.1:25').optional(),
    NOTIFY_FROM: z.string().default('Valsts pakalpojumi <pazinojumi@pakalpojumi.gov.lv>'),
    NOTIFY_E_ADDRESS_ADAPTER: z.enum(['development']).default('development'),
    NOTIFY_SMS_ADAPTER: z.enum(['development']).default('development'),
    // Quiet hours, local time in Europe/Riga, "22-8": notifications in them are held and sent when they end.
    NOTIFY_QUIET_HOURS: z.string().regex(/^\d{1,2}-\d{1,2}$/, 'hours like 22-8').default('22-8'),

    // Webhooks (docs/events.md, "Webhooks"): the platform's dispatcher delivers events to subscribed endpoints.
    // Run it in this process (`npm start`, the platform subgraph's process); replicas share the work.
    WEBHOOK_DISPATCHER: boolean.default(true),
    // Networks (CIDR, comma-separated, e.g. "127.0.0.1/32,10.20.0.0/16") whose private addresses subscriptions may
    // target; every other private, loopback or link-local address is refused at subscribe time and at delivery.
    WEBHOOK_ALLOWED_NETWORKS: z.string().default(''),
    // Tries per delivery before it is dead-lettered, and the backoff between them: base × 2^(try − 1), at most
    // the cap. The defaults retry 12 times over about 20 hours.
    WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(12),
    WEBHOOK_BACKOFF_BASE_MS: z.coerce.number().int().min(1).default(60_000),
    WEBHOOK_BACKOFF_MAX_MS: z.coerce.number().int().min(1).default(6 * 3600_000),
    // One try's time limit (connect to last byte); a slower endpoint's try fails and is retried later.
    WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(10).default(10_000),
    // Tries in flight per endpoint and in all, per replica: one slow endpoint holds its own slots only.
    WEBHOOK_ENDPOINT_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(4),
    WEBHOOK_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(64),
    // How often a replica looks for due retries when nothing new arrives.
    WEBHOOK_POLL_MS: z.coerce.number().int().min(10).default(1000),
    // The durable JetStream consumer the replicas share (a work queue: each event goes to one of them).
    // A dispatcher run as its own process (npm run webhooks:dispatch) asks the clients subgraph at this URL whether a
    // person's consent to an application holds, with a token signed by GATEWAY_SIGNING_KEY; without both it leaves
    // applications' deliveries to replicas that can ask (the platform's process).
    WEBHOOK_CLIENTS_URL: url.optional(),
    WEBHOOK_CONSUMER: z.string().regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, "_" and "-"').default('psg-webhooks'),
    // How long sent outbox rows and delivered or withheld webhook deliveries are kept; 0 keeps them for ever.
    EVENTS_RETENTION_DAYS: z.coerce.number().min(0).default(30),

    // Command-line clients of a running graph (npm run catalogue:import, npx psg): where it is and the caller's token.
    PSG_URL: url.default('http://localhost:4000/graphql'),
    PSG_TOKEN: z.string().optional(),
    // Access (gateway/access/): shared rate limits, limits on what one request may ask, browsers' origins.
    REDIS_URL: url.optional(),
    REDIS_KEY_PREFIX: z.string().default('psg:'),
    CORS_ORIGINS: z.string().optional(),
    HSTS: boolean.default(false),
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
    MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(262_144),
    MAX_QUERY_DEPTH: z.coerce.number().int().min(2).default(12),
    MAX_ALIASES: z.coerce.number().int().min(0).default(30),
    MAX_TOKENS: z.coerce.number().int().min(100).default(3000),
    MAX_QUERY_COST: z.coerce.number().int().min(1).default(5000),
    MAX_BATCH_OPERATIONS: z.coerce.number().int().min(0).max(100).default(10),
    // Cost points per minute by class, e.g. "anonymous=6000,FREE=20000"; unnamed classes keep their defaults.
    RATE_LIMITS: z.string().regex(/^(\s*[A-Za-z]+\s*=\s*\d+\s*)(,\s*[A-Za-z]+\s*=\s*\d+\s*)*$|^$/, 'a list like "anonymous=6000,FREE=20000"').default(''),
    API_KEY_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(5000),
    // Query planning at the gateway: "rust" is Hive Gateway's Rust planner (@graphql-hive/router-runtime), "javascript"
    // the runtime's own. The Rust one costs less CPU and passes the federation audit; two plugins keep the graph's
    // failure contracts with it (gateway/entity-not-found.ts, gateway/variable-check.ts; docs/performance.md).
    QUERY_PLANNER: z.enum(['rust', 'javascript']).default('rust'),
    // How long the gateway keeps the clients subgraph's answer about X-Act-For (gateway/enrichment-cache.ts); 0 keeps
    // none. Kept answers are dropped on every consent or representation event, so set it only where the clients
    // subgraph sends those (the events of issue 14); otherwise a revoked power of attorney works for this long.
    ENRICHMENT_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(0),
    // The response cache for public catalogue reads (gateway/response-cache.ts, docs/performance.md): Redis when
    // REDIS_URL is set, else memory (at most RESPONSE_CACHE_MAX_ENTRIES answers). Catalogue events drop kept answers;
    // the TTL only bounds an answer whose event never came, and a service's validFrom/validTo passing, which sends
    // none: a kept list can show a service up to the TTL before or after its validity. Off unless asked for, since a
    // write is then visible through the cache only when its event has come back (under a second on one host).
    RESPONSE_CACHE: boolean.default(false),
    RESPONSE_CACHE_TTL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    RESPONSE_CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).default(5000),
    USAGE_FLUSH_MS: z.coerce.number().int().min(100).default(5000),

    // Observability (common/observability.ts). Prometheus /metrics on a port of its own, off unless set: never
    // expose it publicly. Traces leave the process only when an OTLP/HTTP endpoint is set (e.g. http://collector:4318).
    METRICS_PORT: port.optional(),
    METRICS_HOST: z.string().optional(),
    OTEL_EXPORTER_OTLP_ENDPOINT: url.optional(),
    OTEL_SERVICE_NAME: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    const prod = env.NODE_ENV === 'production';
    if (prod && env.DEV_ISSUER) ctx.addIssue({ code: 'custom', path: ['DEV_ISSUER'], message: 'the development issuer must be off in production' });
    if (prod && !env.OIDC_ISSUER) ctx.addIssue({ code: 'custom', path: ['OIDC_ISSUER'], message: 'required in production' });
    if (env.OIDC_ISSUER && !env.OIDC_JWKS_URL) ctx.addIssue({ code: 'custom', path: ['OIDC_JWKS_URL'], message: 'required when OIDC_ISSUER is set' });
    if (prod && env.CLIENT_ID_SECRET === 'development-only-client-id-secret')
      ctx.addIssue({ code: 'custom', path: ['CLIENT_ID_SECRET'], message: 'set a secret of your own in production' });
  });

export type Config = z.infer<typeof schema> & { devIssuer: boolean };

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return { ...c, devIssuer: c.DEV_ISSUER ?? c.NODE_ENV !== 'production' };
}

/** The development provider's issuer: DEV_OIDC_ISSUER, else its address on HOST. `npm run token` and a gateway agree. */
export const devOidcIssuer = (config: Config, port = config.DEV_OIDC_PORT): string =>
  config.DEV_OIDC_ISSUER ?? `http://${config.HOST}:${port}`;

/** Where browsers reach the developer portal: DEVELOPER_PORTAL_URL, else its address on HOST. */
export const developerPortalUrl = (config: Config, port = config.DEVELOPER_PORTAL_PORT): string => config.DEVELOPER_PORTAL_URL ?? `http://${config.HOST}:${port}`;

/** Where browsers reach the citizen portal: PORTAL_URL, else its address on HOST. */
export const portalUrl = (config: Config, port = config.PORTAL_PORT): string => config.PORTAL_URL ?? `http://${config.HOST}:${port}`;

export type SubgraphName = 'services' | 'life-situations' | 'clients' | 'cases' | 'platform';

/** A subgraph's own database URL, else the shared one, else undefined (embedded PGlite). */
export function databaseUrlFor(config: Config, name: SubgraphName): string | undefined {
  const own = {
    services: config.SERVICES_DATABASE_URL,
    'life-situations': config.LIFE_SITUATIONS_DATABASE_URL,
    clients: config.CLIENTS_DATABASE_URL,
    cases: config.CASES_DATABASE_URL,
    platform: config.PLATFORM_DATABASE_URL,
  }[name];
  return own ?? config.DATABASE_URL;
}

export function portFor(config: Config, name: SubgraphName): number {
  return { services: config.SERVICES_PORT, 'life-situations': config.LIFE_SITUATIONS_PORT, clients: config.CLIENTS_PORT, cases: config.CASES_PORT, platform: config.PLATFORM_PORT }[name];
}
