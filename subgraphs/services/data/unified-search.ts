/**
 * The portal's one search box: services, life situations and service locations in one ranked list, in SQL.
 *
 * Each kind is matched by its own GIN index (a union per kind, as in search-store.ts) and scored in parts, so that
 * an operator can see why a hit ranks where it does:
 * - text: full-text rank over the weighted document, + COVERAGE × the share of the query's words it has, + trigram
 *   word similarity;
 * - situation: a service that a life situation matching every word lists among its steps' services gets that
 *   situation's text score × SITUATION_SHARE × the share of the query's words the service itself lacks (what
 *   happened finds what to do, without lifting a service that the words find anyway above the situation), less
 *   for later steps (÷ (1 + STEP_DECAY × (position − 1))): the first thing to do comes first;
 * - importance: RK2 factors (target group, need, contribution; 3–12) scaled to 0–0.3, +0.1 for a key service;
 * - demand: yearly cases (the service_demand projection) on a log scale, 0–0.3;
 * - channels: +0.1 with an e-service, +0.05 with a place to go.
 * Life situations carry a constant importance of SITUATION_IMPORTANCE (half for a match by similar spelling only):
 * of a service and a situation with equally good text, the situation (which leads to all the services) comes first.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { termClause, type SearchQuery } from '../domain/search-document.ts';
import { TYPO_SIMILARITY } from './search-store.ts';

export const SEARCH_KINDS = ['SERVICE', 'LIFE_SITUATION', 'SERVICE_LOCATION'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface UnifiedFilter {
  kinds?: SearchKind[];
  holderCode?: string;
  channelType?: string;
  /** A municipality's unaccented lower-case key ("cesu novads"). */
  regionKey?: string;
}

export interface ScoreParts { text: number; situation: number; importance: number; demand: number; channels: number }

export interface HitRow {
  kind: SearchKind;
  id: string;
  code: string;
  score: number;
  parts: ScoreParts;
  /** A life situation that brought a service in (its code), when one did. */
  viaSituation: string | null;
  /** Whether it matched only by similar spelling (no word of the query). */
  typoOnly: boolean;
}

const COVERAGE = 2;
const SITUATION_SHARE = 0.5;
const STEP_DECAY = 0.15;
const SITUATION_IMPORTANCE = 0.8;
const rows = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

