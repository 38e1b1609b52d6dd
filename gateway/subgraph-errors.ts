import { GraphQLError } from 'graphql';
import { RETRY_AFTER_SECONDS } from '@public-service-graph/subgraph-kit/errors';

/**
 * What a caller sees when part of the graph fails or refuses.
 * - A subgraph that is down, refuses the connection or does not answer in time (Hive Gateway's transport reports
 *   SUBREQUEST_HTTP_ERROR, TIMEOUT_ERROR or GATEWAY_TIMEOUT) becomes SUBGRAPH_UNAVAILABLE on each path it leaves
 *   null, with a retry hint.
 * - A subgraph's own coded error (FORBIDDEN on a field the caller may not see, NOT_FOUND, …) keeps its code and
 *   message. The runtime wraps it in an error of another `graphql` instance, which Yoga's default masking took for
 *   an unexpected one and turned into "Unexpected error." (the subgraphs mask their own unexpected errors already).
 * - The gateway's own GraphQL errors pass as they are; anything else stays masked as INTERNAL_SERVER_ERROR.
 * Nothing about the graph's insides leaves: no subgraph names, hosts, ports, subrequests or stacks.
 */

const TRANSPORT_FAILURES = new Set(['SUBREQUEST_HTTP_ERROR', 'TIMEOUT_ERROR', 'GATEWAY_TIMEOUT']);

/** A subgraph error without a code of its own: unexpected, so masked. */
const UNCODED = 'DOWNSTREAM_SERVICE_ERROR';

/** Extensions the gateway's transport adds that name the graph's insides. */
const INTERNAL_EXTENSIONS = ['serviceName', 'request', 'response', 'stacktrace', 'originalError'];

const UNAVAILABLE_MESSAGE =
  `This part of the answer is unavailable right now: a service behind the graph did not respond. The rest of the answer stands; ask again for this part in ${RETRY_AFTER_SECONDS} seconds.`;

interface ErrorLike { message: string; extensions?: Record<string, unknown>; originalError?: unknown }

/** The error and the errors it wraps, outermost first (duck-typed: they may come from another `graphql` copy). */
function chain(error: unknown): ErrorLike[] {
  const errors: ErrorLike[] = [];
  for (let e = error as ErrorLike | undefined; e && typeof e === 'object' && errors.length < 5; e = e.originalError as ErrorLike | undefined) errors.push(e);
  return errors;
}

const codeOf = (e: ErrorLike) => (typeof e.extensions?.code === 'string' ? e.extensions.code : null);

const withoutInternals = (extensions: Record<string, unknown>, drop: string[] = []) =>
  Object.fromEntries(Object.entries(extensions).filter(([key]) => !INTERNAL_EXTENSIONS.includes(key) && !drop.includes(key)));

/** Yoga's maskError (see above). */
export function maskError(error: unknown, message: string): Error {
  // By name, not instanceof: the runtime's errors may come from another copy of `graphql` than this module's.
  const located = (error as Error | undefined)?.name === 'GraphQLError' ? (error as GraphQLError) : null;
  const at = { nodes: located?.nodes, source: located?.source, positions: located?.positions, path: located?.path };
  const errors = chain(error);
  if (errors.some((e) => TRANSPORT_FAILURES.has(codeOf(e) ?? '')))
    return new GraphQLError(UNAVAILABLE_MESSAGE, { ...at, extensions: { code: 'SUBGRAPH_UNAVAILABLE', retryAfterSeconds: RETRY_AFTER_SECONDS } });
  const coded = errors.find((e) => e.extensions?.serviceName && codeOf(e) && codeOf(e) !== UNCODED);
  // Without `http`: a field's refusal must not turn the whole partial answer into a 4xx.
  if (coded) return new GraphQLError(coded.message, { ...at, extensions: withoutInternals(coded.extensions!, ['http']) });
  // The gateway's own errors (a refused X-Act-For, a limit) were written for the caller, as Yoga's default keeps them.
  if (errors.every((e) => (e as Error).name === 'GraphQLError' && !e.extensions?.serviceName)) return error as Error;
  // As Yoga's default, a request error's 4xx stays (400 for a body that is not JSON); a subgraph's status never
  // becomes the status of a partial answer.
  const fromSubgraph = errors.some((e) => e.extensions?.serviceName);
  const http = located?.extensions?.http as { status?: number } | undefined;
  const keep = !fromSubgraph && http?.status !== undefined && http.status < 500;
  return new GraphQLError(message, { ...at, extensions: { code: 'INTERNAL_SERVER_ERROR', ...(keep ? { http } : {}) } });
}

/**
 * Drops what the transport added to errors that reach the answer unmasked (their codes and messages stay); `http`
 * stays, as Yoga reads the status of the gateway's own errors from it.
 */
export function scrubExtensions(error: { extensions?: Record<string, unknown> }): void {
  // Only errors that came through the transport: Yoga's own request errors keep what it reads their status from.
  if (error.extensions?.serviceName || error.extensions?.request) Object.assign(error, { extensions: withoutInternals(error.extensions) });
}
