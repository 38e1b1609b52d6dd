/**
 * Search text for Latvian (and English) as people type it: without diacritics, in any inflected form.
 *
 * Words are compared unaccented ("dzīvesvieta" = "dzivesvieta") and stemmed by stripping one inflectional ending,
 * so "pase", "pases", "pasi", "pasē" all become "pas", and "deklarēšana", "deklarēšanu", "deklarācija" all become
 * "deklar". The stemmer is deliberately small: it strips the declension endings of nouns and adjectives, the
 * verbal-noun family -šana and the -ācija family, and never leaves fewer than three letters. It works on
 * unaccented text, because a query typed without diacritics must stem the same way as the catalogue's text.
 * Russian is transliterated to Latin first (russian.ts) and loses its endings the same way, after transliteration.
 */
import { transliterate } from './russian.ts';

/**
 * Lower case without diacritics: ā→a, č→c, ē→e, ģ→g, ī→i, ķ→k, ļ→l, ņ→n, š→s, ū→u, ž→z (and likewise for any language);
 * Cyrillic in Latin letters ("пособие" → "posobie"), before the diacritics go, so that й and ё keep their own letters.
 */
export function normalize(text: string): string {
  return transliterate(text).normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The words of a text, normalized; anything that is not a letter or digit separates words. */
export function words(text: string): string[] {
  return normalize(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * Words with a one- or two-letter prefix and a hyphen ("e-adrese", "e-pakalpojums"), joined ("eadrese"): a search
 * for "e-adrese" means the e-address, not any address.
 */
const PREFIXED = /(?<![\p{L}\p{N}])(\p{L}{1,2})-(\p{L}{3,})/gu;
export const joinPrefixed = (text: string): string => text.replace(PREFIXED, '$1$2');
export const prefixedWords = (text: string): string[] => [...text.matchAll(PREFIXED)].flatMap((m) => words(m[1] + m[2]));

const MIN_STEM = 3;

const VERBAL_NOUN = ['sanas', 'sanai', 'sanam', 'sanu', 'sana', 'sanos'];
const ACIJA = ['acijas', 'acijai', 'acijam', 'aciju', 'acija', 'acijos'];
// Definite adjectives (-ais, -ajam, -ajā …) and the noun/adjective declension endings, unaccented.
const DECLENSION = [
  'ajiem', 'ajam', 'ajai', 'ajos', 'ajas', 'ais', 'aja', 'ajo',
  'iem', 'ijs', 'am', 'em', 'im', 'um', 'as', 'es', 'is', 'us', 'os', 'ai', 'ei', 'ie',
  'a', 'e', 'i', 'u', 'o', 's',
];
// English endings, so that "registration", "registering" and "register" meet: all three become "regist".
// "unemployment", "unemployed" and "employee" meet at "unemploy" / "employ".
const ENGLISH = ['rations', 'ration', 'ations', 'ation', 'ering', 'ered', 'ings', 'ing', 'ers', 'er', 'ed', 'ment', 'ness', 'ies', 'ied', 'ee', 'ees'];
// Russian endings after transliteration: "пособие", "пособия" → "posob"; "рождение", "рождения" → "rozhd".
const RUSSIAN = [
  'ovaniya', 'ovaniyu', 'ovanie', 'eniya', 'eniyu', 'enii', 'enie', 'aniya', 'aniyu', 'anie', 'iya', 'iyu', 'ii', 'ogo', 'ego', 'omu', 'emu',
  'ykh', 'ikh', 'ymi', 'imi', 'ami', 'yami', 'aya', 'yaya', 'oe', 'yy', 'iy', 'oy', 'ey', 'ov', 'ev', 'om', 'ya', 'yu',
];

/** Every ending, longest first, with the part of the word it leaves. */
const ENDINGS: string[] = [
  // The verbal noun keeps no theme vowel: deklarēšana → deklar, reģistrēšana → reģistr, pieteikšana → pieteik.
  ...['a', 'e', 'i', 'o', 'u'].flatMap((v) => VERBAL_NOUN.map((e) => v + e)),
  ...VERBAL_NOUN,
  ...ACIJA,
  ...ENGLISH,
  ...RUSSIAN,
  ...DECLENSION,
]
  .filter((e, i, all) => all.indexOf(e) === i)
  .sort((a, b) => b.length - a.length);

/** The stem of one normalized word: its longest known ending stripped, at least three letters left. */
export function stem(word: string): string {
  if (/\d/.test(word)) return word;
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= MIN_STEM && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}

/**
 * Stems a word may have when it is typed in a query. Besides its own stem, an infinitive ("deklarēt",
 * "reģistrēt", "pieteikt") also stands for its verbal noun and other derivations, which share the root without
 * the theme vowel and -t: "deklar", "reģistr", "pieteik".
 */
export function queryStems(word: string): string[] {
  const stems = [stem(word)];
  const infinitive = /^(.{3,}?)[aeiou]?t$/.exec(word);
  if (word.length >= 6 && infinitive && !stems.includes(infinitive[1])) stems.push(infinitive[1]);
  return stems;
}

/** Words a person adds to a query that say nothing about which service they mean. */
export const QUERY_STOPWORDS = new Set([
  // Latvian
  'un', 'vai', 'par', 'uz', 'no', 'ar', 'ka', 'kas', 'kur', 'kad', 'pie', 'pec', 'ir', 'es', 'man', 'mans', 'mana', 'manu',
  'savu', 'sava', 'lai', 'bet', 'ari', 'ja', 'nav', 'to', 'ta', 'tas', 'ko', 'kam', 'jauns', 'jaunu', 'vajag', 'var',
  'sanemt', 'iegut', 'nepieciesams', 'nepieciesama', 'gribu', 'velos', 'pieprasit', 'pieteikties',
  // English
  'a', 'an', 'the', 'of', 'for', 'to', 'in', 'on', 'and', 'or', 'how', 'do', 'i', 'my', 'me', 'get', 'is', 'what', 'where',
  'can', 'with', 'from', 'by', 'at', 'need', 'want', 'new', 'apply', 'about', 'should', 'does', 'am', 'have', 'has', 'had',
  'just', 'we', 'our', 'us', 'you', 'your', 'it', 'this', 'that', 'was', 'were', 'be', 'been', 'will', 'would', 'please', 'there',
  // Latvian, more
  'mes', 'mums', 'musu', 'tikko', 'jau', 'loti', 'ludzu', 'vins', 'vina', 'vinu', 'mani', 'mus',
  // Russian, transliterated (normalize)
  'kak', 'gde', 'chto', 'mne', 'nuzhno', 'nado', 'po', 'dlya', 'na', 'ya', 'moy', 'moya', 'moyu', 'menya', 'ob', 'pro', 'eto', 'ili',
  'hochu', 'oformit', 'poluchit', 'sdelat', 'mozhno', 'kuda', 'chtoby', 'li', 'u', 'v', 's', 'k', 'o', 'i', 'my', 'nas', 'nam',
  'tolko', 'uzhe', 'pozhaluysta',
]);

/** Phrases that ask, not say what about ("kā", "how do I", "как" are single stop words above). Removed before the words are taken. */
export const STOP_PHRASES = [
  'ko darit', 'kas jadara', 'kur var', 'ka var', 'ka lai', 'what should i do', 'what do i do', 'what to do', 'how do i', 'how can i',
  'where can i', 'i want to', 'i need to', 'chto delat', 'chto nuzhno', 'kak mne',
];

/** A query without its stop phrases (normalized text in, normalized text out). */
export function withoutStopPhrases(text: string): string {
  let out = ` ${words(text).join(' ')} `;
  for (const phrase of STOP_PHRASES) out = out.split(` ${phrase} `).join(' ');
  return out.trim();
}

/** Words that carry no meaning inside the catalogue's own texts either. */
export const DOCUMENT_STOPWORDS = new Set(['un', 'vai', 'par', 'uz', 'no', 'ar', 'ka', 'kas', 'pie', 'ir', 'a', 'an', 'the', 'of', 'for', 'to', 'in', 'on', 'and', 'or']);
