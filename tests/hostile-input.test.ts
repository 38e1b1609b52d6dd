import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, withKey } from './support/access.ts';
import { startTestGraph, type TestGraph } from './support/platform.ts';

/**
 * What the internet may send. Each gets a 4xx or a GraphQL error with a code, never a 5xx and never an
 * INTERNAL_SERVER_ERROR; the gateway keeps answering ordinary requests, also while the hostile ones are in flight.
 */
let graph: TestGraph;
let operator: string;
beforeAll(async () => {
  // Rate limits are tested elsewhere; here they must not be what stops a request.
  graph = await startTestGraph({ RATE_LIMITS: 'anonymous=100000000,token=100000000' });
  operator = await graph.token({ operator: 'ops' });
});
afterAll(() => graph?.stop());

interface Answer { status: number; body: string; json: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } | unknown[] | null }

/** A raw HTTP request to the gateway: any method, headers and body (chunks are sent without a content-length). */
function send(opts: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer; chunks?: Iterable<Buffer> }): Promise<Answer> {
  const url = new URL(graph.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, method: opts.method ?? 'POST', path: opts.path ?? url.pathname, headers: opts.headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c) => parts.push(c));
      res.on('end', () => {
        const body = Buffer.concat(parts).toString('utf8');
        let json: Answer['json'] = null;
        try {
          json = JSON.parse(body);
        } catch {
          /* not JSON */
        }
        resolve({ status: res.statusCode!, body, json });
      });
    });
    req.on('error', (err: NodeJS.ErrnoException) => (err.code === 'EPIPE' || err.code === 'ECONNRESET' ? undefined : reject(err)));
    if (opts.chunks) {
      for (const chunk of opts.chunks) req.write(chunk);
      req.end();
    } else req.end(opts.body);
  });
}

const json = (payload: unknown, headers: Record<string, string> = {}) => ({ headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(payload) });
const codesOf = (a: Answer) => (Array.isArray(a.json) ? a.json : [a.json]).flatMap((r) => ((r as { errors?: { extensions?: { code?: string } }[] })?.errors ?? []).map((e) => e.extensions?.code));

async function ordinaryRequestWorks() {
  const res = await graph.gql('{ service(code: "PMLP-PASE") { code holder { code } } }');
  expect(res.status).toBe(200);
  expect(res.data.service).toEqual({ code: 'PMLP-PASE', holder: { code: 'PMLP' } });
}

const nested = (levels: number) => `{ service(code: "PMLP-PASE") ${'{ holder { services { nodes '.repeat(levels)}{ code }${' } } }'.repeat(levels)} }`;
const fragmentBomb = (n: number, leaf: string) => {
  const fragments = [`fragment F0 on Service { ${leaf} }`];
  for (let i = 1; i <= n; i++) fragments.push(`fragment F${i} on Service { ...F${i - 1} ...F${i - 1} }`);
  return `{ services(first: 1) { nodes { ...F${n} } } } ${fragments.join(' ')}`;
};

