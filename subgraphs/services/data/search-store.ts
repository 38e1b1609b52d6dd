import { and, sql } from 'drizzle-orm';
import type { Db } from '../../../common/db.ts';
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
 * A service matches when it has any stemmed word (GIN on search_vector) or its names are similar enough to the
 * query: `<%` (GIN trigram index on search_plain, pg_trgm's default threshold 0.6), then a word similarity above
 * TYPO_SIMILARITY, which keeps "pase" from matching "pašvaldība".
 */
export const TYPO_SIMILARITY = 0.65;

function scoreAndMatch(q: SearchQuery) {
  const any = sql`to_tsquery('simple', ${q.any})`;
  const all = sql`to_tsquery('simple', ${q.all})`;
  const similarity = sql`word_similarity(${q.plain}, ${services.searchPlain})`;
  const score = sql<number>`(ts_rank('{0.1, 0.2, 0.4, 1.0}', ${services.searchVector}, ${any}) + case when ${services.searchVector} @@ ${all} then 1 else 0 end + ${similarity} + case when ${services.isKeyService} then 0.1 else 0 end)`;
  const match = sql`(${services.searchVector} @@ ${any} or (${q.plain} <% ${services.searchPlain} and ${similarity} > ${TYPO_SIMILARITY}))`;
  return { score, match };
}

/** One page of a search (by position) with the number of matches; one statement. */
export async function searchServices(db: Db, q: SearchQuery, filter: ServiceListFilter, offset: number, limit: number) {
  const { score, match } = scoreAndMatch(q);
  const rows = await db
    .select({ service: services, score: score.as('score'), total: sql<number>`count(*) over ()`.as('total') })
    .from(services)
    .where(and(match, ...filterConditions(filter)))
    .orderBy(sql`score desc`, services.code)
    .limit(limit)
    .offset(offset);
  return { rows: rows.map((r) => ({ service: r.service as ServiceRow, score: Number(r.score) })), total: Number(rows[0]?.total ?? 0) };
}

/** The plan of the search statement (EXPLAIN ANALYZE): for the benchmark's proof that it uses the indexes. */
export async function explainSearch(db: Db, q: SearchQuery, limit: number): Promise<string[]> {
  const { score, match } = scoreAndMatch(q);
  const query = db.select({ id: services.id, score: score.as('score') }).from(services).where(and(match, ...filterConditions({}))).orderBy(sql`score desc`, services.code).limit(limit);
  const { sql: text, params } = query.toSQL();
  const inlined = text.replace(/\$(\d+)/g, (_, i) => {
    const v = params[Number(i) - 1];
    return typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`;
  });
  const result = await db.execute(sql.raw(`explain (analyze, costs off, timing off) ${inlined}`));
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, string>[];
  return rows.map((r) => r['QUERY PLAN']);
}
