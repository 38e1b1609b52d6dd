import { randomBytes, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@public-service-graph/subgraph-kit/logger';
import { addSpanExporter } from '@public-service-graph/subgraph-kit/tracing';
import { registerCase, testPersonalCode, UPDATE_STATUS } from './support/cases.ts';
import { DEMO_PEOPLE, startTestGraph, type TestGraph } from './support/platform.ts';

// Traces, metrics and the request log of one process running the whole graph, read as an operator would: the
// spans a collector would receive (redacted, as exported), the Prometheus text on the metrics port, the log lines.
const exporter = new InMemorySpanExporter();
const lines: Record<string, unknown>[] = [];
const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(...String(chunk).trim().split('\n').map((l) => JSON.parse(l))), done()) });

let graph: TestGraph;
let stopExporting: () => void;
const jānis = DEMO_PEOPLE.janis;
beforeAll(async () => {
  stopExporting = addSpanExporter(exporter);
  graph = await startTestGraph({ METRICS_PORT: '0' }, { log: createLogger('info', 'psg', sink) });
});
afterAll(() => graph?.stop());

const traceparent = () => {
  const traceId = randomBytes(16).toString('hex');
  return { traceId, header: `00-${traceId}-${randomBytes(8).toString('hex')}-01` };
};
const spansOf = (traceId: string) => exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
const parentId = (s: ReadableSpan) => (s as unknown as { parentSpanContext?: { spanId: string } }).parentSpanContext?.spanId;

/** The subgraph whose server span `span` runs under, or null. */
function subgraphOf(span: ReadableSpan, all: ReadableSpan[]): string | null {
  for (let s: ReadableSpan | undefined = span; s; s = all.find((p) => p.spanContext().spanId === parentId(s!)))
    if (typeof s.attributes['psg.component'] === 'string') return s.attributes['psg.component'];
  return null;
}

const MY_CASES = 'query MyCases { me { displayName cases(first: 5) { nodes { reference service { name } } } } }';

describe('one request through the gateway', () => {
  const trace = traceparent();
  let status = 0;
  beforeAll(async () => {
    const token = await graph.token({ person: jānis.personalCode, name: jānis.name });
    const res = await graph.gql(MY_CASES, undefined, { token, headers: { traceparent: trace.header, 'x-request-id': 'req-observability-1' } });
    expect(res.errors).toBeUndefined();
    expect(res.data.me.cases.nodes.length).toBeGreaterThan(0);
    status = res.status;
  });

  it('is one trace from the gateway through two subgraphs to their SQL', async () => {
    const spans = spansOf(trace.traceId);
    const ids = new Set(spans.map((s) => s.spanContext().spanId));
    const injectedParent = trace.header.split('-')[2];
    // Every span hangs from another span of the trace, up to the caller's traceparent: nothing started a trace of its own.
    for (const s of spans) expect(ids.has(parentId(s)!) || parentId(s) === injectedParent, s.name).toBe(true);
    expect(spans.some((s) => s.instrumentationScope.name === 'gateway' && parentId(s) === injectedParent)).toBe(true);

    const servers = spans.filter((s) => typeof s.attributes['psg.component'] === 'string');
    const subgraphs = new Set(servers.map((s) => s.attributes['psg.component']));
    expect([...subgraphs]).toEqual(expect.arrayContaining(['clients', 'cases']));
    // Each subgraph's server span is a child of a gateway span (the traceparent crossed HTTP).
    for (const s of servers) expect(spans.find((p) => p.spanContext().spanId === parentId(s))?.instrumentationScope.name, s.name).toBe('gateway');

    const sql = spans.filter((s) => s.attributes['db.system.name'] === 'postgresql');
    const sqlBySubgraph = new Set(sql.map((s) => subgraphOf(s, spans)));
    expect([...sqlBySubgraph]).toEqual(expect.arrayContaining(['clients', 'cases']));
    expect(sql.every((s) => typeof s.attributes['db.query.text'] === 'string')).toBe(true);
  });

  it('writes one log line at the gateway with operation, caller kind, status, duration and trace id', () => {
    const mine = lines.filter((l) => l.component === 'gateway-requests' && l.requestId === 'req-observability-1');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ operation: 'MyCases', caller: 'person', status, traceId: trace.traceId, errorCodes: [] });
    expect(typeof mine[0].durationMs).toBe('number');
  });

  it('counts the request with its operation name on the metrics port, per subgraph too', async () => {
    const text = await (await fetch(graph.platform.metricsUrl!)).text();
    expect(text).toMatch(/psg_gateway_requests_total\{operation="MyCases",caller="person",status="200"\} [1-9]/);
    expect(text).toMatch(/psg_gateway_request_duration_seconds_count\{operation="MyCases"\} [1-9]/);
    expect(text).toMatch(/graphql_gateway_subgraph_execute_duration_count\{subgraphName="cases",[^}]*\} [1-9]/);
    expect(text).toMatch(/psg_subgraph_operations_total\{subgraph="cases",[^}]*\} [1-9]/);
    expect(text).toMatch(/psg_db_pool_connections\{subgraph="cases",state="total"\} \d/);
  });

  it('does not serve /metrics on the public port', async () => {
    expect((await fetch(graph.url.replace('/graphql', '/metrics'))).status).not.toBe(200);
  });
});

