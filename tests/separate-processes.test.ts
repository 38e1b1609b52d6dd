import { afterAll, expect, it } from 'vitest';
import { startProcessGraph, type ProcessGraph } from './support/processes.ts';

let graph: ProcessGraph | undefined;
afterAll(() => graph?.stop());

it('runs as a deployment would: each subgraph and the gateway in its own process', { timeout: 240_000 }, async () => {
  graph = await startProcessGraph();
  const { url, ports } = graph;

  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ service(code: "RIGA-DZIMSANA") { name holder { code } lifeSituations { code } } }' }),
  });
  const body = (await res.json()) as any;
  expect(body.errors).toBeUndefined();
  expect(body.data.service).toMatchObject({ name: 'Bērna dzimšanas reģistrācija', holder: { code: 'RIGA' } });
  expect(body.data.service.lifeSituations.map((l: { code: string }) => l.code)).toContain('BERNA-PIEDZIMSANA');
  expect((await fetch(url.replace('/graphql', '/readyz'))).status).toBe(200);

  // Straight to a subgraph without the gateway's token: nothing.
  const direct = await fetch(`http://127.0.0.1:${ports.services}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ services { totalCount } }' }) });
  expect(direct.status).toBe(401);
});
