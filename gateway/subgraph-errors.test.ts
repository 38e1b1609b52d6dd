import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { maskError, scrubExtensions } from './subgraph-errors.ts';

const path = ['me', 'cases'];
/** As Hive Gateway's transport reports a subgraph it could not reach, wrapped at the field's path. */
const transport = (code: string, message = 'connect ECONNREFUSED 127.0.0.1:4004') =>
  new GraphQLError(message, { path, originalError: new GraphQLError(message, { extensions: { code, serviceName: 'cases', request: { body: '{…}' } } }) });

describe('masking errors at the gateway', () => {
  it('turns a subgraph that is down or too slow into SUBGRAPH_UNAVAILABLE with a retry hint, and nothing of its insides', () => {
    for (const code of ['SUBREQUEST_HTTP_ERROR', 'TIMEOUT_ERROR', 'GATEWAY_TIMEOUT']) {
      const masked = maskError(transport(code), 'Unexpected error.') as GraphQLError;
      expect(masked.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', retryAfterSeconds: 5 });
      expect(masked.path).toEqual(path);
      expect(masked.message).toMatch(/try|ask again/i);
      expect(masked.message).not.toMatch(/cases|127\.0\.0\.1|4004|ECONNREFUSED/);
    }
  });

  it('keeps a subgraph’s own code and message (FORBIDDEN on a field), without the subgraph’s name or an HTTP status', () => {
    const inner = new GraphQLError('You may not read the contacts of this client.', { extensions: { code: 'FORBIDDEN', serviceName: 'clients', http: { status: 403 } } });
    const masked = maskError(new GraphQLError(inner.message, { path: ['me', 'contacts'], originalError: inner }), 'Unexpected error.') as GraphQLError;
    expect(masked.message).toBe(inner.message);
    expect(masked.extensions).toEqual({ code: 'FORBIDDEN' });
    expect(masked.path).toEqual(['me', 'contacts']);
  });

  it('masks what nobody meant the caller to see: a subgraph error without a code, a thrown Error', () => {
    const uncoded = new GraphQLError('relation "cases" does not exist', { extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'cases', http: { status: 500 } } });
    for (const error of [new GraphQLError(uncoded.message, { path, originalError: uncoded }), new GraphQLError('boom', { path, originalError: new Error('secret') })]) {
      const masked = maskError(error, 'Unexpected error.') as GraphQLError;
      expect([masked.message, masked.extensions]).toEqual(['Unexpected error.', { code: 'INTERNAL_SERVER_ERROR' }]);
    }
  });

  it('keeps the HTTP status of a masked request error, as Yoga does (400 for a body that is not JSON)', () => {
    const error = new GraphQLError('POST body sent invalid JSON.', { extensions: { http: { status: 400 } }, originalError: new SyntaxError('Unexpected end of JSON input') });
    expect((maskError(error, 'Unexpected error.') as GraphQLError).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', http: { status: 400 } });
  });

  it('passes the gateway’s own errors as they are', () => {
    const own = new GraphQLError('X-Act-For: the check digit is wrong.', { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
    expect(maskError(own, 'Unexpected error.')).toBe(own);
  });

  it('scrubs transport details from errors that reach the answer unmasked, keeping code and HTTP status', () => {
    const error = { extensions: { code: 'FORBIDDEN', serviceName: 'clients', request: {}, http: { status: 403 } } };
    scrubExtensions(error);
    expect(error.extensions).toEqual({ code: 'FORBIDDEN', http: { status: 403 } });
  });
});
