import { GraphQLError } from 'graphql';

/**
 * Errors the gateway raises itself, before any subgraph is asked: a machine code the caller can branch on and the
 * HTTP status that goes with it (Yoga takes it from extensions.http and leaves that out of the response).
 */
export type GatewayErrorCode =
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'BAD_REQUEST'
  | 'BAD_USER_INPUT'
  | 'QUERY_TOO_DEEP'
  | 'TOO_MANY_ALIASES'
  | 'TOO_MANY_TOKENS'
  | 'TOO_MANY_DIRECTIVES'
  | 'TOO_MANY_FIELDS'
  | 'QUERY_TOO_COSTLY'
  | 'BATCH_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'INTROSPECTION_DISABLED'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'PERSISTED_QUERY_ONLY'
  | 'SERVICE_UNAVAILABLE';

export function gatewayError(code: GatewayErrorCode, message: string, status: number, extensions: Record<string, unknown> = {}, headers?: Record<string, string>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status, ...(headers ? { headers } : {}) } } });
}

/** The same error as a complete HTTP response body, for the node:http layer (before GraphQL is involved). */
export const errorBody = (code: GatewayErrorCode, message: string, extensions: Record<string, unknown> = {}): string =>
  JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] });
