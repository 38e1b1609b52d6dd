import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmbeddedBus } from '../common/events/bus.ts';
import { createKey, redisPrefix, type TestKey } from './support/access.ts';
import { DEMO_PEOPLE, startTestGraph, type TestGraph } from './support/platform.ts';

// The response cache's early path (gateway/response-cache-early.ts), through the gateway over HTTP: a request this
// gateway has answered before, the same bytes from a caller of the same rights class, is answered from the kept
// bytes before it is parsed. "Early" is read from the gateway's own metrics: the parse phase's count does not move.
// "Kept" is read from the SQL the subgraphs sent (none) and the x-cache header. With TEST_REDIS_URL the kept answers
// and the rate-limit buckets are in Redis, as in production with REDIS_URL; otherwise in memory.

let graph: TestGraph;
// A tier of its own with a small allowance, so that a key of it runs out within a test; every other class stays
// as the test graph sets it (unlimited in practice).
const PARTNER_POINTS = 6;

beforeAll(async () => {
  graph = await startTestGraph({
    RESPONSE_CACHE: 'true',
    METRICS_PORT: '0',
    ...(process.env.TEST_REDIS_URL ? { REDIS_URL: process.env.TEST_REDIS_URL, REDIS_KEY_PREFIX: redisPrefix() } : {}),
    RATE_LIMITS: `anonymous=100000000,token=100000000,operator=100000000,authFailures=100000000,PARTNER=${PARTNER_POINTS}`,
  });
}, 180_000);
afterAll(() => graph?.stop());

const ONE = 'query EarlyOne($code: String) { service(code: $code) { code name status } }';
const TWO_OPERATIONS = 'query EarlyA { services(first: 2) { nodes { code } } } query EarlyB { services(first: 3) { nodes { code } } }';