type Case = [name: string, request: () => Parameters<typeof send>[0], status: number, code: string | null];
const CASES: Case[] = [
  ['deep nesting', () => json({ query: nested(6) }), 400, 'QUERY_TOO_DEEP'],
  ['deep nesting through fragments', () => json({ query: `{ service(code: "X") { ...A } } fragment A on Service { holder { services { nodes { ...B } } } } fragment B on Service { holder { services { nodes { ...C } } } } fragment C on Service { holder { services { nodes { ...D } } } } fragment D on Service { holder { services { nodes { code } } } }` }), 400, 'QUERY_TOO_DEEP'],
  ['an alias bomb', () => json({ query: `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: service(code: "PMLP-PASE") { code }`).join(' ')} }` }), 400, 'TOO_MANY_ALIASES'],
  ['a fragment bomb (2^30 fields from 90 tokens)', () => json({ query: fragmentBomb(30, 'holder { code }') }), 400, 'TOO_MANY_FIELDS'],
  ['a fragment bomb of aliases', () => json({ query: fragmentBomb(30, 'a: code b: code') }), 400, 'TOO_MANY_ALIASES'],
  ['a token flood', () => json({ query: `{ ${'__typename '.repeat(20_000)}}` }), 200, 'TOO_MANY_TOKENS'],
  ['a directive flood', () => json({ query: `{ __typename ${'@include(if: true) '.repeat(100)}}` }), 400, 'TOO_MANY_DIRECTIVES'],
  ['nested lists that multiply', () => json({ query: '{ services(first: 100) { nodes { lifeSituations { steps { services { holder { name } } } } } } }' }), 400, 'QUERY_TOO_COSTLY'],
  ['a page of a billion', () => json({ query: 'query($n: Int) { services(first: $n) { nodes { code } } }', variables: { n: 1_000_000_000 } }), 400, 'QUERY_TOO_COSTLY'],
  ['a 200 KB string literal', () => json({ query: `{ service(code: "${'x'.repeat(200_000)}") { code } }` }), 200, null],
  ['a 200 KB string variable', () => json({ query: 'query($c: String) { service(code: $c) { code } }', variables: { c: 'ž'.repeat(100_000) } }), 200, null],
  ['a 20 000-item list where a string goes', () => json({ query: 'query($c: String) { service(code: $c) { code } }', variables: { c: Array.from({ length: 20_000 }, (_, i) => i) } }), 400, 'BAD_USER_INPUT'],
  // The runtime's own coercion has no error limit: seconds of CPU and megabytes of errors without the gateway's check.
  ['a 100 000-item list of the wrong type', () => json({ query: 'query($c: [String!]) { services(filter: { codes: $c }) { totalCount } }', variables: { c: new Array(100_000).fill(0) } }), 400, 'BAD_USER_INPUT'],
  ['arrays nested 100 000 deep', () => ({ headers: { 'content-type': 'application/json' }, body: `{"query":"query($c: String) { service(code: $c) { code } }","variables":{"c":${'['.repeat(100_000)}${']'.repeat(100_000)}}}` }), 400, 'BAD_USER_INPUT'],
  ['a NUL character in a variable', () => json({ query: 'query($c: String) { service(code: $c) { code } }', variables: { c: 'PMLP\u0000PASE' } }), 400, 'BAD_USER_INPUT'],
  ['a NUL character in a literal', () => json({ query: '{ service(code: "PMLP\\u0000PASE") { code } }' }), 400, 'BAD_USER_INPUT'],
  ['invalid UTF-8', () => ({ headers: { 'content-type': 'application/json' }, body: Buffer.concat([Buffer.from('{"query":"{ service(code: \\"'), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from('\\") { code } }"}')]) }), 200, null],
  ['invalid JSON', () => ({ headers: { 'content-type': 'application/json' }, body: '{"query": "{ __typename }"' }), 400, 'BAD_REQUEST'],
  ['JSON that is not an object', () => ({ headers: { 'content-type': 'application/json' }, body: '"{ __typename }"' }), 400, 'BAD_REQUEST'],
  ['a query that is not a string', () => json({ query: { a: 1 } }), 400, 'BAD_REQUEST'],
  ['no query at all', () => json({ variables: {} }), 400, 'BAD_REQUEST'],
  ['text/plain', () => ({ headers: { 'content-type': 'text/plain' }, body: '{ __typename }' }), 415, 'UNSUPPORTED_MEDIA_TYPE'],
  ['a form', () => ({ headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B__typename%7D' }), 415, 'UNSUPPORTED_MEDIA_TYPE'],
  ['multipart', () => ({ headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x\r\n\r\n{}\r\n--x--' }), 415, 'UNSUPPORTED_MEDIA_TYPE'],
  ['no content type', () => ({ headers: {}, body: '{"query":"{ __typename }"}' }), 415, 'UNSUPPORTED_MEDIA_TYPE'],
  ['a body declared larger than allowed', () => ({ headers: { 'content-type': 'application/json', 'content-length': String(10_000_000) }, body: '' }), 413, 'PAYLOAD_TOO_LARGE'],
  ['a 2 MB body', () => json({ query: '{ __typename }', variables: { pad: 'x'.repeat(2_000_000) } }), 413, 'PAYLOAD_TOO_LARGE'],
  ['an endless chunked body', () => ({ headers: { 'content-type': 'application/json' }, chunks: Array.from({ length: 40 }, () => Buffer.alloc(64 * 1024, 0x20)) }), 413, 'PAYLOAD_TOO_LARGE'],
  ['a batch of 11', () => json(Array.from({ length: 11 }, () => ({ query: '{ __typename }' }))), 413, 'BATCH_TOO_LARGE'],
  ['a batch flood of 5000', () => json(Array.from({ length: 5000 }, () => ({ query: '{ __typename }' }))), 413, 'BATCH_TOO_LARGE'],
  ['a request line of 20 KB', () => ({ method: 'GET', path: `/graphql?query=${'%20'.repeat(7000)}%7B__typename%7D`, headers: {} }), 431, 'REQUEST_HEADER_FIELDS_TOO_LARGE'],
  ['a mutation over GET', () => ({ method: 'GET', path: `/graphql?query=${encodeURIComponent('mutation { revokeApiKey(input: { id: "x" }) { errors { code } } }')}`, headers: {} }), 405, 'BAD_REQUEST'],
  ['PUT', () => ({ method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' }), 405, 'BAD_REQUEST'],
  ['an unknown persisted operation', () => json({ extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } }), 400, 'PERSISTED_QUERY_NOT_FOUND'],
  ['introspection without a developer credential', () => json({ query: '{ __schema { types { name } } }' }), 403, 'INTROSPECTION_DISABLED'],
];

describe('hostile input', () => {
  it.each(CASES)('%s', async (_, request, status, code) => {
    const answer = await send(request());
    expect(answer.status, answer.body.slice(0, 300)).toBe(status);
    expect(answer.json, answer.body.slice(0, 300)).not.toBeNull();
    if (code) expect(codesOf(answer)).toContain(code);
    else expect(codesOf(answer)).toEqual([]);
    expect(codesOf(answer)).not.toContain('INTERNAL_SERVER_ERROR');
    expect(answer.body.length).toBeLessThan(20_000); // nothing echoed back in bulk
    await ordinaryRequestWorks();
  });

  it('a costly branch left out by @include costs nothing; let in, it is refused', async () => {
    const q = 'query($big: Boolean!) { services(first: 1) { totalCount } all: services(first: 100) @include(if: $big) { nodes { lifeSituations { steps { services { holder { name } } } } } } }';
    const skipped = await send(json({ query: q, variables: { big: false } }));
    expect(skipped.status, skipped.body.slice(0, 300)).toBe(200);
    expect(codesOf(skipped)).toEqual([]);
    const included = await send(json({ query: q, variables: { big: true } }));
    expect(included.status).toBe(400);
    expect(codesOf(included)).toContain('QUERY_TOO_COSTLY');
  });

  it('an oversized body is read before the 413, so a client that sends it all first gets the answer, not EPIPE', async () => {
    const body = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(3_000_000) } });
    // fetch (undici) sends the whole body before it reads the answer, as most clients do.
    const res = await fetch(graph.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    // A client that sends the body only after the headers have gone out (the server has long decided by then).
    const url = new URL(graph.url);
    const answer = await new Promise<{ error: string | null; statusLine: string }>((resolve) => {
      const socket = net.connect(Number(url.port), url.hostname);
      let received = '';
      let error: string | null = null;
      socket.on('data', (d) => (received += d));
      socket.on('error', (e: NodeJS.ErrnoException) => (error = e.code ?? e.message));
      socket.on('close', () => resolve({ error, statusLine: received.split('\r\n')[0] }));
      const payload = Buffer.alloc(1_000_000, 0x20);
      socket.write(`POST ${url.pathname} HTTP/1.1\r\nhost: gateway\r\ncontent-type: application/json\r\ncontent-length: ${payload.length}\r\n\r\n`);
      setTimeout(() => socket.end(payload), 300);
    });
    expect(answer).toEqual({ error: null, statusLine: 'HTTP/1.1 413 Payload Too Large' });
  });

  it('a batch within the limit is answered in full', async () => {
    const answer = await send(json(Array.from({ length: 10 }, (_, i) => ({ query: `{ n${i}: __typename }` }))));
    expect(answer.status).toBe(200);
    expect(answer.json).toHaveLength(10);
  });

  it('a huge list of scopes is a typed error, and nothing is created', async () => {
    const before = await graph.gql('{ apiKeys { totalCount } }', {}, { token: operator });
    const res = await graph.gql('mutation($s: [String!]) { createApiKey(input: { name: "x", ownerKind: APPLICATION, ownerCode: "x-app", scopes: $s }) { secret errors { code } } }', { s: Array.from({ length: 10_000 }, (_, i) => `s${i}`) }, { token: operator });
    expect(res.data.createApiKey).toEqual({ secret: null, errors: [{ code: 'BAD_USER_INPUT' }] });
    expect((await graph.gql('{ apiKeys { totalCount } }', {}, { token: operator })).data.apiKeys.totalCount).toBe(before.data.apiKeys.totalCount);
  });

  it('no field suggestions for callers who may not introspect; both for developers', async () => {
    const typo = '{ servics(first: 1) { totalCount } }';
    const anonymous = await graph.gql(typo);
    expect(anonymous.errors![0]).toMatchObject({ message: 'Cannot query field "servics" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const developer = await createKey(graph, { ownerKind: 'APPLICATION', ownerCode: 'dev-app', scopes: ['developer'] });
    const dev = await graph.gql(typo, {}, withKey(developer.key));
    expect(dev.errors![0].message).toContain('Did you mean "service" or "services"?');
    const schema = await graph.gql('{ __schema { queryType { name } } }', {}, withKey(developer.key));
    expect(schema.data.__schema.queryType.name).toBe('Query');
    expect((await graph.gql('{ __type(name: "ApiKey") { name } }', {}, { token: operator })).data.__type.name).toBe('ApiKey');
  });

  it('keeps answering ordinary requests while hostile ones arrive together', async () => {
    const hostile = Array.from({ length: 3 }, () => CASES.map(([, request]) => send(request()))).flat();
    const ordinary = Array.from({ length: 30 }, () => graph.gql('{ service(code: "PMLP-PASE") { code } }'));
    const [h, o] = await Promise.all([Promise.all(hostile), Promise.all(ordinary)]);
    for (const answer of h) expect(answer.status, answer.body.slice(0, 200)).toBeLessThan(500);
    for (const res of o) expect(res.data.service.code).toBe('PMLP-PASE');
  });

  it('sends security headers, and no CORS grant to an origin it was not given', async () => {
    const res = await fetch(graph.url, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://evil.example' }, body: '{"query":"{ __typename }"}' });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('CORS for the configured portals', () => {
  let portalGraph: TestGraph;
  beforeAll(async () => {
    portalGraph = await startTestGraph({ CORS_ORIGINS: 'https://latvija.lv, https://portal.example', HSTS: 'true' });
  });
  afterAll(() => portalGraph?.stop());

  it('grants a listed origin, refuses another, and sends HSTS when told it is behind TLS', async () => {
    const preflight = (origin: string) =>
      fetch(portalGraph.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-api-key,authorization' } });
    const ok = await preflight('https://latvija.lv');
    expect(ok.status).toBeLessThan(300);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://latvija.lv');
    const evil = await preflight('https://evil.example');
    expect(evil.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    const res = await fetch(portalGraph.url, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://portal.example' }, body: '{"query":"{ __typename }"}' });
    expect(res.headers.get('access-control-allow-origin')).toBe('https://portal.example');
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });
});
