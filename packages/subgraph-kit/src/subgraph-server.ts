import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloServer, HeaderMap, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { DocumentNode, GraphQLError, GraphQLFormattedError } from 'graphql';
import type { Database, Db } from './db.ts';
import type { OutboxTable } from './events/outbox.ts';
import { errorLanguagePlugin } from './error-language.ts';
import type { EventConsumer } from './events/consumer.ts';
import { parseAcceptLanguage } from './i18n.ts';
import type { Identity, IdentityVerifier } from './identity.ts';
import type { Logger } from './logger.ts';
import { subgraphMetricsPlugin, type ProcessMetrics } from './metrics.ts';
import { refuseMissingRequiredParts } from './requires.ts';
import { tracedHandler } from './tracing.ts';
import { eventStreamOperation, serveEventStream } from './event-stream.ts';

/** What every subgraph's per-request context starts from. */
export interface RequestBase {
  identity: Identity;
  /** Languages the reader accepts, best first (from Accept-Language, forwarded by the gateway). */
  languages: string[];
  requestId: string;
  log: Logger;
}

/**
 * Another subgraph's API as one subgraph reads it (never its tables): the services subgraph itself with an internal
 * token when they run in one process, or the public graph when they run apart.
 */
export interface GraphEndpoint {
  url: string | (() => string);
  /** The bearer token to send, if any. */
  token?: () => Promise<string>;
}

/** What a subgraph's module gets at start, beside its database. */
export interface SubgraphEnv {
  clientIdSecret: string;
  /** The APIs of other subgraphs this one reads, by subgraph name. */
  peers?: Partial<Record<string, GraphEndpoint>>;
  /** SERVICE_PROJECTION_MAX_AGE_MS, for the cases subgraph's projection of the catalogue. */
  projectionMaxAgeMs?: number;
  /** WEBHOOK_ALLOWED_NETWORKS, for the platform subgraph's check of webhook URLs. */
  webhookAllowedNetworks?: string;
}

/** What a subgraph folder exports: everything needed to migrate, seed and serve it. */
export interface SubgraphModule<TContext extends BaseContext = BaseContext> {
  /** The name the subgraph is registered under; the gateway's tokens for it carry the audience `psg-subgraph:<name>`. */
  name: string;
  typeDefs: DocumentNode;
  /** Resolvers typed by codegen from the subgraph's SDL. */
  resolvers: object;
  /** `env.clientIdSecret` turns personal codes into client ids (packages/subgraph-kit/src/identity.ts clientIdFor). */
  createContext(db: Db, env: SubgraphEnv): (base: RequestBase) => TContext;
  migrations: { folder: string; table: string };
  /** Loads the demo data; must be idempotent. */
  seed(db: Db, env: { clientIdSecret: string }): Promise<void>;
  /** The subgraph's event outbox, which the process running it relays to the bus (scripts/events.ts). */
  outbox?: OutboxTable;
  /** Consumers of the bus the process running the subgraph starts beside its relay (common/events/consumer.ts). */
  consumers?(deps: ConsumerDeps): EventConsumer[];
  /**
   * Work due by the clock (events no write causes: a case overdue, a consent expired), run by the process's
   * scheduler every EVENTS_SCHEDULE_INTERVAL_MS; returns how many events it wrote. Replicas may run it at once:
   * it must write each event once (lock the rows it marks).
   */
  scheduled?(db: Db, now: Date): Promise<number>;
}

/** What a subgraph's bus consumers get. */
export interface ConsumerDeps {
  db: Db;
  /**
   * The process's settings (environment after validation), read by name, e.g. SMTP_URL: the same object throughout,
   * so a setting changed at run time applies from the next use.
   */
  settings: Readonly<Record<string, unknown>>;
  log: Logger;
  /** CLIENT_ID_SECRET. */
  clientIdSecret: string;
}

export interface SubgraphDeps {
  database: Database;
  verifier: IdentityVerifier;
  log: Logger;
  /** CLIENT_ID_SECRET, handed to the module's createContext. */
  clientIdSecret: string;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /** The other subgraphs' APIs this one reads (see SubgraphEnv). */
  peers?: SubgraphEnv['peers'];
  projectionMaxAgeMs?: number;
  webhookAllowedNetworks?: string;
  /** The process's Prometheus registry (packages/subgraph-kit/src/metrics.ts); without it the subgraph counts nothing. */
  metrics?: ProcessMetrics;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  server: http.Server;
  close(): Promise<void>;
}

const json = (res: http.ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
};
const errorBody = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

class BodyTooLarge extends Error {}

/** A GraphQL error of a subscription as Apollo would format it: code INTERNAL_SERVER_ERROR unless it has one. */
function formattedOf(error: unknown): GraphQLFormattedError {
  const e = error as GraphQLError;
  const code = (e.extensions?.code as string | undefined) ?? (e.originalError ? 'INTERNAL_SERVER_ERROR' : 'GRAPHQL_VALIDATION_FAILED');
  return { ...e.toJSON(), extensions: { ...e.extensions, code } };
}

