import http from 'node:http';
import { getOperationAST } from 'graphql';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import type { ResponseCache } from './response-cache.ts';
import type { Identity } from '@public-service-graph/subgraph-kit/identity';
import type { Logger } from '@public-service-graph/subgraph-kit/logger';
import type { ProcessMetrics } from '@public-service-graph/subgraph-kit/metrics';
import type { Access } from './access/create-access.ts';
import type { Authenticator } from './authenticate.ts';
import type { IdentityEnricher } from './enrich-identity.ts';
import type { InternalTokenSigner } from './internal-token.ts';
import { useEntityNotFound } from './entity-not-found.ts';
import { exampleTabs, graphiqlHtml } from './graphiql.ts';
import { maskError, scrubExtensions } from './subgraph-errors.ts';
import { telemetryPlugins, withRequestId } from './telemetry.ts';
import { gatewayTracing } from './tracing.ts';
import { useVariableCheck } from './variable-check.ts';

export interface GatewayOptions {
  /** Supergraph SDL, or a function returning the current one (read again on every poll). */
  supergraph: string | (() => string | Promise<string>);
  authenticator: Authenticator;
  /** Adds onBehalfOf (X-Act-For) and consent scopes after authentication (gateway/enrich-identity.ts). */
  enricher?: IdentityEnricher;
  signer: InternalTokenSigner;
  log: Logger;
  /**
   * Subgraph URLs whose /readyz makes the gateway ready: the platform's own. An institution's subgraph being down
   * fails only the fields it resolves.
   */
  subgraphUrls: string[];
  subgraphTimeoutMs: number;
  pollingIntervalMs?: number;
  /** API keys, authorization directives, limits, rate limits, usage, CORS (gateway/access/); closed with the gateway. */
  access?: Access;
  /** The process's Prometheus registry (common/metrics.ts); tracing and the request log are always on. */
  metrics?: ProcessMetrics;
  /** "rust": Hive Gateway's Rust query planner (the default, QUERY_PLANNER); "javascript": the runtime's own. */
  queryPlanner?: 'rust' | 'javascript';
  /** Public catalogue answers kept between requests (gateway/response-cache.ts); after the access layer's checks. */
  responseCache?: ResponseCache;
}

export interface RunningGateway {
  url: string;
  server: http.Server;
  close(): Promise<void>;
}

type IdentityContext = { identity?: Identity };

/** Authenticates every request once, before execution; a bad token is an UNAUTHENTICATED error, not anonymity. */
const useIdentity = (authenticate: (request: Request) => Promise<Identity>, enricher?: IdentityEnricher): GatewayPlugin<IdentityContext> => ({
  async onContextBuilding({ context, extendContext }) {
    const { request, params } = context as unknown as { request: Request; params?: { query?: string; operationName?: string } };
    const identity = await authenticate(request);
    extendContext({ identity: enricher ? await enricher.enrich(identity, request, params) : identity });
  },
});

/**
 * Errors the GraphQL layer raises before execution (bad variables, for one) carry no code; give every error one,
 * so clients can always branch on extensions.code. Subgraphs' own errors lose what the transport added about them.
 */
const useErrorCodes = (): GatewayPlugin => ({
  onResultProcess({ result }) {
    for (const r of Array.isArray(result) ? result : [result]) {
      for (const error of (r as { errors?: { message: string; extensions?: Record<string, unknown> }[] })?.errors ?? []) {
        scrubExtensions(error);
        if (error.extensions?.code) continue;
        const code = error.message.startsWith('Variable "$') ? 'BAD_USER_INPUT' : 'BAD_REQUEST';
        Object.assign(error, { extensions: { ...error.extensions, code } });
      }
    }
  },
});

