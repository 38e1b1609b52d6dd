/**
 * What the catalogue search indexes for a service, and how a person's query becomes a database query.
 *
 * Every write stores five text columns (see db/tables.ts), all unaccented and lower-case: the stemmed name in every
 * language (weight A), the stemmed alternative names (B), the stemmed keywords, holder's code and name and the
 * service code (C), the stemmed summary and description (D), and the plain words of names, alternative names and
 * keywords for trigram matching of typos. The database turns the first four into a weighted tsvector with the
 * 'simple' configuration: all the language work happens here, the same way for the catalogue's text and the query.
 */
import type { LocalizedText } from '@public-service-graph/subgraph-kit/i18n';
import type { LocalizedList } from './model.ts';
import type { PostalAddress } from './model.ts';
import { hasCyrillic, transliterateAlternative, transliterationVariants } from './russian.ts';
import { DOCUMENT_STOPWORDS, joinPrefixed, prefixedWords, QUERY_STOPWORDS, queryStems, stem, withoutStopPhrases, words } from './stemmer.ts';

export interface SearchableService {
  code: string;
  name: LocalizedText;
  alternativeNames: LocalizedList;
  summary: LocalizedText | null;
  description: LocalizedText | null;
  keywords: LocalizedList;
}

export interface SearchColumns {
  searchNames: string;
  searchAltNames: string;
  searchKeywords: string;
  searchBody: string;
  searchPlain: string;
}

/**
 * Every text of every language, languages in alphabetical order (jsonb keeps keys in its own order, and the same
 * texts must give the same columns however they were read); a Russian text also in its other Latin spelling.
 */
const texts = (value: LocalizedText | LocalizedList | null | undefined): string[] =>
  (value ? Object.keys(value).sort().flatMap((k) => (value as Record<string, string | string[]>)[k]) : []).flatMap((t) => [t, ...transliterationVariants(t).slice(1)]);
const unique = (list: string[]) => [...new Set(list)];
/** The words of texts, and of their hyphen-prefixed words joined (stemmer.ts joinPrefixed). */
const allWords = (parts: string[]) => [...parts.flatMap(words), ...parts.flatMap(prefixedWords)];
const stemmed = (parts: string[]) => unique(allWords(parts).filter((w) => !DOCUMENT_STOPWORDS.has(w)).map(stem)).join(' ');

/** The search columns of a service; `holderName` lets "VID" or "Valsts ieņēmumu dienests" find its services. */
export function searchColumns(service: SearchableService, holder: { code: string; name: LocalizedText }): SearchColumns {
  const names = [...texts(service.name), ...texts(service.alternativeNames)];
  return {
    searchNames: stemmed(texts(service.name)),
    searchAltNames: stemmed(texts(service.alternativeNames)),
    searchKeywords: stemmed([...texts(service.keywords), holder.code, ...texts(holder.name), service.code.replace(/-/g, ' ')]),
    searchBody: stemmed([...texts(service.summary), ...texts(service.description)]),
    searchPlain: unique(allWords([...names, ...texts(service.keywords)])).join(' '),
  };
}

/** What the search matches a life situation by: its title (weight A) and the phrases for what happened (B). */
export function situationSearchColumns(entry: { code: string; title: LocalizedText; phrases: LocalizedList }) {
  return {
    searchNames: stemmed(texts(entry.title)),
    searchKeywords: stemmed([...texts(entry.phrases), entry.code.replace(/-/g, ' ')]),
    searchPlain: unique(allWords([...texts(entry.title), ...texts(entry.phrases)])).join(' '),
  };
}

/** Words every client service centre is found by, besides its name and place. */
const CENTRE_WORDS = 'VPVKAC klientu apkalpošanas centrs client service centre customer office центр обслуживания клиентов';

/** A service location's searchable words: stemmed and plain, of its name, town and municipality. */
export function channelSearchText(c: { type: string; name: LocalizedText; municipality: string | null; address: PostalAddress | null; isClientServiceCentre: boolean }): string {
  if (c.type !== 'SERVICE_LOCATION') return '';
  const parts = [...texts(c.name), c.municipality ?? '', c.address?.city ?? '', ...(c.isClientServiceCentre ? texts({ lv: CENTRE_WORDS }) : [])];
  const plain = parts.flatMap(words);
  return unique([...plain, ...plain.map(stem)]).join(' ');
}

export interface SearchQuery {
  /** tsquery (simple configuration) matching a service that has any of the words. */
  any: string;
  /** tsquery matching a service that has every word: such services rank first. */
  all: string;
  /** The query's words unaccented and unstemmed, for trigram similarity (typos). */
  plain: string;
  /**
   * Whether to look for typos: only when the query has at least TYPO_MIN_LETTERS letters. Trigrams of a four-letter
   * word match hundreds of unrelated words ("pase" ~ "pašvaldība") and find nothing the stems do not.
   */
  typos: boolean;
  /** Each word the query kept, with the stems it is matched by (for the reasons of a hit and "did you mean"). */
  terms: { word: string; stems: string[] }[];
}

export const TYPO_MIN_LETTERS = 5;

/** Longest query the search accepts, in characters. */
export const MAX_QUERY_LENGTH = 200;

/** A word's tsquery: its stems, long ones (four letters or more) as prefixes. */
export function termClause(stems: string[]): string {
  const alternatives = stems.map((s) => (s.length >= 4 ? `${s}:*` : s));
  return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' | ')})`;
}

/** Whether a stored search column (space-separated words) has a word a term's stems match, the way the tsquery does. */
export function termMatches(stems: string[], column: string): boolean {
  const columnWords = column.split(' ');
  return stems.some((s) => (s.length >= 4 ? columnWords.some((w) => w.startsWith(s)) : columnWords.includes(s)));
}

/**
 * Turns what a person typed into the search's query, or null when nothing searchable is left (only stop words
 * or punctuation). Each word becomes the alternatives its stems allow, matched as prefixes when the stem is long
 * enough to be specific (four letters or more): "deklarēt" → (deklaret:* | deklar:*). Only letters and digits
 * reach the tsquery, so no input can break its syntax.
 */
export function parseSearchQuery(input: string): SearchQuery | null {
  const text = joinPrefixed(input.slice(0, MAX_QUERY_LENGTH));
  const all = words(withoutStopPhrases(text));
  // Russian typed in Cyrillic is also looked for in the other Latin spelling ("Юрмала": yurmala, jurmala).
  const alternative = hasCyrillic(text) ? words(withoutStopPhrases(transliterateAlternative(text))) : [];
  const alternativeOf = new Map(alternative.length === all.length ? all.map((w, i) => [w, alternative[i]]) : []);
  const meaningful = unique(all.filter((w) => !QUERY_STOPWORDS.has(w)));
  const terms = (meaningful.length ? meaningful : unique(all)).filter((w) => w.length >= 2 || /\d/.test(w)).slice(0, 8);
  if (!terms.length) return null;
  const stemsOf = (word: string) => [...queryStems(word), ...(alternativeOf.has(word) ? queryStems(alternativeOf.get(word)!) : [])];
  const stemmedTerms = terms.map((word) => ({ word, stems: unique(stemsOf(word)) }));
  const clauses = stemmedTerms.map((t) => termClause(t.stems));
  const plain = terms.join(' ');
  return { any: clauses.join(' | '), all: clauses.join(' & '), plain, typos: plain.replace(/ /g, '').length >= TYPO_MIN_LETTERS, terms: stemmedTerms };
}
