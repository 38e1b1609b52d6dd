/**
 * The one search box (`Query.search`): parse what was typed, rank every kind of hit in SQL, then load the page's
 * rows and say why each was found. Only operators see the score's parts.
 */
import { inArray } from 'drizzle-orm';
import { readingLanguages } from '@public-service-graph/subgraph-kit/i18n';
import { badInput } from '@public-service-graph/subgraph-kit/errors';
import { decodeCursor, encodeCursor, pageSize } from '@public-service-graph/subgraph-kit/pagination';
import type { ServicesContext } from '../context.ts';
import { closestWord, knownWords, searchEverything, type FacetRow, type HitRow, type UnifiedFilter } from '../data/unified-search.ts';
import { searchSituations, type SearchSituationRow } from '../db/tables.ts';
import { locationReasons, serviceReasons, situationReasons } from '../domain/search-reasons.ts';
import { MAX_QUERY_LENGTH, parseSearchQuery, termClause, type SearchQuery } from '../domain/search-document.ts';
import { normalize } from '../domain/stemmer.ts';
import type { QueryResolvers, ResolversTypes, SearchFilter } from '../generated/types.ts';

type Hit = ResolversTypes['ServiceSearchHit'] | ResolversTypes['ServiceLocationSearchHit'] | ResolversTypes['LifeSituationSearchHit'];
import { text } from './text.ts';

const round = (n: number) => Math.round(n * 1000) / 1000;

function offsetOf(after: string | null | undefined): number {
  const [offset] = (decodeCursor(after, 1) ?? [0]) as [unknown];
  if (!Number.isInteger(offset) || (offset as number) < 0) throw badInput('"after" is not a cursor this list gave out; pass pageInfo.endCursor unchanged.', { argument: 'after' });
  return offset as number;
}

const toFilter = (f: SearchFilter | null | undefined): UnifiedFilter => ({
  kinds: f?.kinds ?? undefined,
  holderCode: f?.holderCode ?? undefined,
  channelType: f?.channelType ?? undefined,
  regionKey: f?.region ? normalize(f.region.trim()) : undefined,
});

function facets(rows: FacetRow[]) {
  const of = (facet: FacetRow['facet']) => rows.filter((r) => r.facet === facet).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).map(({ value, count }) => ({ value, count }));
  return { kind: of('KIND'), holder: of('HOLDER'), channel: of('CHANNEL'), region: of('REGION') };
}

/** The query with each word the index does not know replaced by its closest known word; null when all are known. */
async function didYouMean(ctx: ServicesContext, q: SearchQuery): Promise<string | null> {
  const checked = q.terms.filter((t) => t.word.length >= 4 && !/\d/.test(t.word));
  const known = await knownWords(ctx.db, checked.map((t) => termClause(t.stems)));
  const unknown = checked.filter((_, i) => !known[i]);
  if (!unknown.length) return null;
  const closest = new Map(await Promise.all(unknown.map(async (t) => [t.word, await closestWord(ctx.db, t.word)] as const)));
  if (![...closest.values()].some(Boolean)) return null;
  return q.terms.map((t) => closest.get(t.word) ?? t.word).join(' ');
}

async function situationsByCode(ctx: ServicesContext, codes: string[]): Promise<Map<string, SearchSituationRow>> {
  if (!codes.length) return new Map();
  const found = await ctx.db.select().from(searchSituations).where(inArray(searchSituations.code, codes));
  return new Map(found.map((r) => [r.code, r]));
}

/** A page of hits as the API shows them. */
async function present(ctx: ServicesContext, q: SearchQuery, hits: HitRow[], language: string | null | undefined): Promise<Hit[]> {
  const [services, locations, situations] = await Promise.all([
    ctx.loaders.serviceById.loadMany(hits.filter((h) => h.kind === 'SERVICE').map((h) => h.id)),
    ctx.loaders.channelById.loadMany(hits.filter((h) => h.kind === 'SERVICE_LOCATION').map((h) => h.id)),
    situationsByCode(ctx, hits.filter((h) => h.kind === 'LIFE_SITUATION').map((h) => h.code)),
  ]);
  const serviceById = new Map(services.flatMap((s) => (s && !(s instanceof Error) ? [[s.id, s] as const] : [])));
  const locationById = new Map(locations.flatMap((l) => (l && !(l instanceof Error) ? [[l.id, l] as const] : [])));
  const operator = ctx.identity.kind === 'operator';
  const title = (value: Parameters<typeof text>[0]) => text(value, language, ctx) ?? '';
  return hits.flatMap((h): Hit[] => {
    const common = { kind: h.kind, code: h.code, score: round(h.score), scoreParts: operator ? { text: round(h.parts.text), situation: round(h.parts.situation), importance: round(h.parts.importance), demand: round(h.parts.demand), channels: round(h.parts.channels) } : null };
    if (h.kind === 'SERVICE') {
      const s = serviceById.get(h.id);
      return s ? [{ __typename: 'ServiceSearchHit' as const, ...common, title: title(s.name), reasons: serviceReasons(q, s, h.viaSituation), service: s }] : [];
    }
    if (h.kind === 'SERVICE_LOCATION') {
      const l = locationById.get(h.id);
      return l ? [{ __typename: 'ServiceLocationSearchHit' as const, ...common, title: title(l.name), reasons: locationReasons(q, { searchText: l.searchText, municipality: l.municipality, city: l.address?.city ?? null }), location: l }] : [];
    }
    const e = situations.get(h.code);
    return e ? [{ __typename: 'LifeSituationSearchHit' as const, ...common, title: title(e.title), reasons: situationReasons(q, e), lifeSituation: { code: e.code } }] : [];
  });
}

export const search: QueryResolvers['search'] = async (_, args, ctx) => {
  const query = args.query.trim();
  if (!query || query.length > MAX_QUERY_LENGTH) throw badInput(`"query" must have 1–${MAX_QUERY_LENGTH} characters.`, { argument: 'query' });
  if (args.language != null && !/^[a-z]{2}$/.test(args.language)) throw badInput('"language" is a two-letter code, e.g. "lv", "en", "ru".', { argument: 'language' });
  const size = pageSize(args.first);
  const offset = offsetOf(args.after);
  const q = parseSearchQuery(query);
  const empty = { edges: [], nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0, facets: facets([]), didYouMean: null };
  if (!q) return empty;
  const filter = toFilter(args.filter);
  const [{ hits, total, facets: facetRows }, suggestion] = await Promise.all([searchEverything(ctx.db, q, filter, offset, size + 1), didYouMean(ctx, q)]);
  const language = readingLanguages(args.language, ctx.languages)[0];
  const nodes = await present(ctx, q, hits.slice(0, size), language);
  const edges = nodes.map((node, i) => ({ node, cursor: encodeCursor([offset + i + 1]) }));
  return { edges, nodes, pageInfo: { hasNextPage: hits.length > size, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: total, facets: facets(facetRows), didYouMean: suggestion };
};
