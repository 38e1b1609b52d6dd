import type http from 'node:http';
import { errorBody, type GatewayErrorCode } from './gateway-errors.ts';

export interface HttpGuardOptions {
  maxBodyBytes: number;
  /** Send Strict-Transport-Security: only when the gateway is reached over TLS (set HSTS=true there). */
  hsts: boolean;
}

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy': "frame-ancestors 'none'",
  'cross-origin-resource-policy': 'same-site',
};

/** Bodies GraphQL over HTTP accepts: JSON (application/json, application/graphql-response+json…) or a bare document. */
const ACCEPTED_BODY = /^application\/([\w.-]+\+)?json\b|^application\/graphql\b/i;

/**
 * The node:http layer in front of the GraphQL runtime: security headers on every response, and requests that are too
 * large or of the wrong content type refused before anything parses them (413 and 415, with a JSON GraphQL error).
 * A body under the limit is read here and handed on as a buffer, so an endless chunked body cannot grow memory.
 * Returns false when it has answered the request itself.
 */
export function createHttpGuard(opts: HttpGuardOptions) {
  const headers = { ...SECURITY_HEADERS, ...(opts.hsts ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}) };

  const refuse = (res: http.ServerResponse, status: number, code: GatewayErrorCode, message: string) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
    res.end(errorBody(code, message));
    return false;
  };
  // How much of an oversized body is read (and thrown away) so that the client, still sending, gets the 413 rather
  // than a reset connection (EPIPE): most clients read the answer only after sending the whole body.
  const drainLimit = Math.max(4 * opts.maxBodyBytes, 4 * 1024 * 1024);
  const refuseTooLarge = async (req: http.IncomingMessage, res: http.ServerResponse, message: string) => {
    await drain(req, drainLimit);
    return refuse(res, 413, 'PAYLOAD_TOO_LARGE', message);
  };

  return async function guard(req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (req.headers.authorization || req.headers['x-api-key']) res.setHeader('cache-control', 'no-store');
    if (req.method !== 'POST') return true;

    const type = req.headers['content-type'] ?? '';
    if (!ACCEPTED_BODY.test(type))
      return refuse(res, 415, 'UNSUPPORTED_MEDIA_TYPE', `Send the request as "content-type: application/json" (got "${type.slice(0, 80)}").`);
    const tooLarge = `The request body is larger than ${opts.maxBodyBytes} bytes. Send large inputs in several requests, or use persisted operations.`;
    const declared = Number(req.headers['content-length'] ?? 0);
    // Declared beyond what is worth reading: answer at once (a client that sent Expect: 100-continue reads it).
    if (declared > drainLimit) return refuse(res, 413, 'PAYLOAD_TOO_LARGE', tooLarge);
    if (declared > opts.maxBodyBytes) return refuseTooLarge(req, res, tooLarge);
    const body = await readBody(req, opts.maxBodyBytes);
    if (body === 'too-large') return refuseTooLarge(req, res, tooLarge);
    if (body === 'failed') return refuse(res, 400, 'BAD_REQUEST', 'The request body could not be read.');
    // The runtime (@whatwg-node/server) takes an already-read body from `req.body`.
    (req as http.IncomingMessage & { body?: Buffer }).body = body;
    return true;
  };
}

/** Reads a body up to `limit` bytes; past it, stops keeping the data and leaves the rest to `drain`. */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | 'too-large' | 'failed'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      resolve('too-large');
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks, size)));
    req.once('error', () => resolve('failed'));
  });
}

/**
 * Reads and discards the rest of a body, up to `limit` more bytes; resolves when it has ended, failed or passed the
 * limit (then the answer's `connection: close` ends it). The server's requestTimeout bounds a client that stalls.
 */
function drain(req: http.IncomingMessage, limit: number): Promise<void> {
  if (req.readableEnded || req.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    let size = 0;
    const done = () => {
      req.off('data', onData);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) done();
    };
    req.on('data', onData);
    req.once('end', done);
    req.once('error', done);
    req.once('close', done);
    req.resume();
  });
}
