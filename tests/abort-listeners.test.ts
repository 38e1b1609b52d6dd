import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestGraph, type TestGraph } from './support/platform.ts';

/**
 * Under concurrent load, the gateway must not warn "MaxListenersExceededWarning: … 11 abort listeners added to
 * [AbortSignal]". Its source was the HTTP executor's one dispose signal per subgraph, which every call in flight to
 * that subgraph listens to (see patches/@graphql-tools+executor-http*.patch).
 */
let graph: TestGraph;
const warnings: Error[] = [];
const onWarning = (w: Error) => void warnings.push(w);
beforeAll(async () => {
  graph = await startTestGraph();
  process.on('warning', onWarning);
});
afterAll(async () => {
  process.off('warning', onWarning);
  await graph?.stop();
});

it('60 concurrent requests across subgraphs, three times over: no MaxListenersExceededWarning', async () => {
  const person = await graph.token({ person: '150385-12346' });
  const queries: [string, string | undefined][] = [
    ['{ services(first: 5) { nodes { code holder { name } lifeSituations { code } } } }', undefined],
    ['{ me { displayName cases { nodes { reference service { name } } } } }', person],
  ];
  for (let round = 0; round < 3; round++) {
    const statuses = await Promise.all(Array.from({ length: 60 }, async (_, i) => {
      const [query, token] = queries[i % queries.length];
      const res = await fetch(graph.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query }) });
      await res.arrayBuffer();
      return res.status;
    }));
    expect(statuses.every((s) => s === 200)).toBe(true);
  }
  expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning').map((w) => w.message)).toEqual([]);
});
