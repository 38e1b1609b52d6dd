import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLogger } from '@public-service-graph/subgraph-kit/logger';
import { spansExported } from '@public-service-graph/subgraph-kit/tracing';
import { startTestGraph, type TestGraph } from './support/platform.ts';

// A gateway started with no span exporter (the default) traces without Hive's OpenTelemetry plugin
// (gateway/tracing.ts): the trace ids in its request log and in the subgraphs' lines must still be one trace,
// the caller's when it sent a traceparent. tests/observability.test.ts covers a gateway started with an exporter.
const lines: Record<string, unknown>[] = [];
const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(...String(chunk).trim().split('\n').map((l) => JSON.parse(l))), done()) });

let graph: TestGraph;
beforeAll(async () => {
  expect(spansExported()).toBe(false);
  graph = await startTestGraph({}, { log: createLogger('info', 'psg', sink) });
});
afterAll(() => graph?.stop());

async function createKey(requestId: string, headers: Record<string, string> = {}) {
  const ops = await graph.token({ operator: 'ops' });
  const res = await graph.gql(
    `mutation CreateKey { createApiKey(input: { name: "Trace ids ${requestId}", ownerKind: APPLICATION, ownerCode: "trace-app", scopes: [], tier: FREE }) { apiKey { id } } }`,
    undefined,
    { token: ops, headers: { 'x-request-id': requestId, ...headers } },
  );
  expect(res.errors).toBeUndefined();
  const mine = lines.filter((l) => l.requestId === requestId);
  return { gateway: mine.find((l) => l.component === 'gateway-requests'), subgraph: mine.find((l) => l.msg === 'API key created') };
}

it('continues the caller’s traceparent at the gateway and in the subgraph it calls', async () => {
  const traceId = randomBytes(16).toString('hex');
  const { gateway, subgraph } = await createKey('req-trace-ids-1', { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` });
  expect(gateway).toMatchObject({ operation: 'CreateKey', traceId });
  expect(subgraph).toMatchObject({ subgraph: 'platform', traceId });
});

it('starts a trace for a request without traceparent and sends it to the subgraph', async () => {
  const { gateway, subgraph } = await createKey('req-trace-ids-2');
  expect(gateway?.traceId).toMatch(/^[0-9a-f]{32}$/);
  expect(gateway?.traceId).not.toBe('0'.repeat(32));
  expect(subgraph?.traceId).toBe(gateway?.traceId);
});
