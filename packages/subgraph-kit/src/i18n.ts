/** Text meant for people, keyed by BCP 47 language ("lv", "en", …). Latvian is always present. */
export type LocalizedText = { lv: string } & Record<string, string>;

export const DEFAULT_LANGUAGE = 'lv';

/** A BCP 47 tag as compared here: lower case, "_" read as "-" ("en_GB" → "en-gb"). */
const normalTag = (tag: string): string => tag.trim().toLowerCase().replace(/_/g, '-');

/** Languages the reader asked for, best first, from an Accept-Language header (q-values honoured), full tags kept. */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: normalTag(tag), q: q ? Number(q.slice(2)) || 0 : 1, i };
    })
    .filter((l) => /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test(l.lang) && l.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
    .map((l) => l.lang);
}

/**
 * The stored language that serves a requested tag, by BCP 47 lookup (RFC 4647 §3.4): the tag itself, then with its
 * last subtag cut off ("en-gb" → "en"); failing that, a stored regional variant of the same language ("en" finds
 * "en-gb"). Null when the text has nothing in that language.
 */
export function matchLanguage(available: readonly string[], requested: string): string | null {
  const keys = new Map(available.map((k) => [normalTag(k), k]));
  for (let tag = normalTag(requested); tag; tag = tag.includes('-') ? tag.slice(0, tag.lastIndexOf('-')) : '') {
    const hit = keys.get(tag);
    if (hit) return hit;
  }
  const primary = normalTag(requested).split('-')[0];
  return available.find((k) => normalTag(k).split('-')[0] === primary) ?? null;
}

/** Which stored language answers a reader: the first requested language the text has, else Latvian. */
export function servedLanguage(text: Record<string, string> | null | undefined, preferred: readonly string[]): string | null {
  if (!text) return null;
  const keys = Object.keys(text).filter((k) => text[k]);
  for (const lang of preferred) {
    const hit = matchLanguage(keys, lang);
    if (hit) return hit;
  }
  return text.lv ? DEFAULT_LANGUAGE : (keys[0] ?? null);
}

/** The text in the first requested language that exists (BCP 47 lookup), falling back to Latvian. */
export function pickText(text: LocalizedText | null | undefined, preferred: readonly string[]): string | null {
  const lang = servedLanguage(text, preferred);
  return lang ? text![lang] : null;
}

/** `translations` field value: every language the text exists in. */
export function translations(text: LocalizedText | null | undefined): { language: string; value: string }[] {
  return text ? Object.entries(text).map(([language, value]) => ({ language, value })) : [];
}

/**
 * The languages to read in: an explicit argument first, then the request's Accept-Language, then the person's
 * stored preference (the clients subgraph's setting, forwarded by the gateway) when the request names none.
 */
export function readingLanguages(argument: string | null | undefined, accepted: readonly string[]): string[] {
  return argument ? [normalTag(argument), ...accepted] : [...accepted];
}

/** The primary language subtag of a tag: "en-GB" → "en". */
export const primaryLanguage = (tag: string): string => normalTag(tag).split('-')[0];