async function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The schema a subgraph serves: its SDL and resolvers, with every `@requires` field refused while a part is absent. */
export const subgraphSchema = (module: Pick<SubgraphModule, 'typeDefs' | 'resolvers'>) =>
  refuseMissingRequiredParts(buildSubgraphSchema({ typeDefs: module.typeDefs, resolvers: module.resolvers as never }));

/**
 * Starts one subgraph on its own HTTP server. Requests without a valid internal identity token from the
 * gateway get UNAUTHENTICATED before any resolver runs, so a subgraph reached directly gives nothing.
 */
export async function startSubgraph<TContext extends BaseContext>(
  module: SubgraphModule<TContext>,
  opts: SubgraphDeps,
  listen: { port: number; host: string },
): Promise<RunningSubgraph> {
  const log = opts.log.child({ subgraph: module.name });
  const maxBody = opts.maxBodyBytes ?? 1_000_000;
  const createContext = module.createContext(opts.database.db, { clientIdSecret: opts.clientIdSecret, peers: opts.peers ?? {}, projectionMaxAgeMs: opts.projectionMaxAgeMs, webhookAllowedNetworks: opts.webhookAllowedNetworks });
  const formatError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
    // Unexpected failures (SQL, bugs) never leave the server: log them, return a reference.
    const reference = randomUUID();
    log.error({ err: (error as { originalError?: unknown })?.originalError ?? error, reference }, 'unexpected error');
    return { message: `Internal error; reference ${reference}.`, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', reference } };
  };
  const server = http.createServer();
  const schema = subgraphSchema(module);
  const apollo = new ApolloServer<TContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    // The process entry point owns shutdown: it drains the gateway first, then stops the subgraphs.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      ApolloServerPluginInlineTraceDisabled(),
      // No field carries a cache hint, so every answer was `no-store` (set below); the plugin's hook on every field
      // made Apollo wrap each resolver, a cost on every field of every request.
      ApolloServerPluginCacheControlDisabled(),
      errorLanguagePlugin(),
      ...(opts.metrics ? [subgraphMetricsPlugin(opts.metrics, module.name)] : []),
    ],
    formatError,
  });
  await apollo.start();

  server.on('request', tracedHandler(module.name, async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://subgraph');
    try {
      if (url.pathname === '/healthz') return json(res, 200, { status: 'ok' });
      if (url.pathname === '/readyz') {
        await opts.database.ping().then(
          () => json(res, 200, { status: 'ready' }),
          () => json(res, 503, { status: 'database unreachable' }),
        );
        return;
      }
      if (url.pathname !== '/graphql') return json(res, 404, errorBody('Not found; the GraphQL endpoint is /graphql.', 'NOT_FOUND'));

      const verified = await opts.verifier.check(req.headers.authorization, module.name);
      if (!verified.ok) {
        if (verified.status === 503) log.error({ err: verified.cause }, "cannot fetch the gateway's key set");
        return json(res, verified.status, errorBody(verified.message, verified.status === 401 ? 'UNAUTHENTICATED' : 'SERVICE_UNAVAILABLE'));
      }
      const { identity } = verified;

      const raw = req.method === 'POST' ? await readBody(req, maxBody) : '';
      let body: unknown = raw;
      if ((req.headers['content-type'] ?? '').includes('json') && raw) {
        try {
          body = JSON.parse(raw);
        } catch {
          return json(res, 400, errorBody('The request body is not valid JSON.', 'BAD_REQUEST'));
        }
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      const requestId = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
      // The logger adds the request id and trace id to every line written while serving it (packages/subgraph-kit/src/logger.ts).
      const base: RequestBase = { identity, languages: parseAcceptLanguage(req.headers['accept-language']), requestId, log };

      const stream = eventStreamOperation(req, url, body);
      if (stream) return await serveEventStream(req, res, schema, stream, await createContext(base), (e) => formatError(formattedOf(e), e));

      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: async () => createContext(base),
      });
      res.statusCode = result.status ?? 200;
      res.setHeader('cache-control', 'no-store');
      for (const [key, value] of result.headers) res.setHeader(key, value);
      if (result.body.kind === 'complete') return res.end(result.body.string);
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (err) {
      if (err instanceof BodyTooLarge) return json(res, 413, errorBody(`The request body is larger than ${maxBody} bytes.`, 'PAYLOAD_TOO_LARGE'));
      log.error({ err }, 'request failed');
      if (!res.headersSent) json(res, 500, errorBody('Internal error.', 'INTERNAL_SERVER_ERROR'));
      else res.end();
    }
  }));

  await new Promise<void>((resolve) => server.listen(listen.port, listen.host, resolve));
  const { port } = server.address() as { port: number };
  return {
    name: module.name,
    url: `http://${listen.host}:${port}/graphql`,
    server,
    close: () => apollo.stop(),
  };
}
