import { afterAll, beforeAll, it } from 'vitest';
import { startTestGraph, type TestGraph } from './support/platform.ts';
import { SEARCH_QUERIES } from './services/search-queries.ts';
let graph: TestGraph;
beforeAll(async () => { graph = await startTestGraph(); });
afterAll(() => graph?.stop());
it('smoke', async () => {
  let fail = 0;
  for (const { query, top3 } of SEARCH_QUERIES) {
    const r = await graph.gql('query($q: String!) { searchServices(query: $q, first: 5) { totalCount edges { score node { code } } } }', { q: query });
    const codes = r.data.searchServices.edges.map((e: any) => e.node.code);
    const ok = top3.every((c) => codes.slice(0, 3).includes(c));
    if (!ok) fail++;
    console.log(ok ? 'OK  ' : 'FAIL', query, JSON.stringify(r.data.searchServices.edges.map((e: any) => `${e.node.code}:${e.score}`)), r.data.searchServices.totalCount);
  }
  console.log('failures', fail);
});
