import { badInput } from '@public-service-graph/subgraph-kit/errors';
import type { LocalizedText } from '@public-service-graph/subgraph-kit/i18n';

const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{1,6})?$/; // BCP 47 language and region, at most 10 characters
export const TEXT_MAX = 2000;

/** Multilingual input as stored: Latvian required, each language once, 1–2000 characters each. */
export function localizedInput(list: readonly { language: string; value: string }[] | null | undefined, argument: string): LocalizedText | null {
  if (list == null) return null;
  const text: Record<string, string> = {};
  for (const { language, value } of list) {
    const lang = language.trim().toLowerCase();
    if (!LANGUAGE.test(lang)) throw badInput(`${argument}: "${language}" is not a language tag such as "lv" or "en".`, { argument });
    if (lang in text) throw badInput(`${argument}: "${lang}" is given twice.`, { argument });
    const trimmed = value.trim();
    if (!trimmed || trimmed.length > TEXT_MAX) throw badInput(`${argument}: each text must be 1–${TEXT_MAX} characters.`, { argument });
    text[lang] = trimmed;
  }
  if (!text.lv) throw badInput(`${argument}: the Latvian text ("lv") is required.`, { argument });
  return text as LocalizedText;
}

/**
 * A text a person wrote in one language (a complaint). It is kept under that language and, as the graph's fallback,
 * under "lv" too, so every reader sees it as written.
 */
export function writtenText(value: string, language: string, argument: string): LocalizedText {
  const text = localizedInput([{ language: 'lv', value }], argument)!;
  const lang = language.trim().toLowerCase();
  if (!LANGUAGE.test(lang)) throw badInput(`"${language}" is not a language tag such as "lv" or "en".`, { argument: 'input.language' });
  return { ...text, [lang]: text.lv };
}