/** Requests the gateway has parsed so far (Hive's envelop phase metric), summed over operations. */
async function parses(): Promise<number> {
  const text = await (await fetch(graph.platform.metricsUrl!)).text();
  return [...text.matchAll(/^graphql_envelop_phase_parse_count(?:\{[^}]*\})? (\d+)/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
}

/** POSTs `body` as sent; tells whether the subgraphs were asked, whether the gateway parsed it, and the answer. */
async function send(body: unknown, headers: Record<string, string> = {}) {
  const [statements, parsed] = [graph.statementCount(), await parses()];
  const res = await fetch(graph.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const json = (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] } | unknown[];
  return {
    status: res.status,
    json,
    headers: res.headers,
    cache: res.headers.get('x-cache'),
    asked: graph.requestStatementsSince(statements) > 0,
    parsed: (await parses()) > parsed,
  };
}

describe('a kept answer is served before the request is parsed', () => {
  it('the same request again is answered early, with the same bytes and media type', async () => {
    const body = { query: ONE, variables: { code: 'PMLP-PASE' } };
    const first = await send(body);
    expect(first).toMatchObject({ status: 200, cache: 'MISS', asked: true, parsed: true });
    const second = await send(body);
    expect(second).toMatchObject({ status: 200, cache: 'HIT', asked: false, parsed: false });
    expect(second.json).toEqual(first.json);
    expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'));
  });

  it('an early answer is counted and logged under its operation and caller kind, as any other', async () => {
    const requests = async () => {
      const text = await (await fetch(graph.platform.metricsUrl!)).text();
      return Number(/^psg_gateway_requests_total\{operation="EarlyCounted",caller="anonymous",status="200"\} (\d+)/m.exec(text)?.[1] ?? 0);
    };
    const body = { query: 'query EarlyCounted { services(first: 4) { nodes { code } } }' };
    await send(body);
    const before = await requests();
    expect(await send(body)).toMatchObject({ cache: 'HIT', parsed: false });
    expect(await requests()).toBe(before + 1);
  });

  it('another operation of the same document, other variables or another language is not the kept answer', async () => {
    const a = { query: TWO_OPERATIONS, operationName: 'EarlyA' };
    await send(a);
    expect(await send(a)).toMatchObject({ cache: 'HIT', parsed: false });
    const b = await send({ ...a, operationName: 'EarlyB' });
    expect(b).toMatchObject({ cache: 'MISS', asked: true, parsed: true });
    expect((b.json as { data: any }).data.services.nodes).toHaveLength(3);

    const one = { query: ONE, variables: { code: 'PMLP-PASE' } };
    await send(one);
    expect(await send({ ...one, variables: { code: 'VID-EDS' } })).toMatchObject({ cache: 'MISS', parsed: true });
    expect(await send(one, { 'accept-language': 'en' })).toMatchObject({ cache: 'MISS', parsed: true });
  });

  it('a batch holding a kept operation is answered as a batch', async () => {
    const one = { query: ONE, variables: { code: 'PMLP-PASE' } };
    await send(one);
    const batch = await send([one]);
    expect(batch.status).toBe(200);
    expect(Array.isArray(batch.json)).toBe(true);
    expect(batch.parsed).toBe(true);
  });
});

describe('never for personal data', () => {
  it('a request with Authorization or X-Act-For, its body that of a kept anonymous answer, is not served from it', async () => {
    const body = { query: ONE, variables: { code: 'PMLP-PASE' } };
    await send(body);
    expect(await send(body)).toMatchObject({ cache: 'HIT' });
    const person = await graph.token({ person: DEMO_PEOPLE.janis.personalCode });
    expect(await send(body, { authorization: `Bearer ${person}` })).toMatchObject({ cache: null, asked: true, parsed: true });
    // X-Act-For without a person's token is refused, not answered from the anonymous answer.
    const actFor = await send(body, { 'x-act-for': DEMO_PEOPLE.janis.personalCode });
    expect(actFor.cache).toBeNull();
    expect((actFor.json as { errors?: { extensions?: { code?: string } }[] }).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('API keys', () => {
  let partner: TestKey;
  beforeAll(async () => {
    partner = await createKey(graph, { ownerKind: 'INSTITUTION', ownerCode: 'VID', tier: 'PARTNER' });
  });

  it('an answer served early still draws its cost from the key’s bucket, and is refused once it is empty', async () => {
    const body = { query: ONE, variables: { code: 'VID-EDS' } };
    const seen: { status: number; cache: string | null; remaining: number; parsed: boolean }[] = [];
    for (let i = 0; i < PARTNER_POINTS + 2; i++) {
      const r = await send(body, { 'x-api-key': partner.key });
      seen.push({ status: r.status, cache: r.cache, remaining: Number(r.headers.get('x-ratelimit-remaining')), parsed: r.parsed });
      if (r.status === 429) {
        expect((r.json as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('RATE_LIMITED');
        break;
      }
    }
    const early = seen.filter((s) => s.cache === 'HIT' && !s.parsed);
    expect(early.length).toBeGreaterThan(1);
    // Each answer served early took points: what is left falls from one to the next.
    for (let i = 1; i < early.length; i++) expect(early[i].remaining).toBeLessThan(early[i - 1].remaining);
    expect(seen.at(-1)).toMatchObject({ status: 429, cache: null });
  });

  it('a key that may run only persisted operations is not served a query text another key of its rights had kept', async () => {
    const body = { query: ONE, variables: { code: 'PMLP-PASE' } };
    const [open, persistedOnly] = await Promise.all([
      createKey(graph, { ownerKind: 'INSTITUTION', ownerCode: 'PMLP' }),
      createKey(graph, { ownerKind: 'INSTITUTION', ownerCode: 'PMLP', persistedOperationsOnly: true }),
    ]);
    await send(body, { 'x-api-key': open.key });
    expect(await send(body, { 'x-api-key': open.key })).toMatchObject({ cache: 'HIT', parsed: false });
    const refused = await send(body, { 'x-api-key': persistedOnly.key });
    expect(refused.cache).toBeNull();
    expect((refused.json as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('PERSISTED_QUERY_ONLY');
  });
});

describe('a catalogue event', () => {
  it('after it, the answer kept before is not served early again', async () => {
    const body = { query: ONE, variables: { code: 'PMLP-PASE' } };
    await send(body);
    expect(await send(body)).toMatchObject({ cache: 'HIT', parsed: false });
    await (graph.platform.events.bus as EmbeddedBus).publish({
      specversion: '1.0', id: randomUUID(), source: 'urn:lv.gov.psg:subgraph:services', type: 'lv.gov.psg.service.changed.v1', subject: 'PMLP-PASE',
      time: new Date().toISOString(), dataschema: 'urn:lv.gov.psg:event-schema:lv.gov.psg.service.changed.v1', datacontenttype: 'application/json',
      data: { serviceCode: 'PMLP-PASE', institutionCode: 'PMLP', change: 'UPDATED' },
    });
    expect(await send(body)).toMatchObject({ cache: 'MISS', asked: true, parsed: true });
    expect(await send(body)).toMatchObject({ cache: 'HIT', parsed: false });
  });
});
