import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE } from '@public-service-graph/subgraph-kit/demo-people';
import { CORE_SUBGRAPHS, type CoreSubgraph } from '../gateway/compose.ts';
import { FAULT_QUERIES, valueAt, type FaultQuery } from './support/fault-queries.ts';
import { startProcessGraph, type ProcessGraph } from './support/processes.ts';

/**
 * The graph as deployed, each subgraph and the gateway a process of its own, and what it does when one of the core
 * subgraphs dies under load: the answers keep every other subgraph's fields, the lost paths say
 * SUBGRAPH_UNAVAILABLE, nothing is a 5xx, /readyz says 503 until the subgraph is back, and full answers return
 * within seconds of its restart. One set of processes serves every kill, to keep CI lean.
 */

let graph: ProcessGraph;
const tokens = new Map<FaultQuery, string>();

beforeAll(async () => {
  // The load comes from one address: per-IP budgets would answer 429 (tests/rate-limit.test.ts tests those).
  graph = await startProcessGraph({ RATE_LIMITS: 'anonymous=100000000,token=100000000,operator=100000000' });
  for (const q of FAULT_QUERIES) if (q.as) tokens.set(q, await graph.issuer.issue(q.as));
}, 240_000);
afterAll(() => graph?.stop());

const post = (body: unknown, token?: string, headers: Record<string, string> = {}) =>
  fetch(graph.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers }, body: JSON.stringify(body) });
const readyz = async () => (await fetch(graph.url.replace('/graphql', '/readyz'))).status;

interface Answer { query: FaultQuery; status: number; body: { data?: any; errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[] }; down: CoreSubgraph | null }

async function ask(query: FaultQuery, down: CoreSubgraph | null): Promise<Answer> {
  const res = await post({ query: query.query, variables: query.variables }, tokens.get(query), query.headers);
  return { query, status: res.status, body: (await res.json()) as Answer['body'], down };
}

const isFull = (a: Answer) => a.status === 200 && !a.body.errors && a.query.probes.every((p) => valueAt(a.body.data, p.path) != null);