/** The matched hits of every kind with their score parts, as one SQL expression to select from. */
function hitsSql(q: SearchQuery, f: UnifiedFilter): SQL {
  // The clauses are already normalized tsquery text (domain/search-document.ts): a cast is a constant the planner
  // folds once, where to_tsquery (a stable function) would be parsed again for every row.
  const any = sql`${q.any}::tsquery`;
  const all = sql`${q.all}::tsquery`;
  // Coverage: the share of the query's words the hit has, so that a hit with every word outranks one with half.
  const coverage = (vector: SQL) =>
    sql`((${sql.join(q.terms.map((t) => sql`case when ${vector} @@ ${termClause(t.stems)}::tsquery then 1 else 0 end`), sql` + `)})::float8 / ${q.terms.length})`;
  const text = (vector: SQL, plain: SQL) =>
    sql`(ts_rank('{0.1, 0.2, 0.4, 1.0}', ${vector}, ${any}) + ${sql.raw(String(COVERAGE))} * ${coverage(vector)} + word_similarity(${q.plain}, ${plain}))`;
  const matchIds = (table: SQL, key: string, vector: SQL, plain: SQL) =>
    q.typos
      ? sql`select ${sql.raw(key)} from ${table} where ${vector} @@ ${any} union select ${sql.raw(key)} from ${table} where ${q.plain} <% ${plain} and word_similarity(${q.plain}, ${plain}) > ${TYPO_SIMILARITY}`
      : sql`select ${sql.raw(key)} from ${table} where ${vector} @@ ${any}`;
  const want = (kind: SearchKind) => !f.kinds?.length || f.kinds.includes(kind);
  const wantSituations = want('LIFE_SITUATION') && !f.channelType && !f.regionKey;
  const situations = sql`
    select ls.code, ls.holder_code, ls.service_codes, ${text(sql`ls.search_vector`, sql`ls.search_plain`)} as text, not (ls.search_vector @@ ${any}) as typo_only,
      ls.search_vector @@ ${all} as complete
    from catalogue.search_situations ls where ls.code in (${matchIds(sql`catalogue.search_situations`, 'code', sql`search_vector`, sql`search_plain`)})`;
  const linked = (condition: SQL) => sql`exists (select 1 from catalogue.service_channels sc join catalogue.channels c on c.id = sc.channel_id where sc.service_id = s.id and ${condition})`;
  const serviceFilter = [
    f.holderCode ? sql`and i.code = ${f.holderCode}` : sql``,
    f.channelType ? sql`and ${linked(sql`c.type = ${f.channelType}`)}` : sql``,
    f.regionKey ? sql`and ${linked(sql`c.type = 'SERVICE_LOCATION' and c.municipality_key = ${f.regionKey}`)}` : sql``,
  ];
  const services = sql`
    select 'SERVICE' as kind, s.id, s.code, i.code as holder_code,
      ${text(sql`s.search_vector`, sql`s.search_plain`)} as text,
      coalesce(via.situation, 0) as situation, via.code as via_situation,
      coalesce(((s.importance->>'targetGroupSize')::int + (s.importance->>'needImportance')::int + (s.importance->>'contribution')::int - 3) / 30.0, 0.15)
        + case when s.is_key_service then 0.1 else 0 end as importance,
      coalesce(ln(1 + d.case_count) / ln(1000001) * 0.3, 0) as demand,
      case when ${linked(sql`c.type = 'E_SERVICE'`)} then 0.1 else 0 end + case when ${linked(sql`c.type = 'SERVICE_LOCATION'`)} then 0.05 else 0 end as channels,
      (not (s.search_vector @@ ${any}) and via.code is null) as typo_only
    from (${matchIds(sql`catalogue.services`, 'id', sql`search_vector`, sql`search_plain`)}
          union select id from catalogue.services where code in (select unnest(service_codes) from matched_situations where complete)) candidate
    join catalogue.services s on s.id = candidate.id
    join catalogue.institutions i on i.id = s.holder_id
    left join lateral (
      select ms.code, ms.text * ${sql.raw(String(SITUATION_SHARE))} * (1 - ${coverage(sql`s.search_vector`)}) / (1 + ${sql.raw(String(STEP_DECAY))} * (array_position(ms.service_codes, s.code) - 1)) as situation
      from matched_situations ms where ms.complete and s.code = any(ms.service_codes) order by ms.text desc limit 1
    ) via on true
    left join catalogue.service_demand d on d.service_code = s.code
    where s.status = 'PUBLISHED' and (s.valid_from is null or s.valid_from <= now()) and (s.valid_to is null or s.valid_to > now())
      ${serviceFilter[0]} ${serviceFilter[1]} ${serviceFilter[2]}`;
  const locationVector = sql`to_tsvector('simple', c.search_text)`;
  const locations = sql`
    select 'SERVICE_LOCATION' as kind, c.id, c.code, o.code as holder_code,
      ${text(locationVector, sql`c.search_text`)} as text, 0 as situation, null as via_situation, case when c.is_client_service_centre then 0.2 else 0 end as importance,
      0 as demand, 0.05 as channels, not (${locationVector} @@ ${any}) as typo_only
    from catalogue.channels c join catalogue.institutions o on o.id = c.owner_id
    where c.type = 'SERVICE_LOCATION' and (${locationVector} @@ ${any} ${q.typos ? sql`or word_similarity(${q.plain}, c.search_text) > ${TYPO_SIMILARITY}` : sql``})
      ${f.holderCode ? sql`and o.code = ${f.holderCode}` : sql``}
      ${f.channelType && f.channelType !== 'SERVICE_LOCATION' ? sql`and false` : sql``}
      ${f.regionKey ? sql`and c.municipality_key = ${f.regionKey}` : sql``}`;
  const parts: SQL[] = [];
  if (want('SERVICE')) parts.push(services);
  if (wantSituations) parts.push(sql`select 'LIFE_SITUATION' as kind, null::uuid as id, code, holder_code, text, 0 as situation, null as via_situation, case when typo_only then ${sql.raw(String(SITUATION_IMPORTANCE / 2))} else ${sql.raw(String(SITUATION_IMPORTANCE))} end as importance, 0 as demand, 0 as channels, typo_only from matched_situations ${f.holderCode ? sql`where holder_code = ${f.holderCode}` : sql``}`);
  if (want('SERVICE_LOCATION')) parts.push(locations);
  if (!parts.length) parts.push(sql`select null as kind, null::uuid as id, null as code, null as holder_code, 0 as text, 0 as situation, null as via_situation, 0 as importance, 0 as demand, 0 as channels, false as typo_only where false`);
  return sql`with matched_situations as (${situations}), hits as (${sql.join(parts, sql` union all `)})`;
}

export interface FacetRow { facet: 'KIND' | 'HOLDER' | 'CHANNEL' | 'REGION'; value: string; count: number }

