import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmbeddedBus } from '../common/events/bus.ts';
import type { EventEnvelope } from '@public-service-graph/subgraph-kit/events/outbox';
import { createKey, withKey } from './support/access.ts';
import { DEMO_PEOPLE, startTestGraph, type GraphQLResponse, type TestGraph } from './support/platform.ts';

// The response cache for public catalogue reads (gateway/response-cache.ts), through the gateway over HTTP. Whether
// an answer came from the cache is read from the SQL statements the subgraphs sent for it (none when it did), and
// cross-checked with the gateway's x-cache header.

let graph: TestGraph;
let person: string, pmlp: string, operator: string;

beforeAll(async () => {
  graph = await startTestGraph({ RESPONSE_CACHE: 'true' });
  [person, pmlp, operator] = await Promise.all([
    graph.token({ person: DEMO_PEOPLE.janis.personalCode }),
    graph.token({ institution: 'PMLP' }),
    graph.token({ operator: 'ops' }),
  ]);
}, 180_000);
afterAll(() => graph?.stop());

const LIST = 'query CacheList($n: Int) { services(first: $n) { totalCount nodes { code name processingTime holder { code name } } } }';
const ONE = 'query CacheOne($code: String) { service(code: $code) { code name status } }';

/** Sends the operation and tells whether the subgraphs were asked (SQL was sent) for it. */
async function ask(query: string, variables: Record<string, unknown>, opts?: { token?: string; headers?: Record<string, string> }) {
  const before = graph.statementCount();
  const res = await graph.gql(query, variables, opts);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return { res, asked: graph.statementCount() > before, cache: res.headers.get('x-cache') };
}

/** The catalogue's event for `serviceCode`, as the services subgraph's relay publishes it (docs/events.md). */
function serviceChanged(serviceCode: string): EventEnvelope {
  return {
    specversion: '1.0', id: randomUUID(), source: 'urn:lv.gov.psg:subgraph:services', type: 'lv.gov.psg.service.changed.v1', subject: serviceCode,
    time: new Date().toISOString(), dataschema: 'urn:lv.gov.psg:event-schema:lv.gov.psg.service.changed.v1', datacontenttype: 'application/json',
    data: { serviceCode, institutionCode: 'PMLP', change: 'UPDATED' },
  };
}

describe('public catalogue reads', () => {
  it('an anonymous caller’s second identical read is answered by the gateway alone, with the same answer', async () => {
    const first = await ask(LIST, { n: 7 });
    expect(first).toMatchObject({ asked: true, cache: 'MISS' });
    const second = await ask(LIST, { n: 7 });
    expect(second).toMatchObject({ asked: false, cache: 'HIT' });
    expect(second.res.data).toEqual(first.res.data);
    // Other variables are another answer.
    expect(await ask(LIST, { n: 8 })).toMatchObject({ asked: true, cache: 'MISS' });
  });

  it('the language asked for is part of the answer kept', async () => {
    await ask(LIST, { n: 5 }, { headers: { 'accept-language': 'lv' } });
    const english = await ask(LIST, { n: 5 }, { headers: { 'accept-language': 'en' } });
    expect(english).toMatchObject({ asked: true, cache: 'MISS' });
  });
});

describe('personal data is never served from the cache', () => {
  it('a person’s bearer token is always answered afresh, even for the public catalogue', async () => {
    await ask(LIST, { n: 9 }); // kept for anonymous callers
    for (let i = 0; i < 2; i++) expect(await ask(LIST, { n: 9 }, { token: person })).toMatchObject({ asked: true, cache: null });
  });

  it('a person’s own data is never kept, nor anything an operator or an institution asks with a token', async () => {
    const me = 'query CacheMe { me { displayName } }';
    for (let i = 0; i < 2; i++) expect(await ask(me, {}, { token: person })).toMatchObject({ asked: true, cache: null });
    for (const token of [operator, pmlp]) for (let i = 0; i < 2; i++) expect(await ask(LIST, { n: 10 }, { token })).toMatchObject({ asked: true, cache: null });
  });

  it('X-Act-For is never answered from the cache', async () => {
    const res = await graph.gql(LIST, { n: 7 }, { token: person, headers: { 'x-act-for': DEMO_PEOPLE.janis.personalCode } });
    expect(res.headers.get('x-cache')).toBeNull();
  });

  it('a field off the catalogue allow-list makes the whole operation uncached, for anonymous callers too', async () => {
    const withStatistics = 'query CacheStats { services(first: 3) { nodes { code caseStatistics { total } } } }';
    for (let i = 0; i < 2; i++) expect(await ask(withStatistics, {})).toMatchObject({ asked: true, cache: null });
  });
});

