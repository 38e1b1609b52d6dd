import http from 'node:http';
import { parse } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { compose } from './compose.ts';

/**
 * The runtime's per-call subgraph timeout (upstreamTimeout, SUBGRAPH_TIMEOUT_MS in gateway/server.ts), as patched
 * (patches/@graphql-hive+gateway-runtime*.patch): a slow subgraph still times out, and an answered call's timeout is
 * cleared rather than left to fire later (it kept every call's signals alive and fired an abort per call).
 */
const TIMEOUT_MS = 200;
let server: http.Server;
let supergraph: string;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const slow = body.includes('slow');
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: slow ? { slow: 'late' } : { fast: 'ok' } })), slow ? 5 * TIMEOUT_MS : 5);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;
  const sdl = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"]) type Query { fast: String slow: String }';
  supergraph = compose([{ name: 'one', url, typeDefs: parse(sdl) }]).supergraphSdl;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

it.each([['rust'], ['javascript']])('with the %s planner: a slow subgraph times out, and an answered call’s timeout never fires', async (planner) => {
  const signals: AbortSignal[] = [];
  const keepSignals: GatewayPlugin = { onFetch: ({ options }) => void (options.signal && signals.push(options.signal)) };
  const gateway = createGatewayRuntime({ supergraph, ...(planner === 'rust' ? { unifiedGraphHandler } : {}), logging: false, upstreamTimeout: TIMEOUT_MS, plugins: () => [keepSignals] });
  const ask = async (query: string) => (await gateway.fetch('http://gateway/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json();
  try {
    expect(await ask('{ fast }')).toEqual({ data: { fast: 'ok' } });
    const slow = await ask('{ slow }');
    expect(slow.errors[0].extensions.code).toBe('GATEWAY_TIMEOUT');
    await new Promise((resolve) => setTimeout(resolve, 2 * TIMEOUT_MS));
    expect(signals.length).toBeGreaterThanOrEqual(2);
    expect(signals[0].aborted).toBe(false);
    // The slow call's fetch was aborted with the timeout: the executor's signal combines it with its own
    // (patches/@graphql-hive+signal*.patch).
    expect(signals[1].aborted).toBe(true);
  } finally {
    await gateway.dispose();
  }
});
