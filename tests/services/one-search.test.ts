// The portal's one search box through the gateway: quality on what people type (one-search-queries.ts), the answer's
// reasons, facets, "did you mean" and pages, the life situation resolved by its own subgraph, and who may see the
// score's parts. Writes to the index (situation entries, demand) are in one-search-index.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CHANNELS } from '../../subgraphs/services/demo/channels.ts';
import { DEMO_SITUATION_ENTRIES } from '../../subgraphs/services/demo/situation-search.ts';
import { DEMO_PEOPLE, errorCodes, startTestGraph, type TestGraph } from '../support/platform.ts';
import { ONE_SEARCH_CASES } from './one-search-queries.ts';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
}, 180_000);
afterAll(() => graph?.stop());

const SEARCH = `query($q: String!, $first: Int, $after: String, $filter: SearchFilter, $language: String) {
  search(query: $q, first: $first, after: $after, filter: $filter, language: $language) {
    totalCount didYouMean pageInfo { hasNextPage endCursor }
    facets { kind { value count } holder { value count } channel { value count } region { value count } }
    nodes {
      kind code title score reasons { kind matched } scoreParts { text situation importance demand channels }
      ... on ServiceSearchHit { service { code holder { code } } }
      ... on LifeSituationSearchHit { lifeSituation { code title(language: "en") steps { services { code } } } }
      ... on ServiceLocationSearchHit { location { code municipality owner { code } } }
    }
  }
}`;

interface Hit {
  kind: string; code: string; title: string; score: number; reasons: { kind: string; matched: string }[];
  scoreParts: Record<'text' | 'situation' | 'importance' | 'demand' | 'channels', number> | null;
  service?: { code: string; holder: { code: string } }; lifeSituation?: { code: string; title: string; steps: { services: ({ code: string } | null)[] }[] } | null;
  location?: { code: string; municipality: string; owner: { code: string } };
}
interface Facet { value: string; count: number }
interface Answer {
  totalCount: number; didYouMean: string | null; pageInfo: { hasNextPage: boolean; endCursor: string | null };
  facets: Record<'kind' | 'holder' | 'channel' | 'region', Facet[]>; nodes: Hit[];
}

