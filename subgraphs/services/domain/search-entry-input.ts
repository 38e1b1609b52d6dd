/**
 * The rules for what holders add to the search index: a life situation's entry (title and phrases per language,
 * its services) and operators' demand figures. Pure: the command reads and writes, this decides.
 */
import type { LocalizedText } from '@public-service-graph/subgraph-kit/i18n';
import type { LocalizedList } from './model.ts';
import type { FieldProblem } from './service-input.ts';

export interface SituationEntryValues { code: string; holderCode: string; title: LocalizedText; phrases: LocalizedList; serviceCodes: string[] }
type Localized = { language: string; value: string }[];

const CODE = /^[A-Z0-9][A-Z0-9-]{1,79}$/;
const LANGUAGE = /^[a-z]{2}$/;
export const MAX_PHRASES = 100;
export const MAX_PHRASE_LENGTH = 100;
export const MAX_SERVICE_CODES = 100;

function languageProblems(path: string, list: Localized, maxLength: number): FieldProblem[] {
  return list.flatMap((t, i) => [
    ...(LANGUAGE.test(t.language) ? [] : [{ path: `${path}.${i}.language`, message: 'is a two-letter language code, e.g. "lv", "en", "ru"' }]),
    ...(t.value.trim().length >= 1 && t.value.length <= maxLength ? [] : [{ path: `${path}.${i}.value`, message: `must have 1–${maxLength} characters` }]),
  ]);
}

/** The entry's values, or every problem with the input. */
export function parseSituationEntry(input: { code: string; holderCode: string; title: Localized; phrases: Localized; serviceCodes: string[] }): { values: SituationEntryValues } | { problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  if (!CODE.test(input.code)) problems.push({ path: 'code', message: 'is 2–80 capital letters, digits and hyphens, e.g. "BERNA-PIEDZIMSANA"' });
  problems.push(...languageProblems('title', input.title, 200), ...languageProblems('phrases', input.phrases, MAX_PHRASE_LENGTH));
  const titleLanguages = input.title.map((t) => t.language);
  if (!titleLanguages.includes('lv')) problems.push({ path: 'title', message: 'needs a Latvian title (language "lv")' });
  if (new Set(titleLanguages).size !== titleLanguages.length) problems.push({ path: 'title', message: 'has one title per language' });
  if (input.phrases.length > MAX_PHRASES) problems.push({ path: 'phrases', message: `has at most ${MAX_PHRASES} phrases` });
  if (input.serviceCodes.length > MAX_SERVICE_CODES) problems.push({ path: 'serviceCodes', message: `has at most ${MAX_SERVICE_CODES} codes` });
  input.serviceCodes.forEach((c, i) => {
    if (!CODE.test(c)) problems.push({ path: `serviceCodes.${i}`, message: 'is not a service code' });
  });
  if (problems.length) return { problems };
  const title = Object.fromEntries(input.title.map((t) => [t.language, t.value.trim()])) as LocalizedText;
  const phrases: LocalizedList = {};
  for (const p of input.phrases) (phrases[p.language] ??= []).push(p.value.trim());
  return { values: { code: input.code, holderCode: input.holderCode, title, phrases, serviceCodes: [...new Set(input.serviceCodes)] } };
}

export interface DemandValues { serviceCode: string; caseCount: number; period: string }
export const MAX_DEMAND_ENTRIES = 1000;

/** Problems with operators' demand figures (known codes are checked by the command). */
export function demandProblems(input: DemandValues[]): FieldProblem[] {
  if (input.length < 1 || input.length > MAX_DEMAND_ENTRIES) return [{ path: 'input', message: `has 1–${MAX_DEMAND_ENTRIES} entries` }];
  return input.flatMap((d, i) => [
    ...(Number.isInteger(d.caseCount) && d.caseCount >= 0 ? [] : [{ path: `input.${i}.caseCount`, message: 'is 0 or more' }]),
    ...(d.period.trim().length >= 1 && d.period.length <= 20 ? [] : [{ path: `input.${i}.period`, message: 'must have 1–20 characters, e.g. "2025"' }]),
  ]);
}