async function subgraphsReady(urls: string[]): Promise<boolean> {
  const checks = urls.map((u) => fetch(new URL('/readyz', u), { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false));
  return (await Promise.all(checks)).every(Boolean);
}

export async function startGateway(opts: GatewayOptions, listen: { port: number; host: string }): Promise<RunningGateway> {
  const log = opts.log.child({ component: 'gateway' });
  const jwks = JSON.stringify(opts.signer.jwks);
  const { access } = opts;
  const rust = opts.queryPlanner !== 'javascript';
  const tracing = gatewayTracing();
  const authenticate = access ? (r: Request) => access.identities.identity(r) : (r: Request) => opts.authenticator.authenticate(r.headers.get('authorization'));
  const gateway = createGatewayRuntime<IdentityContext>({
    ...access?.runtimeOptions,
    supergraph: opts.supergraph,
    ...(rust ? { unifiedGraphHandler } : {}),
    pollingInterval: opts.pollingIntervalMs,
    // A new supergraph (a publish in the schema registry) must not abort the operations running on the old one.
    gracefulSchemaReload: { drainTimeout: opts.subgraphTimeoutMs * 2 },
    logging: false,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    readinessCheckEndpoint: '/gateway-readyz',
    landingPage: false,
    // GraphiQL from the project's own assets, never a CDN (gateway/graphiql.ts), opening on Latvian examples.
    graphiql: { title: 'Publiskais pakalpojumu grafs · GraphiQL', defaultTabs: exampleTabs(), shouldPersistHeaders: false },
    renderGraphiQL: () => graphiqlHtml(),
    // A subgraph that is down costs its fields, with a code that says so (gateway/subgraph-errors.ts).
    maskedErrors: {
      maskError: (error: unknown, message: string) => {
        const masked = maskError(error, message);
        // The caller learns nothing of the insides; the operator does.
        if ((masked as { extensions?: { code?: unknown } }).extensions?.code === 'SUBGRAPH_UNAVAILABLE') log.warn({ err: error }, 'subgraph unavailable');
        return masked;
      },
    },
    // A subscription is a stream that lasts (common/event-stream.ts ends it after 15 minutes): no answer timeout.
    upstreamTimeout: ({ executionRequest }) => (executionRequest && getOperationAST(executionRequest.document, executionRequest.operationName)?.operation === 'subscription' ? undefined : opts.subgraphTimeoutMs),
    plugins: (ctx) => [
      ...telemetryPlugins(ctx, { log: opts.log, metrics: opts.metrics, tracing }),
      useIdentity(authenticate, opts.enricher),
      ...(access?.plugins ?? []),
      // What the runtime's own planner does and the Rust one does not: the graph's failure contracts.
      ...(rust ? [useVariableCheck(), useEntityNotFound()] : []),
      ...(opts.responseCache ? [opts.responseCache.plugin] : []),
      useErrorCodes(),
    ],
    propagateHeaders: {
      fromClientToSubgraphs: async ({ context, request, subgraphName }) => ({
        authorization: `Bearer ${await opts.signer.sign(context.identity!, subgraphName)}`,
        // A person's stored language stands in for a request that names none (enrich-identity.ts).
        'accept-language': context.identity?.preferredLanguage ?? request.headers.get('accept-language'),
        // Not x-request-id: these headers are part of the key under which the runtime lets identical calls in flight
        // share one answer, and a header unique to each request would keep any two from sharing. The request id
        // goes with each call that is sent (useRequestTelemetry's onFetch), as the traceparent does.
      }),
    },
  });

  // Load the supergraph now rather than on the first request: a gateway that cannot load one must not start.
  const loaded = await gateway.fetch('http://gateway/gateway-readyz');
  if (!loaded.ok) {
    await gateway.dispose();
    throw new Error(`The gateway could not load its supergraph (readiness ${loaded.status}).`);
  }

  const server = http.createServer(withRequestId(tracing.handler(async (req, res) => {
    if (access && !(await access.guard(req, res))) return;
    if (req.url === '/.well-known/jwks.json') {
      res.writeHead(200, { 'content-type': 'application/jwk-set+json', 'cache-control': 'max-age=300' });
      return res.end(jwks);
    }
    if (req.url === '/readyz') {
      const ready = await subgraphsReady(opts.subgraphUrls);
      res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ status: ready ? 'ready' : 'a subgraph is not ready' }));
    }
    return gateway(req, res);
  })));
  // Slow clients (slowloris) hold a socket for at most this long.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    log.debug({ err }, 'client error');
    if (err.code !== 'HPE_HEADER_OVERFLOW') return socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    const body = '{"errors":[{"message":"The request line or headers are too large (16 KB at most): send the query in a POST body.","extensions":{"code":"REQUEST_HEADER_FIELDS_TOO_LARGE"}}]}';
    socket.end(`HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n${body}`);
  });

  await new Promise<void>((resolve) => server.listen(listen.port, listen.host, resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://${listen.host}:${port}/graphql`,
    server,
    close: async () => {
      // Stop accepting, let in-flight requests finish, then release the runtime.
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await gateway.dispose();
      await access?.close();
    },
  };
}