async function search(q: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer> {
  const res = await graph.gql(SEARCH, { q, ...variables }, { token });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data.search;
}

const LOCATIONS = new Set(DEMO_CHANNELS.filter((c) => c.type === 'SERVICE_LOCATION').map((c) => c.code));
const SITUATIONS = new Set(DEMO_SITUATION_ENTRIES.map((e) => e.code));
const kindOf = (code: string) => (LOCATIONS.has(code) ? 'SERVICE_LOCATION' : SITUATIONS.has(code) ? 'LIFE_SITUATION' : 'SERVICE');

describe('what people type', () => {
  it('covers at least 100 queries across Latvian, English and Russian and all three kinds of hits', () => {
    expect(ONE_SEARCH_CASES.length).toBeGreaterThanOrEqual(100);
    for (const language of ['lv', 'en', 'ru']) expect(ONE_SEARCH_CASES.filter((c) => c.language === language).length, language).toBeGreaterThanOrEqual(25);
    const kinds = new Set(ONE_SEARCH_CASES.flatMap((c) => c.top3.map(kindOf)));
    expect([...kinds].sort()).toEqual(['LIFE_SITUATION', 'SERVICE', 'SERVICE_LOCATION']);
    expect(ONE_SEARCH_CASES.filter((c) => c.top1).length).toBeGreaterThanOrEqual(80);
  });

  it.each(ONE_SEARCH_CASES)('$language "$query" → $top3 in the first three, $top1 first ($why)', async ({ query, top1, top3 }) => {
    const { nodes } = await search(query, { first: 3 });
    const found = nodes.map((n) => n.code);
    for (const code of top3) expect(found, `"${query}" → ${found.join(', ')}`).toContain(code);
    if (top1) expect(found[0], `"${query}" → ${found.join(', ')}`).toBe(top1);
    for (const n of nodes) expect(n.kind, n.code).toBe(kindOf(n.code));
  });
});

describe('the answer', () => {
  it('says why each hit was found: a word of the name, a situation, a place, a similar spelling', async () => {
    const passport = (await search('pasi', { first: 1 })).nodes[0];
    expect(passport.reasons).toContainEqual({ kind: 'NAME', matched: 'pasi' });
    const birth = (await search('man piedzima bērns', { first: 10 })).nodes;
    expect(birth.find((n) => n.code === 'BERNA-PIEDZIMSANA')!.reasons).toContainEqual({ kind: 'NAME', matched: 'piedzima berns' });
    expect((await search('nomira tētis', { first: 1 })).nodes[0].reasons).toContainEqual({ kind: 'KEYWORD', matched: 'nomira tetis' });
    expect(birth.find((n) => n.code === 'RIGA-DZIMSANA')!.reasons).toContainEqual({ kind: 'SITUATION', matched: 'BERNA-PIEDZIMSANA' });
    expect((await search('Cēsis', { first: 3 })).nodes.find((n) => n.code === 'VPVKAC-CESIS')!.reasons).toContainEqual({ kind: 'PLACE', matched: 'cesis' });
    expect((await search('dzīvesvita', { first: 1 })).nodes[0].reasons).toEqual([{ kind: 'SIMILAR_SPELLING', matched: 'dzivesvita' }]);
  });

  it('resolves a life situation hit through the life-situations subgraph, titles in the asked language', async () => {
    const { nodes } = await search('rozhdenie rebenka', { first: 1, language: 'ru' });
    expect(nodes[0]).toMatchObject({ kind: 'LIFE_SITUATION', code: 'BERNA-PIEDZIMSANA', title: 'Рождение ребенка' });
    expect(nodes[0].lifeSituation!.title).toBe('Birth of a child');
    expect(nodes[0].lifeSituation!.steps.flatMap((s) => s.services.map((x) => x?.code))).toContain('RIGA-DZIMSANA');
    expect((await search('паспорт', { first: 1, language: 'ru' })).nodes[0].title).toBe('Выдача паспорта');
  });

  it('has an index entry for every life situation, with its holder and its steps\' services in order', async () => {
    const res = await graph.gql(`{ lifeSituations(first: 100) { nodes { code holder { code } steps { services { code } } } } }`);
    const situations = res.data.lifeSituations.nodes as { code: string; holder: { code: string }; steps: { services: { code: string }[] }[] }[];
    expect(situations.map((s) => s.code).sort()).toEqual(DEMO_SITUATION_ENTRIES.map((e) => e.code).sort());
    for (const s of situations) {
      const entry = DEMO_SITUATION_ENTRIES.find((e) => e.code === s.code)!;
      expect(entry.holderCode, s.code).toBe(s.holder.code);
      expect(entry.serviceCodes, s.code).toEqual([...new Set(s.steps.flatMap((step) => step.services.map((x) => x.code)))]);
    }
  });

  it('counts every hit in the facets, and a facet value narrows as a filter', async () => {
    const all = await search('pabalsts', { first: 100 });
    expect(all.facets.kind.reduce((n, f) => n + f.count, 0)).toBe(all.totalCount);
    expect(all.facets.holder.reduce((n, f) => n + f.count, 0)).toBe(all.totalCount);
    const vsaa = all.facets.holder.find((f) => f.value === 'VSAA')!;
    const onlyVsaa = await search('pabalsts', { first: 100, filter: { holderCode: 'VSAA' } });
    expect(onlyVsaa.totalCount).toBe(vsaa.count);
    expect(onlyVsaa.nodes.every((n) => (n.service?.holder.code ?? 'VSAA') === 'VSAA')).toBe(true);
    const eServices = all.facets.channel.find((f) => f.value === 'E_SERVICE')!;
    expect((await search('pabalsts', { first: 1, filter: { channelType: 'E_SERVICE', kinds: ['SERVICE'] } })).totalCount).toBe(eServices.count);
    const cesis = await search('klientu apkalpošanas centrs', { first: 100, filter: { region: 'Cēsu novads' } });
    expect(cesis.nodes.map((n) => n.code)).toContain('VPVKAC-CESIS');
    expect(cesis.nodes.filter((n) => n.location).every((n) => n.location!.municipality === 'Cēsu novads')).toBe(true);
    expect(cesis.facets.region.find((f) => f.value === 'Cēsu novads')!.count).toBe(cesis.totalCount);
    const places = await search('Valmiera', { first: 100, filter: { kinds: ['SERVICE_LOCATION'] } });
    expect(places.nodes.length).toBeGreaterThan(0);
    expect(places.nodes.every((n) => n.kind === 'SERVICE_LOCATION')).toBe(true);
  });

  it('suggests the known word for a misspelt one, and nothing when every word is known', async () => {
    expect((await search('dzīvesvita')).didYouMean).toBe('dzivesvieta');
    expect((await search('kindergarden')).didYouMean).toBe('kindergarten');
    expect((await search('pase')).didYouMean).toBeNull();
  });

  it('ranks best first and pages by position without repeating a hit', async () => {
    const all = await search('bērns', { first: 100 });
    expect(all.totalCount).toBeGreaterThan(10);
    const scores = all.nodes.map((n) => n.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const page1 = await search('bērns', { first: 5 });
    const page2 = await search('bērns', { first: 5, after: page1.pageInfo.endCursor });
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect([...page1.nodes, ...page2.nodes].map((n) => n.code)).toEqual(all.nodes.slice(0, 10).map((n) => n.code));
    expect(page2.totalCount).toBe(all.totalCount);
  });

  it('finds nothing for words nobody uses, punctuation or only a question', async () => {
    for (const q of ['kosmosa tūrisms', '?!…', 'how do I', 'что делать']) expect((await search(q)).totalCount, q).toBe(0);
  });

  it('treats query syntax as plain text', async () => {
    for (const q of ["pase' or 1=1 --", 'pase & !eid | (x:*)', 'pase\\']) expect((await search(q, { first: 3 })).nodes.map((n) => n.code), q).toContain('PMLP-PASE');
  });

  it.each([
    ['an empty query', { q: ' ' }],
    ['a query of more than 200 characters', { q: 'pase '.repeat(41) }],
    ['a language that is not a two-letter code', { q: 'pase', language: 'latvian' }],
    ['a cursor it did not give out', { q: 'pase', after: Buffer.from('[-5]').toString('base64url') }],
    ['more than 100 a page', { q: 'pase', first: 101 }],
  ])('rejects %s with BAD_USER_INPUT', async (_, variables) => {
    expect(errorCodes(await graph.gql(SEARCH, variables))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('the score\'s parts', () => {
  it('are shown to operators, and add up to the score', async () => {
    const { nodes } = await search('vecuma pensija', { first: 3 }, await graph.token({ operator: 'ops' }));
    for (const n of nodes) {
      const parts = n.scoreParts!;
      expect(Object.values(parts).reduce((a, b) => a + b, 0)).toBeCloseTo(n.score, 2);
    }
    expect(nodes.find((n) => n.code === 'VSAA-VECUMA-PENSIJA')!.scoreParts!.demand).toBeGreaterThan(0);
  });

  it('are null for anyone else: anonymous, a person, an institution, an application', async () => {
    const tokens = [undefined, await graph.token({ person: DEMO_PEOPLE.janis.personalCode }), await graph.token({ institution: 'VSAA' }), await graph.token({ application: 'startup-app' })];
    for (const token of tokens) {
      const { nodes } = await search('vecuma pensija', { first: 3 }, token);
      expect(nodes.length).toBeGreaterThan(0);
      expect(nodes.map((n) => n.scoreParts)).toEqual(nodes.map(() => null));
    }
  });
});
