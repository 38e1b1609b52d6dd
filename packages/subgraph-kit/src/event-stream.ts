/**
 * GraphQL subscriptions of a subgraph over Server-Sent Events, as the gateway asks for them (Hive Gateway's HTTP
 * transport: GET or POST /graphql with `Accept: text/event-stream`, the GraphQL over SSE "distinct connections"
 * mode): one `next` event per result, `complete` at the end, a comment every 15 s so proxies keep the connection.
 * Apollo Server answers queries and mutations; it does not run subscriptions, so this runs them with graphql-js on
 * the same schema and the same per-request context.
 */
import type http from 'node:http';
import { getOperationAST, parse, subscribe, validate, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';

const HEARTBEAT_MS = 15_000;
/** A stream ends after this long: the client reconnects, and its identity and rights are checked afresh. */
export const MAX_STREAM_MS = 15 * 60_000;

interface Params { query?: string; variables?: Record<string, unknown> | null; operationName?: string | null }

const wantsEventStream = (req: http.IncomingMessage): boolean => (req.headers.accept ?? '').includes('text/event-stream');

/** The request's operation, if it is a subscription asked for as an event stream; null otherwise (Apollo serves it). */
export function eventStreamOperation(req: http.IncomingMessage, url: URL, body: unknown): { params: Params; document: DocumentNode } | null {
  if (!wantsEventStream(req)) return null;
  let params: Params;
  if (req.method === 'GET') {
    const variables = url.searchParams.get('variables');
    params = { query: url.searchParams.get('query') ?? undefined, variables: variables ? JSON.parse(variables) : null, operationName: url.searchParams.get('operationName') };
  } else params = (body && typeof body === 'object' ? body : {}) as Params;
  if (!params.query) return null;
  let document: DocumentNode;
  try {
    document = parse(params.query);
  } catch {
    return null;
  }
  return getOperationAST(document, params.operationName ?? undefined)?.operation === 'subscription' ? { params, document } : null;
}

const frame = (res: http.ServerResponse, event: 'next' | 'complete', data?: ExecutionResult) =>
  res.write(`event: ${event}\ndata: ${data ? JSON.stringify(data) : ''}\n\n`);

/** Runs the subscription and streams its results until it ends, the client goes away or MAX_STREAM_MS passes. */
export async function serveEventStream(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  schema: GraphQLSchema,
  op: { params: Params; document: DocumentNode },
  contextValue: unknown,
  formatError: (error: unknown) => unknown,
): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive' });
  // Headers go now, not with the first event (which may be minutes away): the gateway waits for them.
  res.flushHeaders();
  const format = (result: ExecutionResult) => (result.errors ? { ...result, errors: result.errors.map((e) => formatError(e)) } : result) as ExecutionResult;
  const problems = validate(schema, op.document);
  if (problems.length) {
    frame(res, 'next', format({ errors: problems }));
    frame(res, 'complete');
    return void res.end();
  }
  const result = await subscribe({ schema, document: op.document, variableValues: op.params.variables ?? undefined, operationName: op.params.operationName ?? undefined, contextValue });
  if (!(Symbol.asyncIterator in result)) {
    frame(res, 'next', format(result));
    frame(res, 'complete');
    return void res.end();
  }
  const iterator = result[Symbol.asyncIterator]();
  const end = () => void iterator.return?.();
  req.on('close', end);
  const heartbeat = setInterval(() => res.write(':\n\n'), HEARTBEAT_MS);
  const lifetime = setTimeout(end, MAX_STREAM_MS);
  try {
    for (;;) {
      const step = await iterator.next();
      if (step.done) break;
      frame(res, 'next', format(step.value));
    }
    if (!res.destroyed) frame(res, 'complete');
  } finally {
    clearInterval(heartbeat);
    clearTimeout(lifetime);
    req.off('close', end);
    res.end();
  }
}
