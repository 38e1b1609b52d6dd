/**
 * A holder's input for a life situation (the GraphQL LifeSituationInput), checked without a database: each problem
 * is named by its path, and what is given becomes a patch of the situation's definition.
 */
import type { LocalizedText } from '@public-service-graph/subgraph-kit/i18n';
import type { SituationDefinition } from '../data/situation-store.ts';
import { EU_EVENTS } from './eu-events.ts';
import { parseTerm } from './duration.ts';
import { CONDITION_KINDS, LIFE_EVENT_TYPES, MEASURE_UNITS, type Goal, type Indicator, type IndicatorMeasure, type UnmeasuredReason } from './model.ts';

export interface FieldProblem { path: string; message: string }

/** The parts of a definition a write may change (code and holder are fixed once created). */
export type SituationFields = Omit<SituationDefinition, 'code' | 'holderCode'>;
export interface SituationPatch { code?: string; holderCode?: string; fields: Partial<SituationFields> }

type TextInput = { language: string; value: string }[];
interface StepInput { title: TextInput; required?: boolean | null; condition?: { kind: string; years?: number | null } | null; dueOffset?: string | null; fulfilledByEvent?: boolean | null; serviceCodes: string[] }
interface MeasureInput { kind: IndicatorMeasure['kind']; serviceCodes: string[]; workingDays?: number | null }
interface IndicatorInput { code: string; name: TextInput; unit: Indicator['unit']; target?: number | null; direction: 'AT_LEAST' | 'AT_MOST'; measure?: MeasureInput | null; unmeasuredReason?: UnmeasuredReason | null }
interface GoalInput { dimension: Goal['dimension']; statement: TextInput; indicators: IndicatorInput[] }
export interface SituationInput {
  code?: string | null; holderCode?: string | null; audience?: 'PERSON' | 'BUSINESS' | null; title?: TextInput | null; description?: TextInput | null;
  offerText?: TextInput | null; euEvents?: { scheme: 'LIFE_EVENT' | 'BUSINESS_EVENT'; code: string }[] | null; goals?: GoalInput[] | null;
  triggeredBy?: string[] | null; steps?: StepInput[] | null; related?: string[] | null; keywords?: string[] | null;
}

const SITUATION_CODE = /^[A-Z0-9][A-Z0-9-]{1,59}$/;
const INDICATOR_CODE = /^[A-Z0-9][A-Z0-9_]{1,59}$/;
const SERVICE_CODE = /^[A-Za-z0-9._-]{1,100}$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const WITH_YEARS = new Set(['AGE_AT_LEAST', 'AGE_UNDER', 'HAS_CHILD_UNDER']);

/** The text per language, or null; problems for an empty value, a bad tag, a repeated language or (when `needLv`) no Latvian. */
function localized(input: TextInput, path: string, problems: FieldProblem[], needLv: boolean): LocalizedText | null {
  const out: Record<string, string> = {};
  input.forEach((t, i) => {
    const value = t.value.trim();
    if (!LANGUAGE.test(t.language)) problems.push({ path: `${path}[${i}].language`, message: 'must be a BCP 47 tag such as "lv" or "en"' });
    else if (out[t.language] !== undefined) problems.push({ path: `${path}[${i}].language`, message: `"${t.language}" is given twice` });
    if (!value || value.length > 10_000) problems.push({ path: `${path}[${i}].value`, message: 'must be 1–10,000 characters' });
    out[t.language] = value;
  });
  if (!out.lv) {
    if (needLv) problems.push({ path, message: 'needs a Latvian ("lv") text' });
    return null;
  }
  return out as LocalizedText;
}

