import { badInput } from '@public-service-graph/subgraph-kit/errors';
import type { LocalizedText } from '@public-service-graph/subgraph-kit/i18n';

/** Lower case, diacritics removed (ā → a, š → s), anything but letters and digits a single space. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** What `filter.text` searches: every language of the texts, and the keywords, normalized. */
export function searchText(texts: readonly (LocalizedText | null | undefined)[], keywords: readonly string[] = []): string {
  const all = texts.flatMap((t) => (t ? Object.values(t) : [])).concat(keywords);
  return ` ${normalize(all.join(' '))} `;
}

// Latvian inflection endings (after normalize), longest first: "bērns", "bērna", "bērnu", "bērniem" share "bern".
const ENDINGS = ['iem', 'am', 'em', 'im', 'um', 'as', 'es', 'is', 'us', 'os', 'ai', 'ei', 'ie', 's', 'a', 'e', 'i', 'u', 'o'];
const MIN_STEM = 3;

/** A word without its Latvian ending, kept at least three letters long ("piedzimsana" → "piedzimsan", "moving" stays). */
export function stem(word: string): string {
  for (const ending of ENDINGS) if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) return word.slice(0, -ending.length);
  return word;
}

const MAX_TEXT = 200;

/**
 * The stems every matching situation's search text must contain, from `filter.text`. BAD_USER_INPUT when the text
 * is empty, has no letters or digits, or is longer than 200 characters. Stems hold only letters, digits and no
 * LIKE wildcards, so they go into a LIKE pattern as they are.
 */
export function searchStems(text: string): string[] {
  if (text.length > MAX_TEXT) throw badInput(`"filter.text" is at most ${MAX_TEXT} characters; got ${text.length}.`, { argument: 'filter.text' });
  const words = normalize(text).split(' ').filter(Boolean);
  if (!words.length) throw badInput('"filter.text" needs at least one letter or digit, e.g. "bērna piedzimšana".', { argument: 'filter.text' });
  return [...new Set(words.map(stem))];
}