it('runs as a deployment would: each subgraph and the gateway in its own process', async () => {
  const res = await post({ query: '{ service(code: "RIGA-DZIMSANA") { name holder { code } lifeSituations { code } } }' });
  const body = (await res.json()) as any;
  expect(body.errors).toBeUndefined();
  expect(body.data.service).toMatchObject({ name: 'Bērna dzimšanas reģistrācija', holder: { code: 'RIGA' } });
  expect(body.data.service.lifeSituations.map((l: { code: string }) => l.code)).toContain('BERNA-PIEDZIMSANA');
  expect(await readyz()).toBe(200);

  // The cases subgraph checks a case's service against its projection of the catalogue, which it reads here through
  // the graph's public changes feed: the holder's case is accepted, another holder's service refused.
  const pmlp = await graph.issuer.issue({ institution: 'PMLP' });
  const register = async (serviceCode: string) => {
    const input = { idempotencyKey: randomUUID(), reference: `SEP-${randomUUID().slice(0, 8)}`, serviceCode, client: { personalCode: '150385-12346' }, applicationChannel: 'E_SERVICE', submittedAt: '2026-03-02T09:00:00Z' };
    const query = 'mutation($input: RegisterCaseInput!) { registerCase(input: $input) { case { id } errors { code ... on RegisterCaseServiceNotAvailable { reason } } } }';
    return ((await (await post({ query, variables: { input } }, pmlp)).json()) as any).data.registerCase;
  };
  expect((await register('PMLP-PASE')).errors).toEqual([]);
  expect(await register('VSAA-GVB')).toEqual({ case: null, errors: [{ code: 'SERVICE_NOT_AVAILABLE', reason: 'NOT_PROVIDER' }] });
  // Straight to a subgraph without the gateway's token: nothing.
  const direct = await fetch(`http://127.0.0.1:${graph.ports.services}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ services { totalCount } }' }) });
  expect(direct.status).toBe(401);
  // A subgraph's refusal keeps its code as deployed (no test-only module aliasing here): an application without the
  // person's consent gets FORBIDDEN on `me`, not "Unexpected error.", and the rest of the answer stands.
  const app = await graph.issuer.issue({ person: DEMO_PEOPLE.martins.personalCode, app: 'stranger-app' });
  const refused = (await (await post({ query: '{ me { displayName } services(first: 1) { totalCount } }' }, app)).json()) as any;
  expect(refused.data).toEqual({ me: null, services: { totalCount: expect.any(Number) } });
  expect(refused.errors.map((e: { path: string[]; extensions: object }) => [e.path.join('.'), e.extensions])).toEqual([['me', { code: 'FORBIDDEN' }]]);
  // Every query of the fault test answers in full while everything is up (else its probes prove nothing).
  for (const q of FAULT_QUERIES) expect(isFull(await ask(q, null)), q.name).toBe(true);
});

describe('a core subgraph killed under load', () => {
  it.each(CORE_SUBGRAPHS)('%s: the rest answers, its paths say SUBGRAPH_UNAVAILABLE, readiness fails, full answers return after its restart', { timeout: 90_000 }, async (victim) => {
    // Light, bounded load: three loops through the queries for the whole kill, outage and restart.
    const answers: Answer[] = [];
    let phase: 'killing' | 'down' | 'restarting' = 'killing';
    let running = true;
    const loop = async (offset: number) => {
      for (let i = offset; running; i++) {
        answers.push(await ask(FAULT_QUERIES[i % FAULT_QUERIES.length], phase === 'down' ? victim : null));
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const loops = [loop(0), loop(2), loop(4)];

    await graph.killSubgraph(victim);
    phase = 'down';
    await new Promise((r) => setTimeout(r, 1500));
    const readyWhileDown = await readyz();
    phase = 'restarting';

    await graph.startSubgraph(victim);
    // The load covered the kill, the outage and the restart; the rounds below are the load while it warms up.
    running = false;
    await Promise.all(loops);
    const restartedAt = Date.now();
    let recovered: number | null = null;
    let round: Answer[] = [];
    while (recovered === null && Date.now() - restartedAt < 15_000) {
      round = await Promise.all(FAULT_QUERIES.map((q) => ask(q, null)));
      if (round.every(isFull)) recovered = Date.now() - restartedAt;
    }
    const notFull = round.filter((a) => !isFull(a)).map((a) => `${a.query.name}: ${a.status} ${JSON.stringify(a.body.errors ?? a.body.data)}`);

    console.info(`${victim}: ${answers.length} answers under load, ${answers.filter((a) => a.down === victim).length} while down; full answers ${recovered} ms after the restart`);
    expect(readyWhileDown).toBe(503);
    expect(await readyz()).toBe(200);
    expect(recovered, `full answers within 5 s of the restart; last round:\n${notFull.join('\n')}`).not.toBeNull();
    expect(recovered!).toBeLessThan(5_000);

    // Every answer, before, during and after the outage: HTTP 200, only SUBGRAPH_UNAVAILABLE, fit for a person.
    expect(answers.filter((a) => a.status !== 200).map((a) => `${a.query.name}: ${a.status}`)).toEqual([]);
    for (const a of answers) {
      for (const error of a.body.errors ?? []) {
        expect(error.extensions, `${a.query.name}: ${error.message}`).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', retryAfterSeconds: expect.any(Number) });
        expect(error.message).not.toMatch(new RegExp(`${victim}|127\\.0\\.0\\.1|localhost|:${graph.ports[victim]}|ECONNREFUSED|\\bat `));
      }
      // What does not depend on the victim answers, whenever it was asked.
      for (const probe of a.query.probes.filter((p) => !p.needs.includes(victim)))
        expect(valueAt(a.body.data, probe.path) ?? null, `${a.query.name}: ${probe.path} with ${victim} down`).not.toBeNull();
    }
    // Asked while it was down: what depends on it is null, with the code on the path that lost it.
    const downAnswers = answers.filter((a) => a.down === victim);
    expect(downAnswers.length).toBeGreaterThan(0);
    for (const a of downAnswers) {
      const lost = a.query.probes.filter((p) => p.needs.includes(victim));
      for (const probe of lost) expect(valueAt(a.body.data, probe.path) ?? null, `${a.query.name}: ${probe.path}`).toBeNull();
      if (lost.length) expect(a.body.errors?.length, a.query.name).toBeGreaterThan(0);
    }
  });
});