function goals(input: GoalInput[], problems: FieldProblem[]): Goal[] {
  const codes = new Set<string>();
  return input.map((g, i) => ({
    dimension: g.dimension,
    statement: localized(g.statement, `goals[${i}].statement`, problems, true)!,
    indicators: g.indicators.map((ind, j) => {
      const path = `goals[${i}].indicators[${j}]`;
      if (!INDICATOR_CODE.test(ind.code)) problems.push({ path: `${path}.code`, message: 'must be 2–60 capital letters, digits and underscores, e.g. "SATISFACTION_SCORE"' });
      else if (codes.has(ind.code)) problems.push({ path: `${path}.code`, message: `"${ind.code}" is used twice in this situation` });
      codes.add(ind.code);
      const t = ind.target;
      const range = ind.unit === 'PERCENT' ? [0, 100] : ind.unit === 'SCORE_1_5' ? [1, 5] : [0, Number.MAX_SAFE_INTEGER];
      if (t != null && (!Number.isFinite(t) || t < range[0] || t > range[1])) problems.push({ path: `${path}.target`, message: `must be ${range[0]}–${ind.unit === 'PERCENT' || ind.unit === 'SCORE_1_5' ? range[1] : 'any larger number'} for ${ind.unit}` });
      return {
        code: ind.code, name: localized(ind.name, `${path}.name`, problems, true)!, unit: ind.unit, target: t ?? null, direction: ind.direction,
        ...measured(ind, path, problems),
      };
    }),
  }));
}

/** The indicator's measure, or why it has none; problems when the measure does not fit the indicator. */
function measured(ind: IndicatorInput, path: string, problems: FieldProblem[]): Pick<Indicator, 'measure' | 'unmeasuredReason'> {
  const m = ind.measure;
  if (!m) return { measure: null, unmeasuredReason: ind.unmeasuredReason ?? 'NO_MEASURE_DECLARED' };
  if (ind.unmeasuredReason) problems.push({ path: `${path}.unmeasuredReason`, message: 'goes only with an indicator without a measure' });
  if (MEASURE_UNITS[m.kind] !== ind.unit) problems.push({ path: `${path}.measure.kind`, message: `${m.kind} gives ${MEASURE_UNITS[m.kind]}, not ${ind.unit}` });
  const codes = m.serviceCodes.map((c) => c.trim());
  if (!codes.length || codes.length > 50) problems.push({ path: `${path}.measure.serviceCodes`, message: 'must name 1–50 services' });
  codes.forEach((c, j) => { if (!SERVICE_CODE.test(c)) problems.push({ path: `${path}.measure.serviceCodes[${j}]`, message: 'must be a service code such as "VSAA-PIEDZIMSANA"' }); });
  if (new Set(codes).size !== codes.length) problems.push({ path: `${path}.measure.serviceCodes`, message: 'names a service twice' });
  const days = m.workingDays ?? null;
  const needsDays = m.kind === 'RESOLVED_WITHIN_WORKING_DAYS';
  if (needsDays && (days == null || !Number.isInteger(days) || days < 0 || days > 250)) problems.push({ path: `${path}.measure.workingDays`, message: 'is required for RESOLVED_WITHIN_WORKING_DAYS: whole working days 0–250' });
  if (!needsDays && days != null) problems.push({ path: `${path}.measure.workingDays`, message: 'goes with RESOLVED_WITHIN_WORKING_DAYS only' });
  return { measure: { kind: m.kind, serviceCodes: codes, workingDays: needsDays ? days : null }, unmeasuredReason: null };
}

function steps(input: StepInput[], problems: FieldProblem[]): SituationFields['steps'] {
  return input.map((s, i) => {
    const path = `steps[${i}]`;
    const kind = s.condition?.kind;
    const years = s.condition?.years ?? null;
    if (kind && !(CONDITION_KINDS as readonly string[]).includes(kind)) problems.push({ path: `${path}.condition.kind`, message: `is not one of ${CONDITION_KINDS.join(', ')}` });
    if (kind && WITH_YEARS.has(kind) && (years == null || !Number.isInteger(years) || years < 0 || years > 150)) problems.push({ path: `${path}.condition.years`, message: `is required for ${kind}: whole years 0–150` });
    if (kind && !WITH_YEARS.has(kind) && years != null) problems.push({ path: `${path}.condition.years`, message: `goes with AGE_AT_LEAST, AGE_UNDER and HAS_CHILD_UNDER only` });
    if (s.dueOffset != null && !parseTerm(s.dueOffset)) problems.push({ path: `${path}.dueOffset`, message: 'must be an ISO 8601 duration of years, months, weeks and days, e.g. "P1M", "P6D"' });
    const codes = s.serviceCodes.map((c) => c.trim());
    codes.forEach((c, j) => { if (!SERVICE_CODE.test(c)) problems.push({ path: `${path}.serviceCodes[${j}]`, message: 'must be a service code such as "VSAA-PIEDZIMSANA"' }); });
    if (new Set(codes).size !== codes.length) problems.push({ path: `${path}.serviceCodes`, message: 'names a service twice' });
    return {
      title: localized(s.title, `${path}.title`, problems, true)!,
      required: s.required ?? true,
      condition: kind ? { kind: kind as (typeof CONDITION_KINDS)[number], years: WITH_YEARS.has(kind) ? years : null } : null,
      dueOffset: s.dueOffset ?? null,
      fulfilledByEvent: s.fulfilledByEvent ?? false,
      services: codes,
    };
  });
}

