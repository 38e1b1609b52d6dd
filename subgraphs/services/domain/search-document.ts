/**
 * What the catalogue search indexes for a service, and how a person's query becomes a database query.
 *
 * Every write stores five text columns (see db/tables.ts), all unaccented and lower-case: the stemmed name in every
 * language (weight A), the stemmed alternative names (B), the stemmed keywords, holder's code and name and the
 * service code (C), the stemmed summary and description (D), and the plain words of names, alternative names and
 * keywords for trigram matching of typos. The database turns the first four into a weighted tsvector with the
 * 'simple' configuration: all the language work happens here, the same way for the catalogue's text and the query.
 */
import type { LocalizedText } from '../../../common/i18n.ts';
import type { LocalizedList } from './model.ts';
import { DOCUMENT_STOPWORDS, QUERY_STOPWORDS, queryStems, stem, words } from './stemmer.ts';

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

const texts = (value: LocalizedText | LocalizedList | null | undefined): string[] => (value ? Object.values(value).flat() : []);
const unique = (list: string[]) => [...new Set(list)];
const stemmed = (parts: string[]) => unique(parts.flatMap(words).filter((w) => !DOCUMENT_STOPWORDS.has(w)).map(stem)).join(' ');

/** The search columns of a service; `holderName` lets "VID" or "Valsts ieņēmumu dienests" find its services. */
export function searchColumns(service: SearchableService, holder: { code: string; name: LocalizedText }): SearchColumns {
  const names = [...texts(service.name), ...texts(service.alternativeNames)];
  return {
    searchNames: stemmed(texts(service.name)),
    searchAltNames: stemmed(texts(service.alternativeNames)),
    searchKeywords: stemmed([...texts(service.keywords), holder.code, ...texts(holder.name), service.code.replace(/-/g, ' ')]),
    searchBody: stemmed([...texts(service.summary), ...texts(service.description)]),
    searchPlain: unique([...names, ...texts(service.keywords)].flatMap(words)).join(' '),
  };
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
}

export const TYPO_MIN_LETTERS = 5;

/** Longest query the search accepts, in characters. */
export const MAX_QUERY_LENGTH = 200;

/**
 * Turns what a person typed into the search's query, or null when nothing searchable is left (only stop words
 * or punctuation). Each word becomes the alternatives its stems allow, matched as prefixes when the stem is long
 * enough to be specific (four letters or more): "deklarēt" → (deklaret:* | deklar:*). Only letters and digits
 * reach the tsquery, so no input can break its syntax.
 */
export function parseSearchQuery(input: string): SearchQuery | null {
  const all = words(input.slice(0, MAX_QUERY_LENGTH));
  const meaningful = unique(all.filter((w) => !QUERY_STOPWORDS.has(w)));
  const terms = (meaningful.length ? meaningful : unique(all)).filter((w) => w.length >= 2 || /\d/.test(w)).slice(0, 8);
  if (!terms.length) return null;
  const clauses = terms.map((word) => {
    const alternatives = unique(queryStems(word)).map((s) => (s.length >= 4 ? `${s}:*` : s));
    return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' | ')})`;
  });
  const plain = terms.join(' ');
  return { any: clauses.join(' | '), all: clauses.join(' & '), plain, typos: plain.replace(/ /g, '').length >= TYPO_MIN_LETTERS };
}