it('puts no personal code in any span attribute, even when the caller sends one in the query and the URL', async () => {
  const trace = traceparent();
  const token = await graph.token({ institution: 'PMLP' });
  const code = '220790-14568';
  const query = `mutation Register { registerCase(input: { idempotencyKey: "obs-${Date.now()}", reference: "PMLP-OBS/1", serviceCode: "PMLP-PASE",
    client: { personalCode: "${code}" }, applicationChannel: CLIENT_SERVICE_CENTRE, submittedAt: "2026-06-19T10:00:00+03:00" }) { case { id } errors { code } } }`;
  const res = await graph.gql(query, undefined, { token, headers: { traceparent: trace.header } });
  expect(res.errors).toBeUndefined();
  const get = await fetch(`${graph.url}?query=${encodeURIComponent(`{ service(code: "${code}") { code } }`)}`, { headers: { traceparent: trace.header } });
  expect(get.status).toBe(200);

  const spans = spansOf(trace.traceId);
  expect(spans.some((s) => typeof s.attributes['psg.component'] === 'string')).toBe(true);
  const attributes = JSON.stringify(spans.map((s) => s.attributes));
  for (const form of [code, code.replace('-', ''), 'Kalniņa']) expect(attributes).not.toContain(form);
  // Nor in the log lines of those requests.
  expect(JSON.stringify(lines)).not.toContain(code);
});

it('keeps the gateway’s own X-Act-For check in the request’s trace, without the codes it carries', async () => {
  const trace = traceparent();
  const liga = await graph.token({ person: DEMO_PEOPLE.liga.personalCode, name: DEMO_PEOPLE.liga.name });
  const res = await graph.gql('{ actingFor { displayName } }', undefined, { token: liga, headers: { traceparent: trace.header, 'x-act-for': DEMO_PEOPLE.emilija.personalCode } });
  expect(res.errors).toBeUndefined();
  const spans = spansOf(trace.traceId);
  // One clients span answers the gateway's question about the representation, another the query itself.
  expect(spans.filter((s) => s.attributes['psg.component'] === 'clients').length).toBeGreaterThanOrEqual(2);
  const attributes = JSON.stringify(spans.map((s) => s.attributes));
  for (const code of [DEMO_PEOPLE.liga.personalCode, DEMO_PEOPLE.emilija.personalCode]) expect(attributes).not.toContain(code);
});

it('puts the request id and trace id in every line a subgraph writes while serving a request', async () => {
  const trace = traceparent();
  const ops = await graph.token({ operator: 'ops' });
  const res = await graph.gql(
    'mutation { createApiKey(input: { name: "Observability test", ownerKind: APPLICATION, ownerCode: "obs-app", scopes: [], tier: FREE }) { apiKey { id } errors { code } } }',
    undefined,
    { token: ops, headers: { traceparent: trace.header, 'x-request-id': 'req-observability-2' } },
  );
  expect(res.errors).toBeUndefined();
  const created = lines.filter((l) => l.msg === 'API key created');
  expect(created).toHaveLength(1);
  expect(created[0]).toMatchObject({ subgraph: 'platform', requestId: 'req-observability-2', traceId: trace.traceId });
});

