import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, startTestGraph, type TestGraph } from '../support/platform.ts';
import { SEARCH_QUERIES } from './search-queries.ts';

let graph: TestGraph;
// Starting the whole graph and its demo catalogue on PGlite can take longer than the default hook limit when the
// machine's two cores are shared with other suites running in parallel.
beforeAll(async () => {
  graph = await startTestGraph();
}, 180_000);
afterAll(() => graph?.stop());

const SEARCH = `query($q: String!, $first: Int, $after: String, $filter: ServiceFilter) {
  searchServices(query: $q, first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { score node { code holder { code } } } } }`;

async function search(q: string, variables: Record<string, unknown> = {}) {
  const res = await graph.gql(SEARCH, { q, ...variables });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data.searchServices as { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { score: number; node: { code: string; holder: { code: string } } }[] };
}

describe('search quality on the demo catalogue', () => {
  it(`covers at least 30 queries, Latvian and English`, () => {
    expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(SEARCH_QUERIES)('"$query" has $top3 in the first three ($why)', async ({ query, top3 }) => {
    const { edges } = await search(query, { first: 3 });
    const found = edges.map((e) => e.node.code);
    for (const code of top3) expect(found, `"${query}" → ${found.join(', ')}`).toContain(code);
  });
});

describe('search behaviour', () => {
  it('ranks best first and pages by position without repeating a result', async () => {
    const all = await search('pabalsts', { first: 100 });
    expect(all.totalCount).toBeGreaterThan(10);
    const scores = all.edges.map((e) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const page1 = await search('pabalsts', { first: 5 });
    const page2 = await search('pabalsts', { first: 5, after: page1.pageInfo.endCursor });
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect([...page1.edges, ...page2.edges].map((e) => e.node.code)).toEqual(all.edges.slice(0, 10).map((e) => e.node.code));
    expect(page2.totalCount).toBe(all.totalCount);
  });

  it('combines with the catalogue filters', async () => {
    const vsaa = await search('pabalsts', { filter: { holderCode: 'VSAA' }, first: 100 });
    expect(vsaa.edges.length).toBeGreaterThan(3);
    expect(vsaa.edges.every((e) => e.node.holder.code === 'VSAA')).toBe(true);
    const riga = await search('pabalsts', { filter: { holderCode: 'RIGA' }, first: 100 });
    expect(riga.edges.map((e) => e.node.code)).toContain('RIGA-MAJOKLA-PABALSTS');
  });

  it('finds nothing for a word the catalogue does not have, and for punctuation alone', async () => {
    expect((await search('kosmosa tūrisms')).totalCount).toBe(0);
    expect((await search('?!…')).totalCount).toBe(0);
  });

  it('treats query syntax and quotes as plain text', async () => {
    for (const q of ["pase' or 1=1 --", 'pase & !eid | (x:*)', 'pase\\', '"pase"']) {
      const { edges } = await search(q, { first: 3 });
      expect(edges.map((e) => e.node.code), q).toContain('PMLP-PASE');
    }
  });

  it.each([
    ['an empty query', ''],
    ['only spaces', '   '],
    ['a query of more than 200 characters', 'pase '.repeat(41)],
  ])('rejects %s with BAD_USER_INPUT', async (_, q) => {
    expect(errorCodes(await graph.gql(SEARCH, { q }))).toEqual(['BAD_USER_INPUT']);
  });

  it('rejects a cursor it did not give out', async () => {
    expect(errorCodes(await graph.gql(SEARCH, { q: 'pase', after: Buffer.from('[-5]').toString('base64url') }))).toEqual(['BAD_USER_INPUT']);
  });
});
