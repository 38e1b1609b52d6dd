import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLFormattedError } from 'graphql';
import { createLoaders, parseAcceptLanguage, type LadContext } from './context.ts';
import { migrateLadDb, openLadDb } from './db.ts';
import { DEFAULT_AUDIENCE, GatewayTokenVerifier } from './identity.ts';
import { resolvers } from './resolvers.ts';
import { seedLadDemo } from './seed.ts';

export interface LadSubgraphOptions {
  /** Port to listen on; 0 picks a free one. */
  port: number;
  /** Interface to listen on, e.g. "127.0.0.1". */
  host: string;
  /** A postgres:// URL; without it an embedded PGlite. LAD's tables live in the schema `lad`. */
  databaseUrl?: string;
  /** PGlite's data directory when there is no `databaseUrl`; without it PGlite keeps data in memory. */
  pgliteDir?: string;
  /** The gateway's key set, e.g. "http://localhost:4000/.well-known/jwks.json". */
  gatewayJwksUrl: string;
  /** The audience the gateway's tokens must carry: `psg-subgraph:<registered name>`. Default "psg-subgraph:lad". */
  audience?: string;
  /** Load the demo farms and declarations (idempotent). Default false. */
  seedDemo?: boolean;
  /** Called with the SQL of every statement sent to the database (metrics, logs; tests count statements). */
  onStatement?: (sql: string) => void;
}

export interface RunningLadSubgraph {
  /** The GraphQL endpoint, e.g. "http://127.0.0.1:4101/graphql": the routing URL to publish. */
  url: string;
  /** Stops accepting requests, lets running ones finish, closes the database. */
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1_000_000;
export const ladTypeDefs = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

const sendJson = (res: http.ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
};
const errorBody = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

class BodyTooLarge extends Error {
  constructor() {
    super(`The request body is larger than ${MAX_BODY_BYTES} bytes.`);
  }
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Unexpected failures are logged with a reference; the caller gets the reference, never SQL or a stack. */
function internalError(err: unknown): { reference: string } {
  const reference = randomUUID();
  console.error(`lad-subgraph: unexpected error, reference ${reference}:`, err);
  return { reference };
}

/**
 * Starts LAD's subgraph: migrates its schema `lad`, optionally seeds the demo, and serves `/graphql` (only to
 * requests carrying a valid gateway token), `/healthz` and `/readyz` (database ping).
 */
export async function startLadSubgraph(opts: LadSubgraphOptions): Promise<RunningLadSubgraph> {
  const db = await openLadDb({ databaseUrl: opts.databaseUrl, pgliteDir: opts.pgliteDir, onStatement: opts.onStatement });
  try {
    await migrateLadDb(db);
    if (opts.seedDemo) await seedLadDemo(db);
  } catch (err) {
    await db.close();
    throw err;
  }
  const verifier = new GatewayTokenVerifier(opts.gatewayJwksUrl, opts.audience ?? DEFAULT_AUDIENCE);

  const server = http.createServer();
  const apollo = new ApolloServer<LadContext>({
    schema: buildSubgraphSchema({ typeDefs: ladTypeDefs, resolvers: resolvers as never }),
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
    ],
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
      const { reference } = internalError((error as { originalError?: unknown })?.originalError ?? error);
      return { message: `Internal error; reference ${reference}.`, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', reference } };
    },
  });
  await apollo.start();

  server.on('request', async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://lad');
      if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
      if (url.pathname === '/readyz') {
        return await db.ping().then(
          () => sendJson(res, 200, { status: 'ready' }),
          () => sendJson(res, 503, { status: 'database unreachable' }),
        );
      }
      if (url.pathname !== '/graphql') return sendJson(res, 404, errorBody('Not found: the GraphQL endpoint is /graphql.', 'NOT_FOUND'));

      const verified = await verifier.verify(req.headers.authorization);
      if (!verified.ok) {
        if (verified.status === 503) console.error(`lad-subgraph: cannot fetch the gateway's keys from ${opts.gatewayJwksUrl}:`, verified.cause);
        return sendJson(res, verified.status, errorBody(verified.message, verified.status === 401 ? 'UNAUTHENTICATED' : 'SERVICE_UNAVAILABLE'));
      }

      const raw = req.method === 'POST' ? await readBody(req) : '';
      let body: unknown = raw;
      if ((req.headers['content-type'] ?? '').includes('json') && raw) {
        try {
          body = JSON.parse(raw);
        } catch {
          return sendJson(res, 400, errorBody('The request body is not valid JSON.', 'BAD_REQUEST'));
        }
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      const context: LadContext = {
        identity: verified.identity,
        languages: parseAcceptLanguage(req.headers['accept-language']),
        loaders: createLoaders(db),
      };
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: async () => context,
      });
      res.statusCode = result.status ?? 200;
      for (const [key, value] of result.headers) res.setHeader(key, value);
      if (result.body.kind === 'complete') return res.end(result.body.string);
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (err) {
      if (err instanceof BodyTooLarge) return sendJson(res, 413, errorBody(err.message, 'PAYLOAD_TOO_LARGE'));
      const { reference } = internalError(err);
      if (!res.headersSent) sendJson(res, 500, errorBody(`Internal error; reference ${reference}.`, 'INTERNAL_SERVER_ERROR'));
      else res.end();
    }
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port, opts.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    await apollo.stop().catch(() => {});
    await db.close();
    throw err;
  }
  const { port } = server.address() as { port: number };
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}/graphql`,
    close: () =>
      (closing ??= (async () => {
        await apollo.stop(); // the drain plugin closes the HTTP server and waits for running requests
        await db.close();
      })()),
  };
}
