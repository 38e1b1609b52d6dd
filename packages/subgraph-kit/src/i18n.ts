/** Text meant for people, keyed by BCP 47 language ("lv", "en", …). Latvian is always present. */
export type LocalizedText = { lv: string } & Record<string, string>;

export const DEFAULT_LANGUAGE = 'lv';

/** Languages the reader asked for, best first, from an Accept-Language header (q-values honoured). */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) || 0 : 1, i };
    })
    .filter((l) => l.lang && l.lang !== '*' && l.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
    .map((l) => l.lang);
}

/** The text in the first requested language that exists, falling back to Latvian. */
export function pickText(text: LocalizedText | null | undefined, preferred: readonly string[]): string | null {
  if (!text) return null;
  for (const lang of preferred) if (text[lang]) return text[lang];
  return text.lv ?? Object.values(text)[0] ?? null;
}

/** `translations` field value: every language the text exists in. */
export function translations(text: LocalizedText | null | undefined): { language: string; value: string }[] {
  return text ? Object.entries(text).map(([language, value]) => ({ language, value })) : [];
}

/** The languages to read in: an explicit argument first, then the request's Accept-Language. */
export function readingLanguages(argument: string | null | undefined, accepted: readonly string[]): string[] {
  return argument ? [argument.toLowerCase(), ...accepted] : [...accepted];
}
