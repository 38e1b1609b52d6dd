/**
 * Why a hit was found, for the person reading the results and for whoever tunes the search: which words of the
 * query met which part of the hit. Decided from the same stored search columns and stems the SQL matched on, so
 * a reason never claims a match the index did not make.
 */
import { termMatches, type SearchQuery } from './search-document.ts';
import { stem, words } from './stemmer.ts';

export type ReasonKind = 'NAME' | 'SYNONYM' | 'KEYWORD' | 'DESCRIPTION' | 'SITUATION' | 'PLACE' | 'SIMILAR_SPELLING';
export interface Reason { kind: ReasonKind; matched: string }

/** Columns in the order of their strength; a word is credited to the strongest column it meets. */
type Columns = [ReasonKind, string][];

function byColumn(q: SearchQuery, columns: Columns): Reason[] {
  const found = new Map<ReasonKind, string[]>();
  for (const term of q.terms) {
    const column = columns.find(([, text]) => termMatches(term.stems, text));
    if (column) found.set(column[0], [...(found.get(column[0]) ?? []), term.word]);
  }
  return [...found].map(([kind, matched]) => ({ kind, matched: matched.join(' ') }));
}

/** A service's reasons: its columns, then the life situation that brought it in; similar spelling when nothing else. */
export function serviceReasons(q: SearchQuery, s: { searchNames: string; searchAltNames: string; searchKeywords: string; searchBody: string }, viaSituation: string | null): Reason[] {
  const reasons = byColumn(q, [['NAME', s.searchNames], ['SYNONYM', s.searchAltNames], ['KEYWORD', s.searchKeywords], ['DESCRIPTION', s.searchBody]]);
  if (viaSituation) reasons.push({ kind: 'SITUATION', matched: viaSituation });
  return reasons.length ? reasons : [{ kind: 'SIMILAR_SPELLING', matched: q.plain }];
}

export function situationReasons(q: SearchQuery, s: { searchNames: string; searchKeywords: string }): Reason[] {
  const reasons = byColumn(q, [['NAME', s.searchNames], ['KEYWORD', s.searchKeywords]]);
  return reasons.length ? reasons : [{ kind: 'SIMILAR_SPELLING', matched: q.plain }];
}

/** A location's reasons: its town or municipality (PLACE), else its name. */
export function locationReasons(q: SearchQuery, l: { searchText: string; municipality: string | null; city: string | null }): Reason[] {
  const place = [l.municipality ?? '', l.city ?? ''].flatMap(words);
  const reasons = byColumn(q, [['PLACE', [...place, ...place.map(stem)].join(' ')], ['NAME', l.searchText]]);
  return reasons.length ? reasons : [{ kind: 'SIMILAR_SPELLING', matched: q.plain }];
}
