/** Reading multilingual values in the reader's language (argument, else Accept-Language, else Latvian). */
import { pickText, readingLanguages, type LocalizedText } from '@public-service-graph/subgraph-kit/i18n';
import type { LocalizedList } from '../domain/model.ts';

type Reader = { languages: string[] };

export const text = (value: LocalizedText | null | undefined, language: string | null | undefined, ctx: Reader): string | null =>
  pickText(value, readingLanguages(language, ctx.languages));

/** The list in the first reading language that has one, else Latvian, else empty. */
export function textList(value: LocalizedList | null | undefined, language: string | null | undefined, ctx: Reader): string[] {
  if (!value) return [];
  for (const lang of readingLanguages(language, ctx.languages)) if (value[lang]?.length) return value[lang];
  return value.lv ?? [];
}

/** Resolvers of the `(language:)` text fields of a type, from the keys that hold its LocalizedText values. */
export const textFields = <P, K extends keyof P & string>(...keys: K[]) =>
  Object.fromEntries(keys.map((k) => [k, (parent: P, args: { language?: string | null }, ctx: Reader) => text(parent[k] as LocalizedText | null, args.language, ctx)])) as Record<
    K,
    (parent: P, args: { language?: string | null }, ctx: Reader) => string | null
  >;
