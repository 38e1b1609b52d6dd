import { GraphQLError } from 'graphql';

/** The machine codes every error carries in `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'SUBGRAPH_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  // The served graph has no clients subgraph to check X-Act-For or consents with (gateway/enrich-identity.ts).
  | 'CLIENTS_CHECK_UNAVAILABLE';

const httpStatus: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403 };

export function graphqlError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  const status = httpStatus[code];
  return new GraphQLError(message, { extensions: { code, ...extensions, ...(status ? { http: { status } } : {}) } });
}

export const badInput = (message: string, extensions?: Record<string, unknown>) => graphqlError('BAD_USER_INPUT', message, extensions);
export const unauthenticated = (message = 'Sign in first: send an Authorization: Bearer <token> header.') => graphqlError('UNAUTHENTICATED', message);
export const forbidden = (message: string) => graphqlError('FORBIDDEN', message);
export const notFound = (message: string) => graphqlError('NOT_FOUND', message);

/** How long a caller should wait before asking again for data a subgraph could not give. */
export const RETRY_AFTER_SECONDS = 5;

/** Part of the graph cannot answer now (down, slow): transient, worth a retry after `retryAfterSeconds`. */
export const unavailable = (message: string) => graphqlError('SUBGRAPH_UNAVAILABLE', message, { retryAfterSeconds: RETRY_AFTER_SECONDS });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);

/** An entity id from a client: must be one this graph gave out (a UUID). */
export function parseId(id: string, what: string): string {
  if (!isUuid(id)) throw badInput(`"${id}" is not a valid ${what} id: ids are UUIDs as returned by this API.`, { argument: 'id' });
  return id.toLowerCase();
}
