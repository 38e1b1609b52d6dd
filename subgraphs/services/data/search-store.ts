import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import type { SearchQuery } from '../domain/search-document.ts';
import { services, type ServiceRow } from '../db/tables.ts';
import { filterConditions, type ServiceListFilter } from './service-store.ts';

/**
 * Relevance of a service to a query, highest first:
 * - full-text rank over the weighted document (name A 1.0, alternative names B 0.4, keywords C 0.2,
 *   descriptions D 0.1), any word;
 * - +1 when the service has every word of the query (a name with all of them outranks a description with one);
 * - trigram word similarity of the plain query to the names and keywords (0–1), which is what finds a typo;
 * - +0.1 for a key service of its holder: of two equally good matches, the one most people come for first.
 * A service matches when it has any stemmed word (GIN on search_vector) or, for queries of five letters or more,
 * its names are similar enough to the query: `<%` (GIN trigram index on search_plain, pg_trgm's default threshold
 * 0.6), then a word similarity above TYPO_SIMILARITY.
 */
export const TYPO_SIMILARITY = 0.65;

function scoreAndMatch(db: Db, q: SearchQuery) {
  const any = sql`to_tsquery('simple', ${q.any})`;
  const all = sql`to_tsquery('simple', ${q.all})`;
  const similarity = sql`word_similarity(${q.plain}, ${services.searchPlain})`;
  const score = sql<number>`(ts_rank('{0.1, 0.2, 0.4, 1.0}', ${services.searchVector}, ${any}) + case when ${services.isKeyService} then 0.1 else 0 end + case when ${services.searchVector} @@ ${all} then 1 else 0 end + ${similarity})`;
  const words = sql`${services.searchVector} @@ ${any}`;
  if (!q.typos) return { score, match: words };
  // The two ways to match as a union, each answered by its own index: an OR of both in one scan would have the
  // planner read every row and compute trigram similarity for each as soon as a word is common.
  const typo = and(sql`${q.plain} <% ${services.searchPlain}`, sql`${similarity} > ${TYPO_SIMILARITY}`);
  const ids = db.select({ id: services.id }).from(services).where(words).union(db.select({ id: services.id }).from(services).where(typo));
  return { score, match: inArray(services.id, ids) };
}

/** Ranks the matches on narrow columns only; the page's full rows are read afterwards by primary key. */
const ranking = (db: Db, q: SearchQuery, filter: ServiceListFilter) => {
  const { score, match } = scoreAndMatch(db, q);
  return db
    .select({ id: services.id, code: services.code, score: score.as('score'), total: sql<number>`count(*) over ()`.as('total') })
    .from(services)
    .where(and(match, ...filterConditions(filter)))
    .orderBy(sql`score desc`, services.code);
};

/** One page of a search (by position) with the number of matches; one statement. */
export async function searchServices(db: Db, q: SearchQuery, filter: ServiceListFilter, offset: number, limit: number) {
  const page = ranking(db, q, filter).limit(limit).offset(offset).as('page');
  const rows = await db
    .select({ service: services, score: page.score, total: page.total })
    .from(page)
    .innerJoin(services, eq(services.id, page.id))
    .orderBy(sql`${page.score} desc`, page.code);
  let total = Number(rows[0]?.total ?? 0);
  // A page past the end has no row to carry the total: count apart, rarely.
  if (!rows.length && offset > 0) total = (await ranking(db, q, filter)).length;
  return { rows: rows.map((r) => ({ service: r.service as ServiceRow, score: Number(r.score) })), total };
}

/** The plan of the search statement (EXPLAIN ANALYZE): for the benchmark's proof that it uses the indexes. */
export async function explainSearch(db: Db, q: SearchQuery, limit: number): Promise<string[]> {
  const page = ranking(db, q, {}).limit(limit).as('page');
  const query = db.select({ service: services, score: page.score }).from(page).innerJoin(services, eq(services.id, page.id)).orderBy(sql`${page.score} desc`, page.code);
  const { sql: text, params } = query.toSQL();
  const inlined = text.replace(/\$(\d+)/g, (_, i) => {
    const v = params[Number(i) - 1];
    return typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`;
  });
  const result = await db.execute(sql.raw(`explain (analyze, costs off, timing off) ${inlined}`));
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, string>[];
  return rows.map((r) => r['QUERY PLAN']);
}