/** How many hits fall under each kind, holder, channel type and region (municipality), over every hit. */
const FACETS = sql`
    select 'KIND' as facet, kind as value, count(*) as n from hits group by kind
    union all select 'HOLDER', holder_code, count(*) from hits group by holder_code
    union all select 'CHANNEL', c.type, count(distinct h.code) from hits h join catalogue.service_channels sc on sc.service_id = h.id join catalogue.channels c on c.id = sc.channel_id where h.kind = 'SERVICE' group by c.type
    union all select 'CHANNEL', 'SERVICE_LOCATION', count(*) from hits where kind = 'SERVICE_LOCATION' having count(*) > 0
    union all select 'REGION', r.municipality, count(distinct r.code) from (
      select h.code, c.municipality from hits h join catalogue.service_channels sc on sc.service_id = h.id join catalogue.channels c on c.id = sc.channel_id and c.type = 'SERVICE_LOCATION' where h.kind = 'SERVICE'
      union all select h.code, c.municipality from hits h join catalogue.channels c on c.id = h.id where h.kind = 'SERVICE_LOCATION'
    ) r where r.municipality is not null group by r.municipality`;

/**
 * One page of hits, best first, the number of hits in all and the facets, in one statement: the hits are found and
 * scored once (a CTE used three times is computed once).
 */
export async function searchEverything(db: Db, q: SearchQuery, f: UnifiedFilter, offset: number, limit: number): Promise<{ hits: HitRow[]; total: number; facets: FacetRow[] }> {
  const result = await db.execute(sql`${hitsSql(q, f)}
    select
      (select coalesce(json_agg(p), '[]'::json) from (
        select kind, id, code, text, situation, importance, demand, channels, via_situation, typo_only, text + situation + importance + demand + channels as score
        from hits order by score desc, kind, code limit ${limit} offset ${offset}) p) as page,
      (select count(*) from hits) as total,
      (select coalesce(json_agg(f), '[]'::json) from (${FACETS}) f) as facets`);
  const [answer] = rows<{ page: Record<string, unknown>[] | string; total: number; facets: { facet: FacetRow['facet']; value: string; n: number }[] | string }>(result);
  const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);
  const hits = json(answer.page).map((r) => {
    const parts: ScoreParts = { text: Number(r.text), situation: Number(r.situation), importance: Number(r.importance), demand: Number(r.demand), channels: Number(r.channels) };
    return { kind: r.kind as SearchKind, id: r.id as string, code: r.code as string, score: Number(r.score), parts, viaSituation: (r.via_situation as string) ?? null, typoOnly: Boolean(r.typo_only) };
  });
  const facets = json(answer.facets).map((r) => ({ facet: r.facet, value: r.value, count: Number(r.n) }));
  return { hits, total: Number(answer.total), facets };
}

/** For each tsquery, whether any published service or situation has a word it matches; one statement. */
export async function knownWords(db: Db, clauses: string[]): Promise<boolean[]> {
  if (!clauses.length) return [];
  const result = await db.execute(sql`select c.i, exists (select 1 from catalogue.services where search_vector @@ to_tsquery('simple', c.clause) and status = 'PUBLISHED')
    or exists (select 1 from catalogue.search_situations where search_vector @@ to_tsquery('simple', c.clause)) as known
    from (values ${sql.join(clauses.map((clause, i) => sql`(${sql.raw(String(i))}, ${clause}::text)`), sql`, `)}) as c(i, clause) order by c.i`);
  return rows<{ known: boolean }>(result).map((r) => Boolean(r.known));
}

/** Least trigram similarity of a suggested word to the typed one. */
const SUGGESTION_SIMILARITY = 0.4;

/**
 * The word of the index most like a query word (pg_trgm similarity), from the plain words of the few services and
 * situations most like it (GIN trigram indexes), or null when none is similar enough.
 */
export async function closestWord(db: Db, word: string): Promise<string | null> {
  const result = await db.execute(sql`
    with candidates as (
      (select search_plain as plain from catalogue.services where ${word} <% search_plain and status = 'PUBLISHED' order by word_similarity(${word}, search_plain) desc limit 5)
      union all (select search_plain from catalogue.search_situations where ${word} <% search_plain order by word_similarity(${word}, search_plain) desc limit 3))
    select w, similarity(w, ${word}) as s from (select distinct unnest(string_to_array(plain, ' ')) as w from candidates) x
    where w <> ${word} order by s desc, w limit 1`);
  const best = rows<{ w: string; s: number }>(result)[0];
  return best && Number(best.s) >= SUGGESTION_SIMILARITY ? best.w : null;
}

/** The plan of the page statement (EXPLAIN ANALYZE): for the benchmark's proof that it uses the indexes. */
export async function explainEverything(db: Db, q: SearchQuery, limit: number): Promise<string[]> {
  const result = await db.execute(sql`explain (analyze, costs off, timing off) ${hitsSql(q, {})}
    select kind, id, code, text + situation + importance + demand + channels as score, count(*) over () as total from hits order by score desc, kind, code limit ${limit}`);
  return rows<Record<string, string>>(result).map((r) => r['QUERY PLAN']);
}