/** The patch the input asks for, or the problems with it. `null` for a list clears it; for a required field it is a problem. */
export function parseSituationInput(input: SituationInput): { patch: SituationPatch } | { problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const fields: Partial<SituationFields> = {};
  const has = (k: keyof SituationInput) => input[k] !== undefined;
  if (input.code != null && !SITUATION_CODE.test(input.code)) problems.push({ path: 'code', message: 'must be 2–60 capital letters, digits and hyphens, e.g. "BERNA-PIEDZIMSANA"' });
  if (has('audience')) {
    if (input.audience == null) problems.push({ path: 'audience', message: 'cannot be cleared' });
    else fields.audience = input.audience;
  }
  if (has('title')) fields.title = localized(input.title ?? [], 'title', problems, true)!;
  if (has('description')) fields.description = localized(input.description ?? [], 'description', problems, false) as LocalizedText;
  if (has('offerText')) fields.offerText = input.offerText?.length ? localized(input.offerText, 'offerText', problems, true) : null;
  if (has('euEvents')) {
    fields.euEvents = (input.euEvents ?? []).map((e, i) => {
      if (!EU_EVENTS[e.scheme]?.[e.code]) problems.push({ path: `euEvents[${i}].code`, message: `is not a term of ${e.scheme}; known: ${Object.keys(EU_EVENTS[e.scheme] ?? {}).join(', ')}` });
      return { scheme: e.scheme, code: e.code };
    });
  }
  if (has('goals')) fields.goals = goals(input.goals ?? [], problems);
  if (has('triggeredBy')) {
    const types = [...new Set(input.triggeredBy ?? [])];
    types.forEach((t, i) => { if (!(LIFE_EVENT_TYPES as readonly string[]).includes(t)) problems.push({ path: `triggeredBy[${i}]`, message: 'is not a kind of life event' }); });
    fields.triggeredBy = types as SituationFields['triggeredBy'];
  }
  if (has('steps')) fields.steps = steps(input.steps ?? [], problems);
  if (has('related')) {
    const related = (input.related ?? []).map((c) => c.trim());
    if (new Set(related).size !== related.length) problems.push({ path: 'related', message: 'names a situation twice' });
    if (input.code && related.includes(input.code)) problems.push({ path: 'related', message: 'cannot name the situation itself' });
    fields.related = related;
  }
  if (has('keywords')) {
    const words = (input.keywords ?? []).map((k) => k.trim()).filter(Boolean);
    if (words.some((w) => w.length > 100) || words.length > 100) problems.push({ path: 'keywords', message: 'at most 100 words of at most 100 characters' });
    fields.keywords = words;
  }
  if (problems.length) return { problems };
  return { patch: { code: input.code ?? undefined, holderCode: input.holderCode ?? undefined, fields } };
}

/** What a published life situation must have, as named in `LifeSituationIncomplete.missing`. */
export function publishingGaps(def: Pick<SituationFields, 'title' | 'description' | 'steps'>): string[] {
  const gaps: string[] = [];
  if (!def.title?.lv) gaps.push('title');
  if (!def.description?.lv) gaps.push('description');
  if (!def.steps.length) gaps.push('steps');
  def.steps.forEach((s, i) => { if (!s.services.length && !s.fulfilledByEvent) gaps.push(`steps[${i}].serviceCodes`); });
  return gaps;
}