it('relays a status change in a span of the mutation’s trace, counts it and shows the outbox lag until then', async () => {
  const STATUS_CHANGED = 'lv.gov.psg.case.status-changed.v1';
  const pmlp = await graph.token({ institution: 'PMLP' });
  const personalCode = testPersonalCode(81);
  const created = await registerCase(graph, pmlp, { personalCode });
  const trace = traceparent();
  const input = { idempotencyKey: randomUUID(), caseId: created.id, expectedVersion: 1, status: 'REGISTERED' };
  const res = await graph.gql(UPDATE_STATUS, { input }, { token: pmlp, headers: { traceparent: trace.header } });
  expect(res.errors).toBeUndefined();
  expect(res.data.updateCaseStatus.errors).toEqual([]);

  // The test graph's relays poll hourly: the events wait in the outbox until drained.
  const scrape = async () => (await fetch(graph.platform.metricsUrl!)).text();
  const gauge = (text: string, name: string) => Number(new RegExp(`^${name}\\{subgraph="cases"\\} (\\S+)$`, 'm').exec(text)?.[1]);
  const waiting = await scrape();
  expect(gauge(waiting, 'psg_events_outbox_unsent')).toBeGreaterThanOrEqual(2);
  expect(gauge(waiting, 'psg_events_outbox_oldest_unsent_age_seconds')).toBeGreaterThan(0);
  expect(await graph.platform.events.drain()).toBeGreaterThanOrEqual(2);

  const publish = spansOf(trace.traceId).filter((s) => s.name === `publish ${STATUS_CHANGED}`);
  expect(publish).toHaveLength(1);
  expect(publish[0].kind).toBe(SpanKind.PRODUCER);
  expect(publish[0].attributes).toMatchObject({ 'cloudevents.event_type': STATUS_CHANGED, 'psg.relay.subgraph': 'cases' });
  // Its batch is a trace of its own (a poll serves no request), linked from the publish.
  const batch = exporter.getFinishedSpans().find((s) => s.spanContext().spanId === publish[0].links[0]?.context.spanId);
  expect(batch?.name).toBe('outbox relay batch');
  expect(batch?.spanContext().traceId).not.toBe(trace.traceId);
  expect(JSON.stringify([publish[0].attributes, batch?.attributes])).not.toContain(personalCode);

  const relayed = await scrape();
  expect(relayed).toMatch(new RegExp(`^psg_events_published_total\\{(?=[^}]*subgraph="cases")(?=[^}]*type="${STATUS_CHANGED}")[^}]*\\} [1-9]`, 'm'));
  expect(relayed).toMatch(/^psg_events_relay_batch_duration_seconds_count\{subgraph="cases"\} [1-9]/m);
  expect(gauge(relayed, 'psg_events_outbox_unsent')).toBe(0);
  expect(gauge(relayed, 'psg_events_outbox_oldest_unsent_age_seconds')).toBe(0);
});

it('records nothing when nothing exports, yet logs the caller’s trace id at the gateway and in the subgraphs', async () => {
  stopExporting();
  const trace = traceparent();
  const ops = await graph.token({ operator: 'ops' });
  const res = await graph.gql(
    'mutation Unexported { createApiKey(input: { name: "Unexported", ownerKind: APPLICATION, ownerCode: "obs-app-2", scopes: [], tier: FREE }) { apiKey { id } } }',
    undefined,
    { token: ops, headers: { traceparent: trace.header, 'x-request-id': 'req-observability-3' } },
  );
  expect(res.errors).toBeUndefined();
  expect(spansOf(trace.traceId)).toEqual([]);
  const mine = lines.filter((l) => l.requestId === 'req-observability-3');
  expect(mine.map((l) => l.msg).sort()).toEqual(['API key created', 'request']);
  for (const l of mine) expect(l.traceId).toBe(trace.traceId);
});