describe('callers with different rights never share an answer', () => {
  it('an institution’s key sees its own draft, not the anonymous answer kept without it', async () => {
    const code = `PMLP-CACHE-${Date.now().toString(36).toUpperCase()}`;
    const created = await graph.gql('mutation($i: ServiceInput!) { createService(input: $i) { service { code status } } }', { i: { code, name: [{ language: 'lv', value: 'Melnraksts' }] } }, { token: pmlp });
    expect(created.data?.createService.service).toMatchObject({ code, status: 'DRAFT' });
    const key = await createKey(graph, { ownerKind: 'INSTITUTION', ownerCode: 'PMLP' });

    await ask(ONE, { code });
    const anonymous = await ask(ONE, { code });
    expect(anonymous).toMatchObject({ asked: false, cache: 'HIT' });
    expect(anonymous.res.data?.service).toBeNull();

    const institution = await ask(ONE, { code }, withKey(key.key));
    expect(institution).toMatchObject({ asked: true, cache: 'MISS' });
    expect(institution.res.data?.service).toMatchObject({ code, status: 'DRAFT' });
    // Its own answer is kept for it, and still not given to anonymous callers.
    expect(await ask(ONE, { code }, withKey(key.key))).toMatchObject({ asked: false, cache: 'HIT' });
    expect((await ask(ONE, { code })).res.data?.service).toBeNull();
  });

  it('an application’s key with a person’s token is answered afresh', async () => {
    const key = await createKey(graph, { ownerKind: 'APPLICATION', ownerCode: 'cache-app' });
    await ask(LIST, { n: 11 }, withKey(key.key)); // the application's own rights: may be kept
    const token = await graph.token({ person: DEMO_PEOPLE.janis.personalCode, app: 'cache-app' });
    const res: GraphQLResponse = await graph.gql(LIST, { n: 11 }, withKey(key.key, token));
    expect(res.headers.get('x-cache')).toBeNull();
  });
});

describe('a catalogue change', () => {
  it('after the catalogue’s event for a change, the old answer is not served again', async () => {
    const before = await ask(ONE, { code: 'PMLP-PASE' });
    expect((await ask(ONE, { code: 'PMLP-PASE' })).cache).toBe('HIT');
    const renamed = `Pase ${Date.now()}`;
    const update = await graph.gql('mutation($i: ServiceInput!) { updateService(code: "PMLP-PASE", input: $i) { service { name } } }', { i: { name: [{ language: 'lv', value: renamed }] } }, { token: pmlp });
    expect(update.data?.updateService.service.name).toBe(renamed);

    // The change alone is not seen by the cache: without the event the kept (old) answer would still be served.
    const stale = await ask(ONE, { code: 'PMLP-PASE' });
    expect(stale).toMatchObject({ cache: 'HIT' });
    expect(stale.res.data).toEqual(before.res.data);

    // The services subgraph's relay publishes its event to the bus (on main the catalogue has no outbox yet; the
    // events branch adds it, and then drain() carries it); the gateway hears it and keeps nothing from before.
    await graph.platform.events.drain();
    await (graph.platform.events.bus as EmbeddedBus).publish(serviceChanged('PMLP-PASE'));
    const after = await ask(ONE, { code: 'PMLP-PASE' });
    expect(after).toMatchObject({ asked: true, cache: 'MISS' });
    expect(after.res.data?.service.name).toBe(renamed);
  });
});
